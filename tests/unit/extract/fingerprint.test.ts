import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, hammingDistance, normalizeForFingerprint, simhash64 } from '../../../lambdas/core/extract/fingerprint.ts';

/** The original BigInt SimHash: stored fingerprints were made with it, so the fast one must agree bit for bit. */
function simhashBigInt(normalized: string): string {
  const fnv = (s: string): bigint => {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h;
  };
  const words = normalized.split(' ').filter(Boolean);
  const counts = new Array<number>(64).fill(0);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fnv(words.slice(i, i + 3).join(' '));
    for (let b = 0; b < 64; b++) counts[b]! += (h >> BigInt(b)) & 1n ? 1 : -1;
  }
  let out = 0n;
  for (let b = 0; b < 64; b++) if (counts[b]! > 0) out |= 1n << BigInt(b);
  return out.toString(16).padStart(16, '0');
}

const WORDS = ['the', 'minister', 'said', 'Zürich', 'naïve', '東京', 'مرحبا', '𝒳', '😀', 'a', 'ÿ', '\u0100', 'x'.repeat(40)];

/** The original normalisation chain (curly quotes mapped, then every non-letter, non-digit run a space). */
function normalizeReference(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizeForFingerprint', () => {
  it('is the original normalisation, ASCII fast path included', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: fc.constantFrom('A', 'z', '0', ' ', '\t', '\n', "'", '"', '’', '“', 'ﬁ', 'Ａ', 'É', '_', '-', '\u00a0'), maxLength: 80 }),
    );
    fc.assert(fc.property(text, (t) => {
      expect(normalizeForFingerprint(t)).toBe(normalizeReference(t));
    }), { numRuns: 600, seed: 9 });
  });
});

describe('simhash64', () => {
  it('is bit for bit the BigInt FNV-1a SimHash', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const normalized = normalizeForFingerprint(t);
        expect(simhash64(normalized)).toBe(simhashBigInt(normalized));
        expect(simhash64(t)).toBe(simhashBigInt(t));
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('keeps the values stored fingerprints were made with (pinned from the BigInt version)', () => {
    expect(fingerprint('The minister said the talks would continue on Monday.')).toMatchObject({
      sha256: '0b04e404f67c1ed0f10561330bbf9c29b6d58ac4c2134503619dde46f6ab4a44',
      simhash: '03fe4a5f54d37410',
    });
    expect(fingerprint('Zürich naïve 東京 😀 — “quoted” words, and more words here.')).toMatchObject({
      sha256: '74810beeb6511586602e7bd0cfe32a199d4dca110b7d769aa5a1ddcda74d69e7',
      simhash: 'd5e1e3ec7df7ea25',
    });
    expect(simhash64('')).toBe(simhashBigInt(''));
  });

  it('agrees on long texts too (bit counts are kept in byte lanes, emptied every 255 shingles)', () => {
    for (const words of [254, 255, 256, 257, 511, 1200]) {
      const text = Array.from({ length: words }, (_, i) => WORDS[(i * 7) % WORDS.length] + String(i % 13)).join(' ');
      expect(simhash64(text)).toBe(simhashBigInt(text));
    }
  });

  it('changes few bits for a near-duplicate and many for another text', () => {
    const a = 'the minister said on monday that the talks with the union would continue next week in the capital after a short break';
    const b = a.replace('next week', 'next month');
    const c = 'heavy rain flooded the valley overnight and officials closed three roads while crews cleared fallen trees from the river banks';
    expect(hammingDistance(simhash64(a), simhash64(b))).toBeLessThan(hammingDistance(simhash64(a), simhash64(c)));
  });
});
