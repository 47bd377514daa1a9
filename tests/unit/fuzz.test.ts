/**
 * Property tests of the pure core: for any bytes — random, or a real article mutated — processObject
 * returns records or rejections, never throws, and what it returns is well formed.
 * The test timeout is the time bound.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';

const KEYS = ['incoming/a.txt', 'incoming/a.html', 'incoming/a.json', 'incoming/a.jsonl', 'incoming/a.md', 'incoming/a.txt.gz'];
const SEEDS = readdirSync('seeds').map((n) => readFileSync(`seeds/${n}`));

function check(bytes: Uint8Array, key: string) {
  const result = processObject(bytes, { bucket: 'b', key, etag: null, size: bytes.byteLength });
  expect(Array.isArray(result.records)).toBe(true);
  expect(Array.isArray(result.rejections)).toBe(true);
  expect(result.records.length + result.rejections.length).toBeGreaterThan(0);
  for (const r of result.rejections) expect(r.reason).toMatch(/^[^\n]+$/);
  for (const rec of result.records) {
    expect(rec.title.length).toBeGreaterThan(0);
    expect(rec.body).not.toMatch(/[\u0000-\u0008\v\f\u000e-\u001f]/);
  }
}

/** A mutation of real bytes: flips, insertions of hostile snippets, truncation, duplication. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('<script>', '\u0000', '{"', '\ufeff', '<div>'.repeat(50), '"""', '\r', '[ad_1]', '\u202e', '%%') }),
        fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([seed, ops]) => {
    let b = Buffer.from(seed);
    for (const o of ops) {
      const at = b.length ? o.at % b.length : 0;
      if (o.op === 'flip') b[at] = o.value;
      else if (o.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(o.text), b.subarray(at)]);
      else b = b.subarray(0, at);
    }
    return b;
  });

describe('the core under random input', () => {
  it('never throws on random bytes under any accepted suffix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...KEYS), (bytes, key) => check(bytes, key)),
      { numRuns: 300, seed: 20261128 },
    );
  }, 60_000);

  it('never throws on mutated real articles', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(...KEYS), (bytes, key) => check(bytes, key)),
      { numRuns: 300, seed: 20261129 },
    );
  }, 60_000);

  it('never throws on random text with news-like structure', () => {
    const line = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('', 'Source link', 'KEEP READING:', '“Quote,” he said.', '(AP)', '## Heading', '- item'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom(...KEYS), (lines, key) => check(Buffer.from(lines.join('\n')), key)),
      { numRuns: 300, seed: 20261130 },
    );
  }, 60_000);
});
