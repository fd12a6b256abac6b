/**
 * Word lists of the accuracy checker. Every list is sorted; matching is on lowercase text with
 * trailing full stops removed, so `Ms.`, `Ms` and `ms` are one entry.
 */

/** Honorifics as written, without the full stop, and the form they are compared by. */
export const HONORIFICS: Readonly<Record<string, string>> = {
  doctor: 'dr',
  dr: 'dr',
  madam: 'madam',
  miss: 'miss',
  mr: 'mr',
  mrs: 'mrs',
  ms: 'ms',
  mx: 'mx',
  prof: 'prof',
  professor: 'prof',
  sir: 'sir',
}

/**
 * First names and surnames that are also everyday words. Written in lower case ("I will", "to
 * mark the launch", "with grace") they are the word, not a miswritten name.
 */
export const COMMON_WORD_NAMES: readonly string[] = [
  'april',
  'art',
  'august',
  'baker',
  'bell',
  'bill',
  'bishop',
  'black',
  'brown',
  'bush',
  'carter',
  'chase',
  'cook',
  'crane',
  'dawn',
  'dean',
  'drew',
  'faith',
  'fisher',
  'fox',
  'frank',
  'gene',
  'grace',
  'grant',
  'gray',
  'green',
  'guy',
  'hall',
  'hart',
  'hill',
  'hope',
  'hunter',
  'iris',
  'ivy',
  'jack',
  'joy',
  'june',
  'king',
  'lane',
  'lily',
  'long',
  'love',
  'mark',
  'mason',
  'may',
  'miles',
  'miller',
  'nick',
  'page',
  'pat',
  'penny',
  'pierce',
  'porter',
  'price',
  'ray',
  'rich',
  'river',
  'rob',
  'rose',
  'sage',
  'sharp',
  'skye',
  'smith',
  'stone',
  'sue',
  'summer',
  'taylor',
  'ward',
  'white',
  'will',
  'wood',
  'young',
]

/**
 * Short forms of English first names that are not simply the start of the name ("Bill" for
 * William). A short form that is the start of the name ("Chris", "Kat") is found without a list.
 */
