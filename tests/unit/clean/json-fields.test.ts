/** Field names of the crawlers users run (news-please, newspaper, trafilatura's JSON output): each read into the record. */
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';

const BODY = 'The town library will stay open until 22.00 on weekdays from next Monday, the council said.\n\nStudents had asked for more quiet space during the exam weeks.';

function record(fields: Record<string, unknown>) {
  const bytes = Buffer.from(JSON.stringify({ title: 'Library extends opening hours', maintext: BODY, ...fields }));
  const r = processObject(bytes, { bucket: 'raw', key: 'incoming/a.json', etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
  expect(r.rejections).toEqual([]);
  return r.records[0]!;
}

describe('crawler JSON field names', () => {
  it("reads news-please's modification date as modifiedAt, apart from the publication date", () => {
    const r = record({ date_publish: '2025-06-11 07:30:00', date_modify: '2025-06-11 18:40:00' });
    expect(r.publishedAt).toBe('2025-06-11T07:30:00.000Z');
    expect(r.modifiedAt).toBe('2025-06-11T18:40:00.000Z');
    expect(r.modifiedAtSource).toBe('field');
  });

  it("takes trafilatura's source as the address only when it is one", () => {
    expect(record({ source: 'https://rivertown.example/news/library' }).url).toBe('https://rivertown.example/news/library');
    const named = record({ source: 'Rivertown Gazette' });
    expect(named.url).toBeNull();
    expect(named.publisher).toBe('Rivertown Gazette');
  });

  it("reads newspaper's canonical_link, meta_lang and meta_description", () => {
    const r = record({ canonical_link: 'https://rivertown.example/library', meta_lang: 'de', meta_description: 'Longer hours until the end of June.' });
    expect(r.url).toBe('https://rivertown.example/library');
    expect(r.subtitle).toBe('Longer hours until the end of June.');
  });
});

describe('a stated offset is kept, as the HTML path keeps it', () => {
  it('keeps the publisher clock and day of a crawler date with an offset', () => {
    const r = record({ date_publish: '2025-06-11T00:30:00+02:00', date_modify: '2025-06-11 18:40:00-0500' });
    // In UTC the publication would fall on 10 June: the page's own calendar day is the 11th.
    expect(r.publishedAt).toBe('2025-06-11T00:30:00.000+02:00');
    expect(r.modifiedAt).toBe('2025-06-11T18:40:00.000-05:00');
  });

  it('keeps the offset of a Markdown front-matter date, and reads a zero offset or Z as UTC', () => {
    const md = (date: string) => {
      const bytes = Buffer.from(`---\ntitle: Library extends opening hours\ndate: ${date}\n---\n\n${BODY}\n`);
      const r = processObject(bytes, { bucket: 'raw', key: 'incoming/a.md', etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
      return r.records[0]!.publishedAt;
    };
    expect(md('2025-06-11T00:30:00+02:00')).toBe('2025-06-11T00:30:00.000+02:00');
    expect(md('2025-06-11T00:30:00+00:00')).toBe('2025-06-11T00:30:00.000Z');
    expect(md('2025-06-11T00:30:00Z')).toBe('2025-06-11T00:30:00.000Z');
    // Not a real time: no date rather than a shifted one.
    expect(md('2025-02-30T10:00:00+01:00')).toBeNull();
  });
});
