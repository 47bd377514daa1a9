/**
 * Cleaning throughput and quality, one core, in one process:
 *
 *   text   cleanObject on the text / JSON / Markdown fixtures and seeds, passes repeated to a few MB
 *   html   segmentHtml alone, and cleanObject (segmentHtml + the shared junk cleaner), on the HTML
 *          fixtures, the HTML seeds, generated pages with a known answer (bench/clean-pages.ts) and
 *          realistic 30–150 KB pages (bench/html-corpus.ts)
 *   vs     @mozilla/readability on linkedom and on jsdom, on the same HTML pages
 *
 * Contenders take turns (rounds) so machine load falls on all alike. Then one untimed pass measures
 * quality on the pages with a known answer: paragraphs kept, junk snippets left in the body, the
 * caption and the byline left in the body, related headlines found; and mustKeep / mustRemove of the
 * HTML fixtures' expect.json files. No assertions: numbers only.
 *
 *   node --import tsx bench/clean.ts [--min-ms N] [--rounds N] [--known N] [--corpus N] [--no-compare]
 *   BENCH_QUICK=1 for a smoke run; BENCH_RESULT_FILE=path writes the headline figures as JSON.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanObject } from '#core/clean/index.ts';
import { segmentHtml } from '#core/clean/html/index.ts';
import { DEFAULT_LIMITS, type CleanArticle } from '#core/types.ts';
import { generateKnownPages, type KnownPage } from './clean-pages.ts';
import { generateHtmlPages } from './html-corpus.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const MIN_MS = opt('--min-ms', QUICK ? 300 : 2500);
const ROUNDS = opt('--rounds', QUICK ? 1 : 3);
const KNOWN = opt('--known', QUICK ? 12 : 36);
const CORPUS = opt('--corpus', QUICK ? 5 : 20);
const COMPARE = !args.includes('--no-compare');
/** The text set is read in whole passes until at least this many bytes went through. */
const TEXT_MIN_BYTES = (QUICK ? 0.5 : 4) * 1024 * 1024;

interface Input {
  name: string;
  bytes: Uint8Array;
  html: string;
}

const TEXT_EXT = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.md', '.gz']);
function filesIn(dir: string, accept: (name: string) => boolean): Input[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((f) => accept(f) && !/\.expect(ed)?\./.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { name: join(dir, f), bytes, html: bytes.toString('utf8') };
    });
}
const isHtml = (f: string) => /\.html?$/i.test(f);

function loadText(): Input[] {
  const dirs = ['tests/fixtures/text', 'tests/fixtures/json', 'tests/fixtures/markdown', 'seeds'];
  return dirs.flatMap((d) => filesIn(d, (f) => TEXT_EXT.has(extname(f).toLowerCase()) && !isHtml(f) && !f.endsWith('.html.gz')));
}

interface Timing {
  name: string;
  set: string;
  objects: number;
  articles: number;
  bytes: number;
  ms: number;
  failures: number;
  perInput: Map<string, { ms: number; n: number }>;
}

/** Runs `fn` over `inputs` in whole passes for about `budgetMs`, adding to `t`. */
function runFor(t: Timing, inputs: Input[], budgetMs: number, fn: (i: Input) => number, minBytes = 0): void {
  const start = performance.now();
  let bytes = 0;
  do {
    for (const input of inputs) {
      const t0 = performance.now();
      let articles = 0;
      try {
        articles = fn(input);
      } catch {
        t.failures++;
      }
      const dt = performance.now() - t0;
      t.ms += dt;
      t.objects++;
      t.articles += articles;
      t.bytes += input.bytes.length;
      bytes += input.bytes.length;
      const p = t.perInput.get(input.name) ?? { ms: 0, n: 0 };
      p.ms += dt;
      p.n++;
      t.perInput.set(input.name, p);
    }
  } while (performance.now() - start < budgetMs || bytes < minBytes);
}

const newTiming = (name: string, set: string): Timing => ({ name, set, objects: 0, articles: 0, bytes: 0, ms: 0, failures: 0, perInput: new Map() });
const objectMeta = (i: Input) => ({ bucket: 'bench', key: basename(i.name), etag: null, size: i.bytes.length });
/** Every HTML input is cleaned as one `page.html` object, whatever its file name. */
const pageMeta = (size: number) => ({ bucket: 'bench', key: 'page.html', etag: null, size });

type Extract = (html: string) => { body: string; ok: boolean };

