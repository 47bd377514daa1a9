/**
 * Near-copy evidence for the story index: a MinHash signature of an article's word 3-shingles, the
 * band keys that let the store find candidates with a few key lookups, and the check that confirms
 * a candidate. Pure; the store (adapters/story-index.ts) decides what to do with the answers.
 *
 * Why MinHash beside the record's SimHash: a republished wire story keeps most of its sentences but
 * gets a new headline, a trimmed or extended ending and a few edits, and a page saved as text keeps
 * some of its page furniture. On real article bodies (bench/near-duplicates.ts) only 3% of such
 * pairs have SimHashes within 3 bits, the radius a banded SimHash index can look up. A MinHash
 * signature estimates the share of shingles two bodies have in common, and from it (with the
 * shingle counts) how much of the shorter body the longer one contains, which is what "the same
 * story, trimmed" means: at the thresholds below it finds 95.5% of those pairs, and of 489,553 pairs
 * of different pages it joins two, both the same press release or agency story on two sites.
 */

/** Hashes in a signature: 64 keep the containment estimate usable when one body is 10× the other. */
export const MINHASH_SIZE = 64;
/**
 * Band keys per article, one signature value each: two bodies with Jaccard index J share at least
 * one with probability 1 − (1 − J)^7 (0.92 at J = 0.3). Seven keeps a story's founder at 8 write units
 * (7 band claims and its member item, see adapters/story-index.ts).
 */
export const BANDS = 7;
export const ROWS_PER_BAND = 1;
/**
 * A candidate is the same story when the estimated share of the shorter body found in the longer
 * reaches MIN_CONTAINMENT and the estimated Jaccard index MIN_JACCARD (which only keeps a tiny body
 * from matching a long one by a few common shingles). Chosen on bench/near-duplicates.ts over real
 * article bodies: a page saved as HTML and as flattened text has a median containment of 0.98 (10th
 * percentile 0.80), republication edits stay above 0.4, while different articles sit at 0.00 to the
 * 99th percentile and 0.11 to the 99.9th.
 */
export const MIN_CONTAINMENT = 0.4;
export const MIN_JACCARD = 0.05;
/** Bodies with fewer distinct shingles are not indexed: a short notice matches too much by chance. */
export const MIN_SHINGLES = 25;

export interface StorySignature {
  /** MINHASH_SIZE values, 8 hex digits each. */
  minhash: string;
  /** Distinct word 3-shingles of the normalized body. */
  shingles: number;
}

/** Seeds of the hash family: fixed, so signatures compare across versions and containers. */
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, k) => mix32(0x9e3779b9 ^ Math.imul(k + 1, 0x85ebca6b)));

/** MinHash signature of a normalized body (see fingerprint.ts normalizeForFingerprint). */
export function storySignature(normalized: string): StorySignature {
  const shingles = shingleHashes(normalized);
  const mins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix32(h ^ SEEDS[k]!) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  let hex = '';
  for (const v of mins) hex += v.toString(16).padStart(8, '0');
  return { minhash: hex, shingles: shingles.size };
}

/** The band keys under which an article is indexed and looked up ("<band>:<values>"). */
export function bandKeys(sig: StorySignature): string[] {
  if (sig.shingles < MIN_SHINGLES || sig.minhash.length !== MINHASH_SIZE * 8) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const from = b * ROWS_PER_BAND * 8;
    // Keyed by band number too: the same value in another position is a different hash function.
    keys.push(`${b}:${sig.minhash.slice(from, from + ROWS_PER_BAND * 8)}`);
  }
  return keys;
}

export interface Similarity {
  /** Estimated Jaccard index of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller set's shingles found in the larger. */
  containment: number;
}

export function similarity(a: StorySignature, b: StorySignature): Similarity {
  // Signatures of other lengths (a future MINHASH_SIZE) compare on the positions both have.
  const size = Math.min(a.minhash.length, b.minhash.length) >> 3;
  let equal = 0;
  for (let k = 0; k < size; k++) {
    if (a.minhash.slice(k * 8, k * 8 + 8) === b.minhash.slice(k * 8, k * 8 + 8)) equal++;
  }
  const jaccard = size > 0 ? equal / size : 0;
  // |A∩B| = J·|A∪B| and |A∪B| = (|A| + |B|) / (1 + J).
  const small = Math.min(a.shingles, b.shingles);
  const containment = small > 0 ? Math.min(1, (jaccard * (a.shingles + b.shingles)) / ((1 + jaccard) * small)) : 0;
  return { jaccard, containment };
}

/** Whether two signatures are copies of one story (see MIN_CONTAINMENT). */
export function sameStory(s: Similarity): boolean {
  return s.containment >= MIN_CONTAINMENT && s.jaccard >= MIN_JACCARD;
}

/** Distinct 32-bit FNV-1a hashes of the word 3-shingles ("w1 w2 w3") of a normalized body. */
function shingleHashes(normalized: string): Set<number> {
  const words = normalized.split(' ').filter(Boolean);
  const out = new Set<number>();
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n && words.length > 0; i++) {
    let h = 0x811c9dc5 | 0;
    const last = Math.min(words.length, i + 3);
    for (let k = i; k < last; k++) {
      const w = words[k]!;
      if (k > i) h = Math.imul(h ^ 32, 0x01000193);
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    }
    out.add(h);
  }
  return out;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}
