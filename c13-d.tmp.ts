import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readPage } from '#core/clean/html/index.ts';
import { readUrl } from '#core/clean/html/meta.ts';
import { dateEvidence } from '#core/clean/html/page-dates.ts';
import { first } from '#core/clean/html/dom.ts';
for (const f of process.argv.slice(2)) {
  const bytes = new Uint8Array(gunzipSync(readFileSync(`/work/shared/data/web-pages/${f}.html.gz`)));
  const page = readPage(new TextDecoder().decode(bytes))!;
  const url = readUrl(page.doc, page.ld, page.tags);
  const e = dateEvidence({ doc: page.doc, ld: page.ld, tags: page.tags, container: page.choice.container, h1: first(page.doc, 'h1'), url, languageTag: 'en', now: Date.parse('2026-12-01') });
  console.log(f, url, JSON.stringify(e));
}
