// nspell ships no types; the scripts use only this much of it.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    data: Record<string, string[]>
    flags: Record<string, unknown>
  }
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): NSpell
}
