/**
 * Fast scanning helpers. Extractors find candidate positions with one char-code pass (word
 * starts, digits, currency signs) and try their precompiled sticky regexes only there, instead
 * of letting a regex with look-behinds and long alternations probe every character.
 */

/** Word tokens as parallel offset arrays (letters and digits; see isWordChar). */
export interface WordIndex {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Starts of digit tokens, made on first use by digitStarts(). */
  digits?: number[];
}

/**
 * True for letters and digits of any script: ASCII by range, everything from U+00C0 up except
 * the punctuation, symbol and space blocks (a close, cheap approximation of \p{L}|\p{N}).
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, currency signs
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c >= 0xff1a && c <= 0xff20) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters (surrogates): count as word
  return true;
}

let cacheText: string | null = null;
let cacheIndex: WordIndex | null = null;

/**
 * Word tokens of `text` (at most `max`). The last result is kept, so the date, money and
 * quantity extractors reading the same body share one pass.
 */
export function wordIndex(text: string, max = 200_000): WordIndex {
  if (text === cacheText && cacheIndex) return cacheIndex;
  const n = text.length;
  let cap = 64;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n && count < max) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(cap);
      ne.set(ends);
      ends = ne;
    }
    starts[count] = s;
    ends[count] = i;
    count++;
  }
  cacheText = text;
  cacheIndex = { text, count, starts, ends };
  return cacheIndex;
}

/**
 * Matches of a sticky (`y`) regex tried only at the given positions (ascending), skipping
 * positions inside the previous match.
 */
export function matchesAt(re: RegExp, text: string, positions: Iterable<number>): RegExpExecArray[] {
  // An array, not a generator: the extractors read every match anyway, and resuming a generator
  // per match cost more than the matching at short positions lists.
  const out: RegExpExecArray[] = [];
  let lastEnd = -1;
  for (const p of positions) {
    if (p < lastEnd) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m && m[0].length > 0) {
      lastEnd = p + m[0].length;
      out.push(m);
    }
  }
  return out;
}

/** Starts of tokens whose first char is an ASCII digit. */
export function digitStarts(ix: WordIndex): number[] {
  if (ix.digits) return ix.digits;
  const out: number[] = [];
  ix.digits = out;
  for (let k = 0; k < ix.count; k++) {
    const c = ix.text.charCodeAt(ix.starts[k]!);
    if (c >= 0x30 && c <= 0x39) out.push(ix.starts[k]!);
  }
  return out;
}

/** Merges ascending position lists into one ascending list without duplicates. */
export function mergePositions(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const p = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1]! < p) out.push(p);
  }
  return out;
}

/** Offsets of the matches of a global regex of single characters (e.g. currency signs), ascending. */
export function charPositions(text: string, chars: RegExp): number[] {
  const out: number[] = [];
  chars.lastIndex = 0;
  while (chars.test(text)) out.push(chars.lastIndex - 1);
  return out;
}

/**
 * A word list that can be matched against index tokens without slicing every token: a token is
 * only read when its length and first character could belong to the list.
 */
export class Lexicon<V> {
  private readonly map = new Map<string, V>();
  /** Bit c: may an entry start with char code c? (a bit table, 8 KB: it is consulted for every token) */
  private readonly firsts = new Uint8Array(8192);
  private maxLen = 0;

  /** @param caseInsensitive look tokens up lower-cased (entries must be lower case) */
  constructor(entries: Iterable<[string, V]>, private readonly caseInsensitive = false) {
    for (const [w, v] of entries) this.add(w, v);
  }

  add(word: string, value: V): void {
    this.map.set(word, value);
    this.maxLen = Math.max(this.maxLen, word.length);
    this.markFirst(word.charCodeAt(0));
    if (this.caseInsensitive) this.markFirst(word[0]!.toUpperCase().charCodeAt(0));
  }

  private markFirst(c: number): void {
    if (c >= 0) this.firsts[c >> 3]! |= 1 << (c & 7); // NaN (an empty word) marks nothing
  }

  get(word: string): V | undefined {
    return this.map.get(word);
  }

  /** The entry for token k of an index, or undefined. */
  at(ix: WordIndex, k: number): V | undefined {
    const s = ix.starts[k]!;
    const len = ix.ends[k]! - s;
    const c = ix.text.charCodeAt(s);
    if (len > this.maxLen || !(this.firsts[c >> 3]! & (1 << (c & 7)))) return undefined;
    const w = ix.text.slice(s, s + len);
    return this.map.get(this.caseInsensitive ? w.toLowerCase() : w);
  }

  /** Starts of the index tokens in the list, ascending. */
  starts(ix: WordIndex): number[] {
    const out: number[] = [];
    for (let k = 0; k < ix.count; k++) if (this.at(ix, k) !== undefined) out.push(ix.starts[k]!);
    return out;
  }
}
