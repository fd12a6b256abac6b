import { describe, expect, it } from 'vitest'
import { clausesOf, type Family, PHRASE_LISTS } from '../src/checks/coverage/analyse.js'
import {
  CLAUSE_CONJUNCTIONS,
  GENERIC_WORDS,
  HEDGE_CUES,
  NEGATION_CUES,
  STOP_WORDS,
  WORD_CLASSES,
  type WordClass,
} from '../src/checks/coverage/data.js'
import { compilePhrase, Lexicon } from '../src/checks/coverage/match-words.js'
import { parseDocument } from '../src/document.js'
import { lintThankYou } from '../src/index.js'
import { inflections } from '../src/text/inflect.js'

/** The phrases of a family that some clause of `body` matches. */
function phrasesFound(body: string, family: Family): string[] {
  const document = parseDocument(`Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`)
  return clausesOf(document, new Map()).flatMap((clause) =>
    clause.matches[family].map((m) => m.phrase.source),
  )
}

function covered(body: string) {
  return lintThankYou(`Dear Ms. Okoro,\n\n${body}\n\nBest regards,\nJordan Lee`, {
    company: { name: 'Brightline' },
    position: 'Marketing Coordinator',
  }).coverage
}

function expectSortedUnique(list: readonly string[]): void {
  expect([...new Set(list)].sort()).toEqual(list)
}

