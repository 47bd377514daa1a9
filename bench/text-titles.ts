/**
 * Titles from scraped plain text (issue 12, part 3): how often the title the text cleaner gives for
 * ../shared/data/web-pages/text/NNNN.txt.gz is the page's headline, beside the baseline of taking
 * the first line as is.
 *
 *   npm run bench:text-titles [-- --limit N] [--show K]
 *
 * The reference is a SILVER label, derived, not annotated: from the HTML page of the same id, the
 * og:title, the JSON-LD headline and the first <h1>, compared after normalising (lower case, letters
 * and digits only); a page counts only when two of them agree, and that agreed text is its headline.
 * Pages where no two agree are left out (their headline is not known well enough to judge). A title
 * is exact when it normalises to the same key. Held out: pages whose id % 5 == 0, as in the junk-line
 * model's training (scripts/train-junk.ts). Skips (exit 0) when ../shared is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanObject } from '../lambdas/core/clean/index.ts';
import { first, parseDocument, textOf } from '../lambdas/core/clean/html/dom.ts';
import { plain, readJsonLd, readMetaTags } from '../lambdas/core/clean/html/meta.ts';
import { DEFAULT_LIMITS } from '../lambdas/core/types.ts';

const DATA = resolve('../shared/data/web-pages');
if (!existsSync(join(DATA, 'text')) || !existsSync(join(DATA, 'pages'))) {
  console.log(`bench:text-titles: no data at ${DATA} (text/ and pages/); skipped`);
  process.exit(0);
}
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const LIMIT = arg('limit', Infinity);
const SHOW = arg('show', 0);

const key = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Bytes to text: the declared charset (meta), else UTF-8, as the corpus tools read the pages. */
function decodeHtml(buf: Buffer): string {
  const head = buf.subarray(0, 65536).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([\w.:-]{1,40})/i.exec(head);
  if (m) {
    try {
      const dec = new TextDecoder(m[1]!.toLowerCase());
      if (!dec.encoding.startsWith('utf-16')) return dec.decode(buf);
    } catch {
      /* unknown label: UTF-8 */
    }
  }
  return new TextDecoder('utf-8').decode(buf);
}

/** The silver headline: the text two of og:title, JSON-LD headline and <h1> agree on (null: none agree). */
function silverTitle(html: string): string | null {
  const doc = parseDocument(html);
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const h1 = first(doc, 'h1');
  const headline = typeof ld.article?.['headline'] === 'string' ? plain(ld.article['headline'] as string) : null;
  const candidates = [tags.get('og:title') ?? null, headline, h1 ? plain(textOf(h1).text) : null].filter((c): c is string => !!c && key(c).length >= 3);
  for (let a = 0; a < candidates.length; a++) for (let b = a + 1; b < candidates.length; b++) if (key(candidates[a]) === key(candidates[b])) return candidates[a]!;
  return null;
}

interface Row {
  id: string;
  silver: string;
  title: string | null;
  firstLine: string;
}

const rows: Row[] = [];
const ids = readdirSync(join(DATA, 'text'))
  .filter((f) => f.endsWith('.txt.gz'))
  .map((f) => f.slice(0, -'.txt.gz'.length))
  .sort()
  .slice(0, LIMIT);
let noSilver = 0;
for (const id of ids) {
  const htmlPath = join(DATA, 'pages', `${id}.html.gz`);
  if (!existsSync(htmlPath)) continue;
  const silver = silverTitle(decodeHtml(gunzipSync(readFileSync(htmlPath))));
  if (!silver) {
    noSilver++;
    continue;
  }
  const bytes = gunzipSync(readFileSync(join(DATA, 'text', `${id}.txt.gz`)));
  const r = cleanObject(bytes, { bucket: 'bench', key: `${id}.txt`, etag: null, size: bytes.length }, DEFAULT_LIMITS);
  const text = bytes.toString('utf8');
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length).trim();
  rows.push({ id, silver, title: r.articles[0]?.title ?? null, firstLine });
}

const share = (rs: Row[], pick: (r: Row) => string | null) => (rs.length ? rs.filter((r) => key(pick(r)) === key(r.silver)).length / rs.length : 0);
const held = rows.filter((r) => Number(r.id) % 5 === 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`text titles against a silver headline (derived from the HTML page: og:title / JSON-LD headline / h1, two agreeing; not annotated)`);
console.log(`${rows.length} pages with a silver headline (${held.length} held out, id % 5 == 0); ${noSilver} without one left out`);
console.log(`| | all | held out |`);
console.log(`|---|---|---|`);
console.log(`| first line as is | ${pct(share(rows, (r) => r.firstLine))} | ${pct(share(held, (r) => r.firstLine))} |`);
console.log(`| text cleaner's title | ${pct(share(rows, (r) => r.title))} | ${pct(share(held, (r) => r.title))} |`);
if (SHOW) {
  for (const r of rows.filter((r) => key(r.title) !== key(r.silver)).slice(0, SHOW)) console.log(`${r.id}: got ${JSON.stringify(r.title)}\n      want ${JSON.stringify(r.silver)}`);
}
