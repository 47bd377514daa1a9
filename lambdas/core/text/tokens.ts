/** Word tokens with offsets, shared by the extractors that need positions (quotes, keywords). */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters or digits, with inner apostrophes and hyphens ("girls’", "decade-long", "O'Neill"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/**
 * Word tokens of `text` with their offsets, at most `max` of them. Linear time.
 * @example tokenize('He said.') // [{text:'He',start:0,end:2},{text:'said',start:3,end:7}]
 */
export function tokenize(text: string, max = 100_000): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (out.length >= max) break;
  }
  return out;
}

/** True when the first letter is upper case (a capitalised word or a name). */
export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