/** One sentence per phrase that the phrase, and the family it is in, must match. */
const WITNESSES: Readonly<Record<Family, Readonly<Record<string, string>>>> = {
  appreciation: {
    '=cheers =for *3 @meeting': 'Cheers for having me in on Friday.',
    '=enjoyed|=loved *4 @meeting|chat|hear|learn|see|talk': 'I really enjoyed our conversation.',
    '=valued *4 @meeting|candour|hear|honesty|insight|learn|openness|see':
      'I valued your honesty about the workload.',
    '@meeting *3 =appreciated|=valued': 'Your time was much appreciated.',
    'delighted|fortunate|glad|happy|honored|honoured|lucky|pleased|privileged *4 chance|chat|consider|interview|invite|meet|opportunity|speak|talk|visit':
      'I was glad to finally meet you.',
    'delight|honor|honour|pleasure|privilege|treat *3 chat|connect|discuss|hear|interview|learn|meet|see|speak|spend|talk|visit':
      'It was a pleasure to talk with you.',
    'enjoyable|great|lovely|nice|wonderful|amazing|awesome|brilliant|fantastic|fun|good|delightful *2 catch|chat|connect|meet|speak|talk|visit':
      'Great chatting with you this morning!',
    'great|good|lovely|nice|wonderful *2 see =you|=everyone': 'It was good to see you again.',
  },
  notAppreciation: {
    '=thanks =to': 'Thanks to my mentor, I learned SQL quickly.',
    '@modal =be? @thanks': 'I would appreciate an update.',
    '@thanks *2 =if': 'I am grateful if you can reply.',
    '@thanks *2 =in =advance': 'Thanks in advance for your reply.',
    'grateful|indebted|thankful =to =her|=his|=my|=our|=their': 'I am grateful to my old manager.',
  },
  interest: {
    '@modal =be *2 amazing|awesome|brilliant|excellent|fantastic|good|great|lovely|nice|wonderful =to =be? @join':
      'It would be great to work together.',
    '=count =me =in': 'Count me in.',
    '@role|=place|=team *3 @self *4 =hope|=hoped|=hoping|=want|=wanted|=wish|=looking|=seeking|=waiting|=dream|=dreamed':
      'This is the job I have always wanted.',
    '@join|@role|=it|=this *4 =mean|=means *3 =deal|=lot|=much|=world =to =me':
      'Getting this position would mean a great deal to me.',
    '@org|@role|=it|=this|=you *2 =my =clear|=first|=number|=top *1 =choice|=pick|=preference':
      'Your company is my first choice.',
    '@modal =consider|=count =it *2 delight|honor|honour|pleasure|privilege *4 @join':
      'I would consider it a privilege to join the team.',
    '=like|=love =nothing =better|=more': 'I would like nothing more than that.',
    '@modal =be *2 =proud =to': 'I would be proud to wear the uniform.',
    'excellent|good|great|ideal|natural|perfect|right *2 fit|match|move|place|step =for =me':
      'It feels like the right next step for me.',
    'like|love =the|=this|=an =chance|=opportunity|=prospect': 'I would love the opportunity.',
    '=can =not wait *2 @join|begin|get': "I can't wait to get started.",
    '=could =not =be|=feel *1 =happier|=keener|=more': "I couldn't be more excited.",
    '=desire|=eagerness|=enthusiasm|=excitement|=interest|=passion *3 @join|@org|@role':
      'My interest in the role has only grown.',
    '=interesting =in *3 @join|@org|@role': 'I am very interesting in this position.',
    '@join *5 dream': 'Working at Brightline would be a dream.',
    '@keen *3 move =ahead|=forward': 'I am keen to move forward.',
    '@keen *6 @join|@org|@role|begin|chance|get|possibility|prospect':
      "I'm very excited about the chance to be part of your team.",
    '=fired|=geared|=revved =up *4 @join|@org|@role': "I'm fired up about this job.",
    '=hope|=hoping|=like|=love|=want|=wanting|=wants|=wish =to =be': 'I want to be a Laker.',
    '=place|=somewhere|=where *3 @self *2 @modal|hope|like|love|want|wish *2 =be|@join|build|develop|flourish|grow|learn|settle|spend|stay|thrive':
      'I came away sure this is the place I want to grow.',
    '=up =for *2 @join|@role|=it|=challenge': "I'm still very much up for the job.",
    '=hopefully *4 @join': "Hopefully we'll be working together soon.",
    '=ready *3 @join|begin|get': 'I am ready to get started.',
    '=consider =me *3 @org|@role|=it': 'Please consider me for the position.',
    '=my *1 aim|ambition|dream|goal|hope|intention|wish *2 @join': 'It is my goal to join your team.',
    'like|love|want|wish =to continue|move|proceed|progress|take *4 =ahead|=forward|=further|=process|=stage':
      'I would very much like to continue in the selection process.',
    '=all =set *3 @join|begin|get': 'I am all set to start whenever you need me.',
    '=would =mean *6 @join|@role': 'It would mean a lot to me to join the crew.',
    'come =aboard': 'I would love to come aboard.',
    '@keen *4 consider|continue|proceed|progress|step': 'I am eager to proceed.',
    '@modal =be *2 delight|honor|honour|pleasure|privilege *4 @join': 'It would be a privilege to join you.',
    '@modal =be *2 dream|honor|honour|privilege =to': 'It would be an honour to look after your customers.',
    '@role|@org|=it|=this *2 =be|=is|=was|=feels|=sounds|=seems *3 excellent|good|great|ideal|natural|perfect|right|strong|wonderful *2 fit|for|match|move|step':
      'The role is a perfect match for me.',
    'accept|take *2 =job|=offer|=position|=post|=role': 'I would gladly accept an offer.',
    'convinced|certain *5 @join|exactly|fit|ideal|perfect|right': 'I am convinced this is right for me.',
    'delighted|glad|happy|honored|honoured|pleased|privileged|proud *3 @join': 'I would be happy to join.',
    'dream *1 @org|@role': 'This is my dream role.',
    'embrace|jump|relish|seize|welcome *3 chance|opportunity|prospect': 'I would relish the chance.',
    'exactly|just|precisely *2 =what|=where @self *4 enjoy|hope|look|love|relish|seek|want':
      'This is exactly what I have been looking for.',
    'hope|like|love|want|wish *4 @join|@role': 'I was hoping very much to be part of your team.',
    'hope|like|love|want|wish *5 =at =the|=your? @org': "I'd really love to spend my summer at the studio.",
    'hope|like|love|want|wish *3 chance|opportunity *2 @join': 'I hope I get the chance to work with you.',
    'hope|like|love|want|wish *3 chance|opportunity|prospect =to|=of': 'I would love the chance to try.',
    'kind|sort|type =of *2 @org|@role|challenge|company|culture|environment|mission|place|problem|work *3 @self *4 enjoy|hope|like|look|love|relish|seek|want':
      'This is the kind of team I want to be part of.',
    'look =forward =to *3 @join|chance|possibility|prospect': 'I look forward to the possibility of joining.',
    'love|want *3 @role': 'I want this job.',
    'picture|see|imagine =myself *5 @join|@org|=here|=there': 'I can see myself working there.',
    '=everything @self *3 dream|hope|want|wish': 'The role is everything I hoped for.',
    '=happier|=prouder *3 @join': 'Nothing would make me happier than joining you.',
    'proud *3 @join|help|represent': 'I would be proud to represent you.',
    'remain|still *2 @keen': 'I remain very interested.',
  },
  notInterest: {
    '=be =able|=back|=contacted|=hearing|=informed|=kept|=notified|=reached|=updated':
      'I hope to be kept informed.',
    '=be =certain|=clear|=sure': 'I want to be sure I understand the schedule.',
    'chance|opportunity =to|=of ask|catch|chat|discuss|hear|meet|speak|talk|thank':
      'I would welcome the opportunity to discuss it.',
    'dream|honor|honour|pleasure|privilege =to catch|chat|discuss|hear|meet|receive|speak|talk':
      'It would be a pleasure to speak again.',
    'like|love|want *2 =thank|=thanks': 'I would like to thank you.',
    'get|receive *3 answer|decision|feedback|news|reply|response|update':
      'I am eager to receive your decision.',
    'hear *3 =back|=from': 'I am excited to hear back.',
  },
  contribution: {
    '=am|=are|=be *2 able|certain|confident|delighted|eager|excited|glad|happy|keen|prepared|ready|sure|willing *4 @contrib':
      'I am ready to take on the reporting.',
    '@modal|=to *2 =hit =the =ground =running': 'I am ready to hit the ground running.',
    '=my *3 @strength *6 @modal|allow|enable|equip|help|make|mean|position|prepare|qualify|suit *6 @contrib':
      'My experience with Figma would allow me to contribute quickly.',
    '@modal *2 =do =my? =best|=utmost': 'I will do my best for your company.',
    '@modal *3 =do|achieve|repeat|replicate *2 =same|=similar|=likewise':
      'I could do the same for Brightline.',
    '@modal *3 chance|opportunity *1 =to @contrib': 'I would welcome the chance to lead it.',
    '@self *1 @modal *4 @contrib': "I'd bring the same discipline to your onboarding flow.",
    '@self *2 look =forward =to *3 @contrib': 'I look forward to contributing.',
    '@self *8 =and @modal *3 @contrib':
      'I believe I would be a good fit for the role and could contribute a lot.',
  },
  notContribution: {
    'aid|assist|help|support *3 decision|deliberation|evaluation|selection':
      'I can provide references to assist with your decision.',
    'offer|provide|send|supply *3 @info': 'I can offer references on request.',
    'answer *3 question': 'I would be happy to answer any questions.',
    'develop|grow =as|=here|=personally|=professionally|=there|=together|=with':
      'It is somewhere I could grow as a teacher.',
    'make|take *3 @step': 'I am ready to make the switch to marketing.',
    'help *3 =any|=anything|=else|=further': 'I would be happy to help with anything else.',
    'arrange|schedule|set *3 call|meeting|time': 'I could set up a call.',
    'start =after|=from|=immediately|=in|=next|=on': 'I can start on Monday.',
    'start =date|=employment|=work|=working *1 =after|=from|=immediately|=in|=next|=on':
      'I can start work from the first of May.',
    'take *2 =chance|=moment|=opportunity|=time': 'I would like to take this opportunity to thank you.',
  },
  pastClaims: {
    '@self *2 =built|=created|=cut|=delivered|=designed|=developed|=doubled|=grew|=halved|=handled|=helped|=improved|=increased|=introduced|=launched|=led|=managed|=ran|=reduced|=renegotiated|=saved|=shipped|=trained':
      'At Acme I cut costs by a third.',
    '@self *2 =have|=had *2 =built|=created|=delivered|=designed|=developed|=led|=managed|=run':
      'I have led teams of ten.',
  },
  references: {
    '=was|=were *2 =to see|watch': 'It was useful to see the sorting floor in action.',
    'admire|appreciate|like|love|value =how *2 =you =are|=were =about|=on|=regarding':
      'I liked how open you were about the staff turnover.',
    '=our|=the *2 chat|conversation|discussion|exchange|talk *2 =about|=around|=concerning|=of|=on|=regarding':
      'Our discussion about the rebrand was useful.',
    '=seeing|=saw *2 =how|=the|=your': 'Seeing the new studio was a treat.',
    '@you *2 ask|describe|discuss|emphasise|emphasize|explain|highlight|introduce|mention|note|outline|point|present|raise|say|share|show|stress|suggest|talk|tell|walk':
      'You mentioned the spring launch.',
    '@you|=our|=the *2 account|anecdote|answer|assessment|comment|=concern|=concerns|description|example|explanation|idea|insight|observation|overview|perspective|plan|point|question|remark|story|thought|view|vision':
      'Your point about open rates was spot on.',
    'hear|learn *3 =about|=how|=more|=of|=that|=what|=when|=where|=why|=your':
      'I enjoyed hearing about the rebrand.',
    'impressed|fascinated|intrigued|inspired|moved|struck|surprised *2 =by|=how|=that|=with':
      'I was struck by how quickly you ship.',
    'stay|stick *2 =in|=with *2 =me|=mind': 'That idea has stuck with me.',
    'think *3 =about|=over *3 =how|=what|=your': 'I keep thinking about what you said.',
    'we *2 chat|cover|discuss|speak|talk|touch': 'We talked about the rebrand.',
    '=sounds|=sounded|=seems|=seemed': 'The two-week onboarding with a buddy sounds ideal.',
    '=stood|=stands =out': 'The mentoring scheme stood out.',
    '=you =are|=were *1 build|develop|expand|introduce|launch|pilot|plan|roll|run|test|trial':
      'The routing tool you are piloting looks promising.',
    'impress|strike|surprise *2 =me': 'The way your team handles returns impressed me.',
    'tour|visit|walkthrough =of|=around|=through': 'The tour of the cold-storage wing was eye-opening.',
    'walk|show|take =me =around|=round|=through': 'Thanks for walking me through the night-shift handover.',
  },
  notReferences: {
    'await|expect|hope|wait|@keen =to hear *1 =back|=from': 'I hope to hear from you about the next steps.',
    'forward =to hear *1 =back|=from': 'I look forward to hearing from you concerning your decision.',
  },
  negationExceptions: {
    '=can =not wait': "I can't wait.",
    '=could =not =agree|=be|=feel': "I couldn't agree more.",
    '=never =been =more': "I've never been more sure.",
    '=no =doubt|=question': 'There is no doubt.',
    '=not =hesitate': 'Do not hesitate to call.',
    '=not =just|=least|=only': 'It is not only the pay.',
    '=without =a? =doubt': 'It is without a doubt the best team.',
  },
  hedgeExceptions: {
    '=if *1 =helpful|=needed|=necessary|=required|=useful': 'I can send references if needed.',
    '=if *2 =appointed|=chosen|=given|=hired|=offered|=selected|=successful':
      'If selected, I would start soon.',
    '=if =there =is =anything': 'If there is anything else, let me know.',
    '=if =we|=i *2 =get|=land|=win *2 @org|@role|=it': 'I will be very happy if I get this job.',
    '=if =you =have|=need|=require|=want|=will|=would': 'If you need anything else, let me know.',
  },
}

