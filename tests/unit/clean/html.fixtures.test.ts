/**
 * Table-driven: every page in tests/fixtures/html has a sidecar <name>.expect.json stating its
 * metadata, text that must survive and text that must not. Pages are hand-written in many site
 * styles (newspaper with JSON-LD, WordPress, wire, local news, <div>-only, live blog, es/de...).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../lambdas/core/clean/html/index.ts';
import { cleanObject } from '../../../lambdas/core/clean/index.ts';
import { DEFAULT_LIMITS } from '../../../lambdas/core/types.ts';

interface Expect {
  title: string | null;
  url: string | null;
  publisher: string | null;
  authors: string[];
  publishedAt: string | null;
  language: string | null;
  subtitle?: string | null;
  mustKeep: string[];
  mustRemove: string[];
  captions?: Array<{ text: string; credit: string | null }>;
  /** Related links expected: URLs, or {title, url} pairs. */
  related?: Array<string | { title: string; url: string | null }>;
  headings?: string[];
  listItems?: string[];
  blockquotes?: string[];
  paragraphCount?: number;
  removedReasons?: string[];
}

const DIR = join(import.meta.dirname, '../../fixtures/html');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(DIR, f), 'utf8'), want: JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.expect.json')), 'utf8')) as Expect }));

describe('segmentHtml on hand-written pages', () => {
  it('has at least ten fixtures', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, html, want } of pages) {
    describe(name, () => {
      const page = segmentHtml(html);
      const body = page.blocks.filter((b) => b.kind !== 'title');
      const bodyText = body.map((b) => b.text).join('\n');

      it('reads the metadata', () => {
        expect(page.meta.title).toBe(want.title);
        expect(page.meta.url).toBe(want.url);
        expect(page.meta.publisher).toBe(want.publisher);
        expect(page.meta.authors).toEqual(want.authors);
        // The same instant; the page's own zone offset is kept in the value (page-dates.ts).
        expect(page.meta.publishedAt === null ? null : new Date(page.meta.publishedAt).toISOString()).toBe(want.publishedAt);
        expect(page.meta.language).toBe(want.language);
        if (want.subtitle !== undefined) expect(page.meta.subtitle).toBe(want.subtitle);
      });

      it('puts the headline first, once', () => {
        expect(page.blocks[0]).toMatchObject({ kind: 'title', text: want.title });
        expect(body.some((b) => b.text === want.title)).toBe(false);
      });

      it('keeps the article text', () => {
        for (const s of want.mustKeep) expect(bodyText, s).toContain(s);
      });

      it('drops the junk from blocks and metadata', () => {
        const metaText = [page.meta.title, page.meta.subtitle, ...page.meta.authors].join('\n');
        for (const s of want.mustRemove) {
          expect(bodyText, s).not.toContain(s);
          expect(metaText, s).not.toContain(s);
        }
      });

      it('marks block kinds', () => {
        const of = (k: string) => body.filter((b) => b.kind === k).map((b) => b.text);
        for (const h of want.headings ?? []) expect(of('heading')).toContain(h);
        for (const li of want.listItems ?? []) expect(of('list-item')).toContain(li);
        for (const q of want.blockquotes ?? []) expect(of('blockquote')).toContain(q);
        if (want.paragraphCount !== undefined) expect(of('paragraph')).toHaveLength(want.paragraphCount);
        for (const b of page.blocks) {
          expect(b.linkDensity).toBeGreaterThanOrEqual(0);
          expect(b.linkDensity).toBeLessThanOrEqual(1);
        }
      });

      it('separates captions and their credits', () => {
        const caps = body.filter((b) => b.kind === 'caption').map((b) => ({ text: b.text, credit: b.credit ?? null }));
        expect(caps).toEqual(want.captions ?? []);
      });

      it('lists related links and records removals', () => {
        const urls = page.related.map((r) => r.url);
        for (const u of want.related ?? []) {
          if (typeof u === 'string') expect(urls).toContain(u);
          else expect(page.related).toContainEqual(u);
        }
        for (const r of page.related) expect(r.title.length).toBeGreaterThan(0);
        const reasons = new Set(page.removed.map((r) => r.reason));
        for (const r of want.removedReasons ?? []) expect([...reasons]).toContain(r);
        for (const r of page.removed) expect(r.text.length).toBeLessThanOrEqual(200);
      });

      it('comes through cleanObject with its title and text', () => {
        const bytes = new TextEncoder().encode(html);
        const res = cleanObject(bytes, { bucket: 'b', key: `${name}.html`, etag: null, size: bytes.length }, DEFAULT_LIMITS);
        expect(res.format).toBe('html');
        const art = res.articles[0]!;
        expect(art.title).toBe(want.title);
        const text = art.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
        for (const s of want.mustRemove) expect(text, s).not.toContain(s);
        // The shared junk cleaner keeps what the segmenter kept (captions go to their own field).
        const captions = art.captions.map((c) => c.text).join('\n');
        for (const s of want.mustKeep) expect(text + '\n' + captions + '\n' + (art.subtitle ?? ''), s).toContain(s);
      });
    });
  }
});
