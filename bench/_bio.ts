import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeObject } from '#core/decode/index.ts';
import { readPage } from '#core/clean/html/index.ts';
import { all, collapse, textOf } from '#core/clean/html/dom.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';
const det = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const gold = new Map(readFileSync('/work/shared/data/web-pages/gold.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => { const g = JSON.parse(l); return [g.id, g]; }));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const id of Object.keys(det)) {
  if (Number(id) % 5 === 0 || !det[id].text) continue;
  const bytes = gunzipSync(readFileSync(`/work/shared/data/web-pages/pages/${id}.html.gz`));
  const dec = decodeObject(new Uint8Array(bytes), { bucket: 'b', key: `${id}.html`, etag: null, size: bytes.length }, DEFAULT_LIMITS);
  if (!dec.ok) continue;
  const page = readPage(dec.value.text)!;
  const c = page.choice.container;
  // byline-verdict elements inside the container whose text is long (kept as content)
  for (const el of all(c, '*').slice(0, 20000)) {
    if (page.cls.verdict(el) !== 'byline') continue;
    const t = norm(collapse(textOf(el, 5000).text));
    if (t.length <= 120) continue;
    const g: any = gold.get(id);
    const w = g.with.filter((s: string) => t.includes(norm(s))).length;
    const b = g.without.filter((s: string) => t.includes(norm(s))).length;
    const inText = det[id].text.includes(t.slice(0, 60));
    console.log(id, `W${w} B${b}`, inText ? 'KEPT' : '', t.length, el.localName, el.getAttribute('class')?.slice(0, 40), '|', t.slice(0, 80));
  }
}