async function main(): Promise<void> {
  const text = loadText();
  const known = generateKnownPages(KNOWN);
  const htmlFixtures = [...filesIn('tests/fixtures/html', isHtml), ...filesIn('seeds', isHtml)];
  const corpusPages = generateHtmlPages(CORPUS);
  const corpus = corpusPages.map((p) => ({ name: `corpus/${p.name}`, bytes: Buffer.from(p.html), html: p.html }));
  const knownInputs = known.map((p) => ({ name: `known/${p.name}.html`, bytes: Buffer.from(p.html), html: p.html }));
  const html: Input[] = [...htmlFixtures, ...knownInputs, ...corpus];
  const mb = (n: number) => n / 1024 / 1024;
  console.log(`inputs: text ${text.length} files (${mb(text.reduce((a, i) => a + i.bytes.length, 0)).toFixed(2)} MB a pass, passes repeated to ≥ ${mb(TEXT_MIN_BYTES).toFixed(1)} MB); ` + `html ${html.length} pages (${mb(html.reduce((a, i) => a + i.bytes.length, 0)).toFixed(2)} MB: ${htmlFixtures.length} fixtures/seeds, ${knownInputs.length} known-answer, ${corpus.length} corpus)`);
  console.log(`Node ${process.version}, one core; ${ROUNDS} round(s) of ≥ ${MIN_MS} ms per contender${QUICK ? ' (BENCH_QUICK)' : ''}\n`);

  // Contenders.
  const ours: Extract = (h) => {
    const r = cleanObject(Buffer.from(h), pageMeta(h.length), DEFAULT_LIMITS);
    const a = r.articles[0];
    return { body: a ? bodyOf(a) : '', ok: !!a };
  };
  const contenders: Array<{ name: string; set: string; inputs: Input[]; fn: (i: Input) => number; minBytes?: number }> = [
    {
      name: 'ours: cleanObject (text, JSON, Markdown)',
      set: 'text',
      inputs: text,
      minBytes: TEXT_MIN_BYTES,
      fn: (i) => cleanObject(i.bytes, objectMeta(i), DEFAULT_LIMITS).articles.length,
    },
    { name: 'ours: segmentHtml', set: 'html', inputs: html, fn: (i) => (segmentHtml(i.html).blocks.length > 0 ? 1 : 0) },
    { name: 'ours: cleanObject (HTML)', set: 'html', inputs: html, fn: (i) => cleanObject(i.bytes, pageMeta(i.bytes.length), DEFAULT_LIMITS).articles.length },
  ];
  const extractors: Array<[string, Extract]> = [['ours (cleanObject HTML)', ours]];
  if (COMPARE) {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: { document: unknown; close(): void } } };
    const onLinkedom: Extract = (h) => {
      const { document } = parseHTML(h);
      const a = new Readability(document as never).parse();
      return { body: a?.textContent ?? '', ok: !!a };
    };
    const onJsdom: Extract = (h) => {
      const dom = new JSDOM(h);
      try {
        const a = new Readability(dom.window.document as never).parse();
        return { body: a?.textContent ?? '', ok: !!a };
      } finally {
        dom.window.close();
      }
    };
    contenders.push({ name: 'Readability on linkedom', set: 'html', inputs: html, fn: (i) => (onLinkedom(i.html).ok ? 1 : 0) });
    contenders.push({ name: 'Readability on jsdom', set: 'html', inputs: html, fn: (i) => (onJsdom(i.html).ok ? 1 : 0) });
    extractors.push(['Readability on linkedom', onLinkedom], ['Readability on jsdom', onJsdom]);
  }

  // Warm-up, then rounds in rotation.
  for (const c of contenders) {
    // Every source represented, long enough for the JIT to settle: otherwise the first HTML
    // contender in the rotation pays for compiling the shared code paths.
    const warm = newTiming(c.name, c.set);
    runFor(warm, c.inputs.filter((_, i) => i % 4 === 0), QUICK ? 150 : 500, c.fn);
  }
  const timings = contenders.map((c) => newTiming(c.name, c.set));
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach((c, k) => runFor(timings[k]!, c.inputs, MIN_MS / ROUNDS, c.fn, round === 0 ? (c.minBytes ?? 0) : 0));
  }

  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  const rows: Record<string, Record<string, string>> = {};
  const summary: Record<string, number> = {};
  const segT = timings.find((t) => t.name === 'ours: segmentHtml')!;
  const cleanHtmlT = timings.find((t) => t.name === 'ours: cleanObject (HTML)')!;
  for (const t of timings) {
    const s = t.ms / 1000;
    rows[t.name] = {
      set: t.set,
      'MB/s': f(mb(t.bytes) / s, 2),
      'articles/s': f(t.articles / s, 0),
      'objects/s': f(t.objects / s, 0),
      'mean ms/object': f(t.ms / t.objects, 2),
      'ours ÷ this': t.set === 'html' && t !== cleanHtmlT ? `${f(t.ms / t.objects / (cleanHtmlT.ms / cleanHtmlT.objects), 2)}×` : '',
      failures: String(t.failures),
    };
  }
  console.log('== throughput (one core; "ours ÷ this" = how many times faster ours (cleanObject HTML) is)');
  console.table(rows);
  const textT = timings[0]!;
  summary.textMbPerSecond = mb(textT.bytes) / (textT.ms / 1000);
  summary.textArticlesPerSecond = textT.articles / (textT.ms / 1000);
  summary.htmlSegmentMbPerSecond = mb(segT.bytes) / (segT.ms / 1000);
  summary.htmlMbPerSecond = mb(cleanHtmlT.bytes) / (cleanHtmlT.ms / 1000);
  summary.htmlArticlesPerSecond = cleanHtmlT.articles / (cleanHtmlT.ms / 1000);
  for (const t of timings.slice(3)) {
    const key = t.name.includes('jsdom') ? 'vsReadabilityJsdom' : 'vsReadabilityLinkedom';
    summary[key] = t.ms / t.objects / (cleanHtmlT.ms / cleanHtmlT.objects);
  }

  // Mean ms per page by source, for each HTML contender.
  const groups: Record<string, (n: string) => boolean> = {
    'fixtures + seeds': (n) => !n.startsWith('known/') && !n.startsWith('corpus/'),
    'known-answer pages': (n) => n.startsWith('known/'),
    'corpus pages': (n) => n.startsWith('corpus/'),
  };
  const byGroup: Record<string, Record<string, string>> = {};
  for (const [g, test] of Object.entries(groups)) {
    byGroup[g] = {};
    for (const t of timings.slice(1)) {
      let ms = 0;
      let n = 0;
      for (const [name, p] of t.perInput) if (test(name)) ((ms += p.ms), (n += p.n));
      byGroup[g]![t.name] = n ? f(ms / n, 2) : '–';
    }
  }
  console.log('\n== mean ms per HTML page, by source');
  console.table(byGroup);

  // Quality on the known-answer pages (untimed).
  const quality: Record<string, Record<string, string>> = {};
  for (const [name, ex] of extractors) {
    const q = knownQuality(known, ex);
    quality[name] = {
      'paragraphs kept': pct(q.kept),
      'junk left in body': pct(q.junk),
      'caption in body': pct(q.caption),
      'byline in body': pct(q.byline),
      'pages with output': pct(q.ok),
    };
    const key = name.startsWith('ours') ? 'ours' : name.includes('jsdom') ? 'readabilityJsdom' : 'readabilityLinkedom';
    summary[`${key}ParagraphsKept`] = q.kept;
    summary[`${key}JunkLeft`] = q.junk;
  }
  // The same by site style, ours against Readability on linkedom: where each one fails.
  const byStyle: Record<string, Record<string, string>> = {};
  for (const style of [...new Set(known.map((p) => p.style))]) {
    const pages = known.filter((p) => p.style === style);
    byStyle[style] = {};
    for (const [name, ex] of extractors.slice(0, 2)) {
      const q = knownQuality(pages, ex);
      const short = name.startsWith('ours') ? 'ours' : 'Readability';
      byStyle[style]![`${short} kept`] = pct(q.kept);
      byStyle[style]![`${short} junk left`] = pct(q.junk);
    }
  }
  const ourRelated = relatedFound(known);
  quality['ours (cleanObject HTML)']!['related found'] = pct(ourRelated);
  for (const [name] of extractors.slice(1)) quality[name]!['related found'] = 'n/a (none)';
  console.log(`\n== quality on ${known.length} known-answer pages (${[...new Set(known.map((p) => p.style))].join(', ')}); share of all paragraphs / junk snippets / pages`);
  console.table(quality);
  console.log('by site style (paragraphs kept / junk snippets left in the body):');
  console.table(byStyle);

  // A generator written by someone else (bench/html-corpus.ts): only the article's word count is
  // known, so this is words kept ÷ article words (1.00 ideal; ≫ 1 page chrome kept, ≪ 1 article lost).
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const corpusRows: Record<string, Record<string, string>> = {};
  for (const [name, ex] of extractors) {
    const ratios = corpusPages
      .map((p) => {
        try {
          return words(ex(p.html).body) / Math.max(1, p.articleWords);
        } catch {
          return 0;
        }
      })
      .sort((a, b) => a - b);
    const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] ?? NaN;
    corpusRows[name] = { 'median kept ÷ article words': f(at(0.5), 2), 'p10': f(at(0.1), 2), 'p90': f(at(0.9), 2) };
    const key = name.startsWith('ours') ? 'ours' : name.includes('jsdom') ? 'readabilityJsdom' : 'readabilityLinkedom';
    summary[`${key}CorpusKeptRatio`] = at(0.5);
  }
  console.log(`\n== ${corpusPages.length} pages of bench/html-corpus.ts: words kept ÷ words of the article`);
  console.table(corpusRows);

  // Quality on the HTML fixtures' expectations, as written and with every class/id/data-* name
  // replaced by a hash: how much of the result rests on naming conventions rather than structure.
  const fixtureQuality: Record<string, Record<string, string>> = {};
  /** Per fixture, ours against Readability on linkedom (names as written): mustKeep kept, mustRemove removed. */
  const perFixture: Record<string, Record<string, string>> = {};
  for (const [name, ex] of extractors) {
    for (const blind of [false, true]) {
      let keep = 0;
      let keepN = 0;
      let removed = 0;
      let removeN = 0;
      for (const fx of htmlFixtures) {
        const expectPath = fx.name.replace(/\.html?$/, '.expect.json');
        if (!existsSync(expectPath)) continue;
        let e: { mustKeep?: string[]; mustRemove?: string[] };
        try {
          e = JSON.parse(readFileSync(expectPath, 'utf8'));
        } catch {
          continue;
        }
        const body = norm(ex(blind ? hashNames(fx.html) : fx.html).body);
        const k = (e.mustKeep ?? []).filter((s) => body.includes(norm(s))).length;
        const r = (e.mustRemove ?? []).filter((s) => !body.includes(norm(s))).length;
        keep += k;
        keepN += (e.mustKeep ?? []).length;
        removed += r;
        removeN += (e.mustRemove ?? []).length;
        if (!blind && !name.includes('jsdom')) {
          const row = (perFixture[basename(fx.name).replace(/\.html?$/, '')] ??= {});
          const short = name.startsWith('ours') ? 'ours' : 'Readability';
          row[`${short} kept`] = `${k}/${(e.mustKeep ?? []).length}`;
          row[`${short} removed`] = `${r}/${(e.mustRemove ?? []).length}`;
        }
      }
      fixtureQuality[`${name}${blind ? ', names hashed' : ''}`] = { 'mustKeep kept': `${keep}/${keepN} (${pct(keep / Math.max(1, keepN))})`, 'mustRemove removed': `${removed}/${removeN} (${pct(removed / Math.max(1, removeN))})` };
      const key = name.startsWith('ours') ? 'ours' : name.includes('jsdom') ? 'readabilityJsdom' : 'readabilityLinkedom';
      summary[`${key}Fixture${blind ? 'Blind' : ''}Kept`] = keep / Math.max(1, keepN);
      summary[`${key}Fixture${blind ? 'Blind' : ''}Removed`] = removed / Math.max(1, removeN);
    }
  }
  console.log('\n== HTML fixtures (tests/fixtures/html/*.expect.json): lines kept and junk removed in the body text; "names hashed" = every class, id and data-* value replaced by a hash');
  console.table(fixtureQuality);
  console.log('per fixture, ours against Readability on linkedom:');
  console.table(perFixture);
  console.log('ours = decoded, segmented, junk-cleaned article (body = section headings + paragraphs; captions, bylines and related links are separate fields). Readability = article.textContent.');

  // Bounds: one pathological page of each kind, timed once each (the brief: ~1 s per MB at most).
  const bounds: Record<string, Record<string, string>> = {};
  for (const [key, name, page] of boundPages()) {
    const t0 = performance.now();
    let blocks = 0;
    try {
      blocks = segmentHtml(page).blocks.length;
    } catch {
      blocks = -1;
    }
    const ms = performance.now() - t0;
    bounds[name] = { MB: f(mb(page.length), 2), ms: f(ms, 0), 'ms per MB': f(ms / mb(page.length), 0), blocks: String(blocks) };
    summary[`${key}MsPerMb`] = ms / mb(page.length);
  }
  console.log('\n== bounds: segmentHtml on pathological pages (one run each; target ≤ ~1000 ms per MB)');
  console.table(bounds);

  if (process.env.BENCH_RESULT_FILE) writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify({ bench: 'clean', node: process.version, summary, rows, quality, fixtureQuality }, null, 2));
}

