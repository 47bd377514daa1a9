/**
 * Table-driven cleaning tests over the articles in tests/fixtures/ (text, JSON, Markdown): the
 * expected title and metadata, the lines that must go and the lines that must stay. Also measures
 * precision and recall of junk-line removal across all of them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';
import type { ArticleRecord } from '#contracts/record.ts';

interface Expect {
  title: string;
  subtitle?: string;
  url?: string;
  publisher?: string;
  authors?: string[];
  publishedAt?: string;
  language?: string;
  encoding?: string;
  sections?: string[];
  captions?: { text: string; credit: string | null }[];
  credits?: string[];
  related?: string[];
  mustRemove: string[];
  mustKeep: string[];
}

const ROOT = 'tests/fixtures';
// HTML fixtures have their own table (tests/unit/clean/html*.test.ts): substring expectations and related URLs.
const cases = ['text', 'json', 'markdown']
  .filter((d) => existsSync(join(ROOT, d)))
  .flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => !f.endsWith('.expect.json'))
      .map((f) => ({ dir: d, file: f, path: join(ROOT, d, f), expectPath: join(ROOT, d, f.replace(/(\.gz)?$/, '').replace(/\.[^.]+$/, '') + '.expect.json') }))
      .filter((c) => existsSync(c.expectPath)),
  );

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/^\s*(?:[-*•]|\d{1,3}[.)])\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function present(record: ArticleRecord, line: string): boolean {
  const k = key(line);
  const blocks = record.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]).map(key);
  if (blocks.includes(k)) return true;
  // Long lines may be merged with a neighbour; short ones must stand alone to count.
  return k.length >= 30 && blocks.some((b) => b.includes(k));
}

const totals = { tp: 0, fn: 0, fp: 0, kept: 0 };

describe('cleaning fixtures', () => {
  it('has fixture articles in every non-HTML format', () => {
    // With the HTML pages in tests/fixtures/html the whole set is over 25.
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.dir)).size).toBe(3);
  });

  it.each(cases)('$dir/$file', ({ path, file, expectPath }) => {
    const bytes = readFileSync(path);
    const exp = JSON.parse(readFileSync(expectPath, 'utf8')) as Expect;
    const result = processObject(bytes, { bucket: 'fixtures', key: `incoming/${file}`, etag: null, size: bytes.length });
    expect(result.rejections).toEqual([]);
    const record = result.records[0]!;
    expect(record.title).toBe(exp.title);
    if (exp.subtitle !== undefined) expect(record.subtitle).toBe(exp.subtitle);
    if (exp.url !== undefined) expect(record.url).toBe(exp.url);
    if (exp.publisher !== undefined) expect(record.publisher).toBe(exp.publisher);
    if (exp.authors !== undefined) expect(record.authors).toEqual(exp.authors);
    if (exp.publishedAt !== undefined) expect(record.publishedAt).toBe(exp.publishedAt);
    if (exp.language !== undefined) expect(record.language).toBe(exp.language);
    if (exp.encoding !== undefined) expect(record.source.encoding).toBe(exp.encoding);
    if (exp.sections !== undefined) expect(record.sections.map((s) => s.heading).filter(Boolean)).toEqual(exp.sections);
    if (exp.captions !== undefined) expect(record.captions).toEqual(exp.captions);
    if (exp.credits !== undefined) for (const c of exp.credits) expect(record.credits).toContain(c);
    if (exp.related !== undefined) expect(record.related.map((r) => r.title)).toEqual(exp.related);

    const leaked = exp.mustRemove.filter((l) => present(record, l));
    const lost = exp.mustKeep.filter((l) => !present(record, l));
    totals.tp += exp.mustRemove.length - leaked.length;
    totals.fn += leaked.length;
    totals.fp += lost.length;
    totals.kept += exp.mustKeep.length - lost.length;
    expect(leaked, 'junk left in the body').toEqual([]);
    expect(lost, 'content removed').toEqual([]);
    // Every removal is explained.
    for (const r of record.removed) expect(r.reason).toMatch(/^[a-z-]+$/);
  });

  afterAll(() => {
    const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
    const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
    console.log(`junk-line removal over ${cases.length} fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.tp} junk lines removed, ${totals.fn} left, ${totals.fp} content lines lost, ${totals.kept} kept)`);
  });
});
