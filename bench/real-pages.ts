/**
 * Real pages: article-body F1 and pages/s on trafilatura's evaluation set, news-ingest's core beside
 * Readability.js (@mozilla/readability on linkedom) in the same process, on the same pages.
 *
 * It reads ../shared/data/web-pages (outside the project: 990 saved pages with the segments that must
 * and must not appear in the article text). When that folder is not there, as in a user's clone, it says
 * so and exits 0: nothing here is needed by `npm test`.
 *
 * Counting is the benchmark's own (whitespace-normalised substring matching per segment; a page with no
 * record is a full miss), on each record's section headings and paragraphs, as
 * ../shared/tools/score-web-pages.mjs does through the CLI. Pages with id % 5 == 0 are the held-out split
 * the HTML rules were not tuned on; their figure is printed apart.
 *
 * With --text it scores the same pages flattened to scraped text (text/NNNN.txt.gz) instead, issue
 * 12's figure: news-ingest's cleaned text beside the text as it is (uncleaned), on all pages, the
 * held-out split and the rest (the pages the junk classifier was trained and the rules tuned on).
 * --dump FILE writes each page's scored text (JSON, id → text or null) to diff two versions page by page.
 *
 *   node --import tsx bench/real-pages.ts [--text] [--limit N] [--dump FILE]   (REAL_PAGES_DIR=… reads the pages elsewhere)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { processObject } from '#core/pipeline.ts';
import { realPagesDir } from './real-data.ts';

const DATA = realPagesDir('real-pages', 'gold.jsonl');

interface Gold {
  id: string;
  with: string[];
  without: string[];
}
const TEXT = process.argv.includes('--text');
const dumpArg = process.argv.indexOf('--dump');
const dumped: Record<string, string | null> = {};
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg >= 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const gold: Gold[] = readFileSync(join(DATA, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, limit)
  .map((l) => JSON.parse(l) as Gold);

/** Python's \s, as the benchmark's normalisation uses it. */
const SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const norm = (s: string) => s.replace(SPACE, ' ').trim();

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  tn = 0;
  add(g: Gold, text: string | null) {
    const t = text === null ? null : norm(text);
    const tp = t ? g.with.filter((w) => t.includes(norm(w))).length : 0;
    const fp = t ? g.without.filter((w) => t.includes(norm(w))).length : 0;
    this.tp += tp;
    this.fp += fp;
    this.fn += g.with.length - tp;
    this.tn += g.without.length - fp;
  }
  row(name: string, ms: number | null, pages: number, nulls: number | null): string {
    const p = this.tp / Math.max(1, this.tp + this.fp);
    const r = this.tp / Math.max(1, this.tp + this.fn);
    const f = (2 * this.tp) / Math.max(1, 2 * this.tp + this.fp + this.fn);
    const rate = ms ? ((pages / ms) * 1000).toFixed(1) : '';
    return `${name.padEnd(28)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(7)} ${String(nulls ?? '').padStart(10)} ${rate.padStart(8)}`;
  }
  f1(): number {
    return (2 * this.tp) / Math.max(1, 2 * this.tp + this.fp + this.fn);
  }
}

