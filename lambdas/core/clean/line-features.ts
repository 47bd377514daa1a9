/**
 * Features of one scraped-text line for the learned junk classifier (issue 12). Pure and cheap:
 * a few passes over the line's tokens, no regex with overlapping adjacent quantifiers, so a 20 kB
 * line costs linear time. Junk lines (captions, credits, teasers, prompts, tag lists) differ from
 * story text in shape more than in words, so most features are shape; hashed words add the rest.
 */

/** Size of the hashed word-feature space; small enough for a few kB of weights. */
export const HASH_BUCKETS = 1024;

const STOPWORDS = new Set(
  'the a an and or but of to in on at for with by from as is was are were be been it its this that he she they we you i his her their our not has have had will would said says'.split(
    ' ',
  ),
);

export interface LineContext {
  /** The line's index among non-empty lines, and how many there are. */
  index: number;
  count: number;
  /** How many times the exact line occurs in the text (1 = unique). */
  occurrences: number;
}

/** Dense shape features, each roughly in [0, 1] so one learning rate fits all. */
export function shapeFeatures(line: string, ctx: LineContext): number[] {
  const words = line.split(' ').filter(Boolean);
  const n = words.length || 1;
  let stop = 0,
    capital = 0,
    digits = 0,
    linkish = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (STOPWORDS.has(lower)) stop++;
    const c = w.charCodeAt(0);
    if (w[0] !== w[0]!.toLowerCase()) capital++;
    if (c >= 48 && c <= 57) digits++;
    // Handles, e-mail addresses and links are calls to action or chrome, rarely story text.
    if (w.startsWith('@') || w.startsWith('#') || lower.startsWith('http') || lower.startsWith('www.') || w.includes('@'))
      linkish++;
  }
  const last = line.at(-1) ?? '';
  const sentenceEnd = '.!?"”’»'.includes(last) && last !== '' ? 1 : 0;
  const pos = ctx.count > 1 ? ctx.index / (ctx.count - 1) : 0;
  return [
    Math.min(line.length, 400) / 400,
    Math.min(words.length, 60) / 60,
    stop / n,
    capital / n,
    digits / n,
    linkish / n,
    sentenceEnd,
    line.endsWith('…') || line.endsWith('...') ? 1 : 0,
    pos,
    pos < 0.1 || pos > 0.9 ? 1 : 0,
    ctx.occurrences > 1 ? 1 : 0,
  ];
}

/** FNV-1a over a lower-cased word, folded into HASH_BUCKETS. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  const w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % HASH_BUCKETS;
}

/** The hashed word buckets of a line, each once (presence, not counts: a caption repeats little). */
export function wordBuckets(line: string): number[] {
  const out = new Set<number>();
  for (const w of line.split(' ')) if (w) out.add(hashWord(w));
  return [...out];
}
