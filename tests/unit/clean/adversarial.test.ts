/**
 * Adversarial input to the cleaning stage: each must come back as articles or rejections, never throw
 * or hang. The per-test timeout is the bound (no wall-clock assertions; speed is measured in bench/).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanObject } from '#core/clean/index.ts';
import { DEFAULT_LIMITS, type Limits } from '#core/types.ts';

const run = (s: string | Uint8Array, key = 'incoming/a.txt', limits: Limits = DEFAULT_LIMITS) => {
  const bytes = typeof s === 'string' ? Buffer.from(s) : s;
  const r = cleanObject(bytes, { bucket: 'b', key, etag: null, size: bytes.length }, limits);
  return { records: r.articles, rejections: r.rejections };
};

describe('adversarial input', () => {
  it('a 2 MB line without a newline', () => {
    const r = run('word '.repeat(420_000));
    expect(r.records.length + r.rejections.length).toBe(1);
    if (r.records[0]) expect(r.records[0].title.length).toBeLessThanOrEqual(300);
  }, 20_000);

  it('pathological spacing: millions of spaces, tabs and blank lines', () => {
    const r = run('Title\n' + ' \t'.repeat(500_000) + '\n'.repeat(300_000) + 'Body paragraph here.\n' + ' '.repeat(1_000_000) + 'x');
    expect(r.records.length + r.rejections.length).toBe(1);
  }, 20_000);

  it('200,000 short lines', () => {
    const r = run('Headline\n' + Array.from({ length: 200_000 }, (_, i) => `Line ${i} of the story.`).join('\n'));
    expect(r.records).toHaveLength(1);
  }, 20_000);

  it('near-miss junk: long lines that start like junk patterns', () => {
    const evil = ['Share ' + 'on '.repeat(2000), 'Read more: ' + 'a'.repeat(5000), '[caption ' + 'x'.repeat(10000), '© ' + '(c) '.repeat(3000), 'By ' + 'Name '.repeat(5000)];
    const r = run('Headline\n\n' + evil.join('\n\n') + '\n\nA real paragraph that should stay in the article body.');
    expect(r.records).toHaveLength(1);
  }, 20_000);

  it('JSON nested 100,000 deep and a JSON Lines batch over the article cap', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r1 = run(deep, 'incoming/a.json');
    expect(r1.rejections).toHaveLength(1);
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? '{bad' : JSON.stringify({ title: `T${i}`, body: `Body of article ${i}.` }))).join('\n');
    const r2 = run(lines, 'incoming/a.jsonl', { ...DEFAULT_LIMITS, maxArticlesPerObject: 1_000 });
    // Bounded by maxArticlesPerObject (1,000 lines read), then one rejection says where reading stopped.
    expect(r2.records).toHaveLength(500);
    expect(r2.rejections).toHaveLength(501);
    expect(r2.rejections.at(-1)!.code).toBe('too-large');
    expect(r2.rejections.at(-1)!.line).toBe(1_001);
    // Records are numbered within the batch; the line says where each one is.
    const r3 = run('\n{"title":"A","body":"Alpha body text."}\n\n{bad\n{"title":"C","body":"Gamma body text."}\n', 'incoming/b.jsonl');
    expect(r3.records.map((a) => [a.index, a.line])).toEqual([[0, 2], [2, 5]]);
    expect(r3.rejections.map((x) => [x.code, x.index, x.line])).toEqual([['malformed-json', 1, 4]]);
  }, 30_000);

  it('a 1 GB gzip bomb (64 members of 16 MB of zeros) is rejected at the 50 MB default bound', () => {
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = run(bomb, 'incoming/a.txt.gz');
    expect(r.records).toEqual([]);
    expect(r.rejections.map((x) => x.code)).toEqual(['too-large']);
  }, 30_000);

  it('random bytes under every suffix', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const key of ['a.txt', 'a.json', 'a.jsonl', 'a.md', 'a.html', 'a.txt.gz', 'a']) {
      for (let n = 0; n < 20; n++) {
        const bytes = Uint8Array.from({ length: 1 + ((n * 997) % 4096) }, rand);
        const r = run(bytes, `incoming/${key}`);
        expect(r.records.length + r.rejections.length).toBeGreaterThanOrEqual(1);
      }
    }
  }, 30_000);

  it('Markdown with unbalanced emphasis and brackets everywhere', () => {
    const r = run('# T\n\n' + '*_[`'.repeat(50_000) + '\n\nReal text.', 'incoming/a.md');
    expect(r.records.length + r.rejections.length).toBe(1);
  }, 20_000);
});
