/**
 * Time per real page: the whole core (decode, clean, extract) on every page of the shared web-pages
 * corpus, HTML and flattened text, one process, after a warm-up. Prints the median, p90, p99 and
 * maximum per page and the slowest pages, beside a baseline from the same run: linkedom parsing the
 * same HTML (the DOM step alone that a Readability-style extractor starts with). Guards issue 10's
 * targets: no page over 1 s, the corpus no slower than its median page suggests.
 *
 *   node --import tsx bench/page-times.ts [--limit N]
 *
 * Needs ../shared/data/web-pages (not in a user's clone): says so and exits 0 when it is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { processObject } from '#core/pipeline.ts';

const DATA = join(process.cwd(), '../shared/data/web-pages');
const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Number.POSITIVE_INFINITY;

function files(dir: string, ext: string): string[] {
  return readdirSync(join(DATA, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .slice(0, LIMIT)
    .map((f) => join(DATA, dir, f));
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function report(label: string, times: { file: string; ms: number }[]): Record<string, number> {
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  const row = { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), max: sorted.at(-1)!, mean: total / sorted.length };
  console.log(
    `${label.padEnd(44)} ${String(times.length).padStart(5)}  ${row.median.toFixed(1).padStart(7)}  ${row.p90.toFixed(1).padStart(7)}  ${row.p99.toFixed(1).padStart(7)}  ${row.max.toFixed(1).padStart(8)}  ${row.mean.toFixed(1).padStart(7)}  ${(1000 / row.mean).toFixed(0).padStart(6)}`,
  );
  return row;
}

function slowest(times: { file: string; ms: number }[], n = 5): void {
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, n)) console.log(`    ${t.ms.toFixed(1).padStart(8)} ms  ${t.file.replace(DATA + '/', '')}`);
}

if (!existsSync(DATA)) {
  console.log(`page-times: ${DATA} is not here (it is not part of a user's clone); nothing to measure.`);
  process.exit(0);
}

const html = files('pages', '.html.gz');
const text = files('text', '.txt.gz');
const core = (file: string) => {
  const bytes = readFileSync(file);
  return () => processObject(bytes, { bucket: 'bench', key: file, etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
};
// Warm-up: compile the patterns, load the entity model.
for (const f of [...html.slice(0, 20), ...text.slice(0, 20)]) core(f)();

const ours = html.map((file) => ({ file, ms: time(core(file)) }));
const oursText = text.map((file) => ({ file, ms: time(core(file)) }));
const dom = html.map((file) => {
  const source = gunzipSync(readFileSync(file)).toString('utf8');
  return { file, ms: time(() => parseHTML(source)) };
});

console.log(`${'ms per page'.padEnd(44)} ${'pages'.padStart(5)}  ${'median'.padStart(7)}  ${'p90'.padStart(7)}  ${'p99'.padStart(7)}  ${'max'.padStart(8)}  ${'mean'.padStart(7)}  ${'pages/s'.padStart(6)}`);
const h = report('news-ingest core, HTML pages', ours);
const t = report('news-ingest core, flattened text', oursText);
report('baseline: linkedom parse only, same HTML', dom);
console.log('slowest HTML pages:');
slowest(ours);
console.log('slowest text pages:');
slowest(oursText);
const over = [...ours, ...oursText].filter((x) => x.ms > 1000);
console.log(`pages over 1 s: ${over.length}`);

if (process.env.BENCH_RESULT_FILE) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'page-times', summary: { htmlMedianMs: h.median, htmlMaxMs: h.max, textMedianMs: t.median, textMaxMs: t.max, pagesOver1s: over.length } }));
}
