/**
 * Tuning aid (not run by npm test): every HTML strategy on every real page, scored apart, with the
 * features a chooser may read. Writes JSON Lines to the path given (default /tmp/strategies.jsonl).
 *   node --import tsx bench/strategy-dump.ts [out.jsonl] [--limit N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeObject } from '#core/decode/index.ts';
import { cleanBlocks } from '#core/clean/blocks.ts';
import { readPage } from '#core/clean/html/index.ts';
import { attemptsFor, grownAttempt } from '#core/clean/html/strategy.ts';
import { pruneBody } from '#core/clean/html/prune.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';

const DATA = resolve(process.cwd(), process.env.REAL_PAGES_DIR ?? '../shared/data/web-pages');
if (!existsSync(join(DATA, 'gold.jsonl'))) process.exit(0);
const args = process.argv.slice(2);
const li = args.indexOf('--limit');
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? '/tmp/strategies.jsonl';
const SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const norm = (s: string) => s.replace(SPACE, ' ').trim();
const gold = readFileSync(join(DATA, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as { id: string; with: string[]; without: string[] });
const lines: string[] = [];
for (const g of gold) {
  const bytes = gunzipSync(readFileSync(join(DATA, 'pages', `${g.id}.html.gz`)));
  const dec = decodeObject(new Uint8Array(bytes), { bucket: 'b', key: `${g.id}.html`, etag: null, size: bytes.length }, DEFAULT_LIMITS);
  if (!dec.ok) continue;
  const page = readPage(dec.value.text);
  if (!page) continue;
  const rows = [];
  const grown = grownAttempt(page);
  for (const a of [...attemptsFor(page), ...(grown ? [grown] : [])]) {
    let seg = null;
    try {
      seg = a.run();
    } catch {
      seg = null;
    }
    let text: string | null = null;
    let paras: Array<[number, number]> = [];
    let headings = 0;
    let lines: Array<[string, string, number]> = [];
    if (seg) {
      const { blocks, removed } = pruneBody(seg.blocks);
      const art = cleanBlocks(blocks, seg.meta, { index: 0, line: null, removed: [...seg.removed, ...removed], related: seg.related });
      if (!('code' in art)) {
        text = art.sections.map((s) => [s.heading ?? '', ...s.paragraphs].filter(Boolean).join('\n')).join('\n');
        const ldOf = new Map(blocks.map((b) => [b.text, b.linkDensity ?? 0]));
        lines = art.sections.flatMap((s) => [...(s.heading ? [['h', s.heading, ldOf.get(s.heading) ?? -1]] : []), ...s.paragraphs.map((p) => ['p', p, ldOf.get(p) ?? -1])]) as Array<[string, string, number]>;
        for (const s of art.sections) {
          if (s.heading) headings++;
          for (const p of s.paragraphs) paras.push([p.length, 0]);
        }
        // link density per kept paragraph from the blocks
        const ld = new Map(blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.text, b.linkDensity ?? 0]));
        paras = art.sections.flatMap((s) => s.paragraphs.map((p): [number, number] => [p.length, ld.get(p) ?? -1]));
      }
    }
    const t = text === null ? null : norm(text);
    const tp = t ? g.with.filter((w) => t.includes(norm(w))).length : 0;
    const fp = t ? g.without.filter((w) => t.includes(norm(w))).length : 0;
    rows.push({ s: a.strategy, c: a.candidate ?? 0, tp, fp, fn: g.with.length - tp, tn: g.without.length - fp, headings, paras, lines, text: t ? t.slice(0, 100_000) : null });
  }
  const ch = page.choice;
  lines.push(JSON.stringify({ id: g.id, nWith: g.with.length, nWithout: g.without.length, pageProse: ch.pageProse, rawPageProse: ch.rawPageProse, prose: ch.prose, rows }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} pages to ${out}`);