/** Pages built to hurt: deep nesting, unclosed tags, a 5 MB article, 400k tiny elements. */
function boundPages(): Array<[string, string, string]> {
  const prose = 'The committee met on Thursday and agreed, after a long debate, to publish the full report next month.';
  const big: string[] = ['<html><head><title>Big</title></head><body><article><h1>Big page</h1>'];
  let size = 0;
  for (let i = 0; size < (QUICK ? 1 : 5) * 1024 * 1024; i++) {
    const s = `<p>Paragraph ${i}: ${prose} <a href="/x${i}">link</a></p><div class="ad-slot"><span>Advertisement</span></div>\n`;
    big.push(s);
    size += s.length;
  }
  big.push('</article></body></html>');
  const n = QUICK ? 20_000 : 100_000;
  return [
    ['boundBigPage', `${QUICK ? 1 : 5} MB article with ad slots`, big.join('')],
    ['boundNested', `${n} nested divs`, `<html><body>${'<div>'.repeat(n)}<p>${prose}</p>${'</div>'.repeat(n)}</body></html>`],
    ['boundUnclosed', `${n} unclosed span+div`, `<html><body>${'<span><div>'.repeat(n / 2)}${prose}</body></html>`],
    ['boundTinyParagraphs', `${QUICK ? 80 : 400}k tiny paragraphs`, `<html><body>${'<p>short</p>'.repeat(QUICK ? 80_000 : 400_000)}</body></html>`],
  ];
}

