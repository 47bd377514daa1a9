/**
 * Titles, authors and publishers on the real pages of ../shared/data/web-pages (trafilatura's 990 and htmldate's
 * 239 more), measured where it can be done honestly without gold:
 *
 *  - titles: against a silver headline, the text two independent sources agree on (og:title, JSON-LD headline, the
 *    first <h1>), compared as lower-cased letters and digits; beside it `<title>` as it is, and `<title>` through
 *    cleanTitle (site-name stripping alone);
 *  - authors: on pages that state one in JSON-LD or meta, the share whose record has an author and the share whose
 *    first author is one stated; beside it meta[name=author] alone. Then each side alone: the visible byline
 *    (rel/itemprop author, byline elements) against the stated names, and the stated names on pages with a byline;
 *  - suspicious author values (digits, '@', "By", more than 5 words, the publisher's name) and the share of records
 *    with a publisher.
 *
 * Pages with id % 5 == 0 (the id's number) are held out and printed apart. The folder lives outside the project:
 * when it is missing, as in a user's clone, this says so and exits 0.
 *
 *   node --import tsx bench/page-meta.ts [--limit N] [--show K]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processObject } from '#core/pipeline.ts';
import { readPage } from '#core/clean/html/index.ts';
import { looksLikeOrganisation, readAuthors } from '#core/clean/html/meta.ts';
import { all, collapse, first, textOf } from '#core/clean/html/dom.ts';
import { cleanTitle } from '#core/clean/title.ts';
import { detectEncoding, decodeText } from '#core/decode/encoding.ts';
import { realPagesDir } from './real-data.ts';

const DATA = realPagesDir('page-meta', 'pages');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Infinity);
const show = Number(arg('--show') ?? 0);
const files = [...readdirSync(join(DATA, 'pages')).map((f) => `pages/${f}`), ...(existsSync(join(DATA, 'dated')) ? readdirSync(join(DATA, 'dated')).map((f) => `dated/${f}`) : [])]
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .slice(0, limit);
const heldOut = (path: string) => Number(path.replace(/^.*\//, '').replace(/\D/g, '')) % 5 === 0;
const key = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Right / of, for one figure on the two splits. */
class Share {
  n = [0, 0];
  of = [0, 0];
  add(split: number, ok: boolean) {
    this.of[split]!++;
    if (ok) this.n[split]!++;
  }
  cell(split: number | null): string {
    const n = split === null ? this.n[0]! + this.n[1]! : this.n[split]!;
    const of = split === null ? this.of[0]! + this.of[1]! : this.of[split]!;
    return `${((100 * n) / Math.max(1, of)).toFixed(1).padStart(5)}% of ${String(of).padStart(4)}`;
  }
}
const row = (name: string, s: Share) => `${name.padEnd(52)} ${s.cell(null)}   tuned ${s.cell(0)}   held out ${s.cell(1)}`;

const LD_AUTHOR_KEYS = ['author', 'creator'];
/** Names stated in JSON-LD author objects/arrays and author meta tags: the page's own statement, unfiltered. */
function statedNames(ld: Record<string, unknown> | null, tags: Map<string, string>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    for (const a of Array.isArray(v) ? v.slice(0, 20) : [v]) {
      if (typeof a === 'string') out.push(a);
      else if (a && typeof a === 'object') {
        const o = a as Record<string, unknown>;
        if (/organi[sz]ation/i.test(String(o['@type'] ?? ''))) continue;
        if (typeof o['name'] === 'string') out.push(o['name']);
      }
    }
  };
  for (const k of LD_AUTHOR_KEYS) add(ld?.[k]);
  for (const k of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']) {
    const v = tags.get(k);
    if (v && !/^https?:/i.test(v)) out.push(v);
  }
  return out.map((s) => collapse(s)).filter((s) => s.length > 1 && s.length < 200);
}

const title = { rec: new Share(), raw: new Share(), cleaned: new Share() };
const authors = { found: new Share(), right: new Share(), foundNotOrg: new Share(), metaOnly: new Share(), visibleAlone: new Share(), statedOnBylinePages: new Share() };
const publisher = { rec: new Share() };
let pagesWithRecord = 0;
const suspicious: string[] = [];
const titleMisses: string[] = [];
const authorMisses: string[] = [];
const EMPTY_LD = { article: null, objects: [] };