describe('phrase families', () => {
  for (const [family, list] of Object.entries(PHRASE_LISTS) as [Family, readonly string[]][]) {
    describe(family, () => {
      it('is sorted, without duplicates, and every phrase compiles', () => {
        expectSortedUnique(list)
        for (const phrase of list) expect(() => compilePhrase(phrase, family)).not.toThrow()
      })
      it('has a witness sentence for every phrase, and each witness matches its phrase', () => {
        expect(Object.keys(WITNESSES[family]).sort()).toEqual([...list].sort())
        for (const [phrase, sentence] of Object.entries(WITNESSES[family])) {
          expect(phrasesFound(sentence, family), sentence).toContain(phrase)
        }
      })
    })
  }

  it('rejects malformed phrases', () => {
    expect(() => compilePhrase('*2 thank', 'x')).toThrow(/bad gap/)
    expect(() => compilePhrase('thank *9 you', 'x')).toThrow(/bad gap/)
    expect(() => compilePhrase('thank @nothing', 'x')).toThrow(/unknown class/)
    expect(() => compilePhrase('you? thank', 'x')).toThrow(/optional/)
    expect(() => compilePhrase('thank *2', 'x')).toThrow(/end with a word/)
    expect(() => compilePhrase('Thank', 'x')).toThrow(/bad word/)
  })
})