/** Every class, id and data-* attribute value replaced by a short hash of itself (tags, roles, ARIA and text kept). */
function hashNames(html: string): string {
  return html.replace(/(\s(?:class|id|data-[\w-]+)=)("[^"]*"|'[^']*')/gi, (_m, attr: string, value: string) => {
    let h = 0;
    for (let i = 0; i < value.length; i++) h = (h * 31 + value.charCodeAt(i)) | 0;
    return `${attr}"h${(h >>> 0).toString(36)}"`;
  });
}

function bodyOf(a: CleanArticle): string {
  return a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
}

/** Whitespace-insensitive, quote-insensitive comparison text. */
function norm(s: string): string {
  return s.replace(/[\u00a0\s]+/g, ' ').replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").trim();
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function knownQuality(pages: KnownPage[], ex: Extract): { kept: number; junk: number; caption: number; byline: number; ok: number } {
  let kept = 0;
  let paras = 0;
  let junk = 0;
  let junkN = 0;
  let caption = 0;
  let byline = 0;
  let ok = 0;
  for (const p of pages) {
    let out = { body: '', ok: false };
    try {
      out = ex(p.html);
    } catch {
      /* counts as nothing kept */
    }
    const body = norm(out.body);
    if (out.ok) ok++;
    for (const t of p.paragraphs) ((paras += 1), (kept += body.includes(norm(t)) ? 1 : 0));
    for (const j of p.junk) ((junkN += 1), (junk += body.includes(norm(j)) ? 1 : 0));
    if (body.includes(norm(p.caption.text))) caption++;
    if (body.includes(p.byline) && !p.paragraphs.some((t) => t.includes(p.byline))) byline++;
  }
  return { kept: kept / paras, junk: junk / junkN, caption: caption / pages.length, byline: byline / pages.length, ok: ok / pages.length };
}

function relatedFound(pages: KnownPage[]): number {
  let found = 0;
  let n = 0;
  for (const p of pages) {
    const r = cleanObject(Buffer.from(p.html), pageMeta(p.html.length), DEFAULT_LIMITS);
    const titles = new Set((r.articles[0]?.related ?? []).map((x) => norm(x.title)));
    for (const t of p.related) ((n += 1), (found += titles.has(norm(t)) ? 1 : 0));
  }
  return found / Math.max(1, n);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
