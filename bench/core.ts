/**
 * Core throughput on ONE core (single process, no workers): `processObject` (decode + clean +
 * extract) on (a) text-like news articles — seeds, test fixtures and generated text/JSON/JSONL/Markdown —
 * and (b) realistic 30–150 KB HTML pages (bench/html-corpus.ts). For the same inputs in the same
 * process it runs the usual alternatives — @mozilla/readability on jsdom and on linkedom for the HTML
 * pages, compromise's people/organizations/places for the text articles — and prints ours ÷ theirs.
 *
 *   node --import tsx bench/core.ts [--only text|html] [--no-compare] [--wall] [--pages N] [--text N] [--min-ms N]
 *
 * Rates are per CPU-second of this process (see BASIS), so a busy machine does not halve them.
 * BENCH_QUICK=1 shrinks everything for a smoke run; BENCH_RESULT_FILE=path writes the summary as JSON
 * (bench/run.ts uses this). Targets are printed, not asserted: numbers depend on the machine.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { processObject } from '#core/pipeline.ts';
import { generateCorpus } from './corpus.ts';
import { generateHtmlPages, generateScrapedTexts, TEMPLATES } from './html-corpus.ts';

// A full collection between phases, so each phase's heap peak is its own.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const QUICK = process.env.BENCH_QUICK === '1';
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? args[i + 1] : undefined;
})();
const COMPARE = !flag('no-compare');
const HTML_PAGES = option('pages', QUICK ? 10 : 40);
const TEXT_ARTICLES = option('text', QUICK ? 100 : 600);
/** Long (600–1500 word) scraped-text articles in four languages, on top of the corpus' short ones. */
const LONG_TEXTS = option('long', QUICK ? 20 : 100);
/** Each contender runs whole passes over its inputs until at least this much time has gone by. */
const MIN_MS = option('min-ms', QUICK ? 300 : 3000);
const MAX_PASSES = 200;
/**
 * Rates and latencies come from the process' CPU time by default (process.cpuUsage around each
 * object): on a shared machine wall time measures the neighbours too. CPU time includes V8's GC helper
 * threads, so it reads a little slower than an idle core's wall clock. `--wall` switches to wall time.
 */
const BASIS: 'cpu' | 'wall' = flag('wall') ? 'wall' : 'cpu';
/** Turns each contender takes (see `race`). */
const ROUNDS = option('rounds', QUICK ? 1 : 3);
const TARGET_TEXT_PER_S = 300;
const TARGET_VS_JSDOM = 5;
const TARGET_VS_LINKEDOM = 1;

export interface Input {
  name: string;
  bytes: Uint8Array;
  /** For generated HTML pages: the words of the article itself, to check what an extractor kept. */
  articleWords?: number;
}

const HTML_EXT = new Set(['.html', '.htm']);
const ACCEPTED_EXT = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.md', '.markdown', '.gz', '.html', '.htm']);
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const isHtml = (name: string) => HTML_EXT.has(extname(name).toLowerCase()) || name.toLowerCase().endsWith('.html.gz');

/** Article-like files under a directory (bounded depth), skipping expected-output files. */
export function filesUnder(dir: string, depth = 4): Input[] {
  if (!existsSync(dir) || depth < 0) return [];
  const out: Input[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...filesUnder(path, depth - 1));
    else if (st.isFile() && st.size <= MAX_INPUT_BYTES && ACCEPTED_EXT.has(extname(entry).toLowerCase()) && !/\.expect(ed)?\.|expected|\.out\./i.test(entry))
      out.push({ name: path, bytes: readFileSync(path) });
  }
  return out;
}

/** HTML below this size is a hand-made snippet, not a page as crawled. */
const REALISTIC_PAGE_BYTES = 30 * 1024;

/**
 * Seeds, fixtures and generated articles, split into the text-like set, the HTML set (realistic-size
 * pages: generated ones plus any seed or fixture of 30 KB or more) and the small HTML seeds/fixtures.
 */