export const DIMINUTIVES: Readonly<Record<string, readonly string[]>> = {
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  catherine: ['cathy', 'kate', 'katie'],
  charles: ['charlie', 'chuck'],
  christina: ['tina'],
  christopher: ['kit'],
  daniel: ['danny'],
  edward: ['eddie', 'ned', 'ted'],
  elizabeth: ['beth', 'betsy', 'betty', 'libby', 'liz', 'lizzie'],
  francis: ['frank'],
  henry: ['hal', 'hank'],
  james: ['jim', 'jimmy'],
  jennifer: ['jen', 'jenny'],
  john: ['jack', 'johnny'],
  jonathan: ['jon', 'jonny'],
  joseph: ['joe', 'joey'],
  katherine: ['kate', 'kathy', 'katie', 'kay'],
  kathryn: ['kate', 'kathy', 'katie'],
  margaret: ['maggie', 'meg', 'peggy'],
  michael: ['mick', 'mike', 'mikey'],
  nicholas: ['nick', 'nicky'],
  patricia: ['patty', 'trish'],
  peter: ['pete'],
  rebecca: ['becca', 'becky'],
  richard: ['dick', 'rich', 'rick', 'ricky'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'robby'],
  susan: ['sue', 'susie'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  william: ['bill', 'billy', 'will', 'willy'],
}

/**
 * Word sequences after which an organisation named is the one the writer wants to join or has
 * interviewed with ("excited to join Acme", "the team at Acme"). Lowercase, sorted.
 */
export const TARGET_PHRASES: readonly string[] = [
  'application at',
  'application to',
  'application with',
  'applied to',
  'be part of',
  'career at',
  'career with',
  'culture at',
  'everyone at',
  'future at',
  'future with',
  'grow with',
  'growing with',
  'interview at',
  'interviewed at',
  'interviewing at',
  'job at',
  'job with',
  'join',
  'joining',
  'next steps at',
  'next steps with',
  'opening at',
  'opening with',
  'opportunity at',
  'opportunity with',
  'people at',
  'position at',
  'position with',
  'role at',
  'role with',
  'team at',
  'work at',
  'work for',
  'working at',
  'working for',
]

/**
 * Word sequences after which a name coordinated with the role ("learn more about Acme and the
 * Analyst position") is the employer.
 */
export const ABOUT_PHRASES: readonly string[] = [
  'hear more about',
  'hearing more about',
  'learn more about',
  'learned more about',
  'learning more about',
  'learnt more about',
]

/**
 * Nouns after a possessive name that make the name an organisation's ("Acme's mission", "Acme's
 * customers"). A person's name before them is told apart by compromise and the context.
 */
export const ORGANISATION_NOUNS: readonly string[] = [
  'approach',
  'brand',
  'clients',
  'commitment',
  'culture',
  'customers',
  'expansion',
  'focus',
  'growth',
  'history',
  'investment',
  'mission',
  'move',
  'offices',
  'plans',
  'platform',
  'products',
  'reputation',
  'roadmap',
  'services',
  'strategy',
  'team',
  'values',
  'vision',
  'work',
]

/**
 * Words that, just before "at Acme" in the same clause, make Acme a place the writer worked or
 * works ("my team at Acme", "I ran the conduit on the school job at Acme"); the nearest of these
 * or of PRESENT_TENSE_CUES decides.
 */
export const PAST_WORKPLACE_CUES: readonly string[] = [
  'began',
  'brought',
  'built',
  'did',
  'earlier',
  'former',
  'formerly',
  'grew',
  'had',
  'having',
  'held',
  'interned',
  'kept',
  'last',
  'leaving',
  'led',
  'left',
  'managed',
  'my',
  'old',
  'our',
  'previous',
  'previously',
  'ran',
  'served',
  'sold',
  'spent',
  'taught',
  'took',
  'used',
  'volunteer',
  'volunteered',
  'volunteering',
  'was',
  'were',
  'worked',
  'wrote',
]

/** Words that, nearer "at Acme" than any past cue, make Acme the employer the letter is for. */
export const PRESENT_TENSE_CUES: readonly string[] = [
  'am',
  'are',
  'be',
  'can',
  'could',
  'hope',
  'is',
  'join',
  'want',
  'will',
  'would',
  'your',
]

/**
 * Last words of a name that make it a site, a school or a unit rather than a company ("Jefferson
 * Middle School", "the Leeds Depot", and a school's short form, "Lincoln Elementary", "Ashgrove
 * High"): it may belong to the employer, so it is only a warning.
 */
export const SITE_WORDS: readonly string[] = [
  'academy',
  'branch',
  'campus',
  'center',
  'centre',
  'clinic',
  'college',
  'depot',
  'district',
  'elementary',
  'high',
  'hospital',
  'lab',
  'laboratory',
  'library',
  'middle',
  'office',
  'plant',
  'school',
  'site',
  'station',
  'store',
  'unit',
  'ward',
  'warehouse',
]

/**
 * Word sequences followed by the company or by an interviewer ("my interview with Dana", "my
 * interview with Acme"). A name after them that is neither, nor a person compromise knows, is
 * taken for a company.
 */
export const INTERVIEW_PHRASES: readonly string[] = [
  'interview with',
  'interviewed with',
  'interviewing with',
  // "for showing me round Acme", "taking me around Acme": the place of the interview.
  'me around',
  'me round',
]

/**
 * Word sequences usually followed by a person ("my conversation with Kofi"). A name after them is
 * only taken for a company when it looks like one: `Inc.`, an ampersand, a capital inside (`eBay`).
 */
export const PERSON_PHRASES: readonly string[] = [
  'chat with',
  'conversation with',
  'meeting with',
  'met with',
  'part of',
  'speaking with',
  'spoke with',
  'talking with',
  'work with',
  'working with',
]

/**
 * Verbs that, earlier in a sentence, make "to" name where the writer wants to work ("I would
 * bring that care to Acme"). The name is asked of compromise, which knows places and dates.
 */
export const OFFER_VERBS: readonly string[] = [
  'bring',
  'bringing',
  'contribute',
  'contributing',
  'offer',
  'offering',
]

/**
 * Word sequences that name a former or current employer ("in my current role at Acme"). Checked
 * before the target phrases, so the longer phrase wins. Lowercase, sorted.
 */
export const FORMER_EMPLOYER_PHRASES: readonly string[] = [
  'current employer',
  'current job at',
  'current position at',
  'current role at',
  'current team at',
  'currently at',
  'currently work at',
  'currently work for',
  'currently working at',
  'currently working for',
  'during my time at',
  'former employer',
  'formerly at',
  'my time at',
  'previous employer',
  'previous job at',
  'previous position at',
  'previous role at',
  'previously at',
  'previously worked at',
  'previously worked for',
  'while at',
  'worked at',
  'worked for',
  'years at',
]

/** Words that end a company's legal or descriptive name; the name without them is accepted too. */
export const COMPANY_SUFFIXES: readonly string[] = [
  'ag',
  'co',
  'company',
  'corp',
  'corporation',
  'cos',
  'gmbh',
  'group',
  'holdings',
  'inc',
  'incorporated',
  'limited',
  'llc',
  'llp',
  'ltd',
  'plc',
  'sa',
  'solutions',
  'technologies',
]

/** Words that end a greeting to a group rather than a person ("Dear Marketing Team"), besides structure's generic addressees. */
export const ADDRESSEE_GROUP_WORDS: readonly string[] = [
  'colleagues',
  'committee',
  'department',
  'friends',
  'group',
  'interviewers',
  'members',
  'panel',
  'panelists',
  'staff',
  'teams',
]

/** Team and department names that may follow "join" capitalised ("join Engineering"). */
export const DEPARTMENTS: readonly string[] = [
  'analytics',
  'brand',
  'communications',
  'customer',
  'data',
  'design',
  'engineering',
  'finance',
  'growth',
  'hr',
  'it',
  'legal',
  'marketing',
  'operations',
  'people',
  'product',
  'research',
  'sales',
  'security',
  'strategy',
  'support',
  'talent',
  'us',
  'you',
]

/**
 * Nouns that end a job title ("Marketing Coordinator", "Software Engineer"), beside the O*NET heads
 * of job-titles.ts: the common ones, and British titles a US list lacks (adviser, solicitor).
 */
export const TITLE_HEADS: readonly string[] = [
  'accountant',
  'administrator',
  'adviser',
  'advisor',
  'analyst',
  'architect',
  'assistant',
  'associate',
  'barrister',
  'consultant',
  'coordinator',
  'designer',
  'developer',
  'director',
  'editor',
  'engineer',
  'executive',
  'intern',
  'lead',
  'lecturer',
  'manager',
  'nurse',
  'officer',
  'planner',
  'producer',
  'programmer',
  'recruiter',
  'representative',
  'researcher',
  'scientist',
  'solicitor',
  'specialist',
  'strategist',
  'supervisor',
  'teacher',
  'technician',
  'writer',
]

/** Words before which a job title names the role applied for ("the Marketing Coordinator role"). */
export const TITLE_TRIGGERS: readonly string[] = [
  'application',
  'appointment',
  'interview',
  'interviews',
  'job',
  'opening',
  'position',
  'post',
  'role',
  'spot',
  'vacancy',
]

/** Words that, just before a title, make it the writer's own past or present one ("my current role"). */
export const OWN_ROLE_MARKERS: readonly string[] = [
  'current',
  'currently',
  'earlier',
  'former',
  'formerly',
  'last',
  'my',
  'past',
  'previous',
  'previously',
  'served',
  'was',
  'worked',
]

/** Words between "as" and a title ("as your next Marketing Coordinator"). */
export const TITLE_DETERMINERS: readonly string[] = ['a', 'an', 'new', 'next', 'the', 'your']

/**
 * Verbs, in the third person, of what a tool, a product or a platform does for its users: "that
 * Google Analytics shows", "the way Microsoft Teams handles", "Jira Service Management integrates".
 * A name as their subject is read as a product, not as the employer the letter is for. Sorted.
 */
export const TOOL_VERBS: readonly string[] = [
  'allows',
  'automates',
  'connects',
  'displays',
  'drives',
  'enables',
  'exports',
  'flags',
  'generates',
  'handles',
  'hosts',
  'imports',
  'integrates',
  'lets',
  'logs',
  'manages',
  'powers',
  'records',
  'renders',
  'replaces',
  'reports',
  'runs',
  'schedules',
  'shows',
  'stores',
  'streams',
  'supports',
  'syncs',
  'tracks',
]

/**
 * Nouns after a name that make it a product, a credential or a tool, not an employer: "the
 * Salesforce dashboard", "a CompTIA Security+ certificate", "Adobe Premiere Pro skills". Sorted.
 */
export const PRODUCT_NOUNS: readonly string[] = [
  'account',
  'api',
  'app',
  'apps',
  'certificate',
  'certification',
  'console',
  'dashboard',
  'dashboards',
  'exam',
  'integration',
  'licence',
  'license',
  'plugin',
  'portal',
  'skills',
  'software',
  'subscription',
  'suite',
  'tools',
]
