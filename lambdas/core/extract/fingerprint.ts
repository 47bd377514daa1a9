/**
 * Content fingerprints for duplicate detection.
 * sha256 of the normalized body finds exact duplicates (the same article under another key);
 * a 64-bit SimHash over word 3-shingles finds near-duplicates (a few words changed); a MinHash
 * signature (minhash.ts) tells how much two bodies share, for the story index.
 */
import { createHash } from 'node:crypto';
import type { Fingerprint } from '#contracts/record.ts';
import { storySignature } from './minhash.ts';

/** Case, punctuation and spacing differences must not make two copies of an article look different. */
export function normalizeForFingerprint(body: string): string {
  // Quotes of any shape are neither letters nor digits, so they become spaces with the rest of the
  // punctuation. ASCII text is its own NFKC form and its letters and digits are [a-z0-9] once
  // lower-cased: the cheaper pattern gives the same string.
  if (!NON_ASCII.test(body)) return body.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

// 64-bit FNV-1a (offset 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3) over UTF-16 code
// units, kept as two unsigned 32-bit halves: the same numbers as BigInt arithmetic (the stored
// simhashes compare across versions), without allocating a BigInt per character.
const FNV_OFFSET_HI = 0xcbf29ce4 | 0;
const FNV_OFFSET_LO = 0x84222325 | 0;
const FNV_PRIME_LOW = 0x1b3;

/**
 * SimHash (64 bits as 16 hex digits) of word 3-shingles: each shingle is "w1 w2 w3" (fewer words
 * when the text has fewer), hashed char by char straight from the word list, never joined.
 */
export function simhash64(normalized: string): string {
  // Normalised text has single spaces, so empty pieces (which filter() would drop) are rare.
  let words = normalized.split(' ');
  if (words.includes('')) words = words.filter(Boolean);
  // ones[b]: shingles whose hash has bit b set (bit 32+ for the high half); a bit is set in the
  // SimHash when more shingles have it than not. Counted eight bits at a time: lanes[k] holds, in
  // its four bytes, the counts of bits k, k+8, k+16, k+24 (low half; lanes[8+k] the high half),
  // emptied into ones[] before a byte can overflow.
  const ones = new Int32Array(64);
  const lanes = new Int32Array(16);
  let pending = 0;
  const shingle = 3;
  const n = Math.max(1, words.length - shingle + 1);
  for (let i = 0; i < n; i++) {
    let hi = FNV_OFFSET_HI;
    let lo = FNV_OFFSET_LO;
    const last = Math.min(words.length, i + shingle);
    for (let k = i; k < last; k++) {
      const w = words[k]!;
      // c = -1 is the space joining this word to the one before.
      for (let c = k > i ? -1 : 0; c < w.length; c++) {
        lo ^= c < 0 ? 32 : w.charCodeAt(c);
        // h * (2^40 + 0x1b3) mod 2^64 in int32 arithmetic: the low half times 0x1b3, done on its
        // 16-bit halves (a, b), carries b >>> 16 into the high half; h << 40 adds the low half's
        // bottom 24 bits, shifted by 8, to the high half. Halves are kept as int32 bit patterns.
        const a = (lo & 0xffff) * FNV_PRIME_LOW;
        const b = (lo >>> 16) * FNV_PRIME_LOW + (a >>> 16);
        hi = (Math.imul(hi, FNV_PRIME_LOW) + (b >>> 16) + (lo << 8)) | 0;
        lo = (b << 16) | (a & 0xffff);
      }
    }
    for (let k = 0; k < 8; k++) {
      lanes[k] = lanes[k]! + ((lo >>> k) & 0x01010101);
      lanes[k + 8] = lanes[k + 8]! + ((hi >>> k) & 0x01010101);
    }
    if (++pending === 255) {
      emptyLanes(lanes, ones);
      pending = 0;
    }
  }
  emptyLanes(lanes, ones);
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    // counts of +1/-1 votes: ones - (n - ones) > 0
    if (2 * ones[b]! > n) lo |= 1 << b;
    if (2 * ones[b + 32]! > n) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Add the byte-wide bit counts of lanes (see simhash64) to ones, and zero the lanes. */
function emptyLanes(lanes: Int32Array, ones: Int32Array): void {
  for (let k = 0; k < 16; k++) {
    const v = lanes[k]!;
    const base = k < 8 ? k : k + 24; // lanes[8 + k] count bits 32 + k, 40 + k, …
    for (let byte = 0; byte < 4; byte++) ones[base + 8 * byte]! += (v >>> (8 * byte)) & 0xff;
    lanes[k] = 0;
  }
}

/** Number of differing bits between two SimHashes. */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt('0x' + a) ^ BigInt('0x' + b);
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}

export function fingerprint(body: string): Fingerprint {
  const normalized = normalizeForFingerprint(body);
  const story = storySignature(normalized);
  return {
    sha256: createHash('sha256').update(normalized).digest('hex'),
    simhash: simhash64(normalized),
    minhash: story.minhash,
    shingles: story.shingles,
  };
}