export function loadInputs(textArticles: number, longTexts: number, htmlPages: number): { text: Input[]; html: Input[]; smallHtml: Input[] } {
  const found = [...filesUnder('seeds'), ...filesUnder('tests/fixtures')];
  const generated = generateCorpus({ articles: textArticles, seed: 23, badShare: 0, duplicateShare: 0 })
    // The corpus' own HTML pages are 3 KB toys; the HTML set uses realistic pages instead.
    .filter((f) => !isHtml(f.name))
    .map((f) => ({ name: `generated/corpus/${f.name}`, bytes: typeof f.body === 'string' ? Buffer.from(f.body) : f.body }));
  const scraped = generateScrapedTexts(longTexts).map((t) => ({ name: `generated/${t.name}`, bytes: Buffer.from(t.text), articleWords: t.articleWords }));
  const pages = generateHtmlPages(htmlPages).map((p) => ({ name: `generated/${p.name}`, bytes: Buffer.from(p.html), articleWords: p.articleWords }));
  return {
    text: [...found.filter((f) => !isHtml(f.name)), ...generated, ...scraped],
    html: [...found.filter((f) => isHtml(f.name) && f.bytes.byteLength >= REALISTIC_PAGE_BYTES), ...pages],
    smallHtml: found.filter((f) => isHtml(f.name) && f.bytes.byteLength < REALISTIC_PAGE_BYTES),
  };
}

export interface Measurement {
  contender: string;
  set: string;
  objects: number;
  articles: number;
  failures: number;
  passes: number;
  seconds: number;
  /** CPU time ÷ wall time while working: ≈ 1 on an idle core, lower when other processes took turns. */
  cpuShare: number;
  objectsPerSecond: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Median of (words kept ÷ words of the article) over the pages whose article length is known: a
 * speed figure means little if the extractor kept the whole page (≫ 1) or dropped the article (≪ 1).
 * One untimed pass; a throw or no result counts as 0 kept.
 */
export function keptRatio(inputs: Input[], kept: (input: Input) => string | null): number {
  const ratios: number[] = [];
  for (const input of inputs) {
    if (!input.articleWords) continue;
    let text: string | null = null;
    try {
      text = kept(input);
    } catch {
      text = null;
    }
    ratios.push(text ? countWords(text) / input.articleWords : 0);
  }
  ratios.sort((a, b) => a - b);
  return percentile(ratios, 0.5);
}

/**
 * One contender on one input set, timed in whole passes over the inputs. Time, latencies and memory
 * accumulate over several `run` calls, so contenders can take turns (see `race`). Memory is sampled
 * between objects (a timer cannot fire inside a synchronous loop) every 5 ms of work.
 */
export class Contender {
  /** Per-object time on the chosen clock (CPU or wall, see BASIS). */
  private latencies: number[] = [];
  /** Total ms per input name, for the per-template breakdown. */
  readonly msByInput = new Map<string, number>();
  private articles = 0;
  private failures = 0;
  private bytes = 0;
  private passes = 0;
  private wallMs = 0;
  private cpuMs = 0;
  private peakRss = 0;
  private peakHeap = 0;
  private warmedUp = false;
  private turns = 0;

  /** `work` returns how many articles it produced from one input; a throw counts as a failure. */
  constructor(
    readonly contender: string,
    readonly set: string,
    private readonly inputs: Input[],
    private readonly work: (input: Input) => number,
    private readonly warmup: number,
  ) {}

  private sample(): void {
    // Memory is the peak of the first turn only: our core's first turns run before any alternative is
    // loaded, so its RSS is its own; later turns would see whatever the others left behind.
    if (this.turns > 1) return;
    const m = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
  }

