/** The page's address stated beside the content (S3 user metadata): it fills gaps, never overrides the content. */
import { describe, expect, it } from 'vitest';
import { sourceUrlFromMetadata } from '#core/clean/source-url.ts';
import { processObject } from '#core/pipeline.ts';

const TEXT = [
  'Mill Road bridge to close for repairs - harbourtimes',
  '',
  'The Mill Road bridge will close for six weeks from Monday while engineers replace its worn bearings, the county said.',
  '',
  'Drivers will be sent along the ring road. Buses keep their stops but leave the old town ten minutes earlier.',
].join('\n');
const URL_STATED = 'https://www.harbourtimes.example/2025/11/03/mill-road-bridge';

function record(body: string, key: string, sourceUrl: string | null) {
  const bytes = Buffer.from(body);
  const r = processObject(bytes, { bucket: 'raw', key, etag: null, size: bytes.length, sourceUrl }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
  expect(r.rejections).toEqual([]);
  return r.records[0]!;
}

describe('sourceUrlFromMetadata', () => {
  it('takes the first http(s) address among the known keys, in any case, and nothing else', () => {
    expect(sourceUrlFromMetadata({ 'Source-URL': 'https://a.example/x' })).toBe('https://a.example/x');
    expect(sourceUrlFromMetadata({ url: 'https://b.example/y', 'source-url': 'https://a.example/x' })).toBe('https://a.example/x');
    expect(sourceUrlFromMetadata({ 'source-url': 'not a url', url: 'https://b.example/y' })).toBe('https://b.example/y');
    expect(sourceUrlFromMetadata({ 'source-url': 'javascript:alert(1)' })).toBeNull();
    expect(sourceUrlFromMetadata({ author: 'https://a.example/x' })).toBeNull();
    expect(sourceUrlFromMetadata(undefined)).toBeNull();
  });
});

describe('a stated address fills what the content leaves empty', () => {
  it('gives a scraped text its URL, its publisher (the host), the day in its path, and a title without the site name', () => {
    const r = record(TEXT, 'incoming/bridge.txt', URL_STATED);
    expect(r.url).toBe(URL_STATED);
    expect(r.publisher).toBe('harbourtimes.example');
    expect(r.publishedAt).toBe('2025-11-03T00:00:00.000Z');
    expect(r.publishedAtSource).toBe('url');
    expect(r.title).toBe('Mill Road bridge to close for repairs');
  });

  it('changes nothing without one', () => {
    const r = record(TEXT, 'incoming/bridge.txt', null);
    expect(r.url).toBeNull();
    expect(r.publisher).toBeNull();
    expect(r.publishedAt).toBeNull();
    expect(r.title).toBe('Mill Road bridge to close for repairs - harbourtimes');
  });

  it("never overrides the page's own address, publisher or date", () => {
    const page = `<!DOCTYPE html><html><head><title>Mill Road bridge to close</title>
      <link rel="canonical" href="https://courier.example/news/mill-road-bridge">
      <meta property="og:site_name" content="The Courier">
      <meta property="article:published_time" content="2025-10-30T08:00:00Z"></head>
      <body><article><h1>Mill Road bridge to close</h1>
      <p>The Mill Road bridge will close for six weeks from Monday while engineers replace its worn bearings, the county said on Thursday.</p>
      <p>Drivers will be sent along the ring road. Buses keep their stops but leave the old town ten minutes earlier than they do now.</p>
      </article></body></html>`;
    const r = record(page, 'incoming/bridge.html', URL_STATED);
    expect(r.url).toBe('https://courier.example/news/mill-road-bridge');
    expect(r.publisher).toBe('The Courier');
    expect(r.publishedAt?.slice(0, 10)).toBe('2025-10-30');
  });
});
