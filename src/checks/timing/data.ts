/** Names the timing options accept for weekend days, by weekday number (0 = Sunday). Lowercase. */
export const DAY_NAMES: Readonly<Record<string, number>> = {
  fri: 5,
  friday: 5,
  mon: 1,
  monday: 1,
  sat: 6,
  saturday: 6,
  sun: 0,
  sunday: 0,
  thu: 4,
  thursday: 4,
  tue: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
}

/** `HH:MM` on a 24-hour clock; `24:00` is allowed as the end of the day. */
export const CLOCK_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/

/** Suggested times fall on the next quarter hour. */
export const SUGGESTION_STEP_MINUTES = 15

/** When the interview ends early enough, the note can follow this long after, the same day. */
export const SAME_DAY_DELAY_MINUTES = 60

/** The late-send search walks day by day; past this many days the note is late whatever the weekends. */
export const MAX_DAYS_WALKED = 60