  /** Whole passes until at least `minMs` have gone by (at least one pass, at most MAX_PASSES in all). */
  run(minMs: number): void {
    if (!this.warmedUp) {
      for (const input of this.inputs.slice(0, this.warmup)) {
        try {
          this.work(input);
        } catch {
          /* counted in the timed run */
        }
      }
      this.warmedUp = true;
    }
    gc();
    this.turns++;
    this.sample();
    let lastSample = performance.now();
    const started = performance.now();
    let passes = 0;
    while (this.passes < MAX_PASSES && (passes === 0 || performance.now() - started < minMs)) {
      for (const input of this.inputs) {
        const t = performance.now();
        const c = process.cpuUsage();
        try {
          this.articles += this.work(input);
        } catch {
          this.failures++;
        }
        const used = process.cpuUsage(c);
        const done = performance.now();
        const cpu = (used.user + used.system) / 1000;
        this.cpuMs += cpu;
        this.wallMs += done - t;
        const ms = BASIS === 'cpu' ? cpu : done - t;
        this.latencies.push(ms);
        this.msByInput.set(input.name, (this.msByInput.get(input.name) ?? 0) + ms);
        this.bytes += input.bytes.byteLength;
        if (done - lastSample >= 5) {
          this.sample();
          lastSample = performance.now();
        }
      }
      passes++;
      this.passes++;
    }
    this.sample();
  }

  /** Mean ms per input over the timed passes, for inputs whose name passes `filter`. */
  meanMs(filter: (name: string) => boolean): number {
    let ms = 0;
    let n = 0;
    for (const [name, t] of this.msByInput) if (filter(name)) (ms += t), n++;
    return n && this.passes ? ms / n / this.passes : NaN;
  }

