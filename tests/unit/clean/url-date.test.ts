import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '#core/clean/url-date.ts';
import { segmentHtml } from '#core/clean/html/index.ts';

describe('dateFromUrl', () => {
  it('reads year/month/day path segments', () => {
    expect(dateFromUrl('https://news.example/world/2020/03/14/river-floods')).toBe('2020-03-14T00:00:00.000Z');
  });
  it('reads a dashed date at the start of a slug and a compact date between separators', () => {
    expect(dateFromUrl('https://news.example/2019-11-02-council-votes')).toBe('2019-11-02T00:00:00.000Z');
    expect(dateFromUrl('https://news.example/story/20180704/fireworks')).toBe('2018-07-04T00:00:00.000Z');
  });
  it('does not read a year and month alone as a day', () => {
    expect(dateFromUrl('https://blog.example/2016/12/a-release.html')).toBeNull();
  });
  it('refuses impossible days, dates before the web and dates after the given reference time', () => {
    expect(dateFromUrl('https://news.example/2021/02/31/x')).toBeNull();
    expect(dateFromUrl('https://news.example/1875/05/06/x')).toBeNull();
    expect(dateFromUrl('https://news.example/2031/05/06/x', Date.UTC(2026, 0, 1))).toBeNull();
    expect(dateFromUrl('https://news.example/2025/05/06/x', Date.UTC(2026, 0, 1))).toBe('2025-05-06T00:00:00.000Z');
  });
  it('ignores long numeric ids and unparsable URLs', () => {
    expect(dateFromUrl('https://news.example/article/123456789012')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('the URL as a last source of the publication day', () => {
  const body = '<p>' + 'The council met on a wet evening and voted to rebuild the old bridge over the river. '.repeat(6) + '</p>';
  it('is used when the page states no date', () => {
    const html = `<html><head><title>Bridge vote</title><link rel="canonical" href="https://news.example/local/2020/03/14/bridge-vote"></head><body><article><h1>Bridge vote</h1>${body}</article></body></html>`;
    expect(segmentHtml(html).meta).toMatchObject({ publishedAt: '2020-03-14T00:00:00.000Z', publishedAtSource: 'url' });
  });
  it('loses to a date the page states', () => {
    const html = `<html><head><title>Bridge vote</title><meta property="article:published_time" content="2020-03-15T09:30:00+01:00"><link rel="canonical" href="https://news.example/local/2020/03/14/bridge-vote"></head><body><article><h1>Bridge vote</h1>${body}</article></body></html>`;
    expect(segmentHtml(html).meta.publishedAt).toBe('2020-03-15T09:30:00.000+01:00');
  });
});
