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
  it('reads day, month and year in one segment, by the page\'s order when both could be the day', () => {
    expect(dateFromUrl('https://club.example/meldungen/29-10-2021')).toBe('2021-10-29T00:00:00.000Z');
    expect(dateFromUrl('https://club.example/artikel/bericht_vom_22.04.2020_lage')).toBe('2020-04-22T00:00:00.000Z');
    expect(dateFromUrl('https://blog.example/posting-01-23-2020')).toBe('2020-01-23T00:00:00.000Z');
    expect(dateFromUrl('https://presse.example/tempete-02-11-2023-x.php', Infinity, true)).toBe('2023-11-02T00:00:00.000Z');
    expect(dateFromUrl('https://news.example/storm-02-11-2023-x.php', Infinity, false)).toBe('2023-02-11T00:00:00.000Z');
    // Both parts could be the day and the order is unknown: nothing is read.
    expect(dateFromUrl('https://news.example/storm-02-11-2023-x.php')).toBeNull();
    // Not a date: a year that is not four digits, or a month over 12 either way.
    expect(dateFromUrl('https://shop.example/item-14-15-2020')).toBeNull();
    expect(dateFromUrl('https://shop.example/item-14-05-20')).toBeNull();
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