  result(): Measurement {
    const seconds = (BASIS === 'cpu' ? this.cpuMs : this.wallMs) / 1000;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const passes = Math.max(1, this.passes);
    return {
      contender: this.contender,
      set: this.set,
      objects: this.inputs.length,
      articles: this.articles / passes,
      failures: this.failures / passes,
      passes: this.passes,
      seconds,
      cpuShare: this.wallMs > 0 ? this.cpuMs / this.wallMs : NaN,
      objectsPerSecond: sorted.length / seconds,
      articlesPerSecond: this.articles / seconds,
      mbPerSecond: this.bytes / 1024 / 1024 / seconds,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      peakRssMb: this.peakRss / 1024 / 1024,
      peakHeapMb: this.peakHeap / 1024 / 1024,
    };
  }
}

/**
 * Runs the contenders in turns, `rounds` times, each for a share of MIN_MS per turn: other load on the
 * machine then falls on all of them alike, and the ratios stay steadier than with one block each.
 */
export function race(contenders: Contender[], rounds: number): void {
  for (let round = 0; round < rounds; round++) for (const c of contenders) c.run(MIN_MS / ROUNDS);
}

const INGESTED_AT = '2026-01-01T00:00:00.000Z';
const meta = (input: Input, html: boolean) => ({
  bucket: 'bench',
  key: `incoming/${input.name}`,
  etag: null,
  size: input.bytes.byteLength,
  contentType: html ? 'text/html; charset=utf-8' : null,
});

/** The title and body our core keeps for one object, for the kept-words check. */
const oursKeptText = (input: Input) => processObject(input.bytes, meta(input, true), { ingestedAt: INGESTED_AT }).records.map((r) => r.body).join('\n\n') || null;

/** Our core on one object: the number of records it produced. */
const ours = (html: boolean) => (input: Input) => processObject(input.bytes, meta(input, html), { ingestedAt: INGESTED_AT }).records.length;

interface JsdomModule {
  JSDOM: new (html: string, options?: { url?: string }) => { window: { document: unknown; close(): void } };
}

// The alternatives load only when compared, so `--no-compare` profiles hold nothing but our core.
type ReadabilityClass = (typeof import('@mozilla/readability'))['Readability'];
type Nlp = (typeof import('compromise'))['default'];
type ParseHtml = (typeof import('linkedom'))['parseHTML'];

/**
 * Readability on a jsdom document, as most Node extractors run it: 1 when it found an article. The
 * text it kept is noted the first time each page is seen (a Map insert, nothing next to a parse), so
 * the kept-words check needs no extra pass of the slowest contender.
 */
function readabilityJsdom(JSDOM: JsdomModule['JSDOM'], Readability: ReadabilityClass, kept: Map<string, string | null>) {
  return (input: Input) => {
    const dom = new JSDOM(Buffer.from(input.bytes).toString('utf8'), { url: 'https://news.example/article' });
    try {
      const article = new Readability(dom.window.document as never).parse();
      if (!kept.has(input.name)) kept.set(input.name, article?.textContent ?? null);
      return article ? 1 : 0;
    } finally {
      dom.window.close();
    }
  };
}

/** Readability on a linkedom document: the fast-DOM alternative. Notes what it kept, as above. */
const readabilityLinkedom = (parseHTML: ParseHtml, Readability: ReadabilityClass, kept: Map<string, string | null>) => (input: Input) => {
  const { document } = parseHTML(Buffer.from(input.bytes).toString('utf8'));
  const article = new Readability(document as never).parse();
  if (!kept.has(input.name)) kept.set(input.name, article?.textContent ?? null);
  return article ? 1 : 0;
};

/** compromise alone, entities only, on the clean body of each article (what our extractor sees). */
const compromiseEntities = (nlp: Nlp) => (input: Input) => {
  const text = Buffer.from(input.bytes).toString('utf8');
  const doc = nlp(text);
  doc.people().out('array');
  doc.organizations().out('array');
  doc.places().out('array');
  return 1;
};

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function row(m: Measurement, ratio: string, target: string) {
  return {
    set: m.set,
    objects: m.objects,
    'articles/s': f(m.articlesPerSecond),
    'objects/s': f(m.objectsPerSecond),
    'MB/s': f(m.mbPerSecond, 2),
    'p50 ms': f(m.p50Ms, 2),
    'p99 ms': f(m.p99Ms, 2),
    'CPU share': f(m.cpuShare, 2),
    'peak RSS MB': f(m.peakRssMb),
    'peak heap MB': f(m.peakHeapMb),
    'ours ÷ theirs': ratio,
    target,
  };
}

async function main(): Promise<void> {
  const { text, html, smallHtml } = loadInputs(TEXT_ARTICLES, LONG_TEXTS, HTML_PAGES);
  const kb = (xs: Input[]) => xs.reduce((a, x) => a + x.bytes.byteLength, 0) / 1024;
  // Other processes on the machine slow every row alike; the load average says how busy it was.
  console.log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}${loadavg()[0]! > cpus().length * 0.75 ? ' — busy: wall-clock rates would read low, so rates here are on CPU time' : ''}`);
  console.log(`core bench on one core, Node ${process.version}; text set ${text.length} objects (${f(kb(text))} KB), HTML set ${html.length} pages (${f(kb(html))} KB, mean ${f(kb(html) / Math.max(1, html.length))} KB), small HTML seeds/fixtures ${smallHtml.length} (${f(kb(smallHtml))} KB, ours only); at least ${MIN_MS} ms per contender in ${ROUNDS} turns`);

  const results: Measurement[] = [];
  const rows: Record<string, ReturnType<typeof row>> = {};
  const summary: Record<string, number> = {};
  let htmlKept: Record<string, unknown> | null = null;
  let byTemplate: Record<string, Record<string, string>> | null = null;
  let bySource: Record<string, Record<string, string>> | null = null;

  const doText = only !== 'html';
  const doHtml = only !== 'text';
  const turn = MIN_MS / ROUNDS;
  const oursText = new Contender('ours', 'text', text, ours(false), text.length);
  const oursHtml = new Contender('ours', 'html', html, ours(true), Math.min(html.length, 20));
  const oursSmall = new Contender('ours', 'small html', smallHtml, ours(true), smallHtml.length);
  // First turns of our core while nothing else is loaded: its memory figures come from these.
  if (doText) oursText.run(turn);
  if (doHtml) oursHtml.run(turn);
  if (doHtml && smallHtml.length) oursSmall.run(turn);

  let compromise: Contender | null = null;
  let jsdom: Contender | null = null;
  let linkedom: Contender | null = null;
  let keptChecks = () => {};
  const kept: Record<string, { 'median words kept ÷ article words': string }> = {};
  const keep = (who: string, r: number) => {
    kept[who] = { 'median words kept ÷ article words': f(r, 2) };
    return r;
  };
  if (doHtml) summary.htmlKeptRatio = keep('news-ingest core', keptRatio(html, oursKeptText));
  if (COMPARE) {
    if (doText) {
      // compromise gets the clean bodies our core produced, so it is timed on entity work alone.
      const bodies: Input[] = [];
      for (const input of text)
        for (const r of processObject(input.bytes, meta(input, false), { ingestedAt: INGESTED_AT }).records) bodies.push({ name: input.name, bytes: Buffer.from(`${r.title}\n\n${r.body}`) });
      const nlp = (await import('compromise')).default;
      compromise = new Contender('compromise', 'text bodies', bodies, compromiseEntities(nlp), 20);
    }
    if (doHtml) {
      const { JSDOM } = (await import('jsdom' as string)) as JsdomModule;
      const { Readability } = await import('@mozilla/readability');
      const { parseHTML } = await import('linkedom');
      const jsdomKept = new Map<string, string | null>();
      const linkedomKept = new Map<string, string | null>();
      jsdom = new Contender('readability+jsdom', 'html', html, readabilityJsdom(JSDOM, Readability, jsdomKept), 5);
      linkedom = new Contender('readability+linkedom', 'html', html, readabilityLinkedom(parseHTML, Readability, linkedomKept), 10);
      keptChecks = () => {
        keep('Readability on jsdom', keptRatio(html, (input) => jsdomKept.get(input.name) ?? null));
        keep('Readability on linkedom', keptRatio(html, (input) => linkedomKept.get(input.name) ?? null));
      };
    }
  }
  // The alternatives' first turns, then the remaining rounds with everyone taking turns.
  for (const c of [compromise, jsdom, linkedom]) c?.run(turn);
  const order = [doText ? oursText : null, compromise, doHtml ? oursHtml : null, jsdom, linkedom].filter((c): c is Contender => c !== null);
  race(order, ROUNDS - 1);
  keptChecks();

  if (doText) {
    const m = oursText.result();
    results.push(m);
    rows['news-ingest core'] = row(m, '', `≥ ${TARGET_TEXT_PER_S} articles/s ${m.articlesPerSecond >= TARGET_TEXT_PER_S ? '(met)' : '(BELOW)'}`);
    summary.textArticlesPerSecond = m.articlesPerSecond;
    summary.textMbPerSecond = m.mbPerSecond;
    summary.textP50Ms = m.p50Ms;
    summary.textP99Ms = m.p99Ms;
    summary.textPeakHeapMb = m.peakHeapMb;
    summary.scrapedKeptRatio = keptRatio(text, oursKeptText);
    // By source: the seeds and fixtures are real-world shapes, the corpus is short mixed formats,
    // the scraped texts are full-length articles with junk lines.
    bySource = {};
    for (const [label, prefix] of [
      ['seeds', 'seeds/'],
      ['tests/fixtures', 'tests/fixtures/'],
      ['corpus (short; text, JSON, JSONL, Markdown)', 'generated/corpus/'],
      ['scraped text (600–1500 words, 4 languages)', 'generated/scraped-'],
    ] as const) {
      const inGroup = (name: string) => name.startsWith(prefix);
      const group = text.filter((i) => inGroup(i.name));
      if (group.length) bySource[label] = { objects: String(group.length), 'mean KB': f(kb(group) / group.length, 1), 'ours mean ms': f(oursText.meanMs(inGroup), 2) };
    }
    if (compromise) {
      const c = compromise.result();
      results.push(c);
      const ratio = m.articlesPerSecond / c.articlesPerSecond;
      rows['compromise (entities only)'] = row(c, `${f(ratio, 2)}×`, 'reference');
      summary.vsCompromise = ratio;
    }
  }
  if (doHtml) {
    const m = oursHtml.result();
    results.push(m);
    rows['news-ingest core (HTML)'] = row(m, '', '');
    if (smallHtml.length) {
      const sm = oursSmall.result();
      results.push(sm);
      rows['news-ingest core (small HTML fixtures)'] = row(sm, '', '');
    }
    summary.htmlPagesPerSecond = m.objectsPerSecond;
    summary.htmlMbPerSecond = m.mbPerSecond;
    summary.htmlP50Ms = m.p50Ms;
    summary.htmlP99Ms = m.p99Ms;
    summary.htmlPeakHeapMb = m.peakHeapMb;
    if (jsdom) {
      const j = jsdom.result();
      results.push(j);
      const rj = m.objectsPerSecond / j.objectsPerSecond;
      rows['Readability on jsdom'] = row(j, `${f(rj, 2)}×`, `≥ ${TARGET_VS_JSDOM}× ${rj >= TARGET_VS_JSDOM ? '(met)' : '(BELOW)'}`);
      summary.vsReadabilityJsdom = rj;
    }
    if (linkedom) {
      const l = linkedom.result();
      results.push(l);
      const rl = m.objectsPerSecond / l.objectsPerSecond;
      rows['Readability on linkedom'] = row(l, `${f(rl, 2)}×`, `≥ ${TARGET_VS_LINKEDOM}× ${rl >= TARGET_VS_LINKEDOM ? '(met)' : '(BELOW)'}`);
      summary.vsReadabilityLinkedom = rl;
    }
    htmlKept = kept;
    // Per template: which page shapes are slow, for whoever optimises the HTML path.
    byTemplate = {};
    for (const t of TEMPLATES) {
      const tagged = (name: string) => name.startsWith("generated/page-") && name.includes(`-${t}-`);
      const pages = html.filter((i) => tagged(i.name));
      if (!pages.length) continue;
      const row: Record<string, string> = { pages: String(pages.length), 'mean KB': f(kb(pages) / pages.length) };
      for (const c of [oursHtml, jsdom, linkedom]) if (c) row[`${c.contender} ms`] = f(c.meanMs(tagged), 1);
      byTemplate[t] = row;
    }
  }

  console.table(rows);
  if (bySource) {
    console.log(`text set by source (median words kept ÷ article words on the scraped texts: ${f(summary.scrapedKeptRatio ?? NaN, 2)}; 1.00 is ideal):`);
    console.table(bySource);
  }
  if (htmlKept) {
    console.log('content check on the generated HTML pages (1.00 = exactly the article; ≫ 1 kept page chrome, ≪ 1 lost the article):');
    console.table(htmlKept);
  }
  if (byTemplate) {
    console.log('mean ms per generated HTML page, by site template:');
    console.table(byTemplate);
  }
  for (const m of results) if (m.failures > 0) console.log(`note: ${m.contender} threw on ${f(m.failures)} of ${m.objects} ${m.set} inputs per pass`);
  console.log('ours = decode + clean + extract (entities, quotes, dates, money, keywords, fingerprint) per object; Readability = content extraction only; compromise = entity tagging only.');
  console.log(`rates, p50/p99 and per-template ms are on ${BASIS === 'cpu' ? 'CPU time (process.cpuUsage per object; --wall for wall time)' : 'wall time'}; CPU share = CPU ÷ wall while working (≈ 1 on an idle core).`);
  console.log(`${ROUNDS} turns per contender, taken in rotation; p50/p99 per object; memory = peak of each contender's first turn, sampled between objects (our core's first turns run before any alternative is loaded; RSS only grows, so later rows include earlier ones).`);
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (process.env.BENCH_RESULT_FILE) writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'core', node: process.version, basis: BASIS, loadavg: loadavg(), summary, results }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