for (const f of files) {
  const split = heldOut(f) ? 1 : 0;
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(DATA, f))));
  const out = processObject(bytes, { bucket: 'bench', key: f, etag: null, size: bytes.length }, { ingestedAt: '2026-12-01T00:00:00.000Z', budget: { baseMs: 60_000, perMbMs: 0 } });
  const r = out.records[0];
  const enc = detectEncoding(bytes);
  const page = enc === 'binary' ? null : readPage(decodeText(bytes, enc) ?? '');
  if (!r || !page) continue;
  pagesWithRecord++;
  const { doc, ld, tags } = page;

  // Titles: the silver headline is a text two of three sources agree on.
  const h1 = first(doc, 'h1');
  const sources = [typeof ld.article?.['headline'] === 'string' ? (ld.article['headline'] as string) : null, tags.get('og:title') ?? null, h1 ? textOf(h1, 1000).text : null].map(key);
  let silver: string | null = null;
  for (let i = 0; i < 3 && !silver; i++) for (let j = i + 1; j < 3 && !silver; j++) if (sources[i] && sources[i] === sources[j]) silver = sources[i]!;
  if (silver) {
    const docTitle = first(doc, 'title')?.textContent ?? '';
    title.rec.add(split, key(r.title) === silver);
    title.raw.add(split, key(docTitle) === silver);
    title.cleaned.add(split, key(cleanTitle(collapse(docTitle), r.publisher)) === silver);
    if (key(r.title) !== silver) titleMisses.push(`${f}\twant "${silver.slice(0, 80)}"\tgot "${key(r.title).slice(0, 80)}"`);
  }

  // Authors.
  const stated = statedNames(ld.article, tags);
  const statedKeys = new Set(stated.map(key));
  const recKeys = r.authors.map(key);
  if (stated.length) {
    authors.found.add(split, r.authors.length > 0);
    authors.right.add(split, recKeys.some((k) => [...statedKeys].some((s) => s.includes(k) || k.includes(s))));
    authors.metaOnly.add(split, !!tags.get('author') && !/^https?:/i.test(tags.get('author')!));
    // The stated values minus those our organisation rule (legal forms, media words, addresses) sets apart:
    // not independent of the extractor, so printed beside the plain figure, never instead of it.
    if (stated.some((x) => !looksLikeOrganisation(x))) authors.foundNotOrg.add(split, r.authors.length > 0);
    if (!r.authors.length) authorMisses.push(`${f}\tstated ${JSON.stringify(stated.slice(0, 3))}`);
  }
  const visible = readAuthors(doc, EMPTY_LD, new Map(), page.choice.container, r.publisher);
  if (stated.length) authors.visibleAlone.add(split, visible.length > 0);
  if (visible.length) authors.statedOnBylinePages.add(split, stated.length > 0);
  const pub = key(r.publisher);
  for (const a of r.authors) {
    const why = /\d/.test(a) ? 'digits' : a.includes('@') ? "'@'" : /^by\b|\bby$/i.test(a) ? "'By'" : a.split(/\s+/).length > 5 ? '>5 words' : pub && key(a) === pub ? 'publisher' : /\b(?:news|zeitung|times|post|redaktion|staff|team)\b/i.test(a) ? 'site-like' : null;
    if (why) suspicious.push(`${f}\t${why}\t${a}`);
  }
  publisher.rec.add(split, !!r.publisher);
}

console.log(`page metadata: ${pagesWithRecord} records of ${files.length} pages in ${DATA} (no gold: silver and stated values)`);
console.log(`titles, exact against a silver headline (two of og:title, JSON-LD headline, <h1> agree):`);
console.log(row('  news-ingest title', title.rec));
console.log(row('  baseline: <title> as it is', title.raw));
console.log(row('  baseline: <title> through cleanTitle', title.cleaned));
console.log('authors, on pages that state one in JSON-LD or meta:');
console.log(row('  news-ingest: an author found', authors.found));
console.log(row('  news-ingest: an author that is a stated one', authors.right));
console.log(row('  an author found, stated one not an organisation*', authors.foundNotOrg));
console.log(row('  baseline: meta[name=author] alone', authors.metaOnly));
console.log(row('  the visible byline alone finds one', authors.visibleAlone));
console.log('on pages whose visible byline names someone:');
console.log(row('  JSON-LD/meta states an author', authors.statedOnBylinePages));
console.log(row('records with a publisher', publisher.rec));
console.log('* by looksLikeOrganisation (clean/html/meta.ts), the rule the extractor drops such names by: not gold');
console.log(`suspicious author values: ${suspicious.length}`);
for (const s of suspicious.slice(0, Math.max(show, 15))) console.log(`  ${s}`);
if (show) {
  console.log(`\ntitle misses (${titleMisses.length}):`);
  for (const s of titleMisses.slice(0, show)) console.log(`  ${s}`);
  console.log(`\nstated author, none found (${authorMisses.length}):`);
  for (const s of authorMisses.slice(0, show)) console.log(`  ${s}`);
}
