/**
 * Table-driven, through the whole pipeline: every page in tests/fixtures/html/strategy has a sidecar
 * <name>.expect.json saying which text must survive and which must not, and, where it matters, which
 * strategy must produce the body or that the page must be rejected (with a reason matching `rejected`).
 * Pages are written for these tests, shaped after failure kinds seen on real pages: each fallback of
 * the extraction strategy, and the traps that pick the wrong container.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';

interface Expect {
  /** What the page is for. */
  why: string;
  /** The strategy that must produce the body (main, candidate, density, paragraphs, grown), when it matters. */
  strategy?: string;
  mustKeep?: string[];
  mustRemove?: string[];
  /** The page must be rejected, with a reason matching this (case-insensitive). */
  rejected?: string;
}

const DIR = join(import.meta.dirname, '../../fixtures/html/strategy');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(DIR, f), 'utf8'), want: JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.expect.json')), 'utf8')) as Expect }));

function run(html: string) {
  const bytes = new TextEncoder().encode(html);
  return processObject(bytes, { bucket: 'raw', key: 'incoming/page.html', etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
}

/** The text the real-page scorer reads: section headings and paragraphs. */
function scoredText(r: { sections: Array<{ heading?: string | null; paragraphs: string[] }> }): string {
  return r.sections.map((s) => [s.heading ?? '', ...s.paragraphs].join('\n')).join('\n');
}

describe('HTML strategy on pages written for it', () => {
  for (const { name, html, want } of pages) {
    describe(name, () => {
      const out = run(html);
      if (want.rejected) {
        it('is rejected, saying why', () => {
          expect(out.records).toEqual([]);
          expect(out.rejections[0]?.reason ?? '').toMatch(new RegExp(want.rejected ?? '', 'i'));
        });
        return;
      }
      it('yields one record', () => {
        expect(out.rejections).toEqual([]);
        expect(out.records).toHaveLength(1);
      });
      const r = out.records[0];
      const text = r ? scoredText(r) : '';
      it('keeps the story', () => {
        for (const s of want.mustKeep ?? []) expect(text, s).toContain(s);
      });
      it('leaves the boilerplate out', () => {
        for (const s of want.mustRemove ?? []) expect(text, s).not.toContain(s);
      });
      if (want.strategy) {
        it(`finds the body with the ${want.strategy} strategy`, () => {
          expect(r?.extraction?.strategy).toBe(want.strategy);
        });
      }
    });
  }
});
