/**
 * The user's seed (a scraped text page) through the whole core, the stored record checked field by
 * field: what a reader of the record relies on, not a snapshot of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';
import { EXTRACTOR_VERSION } from '#core/extract/index.ts';

const PATH = 'seeds/afghanistan-taliban-china-russia-scraped.txt';
const bytes = readFileSync(PATH);
const result = processObject(bytes, { bucket: 'raw', key: 'incoming/seed.txt', etag: '"abc"', size: bytes.length }, { ingestedAt: '2026-11-29T00:00:00.000Z' });
const record = result.records[0]!;
const entity = (name: string) => record.entities.find((e) => e.name === name);

describe('the seed record', () => {
  it('is one English text article with its source and version', () => {
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(record.schemaVersion).toBe(1);
    expect(record.source).toMatchObject({ bucket: 'raw', key: 'incoming/seed.txt', etag: '"abc"', size: bytes.length, format: 'text', encoding: 'utf-8' });
    expect(record.id).toMatch(/^[0-9a-f]{32}$/);
    expect(record.language).toBe('en');
    expect(record.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(record.ingestedAt).toBe('2026-11-29T00:00:00.000Z');
  });

  it('has the title, no invented metadata, and the lede as summary', () => {
    expect(record.title).toBe('China, Russia approach Taliban extremists for formal relations with Afghan regime');
    expect(record.url).toBeNull();
    expect(record.publishedAt).toBeNull();
    expect(record.authors).toEqual([]);
    expect(record.summary.startsWith('China and Russia indicated their willingness to establish relations with the Taliban')).toBe(true);
    expect(record.summary.length).toBeLessThanOrEqual(500);
  });

  it('keeps the body clean: sections, captions, credits and related links apart from the text', () => {
    expect(record.sections.map((s) => s.heading)).toEqual([null, 'Russia defines its position']);
    expect(record.body.split('\n\n')).toEqual(record.sections.flatMap((s) => s.paragraphs));
    for (const junk of ['[ad_', 'Source link', 'KEEP READING', 'With information from']) expect(record.body).not.toContain(junk);
    expect(record.captions.map((c) => c.credit)).toEqual(['AP', 'Reuters']);
    expect(record.credits).toEqual(['AP', 'Reuters', 'AFP']);
    expect(record.related).toHaveLength(2);
    expect(new Set(record.removed.map((r) => r.reason))).toEqual(
      new Set(['ad-marker', 'caption', 'duplicate-caption', 'wire-credit', 'related-block', 'source-link']),
    );
    expect(record.stats.paragraphs).toBe(record.sections.flatMap((s) => s.paragraphs).length);
    expect(record.stats.words).toBeGreaterThan(600);
    expect(record.stats.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  it('finds the people, organizations and places, one entry each, with country codes', () => {
    expect(entity('Taliban')).toMatchObject({ type: 'organization' });
    expect(entity('Kabul')).toMatchObject({ type: 'location', countryCode: 'AF' });
    expect(entity('Moscow')).toMatchObject({ type: 'location', countryCode: 'RU' });
    expect(entity('Beijing')).toMatchObject({ type: 'location', countryCode: 'CN' });
    expect(entity('Zamir Kabulov')).toMatchObject({ type: 'person', aliases: ['Kabulov'] });
    expect(entity('Dmitry Zhirnov')).toMatchObject({ type: 'person', aliases: ['Zhirnov'] });
    expect(entity('Wang Yi')).toMatchObject({ type: 'person' });
    expect(entity('Abdul Ghani Baradar')).toMatchObject({ type: 'person' }); // from a caption
    expect(entity('Taliban')!.mentions).toBeGreaterThan(10);
    // One entry per entity; no titles inside names; weekdays are nothing.
    const names = record.entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /Kabulov/.test(n))).toEqual(['Zamir Kabulov']);
    expect(names.some((n) => /^(Ambassador|Minister|Foreign Minister|Monday|Tuesday)\b/.test(n))).toBe(false);
  });

  it('attributes the quotes to their speakers', () => {
    const by = (s: string) => record.quotes.find((q) => q.text.startsWith(s))?.speaker;
    expect(by('Our ambassador is in contact with the leadership of the Taliban')).toBe('Zamir Kabulov');
    expect(by('The Taliban are already guarding our embassy')).toBe('Dmitry Zhirnov');
    expect(by('respects the right of the Afghan people')).toBe('Hua');
    for (const q of record.quotes) expect(q.text).not.toMatch(/^[“”"]|[“”"]$/);
  });

  it('reads money, quantities and dates', () => {
    expect(record.money).toEqual([{ text: '$ 4.4 million', amount: 4_400_000, currency: 'USD' }]);
    expect(record.quantities).toContainEqual({ text: '76 kilometers', value: 76, unit: 'km' });
    expect(record.quantities).toContainEqual({ text: '14,000 Soviet soldiers', value: 14_000, unit: 'people' });
    const dates = Object.fromEntries(record.dates.map((d) => [d.text, d.value]));
    expect(dates['2016']).toBe('2016');
    expect(dates['Monday']).toBeNull(); // no publication date to resolve it against
    expect(Object.keys(dates)).toContain('the 1980s');
  });

  it('has ranked keywords and fingerprints', () => {
    expect(record.keywords.slice(0, 3)).toContain('Taliban');
    expect(record.keywords).not.toContain('said');
    expect(record.fingerprint.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.fingerprint.simhash).toMatch(/^[0-9a-f]{16}$/);
  });
});
