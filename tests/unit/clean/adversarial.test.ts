/**
 * Adversarial input to the core: each must come back as records or rejections, never throw or hang.
 * The per-test timeout is the bound (no wall-clock assertions; speed is measured in bench/).
 */
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';

const run = (s: string | Uint8Array, key = 'incoming/a.txt') => {
  const bytes = typeof s === 'string' ? Buffer.from(s) : s;
  return processObject(bytes, { bucket: 'b', key, etag: null, size: bytes.length });
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

  it('JSON nested 100,000 deep and a JSON Lines batch of 50,000 lines', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r1 = run(deep, 'incoming/a.json');
    expect(r1.rejections).toHaveLength(1);
    const lines = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? '{bad' : JSON.stringify({ title: `T${i}`, body: `Body of article ${i}.` }))).join('\n');
    const r2 = run(lines, 'incoming/a.jsonl');
    // Bounded by maxArticlesPerObject (10,000 lines read), then one rejection says where reading stopped.
    expect(r2.records).toHaveLength(5_000);
    expect(r2.rejections).toHaveLength(5_001);
    expect(r2.rejections.at(-1)!.code).toBe('too-large');
  }, 60_000);

  it('Markdown with unbalanced emphasis and brackets everywhere', () => {
    const r = run('# T\n\n' + '*_[`'.repeat(50_000) + '\n\nReal text.', 'incoming/a.md');
    expect(r.records.length + r.rejections.length).toBe(1);
  }, 20_000);
});
