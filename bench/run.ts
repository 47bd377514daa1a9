/**
 * `npm run bench`: every benchmark in sequence, each in its own child process
 * (`node --import tsx bench/X.ts`) so a crash or a failed check in one does not hide the others.
 * Their tables stream through as they print; at the end comes one summary of the headline figures,
 * written to bench/results/<time>.json and bench/results/latest.json (gitignored), with the change
 * against the previous latest.json when there is one.
 *
 *   npm run bench [-- core e2e]     only the named benchmarks
 *   BENCH_QUICK=1 npm run bench     smaller inputs, for a smoke run
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';

const RESULTS = join(process.cwd(), 'bench/results');
/** In the order they run: the core first, while the machine is quiet; the slow end-to-end run last. */
const BENCHES = ['core', 'clean', 'ner', 'page-times', 'real-pages', 'bundle', 'cli', 'cost', 'e2e'] as const;

interface Outcome {
  bench: string;
  status: 'ok' | 'failed' | 'missing';
  exitCode: number | null;
  seconds: number;
  summary: Record<string, number>;
}

/** A benchmark still running after this long is stopped (a hang must not block the rest). */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;

/** Runs one benchmark file, streaming its output, and returns what it printed. */
function runChild(file: string, resultFile: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      env: { ...process.env, BENCH_RESULT_FILE: resultFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => {
      console.error(`${file}: still running after ${TIMEOUT_MS / 1000} s, stopping it`);
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      process.stdout.write(c);
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(`could not start ${file}: ${err.message}`);
      resolve({ code: -1, stdout: '' });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Rows of a console.table printout: index → column → cell text, quotes stripped. */
export function parseConsoleTable(out: string): Record<string, Record<string, string>> {
  const rows: Record<string, Record<string, string>> = {};
  let header: string[] | null = null;
  for (const line of out.split('\n')) {
    if (!line.startsWith('│')) {
      if (line.startsWith('└')) header = null;
      continue;
    }
    const cells = line
      .split('│')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^'(.*)'$/, '$1'));
    if (header === null) header = cells;
    else rows[cells[0]!] = Object.fromEntries(header.slice(1).map((h, i) => [h, cells[i + 1] ?? '']));
  }
  return rows;
}

const num = (s: string | undefined): number => {
  const m = /-?\d+(?:\.\d+)?/.exec(s ?? '');
  return m ? Number(m[0]) : NaN;
};

/** Headline figures from the printouts of benchmarks that do not write a result file themselves. */
export function figuresFromOutput(bench: string, out: string): Record<string, number> {
  const figures: Record<string, number> = {};
  if (bench === 'cost') {
    const total = /total ≈ \$([\d.]+) per million/.exec(out);
    if (total) figures.costUsdPerMillion = Number(total[1]);
    const core = /core ([\d.]+) ms\/article/.exec(out);
    if (core) figures.costCoreMsPerArticle = Number(core[1]);
  } else if (bench === 'bundle') {
    const ingest = parseConsoleTable(out)['ingest'];
    if (ingest) {
      figures.ingestBundleKb = num(ingest.minified);
      figures.ingestBundleGzipKb = num(ingest.gzipped);
      figures.ingestColdStartMs = num(ingest['handler ready (median ms)']);
    }
  }
  return Object.fromEntries(Object.entries(figures).filter(([, v]) => Number.isFinite(v)));
}

/** Change of every figure present in both runs, as text: "1234 (+5.2%)". */
export function deltas(now: Record<string, number>, before: Record<string, number>): Record<string, { now: string; before: string; change: string }> {
  const out: Record<string, { now: string; before: string; change: string }> = {};
  for (const [k, v] of Object.entries(now)) {
    const b = before[k];
    const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
    if (typeof b !== 'number' || !Number.isFinite(b)) out[k] = { now: fmt(v), before: '–', change: 'new' };
    else out[k] = { now: fmt(v), before: fmt(b), change: b === 0 ? '–' : `${v >= b ? '+' : ''}${(((v - b) / Math.abs(b)) * 100).toFixed(1)}%` };
  }
  return out;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => (BENCHES as readonly string[]).includes(a));
  const selected = wanted.length ? BENCHES.filter((b) => wanted.includes(b)) : BENCHES;
  mkdirSync(RESULTS, { recursive: true });
  const outcomes: Outcome[] = [];
  for (const bench of selected) {
    const file = join('bench', `${bench}.ts`);
    if (!existsSync(file)) {
      console.log(`\n== ${bench}: ${file} not found`);
      outcomes.push({ bench, status: 'missing', exitCode: null, seconds: 0, summary: {} });
      continue;
    }
    console.log(`\n== ${bench} (${file})`);
    const resultFile = join(RESULTS, `.${bench}.json`);
    rmSync(resultFile, { force: true });
    const started = performance.now();
    const { code, stdout } = await runChild(file, resultFile);
    const seconds = (performance.now() - started) / 1000;
    let summary = figuresFromOutput(bench, stdout);
    if (existsSync(resultFile)) {
      try {
        summary = { ...summary, ...(JSON.parse(readFileSync(resultFile, 'utf8')).summary as Record<string, number>) };
      } catch {
        /* a half-written file: keep what the printout gave */
      }
      rmSync(resultFile, { force: true });
    }
    outcomes.push({ bench, status: code === 0 ? 'ok' : 'failed', exitCode: code, seconds, summary });
  }

  console.log(`\n== summary (load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs; a busy machine lowers every rate)`);
  console.table(Object.fromEntries(outcomes.map((o) => [o.bench, { status: o.status, exit: o.exitCode ?? '', seconds: o.seconds.toFixed(1) }])));
  const figures: Record<string, number> = {};
  for (const o of outcomes) for (const [k, v] of Object.entries(o.summary)) if (typeof v === 'number' && Number.isFinite(v)) figures[`${o.bench}.${k}`] = v;

  const latest = join(RESULTS, 'latest.json');
  let previous: { date?: string; figures?: Record<string, number> } | null = null;
  if (existsSync(latest)) {
    try {
      previous = JSON.parse(readFileSync(latest, 'utf8'));
    } catch {
      previous = null;
    }
  }
  if (Object.keys(figures).length) {
    if (previous?.figures) {
      console.log(`headline figures, against the run of ${previous.date ?? 'unknown date'} (for rates higher is better; for ms, MB, KB and $ lower is better):`);
      console.table(deltas(figures, previous.figures));
    } else {
      console.log('headline figures (no previous bench/results/latest.json to compare with):');
      console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { value: Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2) }])));
    }
  }
  const date = new Date().toISOString();
  const record = { date, node: process.version, cpus: cpus().length, loadavg: loadavg(), quick: process.env.BENCH_QUICK === '1', outcomes, figures };
  // A partial run (only some benchmarks) keeps the other figures of the previous latest, so deltas stay comparable.
  const merged = { ...record, figures: { ...(wanted.length ? (previous?.figures ?? {}) : {}), ...figures } };
  writeFileSync(join(RESULTS, `${date.replace(/[:.]/g, '-')}.json`), JSON.stringify(record, null, 2));
  writeFileSync(latest, JSON.stringify(merged, null, 2));
  console.log(`written: bench/results/latest.json`);
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
