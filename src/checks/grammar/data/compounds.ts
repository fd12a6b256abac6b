/**
 * Closed compounds whose open spelling is not standard English ("every where", "it self"), keyed
 * by the open form, lowercase. Both halves are words, so no spell checker sees these; only the
 * pair is wrong. Pairs that are also right in some sentences ("some time", "may be", "every one",
 * "in to", "on going", "in tact", "feed back") are left out on purpose. Sorted.
 */
import { wordRecord } from '../../../text/word-record.js'

export const SPLIT_COMPOUNDS: Readonly<Record<string, string>> = wordRecord({
  'back ground': 'background',
  'before hand': 'beforehand',
  'dead line': 'deadline',
  'every where': 'everywhere',
  'frame work': 'framework',
  'free lance': 'freelance',
  'further more': 'furthermore',
  'hand shake': 'handshake',
  'head quarters': 'headquarters',
  'her self': 'herself',
  'him self': 'himself',
  'it self': 'itself',
  'key note': 'keynote',
  'key words': 'keywords',
  'mean while': 'meanwhile',
  'my self': 'myself',
  'never the less': 'nevertheless',
  'none the less': 'nonetheless',
  'note worthy': 'noteworthy',
  'our selves': 'ourselves',
  'over looked': 'overlooked',
  'some how': 'somehow',
  'some what': 'somewhat',
  'team mate': 'teammate',
  'team mates': 'teammates',
  'team work': 'teamwork',
  'them selves': 'themselves',
  'there fore': 'therefore',
  'through out': 'throughout',
  'to gether': 'together',
  'up coming': 'upcoming',
  'web site': 'website',
  'work flow': 'workflow',
  'work place': 'workplace',
  'your self': 'yourself',
  'your selves': 'yourselves',
})

/** Compounds written apart that read as the compound only at a clause's edge: "Other wise, …". */
export const SPLIT_AT_CLAUSE_EDGE: Readonly<Record<string, string>> = wordRecord({
  'other wise': 'otherwise',
})
