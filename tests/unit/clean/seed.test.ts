/**
 * The seed article (a scraped text page) must come out exactly right: title, the ad markers and
 * "Source link" gone, both doubled captions kept once with their credits, the one subheading, the
 * AFP wire credit, the KEEP READING headlines as related links, and every real paragraph kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanObject } from '#core/clean/index.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';

const PATH = 'seeds/afghanistan-taliban-china-russia-scraped.txt';
const bytes = readFileSync(PATH);
const result = cleanObject(bytes, { bucket: 'seed', key: 'incoming/afghanistan.txt', etag: null, size: bytes.length }, DEFAULT_LIMITS);
const article = result.articles[0]!;
const paragraphs = article.sections.flatMap((s) => s.paragraphs);

describe('seed article', () => {
  it('is one text article', () => {
    expect(result.format).toBe('text');
    expect(result.rejections).toEqual([]);
    expect(result.articles).toHaveLength(1);
    expect(article.title).toBe('China, Russia approach Taliban extremists for formal relations with Afghan regime');
  });

  it('removes the markers, the source link and the wire credit, with reasons', () => {
    const reasons = article.removed.map((r) => `${r.reason}: ${r.text}`);
    expect(reasons).toContain('ad-marker: [ad_1]');
    expect(reasons).toContain('ad-marker: [ad_2]');
    expect(reasons).toContain('source-link: Source link');
    expect(reasons).toContain('wire-credit: (With information from AFP)');
    const body = paragraphs.join('\n');
    for (const junk of ['[ad_', 'Source link', 'With information from', 'KEEP READING', '(AP)', '(Reuters)']) expect(body).not.toContain(junk);
  });

  it('keeps each doubled caption once, with its credit', () => {
    expect(article.captions).toEqual([
      { text: 'Taliban co-founder Abdul Ghani Baradar and Chinese Foreign Minister Wang Yi', credit: 'AP' },
      { text: 'Taliban negotiators', credit: 'Reuters' },
    ]);
    expect(article.removed.filter((r) => r.reason === 'duplicate-caption')).toHaveLength(2);
    expect(article.credits).toEqual(['AP', 'Reuters', 'AFP']);
  });

  it('has one subheading and the related headlines', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([null, 'Russia defines its position']);
    expect(article.related.map((r) => r.title)).toEqual([
      'UN Security Council to Hold Emergency Meeting to Discuss Afghanistan Crisis',
      'Thousands of desperate people spark chaos at Kabul airport: commercial flights suspended',
    ]);
  });

  it('keeps every real paragraph', () => {
    // Every line of the seed that is 100+ characters long is story text.
    const story = readFileSync(PATH, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length >= 100);
    expect(story.length).toBeGreaterThan(10);
    for (const line of story) expect(paragraphs).toContain(line);
    // …plus one shorter paragraph, and nothing else.
    expect(paragraphs).toContain('Added that a first positive sign was that “girls’ schools continued to operate” in Kabul.');
    expect(paragraphs).toHaveLength(story.length + 1);
  });
});
