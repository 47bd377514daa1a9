/**
 * Entity extraction benchmark (single core): throughput of `extractEntities` on articles in
 * several styles (the entity test articles, the seed and generated wire copy), per CPU-second, the
 * model and gazetteer sizes (raw and gzipped) and their load time, measured cold
 * in a fresh process on an esbuild bundle the way a Lambda loads it; compromise alongside.
 *
 *   node --import tsx bench/ner.ts [--min-ms N] [--no-compare] [--data DIR]
 *
 * --data DIR (CoNLL-format train.txt and dev.txt, read from outside the project, e.g.
 * ../shared/data/conll2003) adds per-article F1 per type on the validation split (every 5th
 * train document, scored with the model `npm run train:ner -- --data DIR --holdout` wrote) and on
 * dev (the shipped model, and the held-out model beside it), `compromise` measured the same way,
 * through scripts/eval-ner.ts in child processes. Without --data the quality section is skipped.
 *
 * BENCH_QUICK=1 shortens the runs; BENCH_RESULT_FILE=path writes the summary as JSON. Prints, never asserts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extractEntities, type EntityInput } from '#core/extract/entities/index.ts';
import { parseModel } from '#core/extract/entities/tagger.ts';
import { readModelFile, shippedModelPath } from '#core/extract/entities/model-file.ts';
import { article, rng } from './corpus.ts';
import { ARTICLES } from '../tests/unit/entities/articles.ts';
import { holdoutModelPath } from '../scripts/ner-conll.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const args = process.argv.slice(2);
const minMsArg = args.indexOf('--min-ms');
const MIN_MS = minMsArg >= 0 ? Number(args[minMsArg + 1]) : QUICK ? 300 : 2_000;
const COMPARE = !args.includes('--no-compare');
const dataArg = args.indexOf('--data');
const DATA = dataArg >= 0 ? args[dataArg + 1] : undefined;
const root = new URL('..', import.meta.url).pathname;

function corpus(): EntityInput[] {
  const out: EntityInput[] = ARTICLES.map((a) => a.input);
  const blocks = readFileSync(join(root, 'seeds/afghanistan-taliban-china-russia-scraped.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  out.push({ title: blocks[0]!, paragraphs: blocks.slice(1), captions: [] });
  const r = rng(42);
  for (let i = 0; i < 40; i++) {
    const a = article(r, i, 8);
    out.push({ title: a.title, paragraphs: a.paragraphs, captions: [] });
  }
  return out;
}

function words(a: EntityInput): number {
  return [a.title, ...a.paragraphs, ...a.captions].join(' ').split(/\s+/).length;
}

/**
 * Articles per second of process CPU time (the machine may be shared: wall-clock rates then
 * understate one core's speed); `wallPerSec` is the wall-clock rate for comparison.
 */
function rate(fn: (a: EntityInput) => unknown, docs: EntityInput[]): { perSec: number; msPer: number; wallPerSec: number } {
  for (const d of docs) fn(d); // warm-up
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < MIN_MS) for (const d of docs) (fn(d), n++);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  return { perSec: (n / cpuMs) * 1000, msPer: cpuMs / n, wallPerSec: (n / ms) * 1000 };
}