describe('word classes', () => {
  const lexicon = new Lexicon([])
  for (const [name, members] of Object.entries(WORD_CLASSES) as [WordClass, readonly string[]][]) {
    it(`@${name} is sorted, lowercase, and every inflection of a member is in the class`, () => {
      expectSortedUnique(members)
      for (const member of members) {
        expect(member).toMatch(/^[a-z]+$/)
        for (const form of inflections(member)) expect(lexicon.keys(form), form).toContain(`@${name}`)
      }
    })
  }
  it('gives the context classes to the context words', () => {
    expect(lexicon.keys('brightline', ['org'])).toContain('@org')
    expect(lexicon.keys('brightline')).not.toContain('@org')
  })
})

describe('negation cues', () => {
  const negated: Record<string, string> = {
    barely: 'I am barely keen to join Brightline.',
    doubt: 'I doubt I want to join Brightline.',
    doubtful: 'I am doubtful I want to join Brightline.',
    hardly: 'I am hardly keen to join Brightline.',
    hesitant: 'I am hesitant and not keen to join Brightline.',
    neither: 'Neither of us wants to join Brightline.',
    never: 'I never wanted to join Brightline.',
    no: 'I am no longer keen to join Brightline.',
    nor: 'Nor am I keen to join Brightline.',
    not: "I'm not sure the role is right for me.",
    reluctant: 'I am reluctant to join Brightline.',
    uncertain: 'I am uncertain I want to join Brightline.',
    undecided: 'I am undecided about wanting to join Brightline.',
    unlikely: 'I am unlikely to want to join Brightline.',
    unsure: 'I am unsure I want to join Brightline.',
  }
  it('is sorted and each cue undoes the interest after it', () => {
    expectSortedUnique(NEGATION_CUES)
    expect(Object.keys(negated).sort()).toEqual([...NEGATION_CUES])
    for (const sentence of Object.values(negated))
      expect(covered(sentence).interest.covered, sentence).toBe(false)
  })
  it('lets idioms through', () => {
    expect(covered("I can't wait to join Brightline.").interest.covered).toBe(true)
    expect(covered('I have no doubt I would bring energy to your team.').contribution.covered).toBe(true)
  })
})