/** Bytes to text: the declared charset, else UTF-8 (as the corpus tools read the pages, BOMs aside). */
function decode(buf: Buffer): string {
  const head = buf.subarray(0, 65536).toString('latin1');
  const m = /<meta[^>]{0,200}charset\s*=["']?([\w.:-]{1,40})/i.exec(head);
  if (m && !/^utf-?8$/i.test(m[1]!)) {
    try {
      const dec = new TextDecoder(m[1]!.toLowerCase());
      if (!dec.encoding.startsWith('utf-16')) return dec.decode(buf);
    } catch {
      // an unknown label: UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(buf);
}

/** The text a record is scored on: its section headings and paragraphs, in order. */
function scoredText(out: ReturnType<typeof processObject>): string | null {
  return out.records.length ? out.records.map((r) => r.sections.map((s) => [s.heading ?? '', ...s.paragraphs].filter(Boolean).join('\n')).join('\n')).join('\n') : null;
}

if (TEXT) {
  scoreText();
  process.exit(0);
}

function scoreText(): void {
  const split = () => ({ all: new Counts(), held: new Counts(), tuned: new Counts() });
  const ours = split();
  const raw = split();
  let ms = 0,
    nulls = 0;
  for (const g of gold) {
    const bytes = gunzipSync(readFileSync(join(DATA, 'text', `${g.id}.txt.gz`)));
    const t0 = performance.now();
    const out = processObject(new Uint8Array(bytes), { bucket: 'bench', key: `text/${g.id}.txt`, etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
    ms += performance.now() - t0;
    const text = scoredText(out);
    if (text === null) nulls++;
    if (dumpArg >= 0) dumped[g.id] = text;
    const rawText = bytes.toString('utf8');
    for (const [counts, t] of [
      [ours, text],
      [raw, rawText],
    ] as const) {
      counts.all.add(g, t);
      (Number(g.id) % 5 === 0 ? counts.held : counts.tuned).add(g, t);
    }
  }
  const n = gold.length;
  const nHeld = gold.filter((g) => Number(g.id) % 5 === 0).length;
  console.log(`scraped text: ${n} pages of ${join(DATA, 'text')} (trafilatura's evaluation set flattened to text)`);
  console.log(`${''.padEnd(28)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'no record'.padStart(10)} ${'pages/s'.padStart(8)}`);
  console.log(ours.all.row('news-ingest core', ms, n, nulls));
  console.log(raw.all.row('uncleaned text', null, 0, null));
  console.log(ours.held.row(`news-ingest, held out (${nHeld})`, null, 0, null));
  console.log(raw.held.row(`uncleaned, held out (${nHeld})`, null, 0, null));
  console.log(ours.tuned.row(`news-ingest, tuned on (${n - nHeld})`, null, 0, null));
  console.log(raw.tuned.row(`uncleaned, tuned on (${n - nHeld})`, null, 0, null));
  console.log('targets (issue 12): P >= 0.85 and F1 >= 0.85, recall kept; the held-out row is the honest one');
  if (dumpArg >= 0) writeFileSync(process.argv[dumpArg + 1]!, JSON.stringify(dumped));
  if (process.env.BENCH_RESULT_FILE) {
    writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'real-text', summary: { f1: ours.all.f1(), uncleanedF1: raw.all.f1(), heldOutF1: ours.held.f1(), pagesPerS: (n / ms) * 1000 } }));
  }
}

const pages = gold.map((g) => ({ g, bytes: gunzipSync(readFileSync(join(DATA, 'pages', `${g.id}.html.gz`))) }));
const ours = { all: new Counts(), held: new Counts(), ms: 0, nulls: 0 };
const theirs = { all: new Counts(), held: new Counts(), ms: 0, nulls: 0 };

for (const { g, bytes } of pages) {
  const t0 = performance.now();
  const out = processObject(new Uint8Array(bytes), { bucket: 'bench', key: `pages/${g.id}.html.gz`, etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
  ours.ms += performance.now() - t0;
  const text = scoredText(out);
  if (text === null) ours.nulls++;
  if (dumpArg >= 0) dumped[g.id] = text;
  ours.all.add(g, text);
  if (Number(g.id) % 5 === 0) ours.held.add(g, text);

  const html = decode(bytes);
  const t1 = performance.now();
  let rtext: string | null = null;
  try {
    const { document } = parseHTML(html);
    rtext = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? null;
  } catch {
    rtext = null;
  }
  theirs.ms += performance.now() - t1;
  if (rtext === null) theirs.nulls++;
  theirs.all.add(g, rtext);
  if (Number(g.id) % 5 === 0) theirs.held.add(g, rtext);
}

const n = pages.length;
const nHeld = pages.filter((p) => Number(p.g.id) % 5 === 0).length;
console.log(`real pages: ${n} pages of ${DATA} (trafilatura's evaluation set), same process, same pages${n < 990 ? ` (--limit ${n}: not comparable with the published figures)` : ''}`);
console.log(`${''.padEnd(28)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'no record'.padStart(10)} ${'pages/s'.padStart(8)}`);
console.log(ours.all.row('news-ingest core', ours.ms, n, ours.nulls));
console.log(theirs.all.row('Readability.js + linkedom', theirs.ms, n, theirs.nulls));
console.log(ours.held.row(`news-ingest, held out (${nHeld})`, null, 0, null));
console.log(theirs.held.row(`Readability, held out (${nHeld})`, null, 0, null));
console.log('published (trafilatura docs, same 990 pages): trafilatura 2.2.0 F1 0.924, readability-lxml 0.826; target F1 >= 0.93');
console.log('(news-ingest runs the whole pipeline per page: decode, clean, extract; Readability.js parses and extracts only.)');

if (dumpArg >= 0) writeFileSync(process.argv[dumpArg + 1]!, JSON.stringify(dumped));
if (process.env.BENCH_RESULT_FILE) {
  writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'real-pages', summary: { f1: ours.all.f1(), readabilityF1: theirs.all.f1(), heldOutF1: ours.held.f1(), pagesPerS: (n / ours.ms) * 1000, readabilityPagesPerS: (n / theirs.ms) * 1000 } }));
}