/** Cold load in a fresh process: import the bundled extractor, then the first (model-parsing) call. */
async function coldLoad(): Promise<{ importMs: number; firstCallMs: number; bundleBytes: number; bundleGz: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ner-bench-'));
  try {
    const outfile = join(dir, 'entities.mjs');
    await build({
      entryPoints: [join(root, 'lambdas/core/extract/entities/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      minify: true,
      outfile,
      logLevel: 'silent',
    });
    // The model file sits beside the bundle, as the stack deploys it.
    cpSync(dirname(shippedModelPath()), join(dir, 'model'), { recursive: true });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `const t0 = performance.now(); const m = await import(${JSON.stringify(outfile)}); const t1 = performance.now();
       m.extractEntities({ title: 'Kabul', paragraphs: ['Zamir Kabulov met Wang Yi in Beijing.'], captions: [] });
       const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));`,
    );
    // Wall-clock in a fresh process: on a busy machine this overstates the load time.
    const runs = Array.from({ length: QUICK ? 2 : 5 }, () => JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as { importMs: number; firstCallMs: number });
    runs.sort((a, b) => a.importMs + a.firstCallMs - (b.importMs + b.firstCallMs));
    const mid = runs[Math.floor(runs.length / 2)]!;
    const bundle = readFileSync(outfile);
    return { ...mid, bundleBytes: bundle.length, bundleGz: gzipSync(bundle).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Quality {
  split: string;
  documents: number;
  ours: Record<string, number>;
  compromise: Record<string, number> | null;
}

/** Per-article prose F1 of one split, from scripts/eval-ner.ts in a child process (each model loads once per process). */
function quality(split: 'val' | 'dev', model?: string): Quality {
  const argv = ['--import', 'tsx', join(root, 'scripts/eval-ner.ts'), '--data', DATA!, '--split', split, '--json', ...(model ? ['--model', model] : []), ...(COMPARE ? [] : ['--no-compromise'])];
  const out = execFileSync(process.execPath, argv, { encoding: 'utf8', cwd: root });
  const line = out.split('\n').find((l) => l.startsWith('JSON '));
  return JSON.parse(line!.slice(5)) as Quality;
}

function printQuality(): void {
  if (!DATA) return;
  if (!existsSync(join(DATA, 'train.txt')) || !existsSync(join(DATA, 'dev.txt'))) {
    console.log(`quality              skipped: no CoNLL train.txt/dev.txt under ${DATA}`);
    return;
  }
  const cell = (r: Record<string, number>) => ['person', 'organization', 'location', 'all'].map((t) => r[t]!.toFixed(3).padEnd(13)).join('');
  console.log(`per-article F1 (prose) ${''.padEnd(26)}${['person', 'organization', 'location', 'all'].map((t) => t.padEnd(13)).join('')}`);
  const rows: [string, Quality][] = [];
  if (existsSync(holdoutModelPath())) {
    rows.push(['validation, held-out model', quality('val')]);
    rows.push(['dev, held-out model', quality('dev', holdoutModelPath())]);
  } else console.log(`  (no held-out model at ${holdoutModelPath()}: npm run train:ner -- --data ${DATA} --holdout)`);
  rows.push(['dev, shipped model', quality('dev')]);
  for (const [label, q] of rows) {
    console.log(`  ${`${label} (${q.documents} docs)`.padEnd(46)}${cell(q.ours)}`);
    if (q.compromise) console.log(`  ${'  compromise, same documents'.padEnd(46)}${cell(q.compromise)}`);
  }
  if (rows.length === 3) console.log(`  gap dev − validation (held-out model, all three): ${(rows[1]![1].ours.all! - rows[0]![1].ours.all!).toFixed(3)}`);
}

async function main(): Promise<void> {
  const docs = corpus();
  const totalWords = docs.reduce((s, d) => s + words(d), 0);
  const ours = rate(extractEntities, docs);
  const t0 = performance.now();
  const parts = readModelFile();
  parseModel(parts.tags, parts.keys, parts.weights);
  const parseMs = performance.now() - t0;
  const modelFile = readFileSync(shippedModelPath());
  const modelRaw = modelFile.length;
  const modelGz = gzipSync(modelFile).length;
  const gazSrc = readFileSync(join(root, 'lambdas/core/extract/entities/model/gazetteer.bin'));
  const cold = await coldLoad();

  console.log(`== ner: ${docs.length} articles, mean ${(totalWords / docs.length).toFixed(0)} words, one core`);
  console.log(`extractEntities      ${ours.perSec.toFixed(0).padStart(7)} articles/CPU-s  ${ours.msPer.toFixed(2)} CPU-ms/article  ~${((ours.perSec * totalWords) / docs.length / 1000).toFixed(0)}k words/CPU-s  (wall ${ours.wallPerSec.toFixed(0)}/s)`);
  let compromiseRate: number | undefined;
  if (COMPARE) {
    const nlp = (await import('compromise')).default as unknown as (t: string) => {
      people(): { out(f: 'array'): string[] };
      organizations(): { out(f: 'array'): string[] };
      places(): { out(f: 'array'): string[] };
    };
    const theirs = rate((a) => {
      const d = nlp([a.title, ...a.paragraphs, ...a.captions].join('\n\n'));
      return [d.people().out('array'), d.organizations().out('array'), d.places().out('array')];
    }, docs);
    compromiseRate = theirs.perSec;
    console.log(`compromise           ${theirs.perSec.toFixed(0).padStart(7)} articles/CPU-s  ${theirs.msPer.toFixed(2)} CPU-ms/article  (ours ÷ theirs ${(ours.perSec / theirs.perSec).toFixed(1)}×; wall ${theirs.wallPerSec.toFixed(0)}/s)`);
  }
  console.log(`model                ${(modelRaw / 1024).toFixed(0)} KB raw, ${(modelGz / 1024).toFixed(0)} KB gzipped; parse ${parseMs.toFixed(1)} ms (warm process)`);
  console.log(`gazetteer (compiled) ${(gazSrc.length / 1024).toFixed(0)} KB raw, ${(gzipSync(gazSrc).length / 1024).toFixed(0)} KB gzipped`);
  console.log(`bundle (esbuild)     ${(cold.bundleBytes / 1024).toFixed(0)} KB minified, ${(cold.bundleGz / 1024).toFixed(0)} KB gzipped (target < 3 MB gzipped)`);
  console.log(`cold load            import ${cold.importMs.toFixed(1)} ms + first call (model and gazetteer read) ${cold.firstCallMs.toFixed(1)} ms = ${(cold.importMs + cold.firstCallMs).toFixed(1)} ms (target < 100 ms)`);
  printQuality();
  const summary: Record<string, number> = {
    articlesPerSec: Math.round(ours.perSec),
    msPerArticle: Number(ours.msPer.toFixed(3)),
    coldLoadMs: Number((cold.importMs + cold.firstCallMs).toFixed(1)),
    bundleGzKB: Math.round(cold.bundleGz / 1024),
  };
  if (compromiseRate) summary.compromiseArticlesPerSec = Math.round(compromiseRate);
  if (process.env.BENCH_RESULT_FILE) writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'ner', node: process.version, summary }, null, 2));
}

await main();
