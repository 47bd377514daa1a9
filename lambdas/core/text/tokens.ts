/** Word tokens with offsets, shared by the extractors that need positions (quotes, keywords). */

export interface Token {
  text: string;
  start: number;
  end: number;
}

import { isWordChar } from './scan.ts';

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * Word tokens of `text` with their offsets, at most `max` of them. Linear time.
 * @example tokenize('He said.') // [{text:'He',start:0,end:2},{text:'said',start:3,end:7}]
 */
export function tokenize(text: string, max = 100_000): Token[] {
  // Quotes and keywords tokenize the same paragraphs: the recent results are kept.
  const cached = max === 100_000 && text.length > 40 ? CACHE.get(text) : undefined;
  if (cached) return cached;
  const out = scan(text, max);
  if (max === 100_000 && text.length > 40) {
    if (CACHE.size >= CACHE_SIZE) CACHE.clear();
    CACHE.set(text, out);
  }
  return out;
}

const CACHE_SIZE = 512;
const CACHE = new Map<string, Token[]>();

/** ASCII_WORD[c] for c < 128: isWordChar(c), read from a table (the scan visits every character). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (isWordChar(c) ? 1 : 0));

const wordChar = (c: number): boolean => (c < 128 ? ASCII_WORD[c] === 1 : isWordChar(c));

function scan(text: string, max: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < max) {
    while (i < n && !wordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    for (;;) {
      while (i < n && wordChar(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      // Letters or digits with inner apostrophes and hyphens ("girls’s", "decade-long", "O'Neill").
      if ((c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** True when the first letter is upper case (a capitalised word or a name). */
export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