describe('hedge cues', () => {
  const hedged: Record<string, string> = {
    assuming: 'Assuming the hours suit, I would be keen to join.',
    deciding: 'I am still deciding, though keen to join.',
    depending: 'Depending on the salary, I would be keen to join.',
    fence: 'I am on the fence and keen to join.',
    if: 'If the commute is manageable, I would love to join.',
    maybe: 'Maybe I would be keen to join.',
    might: 'I might be interested in the position.',
    perhaps: 'Perhaps I would be keen to join.',
    provided: 'Provided the pay is right, I would be keen to join.',
    reservation: 'I have a reservation or two, though I am keen to join.',
    unless: 'I would love to join unless the hours change.',
    weigh: 'I am weighing it up and keen to join.',
  }
  it('is sorted and each cue makes interest conditional', () => {
    expectSortedUnique(HEDGE_CUES)
    expect(Object.keys(hedged).sort()).toEqual([...HEDGE_CUES])
    for (const sentence of Object.values(hedged))
      expect(covered(sentence).interest.covered, sentence).toBe(false)
  })
  it('does not hedge "if selected" or "if you need anything"', () => {
    expect(covered('If selected, I would be keen to join.').interest.covered).toBe(true)
    expect(covered('I am keen to join, and I can send references if needed.').interest.covered).toBe(true)
  })
})

describe('clause conjunctions', () => {
  it('each starts a new clause, so a negation before it does not reach past it', () => {
    expect([...CLAUSE_CONJUNCTIONS].sort()).toEqual(CLAUSE_CONJUNCTIONS)
    for (const conjunction of CLAUSE_CONJUNCTIONS) {
      const sentence = `I had not used Figma ${conjunction} I am keen to join Brightline.`
      expect(covered(sentence).interest.covered, sentence).toBe(true)
    }
  })
})

describe('stop and generic words', () => {
  it('are sorted, lowercase and disjoint', () => {
    expectSortedUnique(STOP_WORDS)
    expectSortedUnique(GENERIC_WORDS)
    for (const word of [...STOP_WORDS, ...GENERIC_WORDS]) expect(word).toMatch(/^[a-z]+$/)
    expect(STOP_WORDS.filter((word) => GENERIC_WORDS.includes(word))).toEqual([])
  })
  it('make a conversation reference with nothing but such words say nothing', () => {
    expect(covered('We talked about the role and the team.').specifics.covered).toBe(false)
    expect(covered('We talked about the spring rebrand and its budget.').specifics.covered).toBe(true)
  })
})
