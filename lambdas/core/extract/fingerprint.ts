/**
 * Content fingerprints for duplicate detection.
 * sha256 of the normalized body finds exact duplicates (the same article under another key);
 * a 64-bit SimHash over word 3-shingles finds near-duplicates (a few words changed).
 */
import { createHash } from 'node:crypto';
import type { Fingerprint } from '#contracts/record.ts';

/** Case, punctuation and spacing differences must not make two copies of an article look different. */
export function normalizeForFingerprint(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

function fnv1a64(s: string): bigint {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * FNV_PRIME) & MASK64;
  }
  return h;
}

export function simhash64(normalized: string): string {
  const words = normalized.split(' ').filter(Boolean);
  const counts = new Int32Array(64);
  const shingle = 3;
  const n = Math.max(1, words.length - shingle + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a64(words.slice(i, i + shingle).join(' '));
    // Split into two 32-bit halves: bit tests on numbers are much cheaper than on bigints.
    const lo = Number(h & 0xffffffffn);
    const hi = Number(h >> 32n);
    for (let b = 0; b < 32; b++) {
      counts[b]! += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) lo |= 1 << b;
    if (counts[b + 32]! > 0) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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
  return {
    sha256: createHash('sha256').update(normalized).digest('hex'),
    simhash: simhash64(normalized),
  };
}
