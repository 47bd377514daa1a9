/** Text and Markdown segmenters: where related lists end, which short lines are subheadings. */
import { describe, expect, it } from 'vitest';
import { cleanObject } from '#core/clean/index.ts';
import { segmentText } from '#core/clean/text.ts';
import { segmentMarkdown } from '#core/clean/markdown.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';
import type { CleanArticle } from '#core/types.ts';

function clean(text: string, key = 'incoming/a.txt'): CleanArticle {
  const bytes = Buffer.from(text);
  const r = cleanObject(bytes, { bucket: 'b', key, etag: null, size: bytes.length }, DEFAULT_LIMITS);
  expect(r.rejections).toEqual([]);
  return r.articles[0]!;
}

describe('text segmenter', () => {
  it('ends a related list without blank lines at the first full sentence', () => {
    const a = clean('Road closed after landslide\nA landslide closed the A82 near Glencoe on Monday morning after heavy overnight rain.\nRelated:\nStorm warning for the west coast\nFerry services cancelled\nOfficials said the road would reopen on Friday.\nDrivers face a 60-mile diversion.\n');
    expect(a.related.map((r) => r.title)).toEqual(['Storm warning for the west coast', 'Ferry services cancelled']);
    expect(a.sections[0]!.paragraphs).toContain('Officials said the road would reopen on Friday.');
  });

  it('ends a related list at a blank line, so the subheading after it stays', () => {
    const a = clean('Heat wave hits Madrid\n\nTemperatures reached 44C in Madrid on Tuesday, the highest June reading since records began in 1920.\n\nRead more:\nHow to keep cool at night\n\nWhat happens next?\n\nForecasters expect the heat to ease on Friday as winds turn to the north and bring cooler air from the Atlantic.\n');
    expect(a.related.map((r) => r.title)).toEqual(['How to keep cool at night']);
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'What happens next?']);
  });

  it('takes a short line between paragraphs as a subheading, but not dialogue', () => {
    const blocks = segmentText('Title line\n\nThe first paragraph of the story runs on long enough to be a real paragraph of text.\n\nWhat the council said\n\nThe council said the budget would be balanced by the end of the year, despite the cuts.\n\n“No,” she said.\n\nThe meeting ended shortly afterwards, with no agreement on the next steps for the plan.\n');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['What the council said']);
    expect(blocks.find((b) => b.text === '“No,” she said.')?.kind).toBe('paragraph');
  });
});

describe('Markdown segmenter', () => {
  it('reads YAML author lists and TOML front matter', () => {
    expect(segmentMarkdown('---\ntitle: A post\nauthors:\n  - Ana Ruiz\n  - Ben Cole\n---\n\nBody text.').meta.authors).toEqual(['Ana Ruiz', 'Ben Cole']);
    const toml = segmentMarkdown('+++\ntitle = "A post"\ndate = 2026-05-01\n+++\n\nBody text.');
    expect(toml.meta.title).toBe('A post');
    expect(toml.meta.publishedAt).toBe('2026-05-01T00:00:00.000Z');
  });

  it('keeps list items, drops code blocks and link definitions, and keeps the URL of a link block', () => {
    const { blocks } = segmentMarkdown('# T\n\n- one [thing](https://a.example) here\n- [Second story](https://b.example/2)\n\n```\nconst x = 1;\n```\n\n[1]: https://c.example\n');
    expect(blocks.map((b) => [b.kind, b.text, b.href ?? null])).toEqual([
      ['title', 'T', null],
      ['list-item', 'one thing here', null],
      ['list-item', 'Second story', 'https://b.example/2'],
    ]);
  });
});
