/**
 * Publication dates on htmldate's dated real pages (../shared/data/web-pages/dates.jsonl), in process, with the
 * source each date came from: the same counting as ../shared/tools/score-dates.mjs (right day = true positive,
 * wrong day = false positive, no date or no record = false negative), split into the pages the date rules were
 * tuned on and the held-out ones (the id's number % 5 == 0: "0035", "d120"). The time budget is lifted, so that
 * a loaded machine does not turn a page into a miss: this measures dates, bench/page-times.ts measures time.
 *
 * It reads ../shared/data/web-pages (outside the project). When that folder is not there, as in a user's clone, it
 * says so and exits 0.
 *
 *   node --import tsx bench/page-dates.ts [--limit N] [--misses K] [--held] [--dump FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processObject } from '#core/pipeline.ts';
import { realPagesDir } from './real-data.ts';

const DATA = realPagesDir('page-dates', 'dates.jsonl');

interface Gold {
  id: string;
  path: string;
  url: string;
  date: string;
}
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Infinity);
const misses = Number(arg('--misses') ?? 0);
const dump = arg('--dump');
const gold: Gold[] = readFileSync(join(DATA, 'dates.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, limit)
  .map((l) => JSON.parse(l) as Gold);

/** Held out: the number in the id divisible by 5. */
export const heldOut = (id: string) => Number(id.replace(/\D/g, '')) % 5 === 0;

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  row(name: string): string {
    const n = this.tp + this.fp + this.fn;
    const p = this.tp / Math.max(1, this.tp + this.fp);
    const r = this.tp / Math.max(1, this.tp + this.fn);
    const f = (2 * this.tp) / Math.max(1, 2 * this.tp + this.fp + this.fn);
    return `${name.padEnd(26)} ${String(n).padStart(5)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${(this.tp / Math.max(1, n)).toFixed(3).padStart(8)} ${f.toFixed(3).padStart(6)}   (${this.tp} right, ${this.fp} wrong day, ${this.fn} none)`;
  }
}

const all = new Counts();
const tuned = new Counts();
const held = new Counts();
const bySource = new Map<string, { right: number; wrong: number }>();
const rows: string[] = [];
const missed: string[] = [];
for (const g of gold) {
  const bytes = gunzipSync(readFileSync(join(DATA, g.path)));
  const out = processObject(new Uint8Array(bytes), { bucket: 'bench', key: g.path, etag: null, size: bytes.length }, { ingestedAt: '2026-12-01T00:00:00.000Z', budget: { baseMs: 60_000, perMbMs: 0 } });
  const r = out.records[0];
  const got = r?.publishedAt ?? null;
  const src = r ? (r.publishedAtSource ?? '-') : 'no record';
  const kind = !got ? 'fn' : got.slice(0, 10) === g.date ? 'tp' : 'fp';
  for (const c of [all, heldOut(g.id) ? held : tuned]) c[kind]++;
  const s = bySource.get(src) ?? { right: 0, wrong: 0 };
  if (kind === 'tp') s.right++;
  else if (kind === 'fp') s.wrong++;
  bySource.set(src, s);
  const line = `${g.id}\t${kind}\t${g.date}\t${got ?? '-'}\t${src}\t${r?.modifiedAt ?? '-'}\t${g.url}`;
  rows.push(line);
  if (kind !== 'tp' && (!process.argv.includes('--held') || heldOut(g.id))) missed.push(line);
}

console.log(`page dates: ${gold.length} pages of ${DATA}/dates.jsonl (htmldate's evaluation set)${gold.length < 800 ? ` (--limit ${gold.length})` : ''}`);
console.log(`${''.padEnd(26)} ${'pages'.padStart(5)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'accuracy'.padStart(8)} ${'F1'.padStart(6)}`);
console.log(all.row('news-ingest, all'));
console.log(tuned.row('  tuned on (id % 5 != 0)'));
console.log(held.row('  held out (id % 5 == 0)'));
console.log('published by htmldate on its 1,000 pages: extensive 0.908 / 0.993 / 0.903 / 0.949, fast 0.924 / 0.927 / 0.861 / 0.925');
console.log(`by source: ${[...bySource].map(([k, v]) => `${k} ${v.right}/${v.right + v.wrong}`).join(', ')}`);
if (misses > 0) {
  console.log('\nmisses (id, kind, want, got, source, modified, url):');
  for (const l of missed.slice(0, misses)) console.log(l);
}
if (dump) writeFileSync(dump, rows.join('\n') + '\n');
