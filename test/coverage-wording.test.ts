import { describe, expect, it } from 'vitest'
import { lintThankYou } from '../src/index.js'
import type { CoveragePoint } from '../src/types.js'

/**
 * Sentences in varied wording, alone in a letter body, and whether each makes the point. They
 * were written while tuning the phrase lists; the letters in fixtures/coverage test whole letters.
 */
const WORDING: Record<CoveragePoint, { counts: string[]; doesNotCount: string[] }> = {
  appreciation: {
    counts: [
      'I am writing to thank you for the interview.',
      'Thank you, Dana, for the time you gave me on Friday.',
      'It was really nice to finally meet in person.',
      'Thanks for showing me around the studio.',
      'I very much appreciated the chance to meet the team.',
      'It was a great pleasure speaking with you.',
      'Thank you for your warm welcome and insightful questions.',
      'Thanks for the great conversation.',
      'Please accept my thanks for a thoughtful interview.',
      'I wanted to say a big thank you for yesterday.',
      'Thank you for your time what you gave me.',
      'Thanks you very much for interview.',
      'Big thanks for meeting me!',
      'Really appreciated your time today.',
      'Thx for the chat earlier.',
      'I wanted to express my gratitude for the interview.',
      'I appreciate your consideration.',
      'I am very grateful for the opportunity to be interviewed.',
      'Thank you for the tour of the depot.',
      'I would like to thank you and the panel for your time.',
      'Thank you for your generous welcome yesterday.',
      'It was good to see you again.',
      'What a pleasure it was to meet you.',
      'I really appreciated your candour about the challenges ahead.',
      'Thank you for a frank and useful conversation.',
    ],
    doesNotCount: [
      'I am grateful to my previous manager for her mentorship.',
      'Thanks for the lunch recommendation.',
      'I did not enjoy the long commute.',
      'I would be grateful for a decision by Friday.',
      'Thank you for forwarding the job description.',
    ],
  },
  interest: {
    counts: [
      'I am even more convinced that Brightline is the right place for me.',
      'After our talk I am more motivated than ever to join.',
      'I really hope I get the chance to work with you.',
      'Joining Brightline would be a great next step for me.',
      "I'm so excited about this opportunity!",
      'I am very keen on the position.',
      'The role sounds like a perfect match for me.',
      'I would jump at the chance to join.',
      'Please know that I am very interested in joining your team.',
      'I want very much this job.',
      'I will be happy to be part of your team.',
      'It will be pleasure for me to work in your company.',
      'Super excited about the role!',
      'I am really hoping to join the Brightline team.',
      'I would be delighted to take the position.',
      'I am still very much interested.',
      'Nothing would make me happier than joining Brightline.',
      "I'm not only excited about the role but also about the team.",
      "I'm eager to contribute to Brightline's growth.",
      'I would be delighted to accept the position if offered.',
      'The role is everything I hoped it would be.',
      'I am keen to take up the post.',
      'Everything I heard makes me want to join even more.',
      'I very much want to be part of the team.',
      'I would very much welcome the chance to join you.',
      'I hope to have the opportunity to work with you.',
      'I left even more enthusiastic about the role.',
      'I am excited by the prospect of leading the site team.',
    ],
    doesNotCount: [
      'I am excited about my holiday next week.',
      'Unless the hours change, I cannot see myself joining.',
      'I might be interested in the position.',
      'I am not interested in relocating.',
      'Your team seemed very excited about the new site.',
      'The team seemed excited about the launch.',
    ],
  },
  contribution: {
    counts: [
      'I could help streamline the approvals process.',
      'I know I can make a difference for your clients.',
      'My experience in retail would help your store team through the Christmas rush.',
      'I would be glad to mentor the junior designers.',
      'I would use my Excel skills to automate your weekly report.',
      'Given the chance, I would rebuild the onboarding emails around the first purchase.',
      'I am sure my skills in copywriting will benefit the team.',
      "I'd like to bring my event planning experience to Brightline.",
      'I can to help your team with social media.',
      'I will do my best for your company with my experience in events.',
      'With my background in events, I could run the launch parties.',
      "I'd hit the ground running on the newsletter.",
      'I think my design skills would really help the team.',
      "I'm confident I can make an immediate impact.",
      'I believe I would be a good fit for the role and could contribute to the team.',
      "I'm eager to contribute to Brightline's growth.",
      'In this role I would focus first on safety briefings.',
      'My aim would be to cut overtime by a fifth in the first year.',
      'I would welcome the chance to apply my NEBOSH training on your sites.',
      'I could support your apprentices through their first year.',
      'I am confident that my experience managing large sites would benefit Brightline.',
      'I will bring a calm head to your busiest sites.',
    ],
    doesNotCount: [
      'I was able to reduce costs by ten percent.',
      'In my last job I managed a budget of two million.',
      'I would really like to hear more about the team.',
      'I could not help but notice the lovely office.',
      'I will send you my portfolio tomorrow.',
      'I would be grateful for any feedback.',
      'I would love to join Brightline.',
      "I'd be happy to help with anything else you need.",
      'Please let me know if I can help in any way.',
      'Please let me know if I can provide further information.',
      'The team is growing and will need help.',
      'Your engineers will be able to build the new depot.',
      'I managed three sites at the same time in 2022.',
      'I am a certified site manager with ten years in construction.',
    ],
  },
  specifics: {
    counts: [
      'I was struck by how your team tests every subject line before a send.',
      'Learning how you run the quarterly planning offsite was fascinating.',
      'You told me the team is moving to a four-day week next year.',
      'We talked about the challenge of reaching first-time buyers on TikTok.',
      'You explained me that the team need more content for Instagram.',
      'Like you said, the brand needs a younger voice on social media.',
      'Hearing about the rebrand you are planning for next spring got me thinking.',
      'You mentioned that two of the sites are behind schedule after the floods.',
      'Your description of the new modular housing programme was fascinating.',
      'I was impressed by the way your foremen run the morning briefings.',
      'Hearing that you plan to double the apprentice intake was encouraging.',
    ],
    doesNotCount: [
      'We talked about the role.',
      'You mentioned the position.',
      'I learned a lot about Brightline.',
      'Thank you for showing me around.',
      'Thank you for telling me about the role.',
      'It was great to learn more about Brightline.',
    ],
  },
}

const context = {
  interviewers: [{ name: 'Dana Okoro', honorific: 'Ms.' }],
  company: { name: 'Brightline' },
  position: 'Marketing Coordinator',
}

function covers(point: CoveragePoint, sentence: string): boolean {
  const draft = `Dear Ms. Okoro,\n\n${sentence}\n\nBest regards,\nJordan Lee`
  return lintThankYou(draft, context).coverage[point].covered
}

for (const [point, { counts, doesNotCount }] of Object.entries(WORDING) as [
  CoveragePoint,
  (typeof WORDING)[CoveragePoint],
][]) {
  describe(`${point} in varied wording`, () => {
    it.each(counts)('counts "%s"', (sentence) => {
      expect(covers(point, sentence)).toBe(true)
    })
    it.each(doesNotCount)('does not count "%s"', (sentence) => {
      expect(covers(point, sentence)).toBe(false)
    })
  })
}
