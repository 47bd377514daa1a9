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
  relatedUrls?: (string | null)[];
  mustRemove: string[];
  mustKeep: string[];
  /** Batches (JSON Lines, JSON arrays): how many articles, which lines are rejected, what the later articles expect. */
  records?: number;
  rejectedLines?: number[];
  others?: Expect[];
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
    expect(cases.length).toBeGreaterThanOrEqual(18);
    expect(new Set(cases.map((c) => c.dir)).size).toBe(3);
  });

  it.each(cases)('$dir/$file', ({ path, file, expectPath }) => {
    const bytes = readFileSync(path);
    const exp = JSON.parse(readFileSync(expectPath, 'utf8')) as Expect;
    const result = processObject(bytes, { bucket: 'fixtures', key: `incoming/${file}`, etag: null, size: bytes.length });
    if (exp.records !== undefined) expect(result.records).toHaveLength(exp.records);
    if (exp.rejectedLines !== undefined) expect(result.rejections.map((r) => r.line)).toEqual(exp.rejectedLines);
    else expect(result.rejections).toEqual([]);
    [exp, ...(exp.others ?? [])].forEach((e, i) => checkRecord(result.records[i]!, e));
  });

  it('removes junk lines with precision and recall of at least 0.9 over all fixtures', () => {
    // Runs after the table above (tests in a file run in order) and reads its tallies.
    expect(totals.tp + totals.fn).toBeGreaterThan(40);
    expect(totals.tp / Math.max(1, totals.tp + totals.fp)).toBeGreaterThanOrEqual(0.9);
    expect(totals.tp / Math.max(1, totals.tp + totals.fn)).toBeGreaterThanOrEqual(0.9);
  });

  afterAll(() => {
    const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
    const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
    console.log(`junk-line removal over ${cases.length} fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.tp} junk lines removed, ${totals.fn} left, ${totals.fp} content lines lost, ${totals.kept} kept)`);
  });
});

/** Title, metadata, and the lines that must go and must stay, for one record of a fixture. */
function checkRecord(record: ArticleRecord, e: Expect): void {
  expect(record, 'record missing').toBeDefined();
  expect(record.title).toBe(e.title);
  if (e.subtitle !== undefined) expect(record.subtitle).toBe(e.subtitle);
  if (e.url !== undefined) expect(record.url).toBe(e.url);
  if (e.publisher !== undefined) expect(record.publisher).toBe(e.publisher);
  if (e.authors !== undefined) expect(record.authors).toEqual(e.authors);
  if (e.publishedAt !== undefined) expect(record.publishedAt).toBe(e.publishedAt);
  if (e.language !== undefined) expect(record.language).toBe(e.language);
  if (e.encoding !== undefined) expect(record.source.encoding).toBe(e.encoding);
  if (e.sections !== undefined) expect(record.sections.map((s) => s.heading).filter(Boolean)).toEqual(e.sections);
  if (e.captions !== undefined) expect(record.captions).toEqual(e.captions);
  if (e.credits !== undefined) for (const c of e.credits) expect(record.credits).toContain(c);
  if (e.related !== undefined) expect(record.related.map((r) => r.title)).toEqual(e.related);
  if (e.relatedUrls !== undefined) expect(record.related.map((r) => r.url)).toEqual(e.relatedUrls);

  const leaked = e.mustRemove.filter((l) => present(record, l));
  const lost = e.mustKeep.filter((l) => !present(record, l));
  totals.tp += e.mustRemove.length - leaked.length;
  totals.fn += leaked.length;
  totals.fp += lost.length;
  totals.kept += e.mustKeep.length - lost.length;
  expect(leaked, 'junk left in the body').toEqual([]);
  expect(lost, 'content removed').toEqual([]);
  // Every removal is explained.
  for (const r of record.removed) expect(r.reason).toMatch(/^[a-z-]+$/);
}
