/** Markdown from reader services and page converters: their header, link menus, numbered alt texts. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '#core/decode/format.ts';
import { segmentMarkdown } from '#core/clean/markdown.ts';
import { processObject } from '#core/pipeline.ts';

const story = 'The town council agreed on Monday to keep the swimming pool open through the winter, after a petition signed by 3,000 residents.';

function paragraphs(md: string, key = 'incoming/a.md') {
  const bytes = Buffer.from(md);
  const r = processObject(bytes, { bucket: 'raw', key, etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
  expect(r.rejections).toEqual([]);
  return r.records[0]!;
}

describe('reader-service exports', () => {
  const exported = `Title: Pool stays open | Town Crier\n\nURL Source: https://towncrier.example/2025/01/20/pool\n\nPublished Time: 2025-01-20T09:00:00Z\n\nMarkdown Content:\n${story}\n`;

  it('are Markdown whatever their name, read for title, address and date', () => {
    expect(detectFormat('incoming/a.txt', null, exported)).toBe('markdown');
    expect(detectFormat('incoming/a.txt', null, `Title: Pool stays open\n\n${story}`)).toBe('text');
    const { meta } = segmentMarkdown(exported);
    expect(meta.url).toBe('https://towncrier.example/2025/01/20/pool');
    expect(meta.publishedAt).toBe('2025-01-20T09:00:00.000Z');
    expect(meta.publisher).toBe('towncrier.example');
    const r = paragraphs(exported, 'incoming/a.txt');
    expect(r.title).toBe('Pool stays open');
    expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([story]);
  });

  it('keep one caption where the alt text is printed again under the picture, without its number', () => {
    const { blocks } = segmentMarkdown(`# Pool stays open\n\n![Image 2: Swimmers in the main pool](https://x.example/p.jpg)\n\nSwimmers in the main pool. Photo: Town Crier\n\n${story}`);
    expect(blocks.filter((b) => b.kind === 'caption')).toEqual([]);
    expect(blocks.map((b) => b.text)).toContain('Swimmers in the main pool. Photo: Town Crier');
    const alone = segmentMarkdown(`# Pool\n\n![Image 1: Swimmers in the main pool](https://x.example/p.jpg)\n\n${story}`).blocks;
    expect(alone.find((b) => b.kind === 'caption')?.text).toBe('Swimmers in the main pool');
  });
});

describe('link menus', () => {
  it('removes two or more list items that are each only a short link', () => {
    const r = paragraphs(`# Pool stays open\n\n* [Home](https://x.example/)\n* [Sport](https://x.example/sport)\n\n${story}\n`);
    const text = JSON.stringify(r.sections);
    expect(text).not.toContain('Sport');
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['• Home', '• Sport'].map((t) => expect.stringContaining(t.slice(2)))));
  });

  it("keeps the story's own list, whose items have words around their links, and a single linked item", () => {
    const list = `# Pool stays open\n\n${story}\n\nThe council listed its reasons:\n\n* the [petition](https://x.example/petition) had 3,000 names\n* heating costs fell by a third\n\n* [The full report](https://x.example/report)\n\nThe pool opens at 7.00 on weekdays.\n`;
    const kept = JSON.stringify(paragraphs(list).sections);
    expect(kept).toContain('the petition had 3,000 names');
    expect(kept).toContain('heating costs fell by a third');
    expect(kept).toContain('The full report');
  });
});
