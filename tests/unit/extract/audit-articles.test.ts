/**
 * An audit of the extracted fields on hand-written articles in varied styles, run through the whole
 * core (clean + extract), with what a news analyst would expect of each field.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '#contracts/record.ts';
import { processObject } from '#core/pipeline.ts';
import { AUDIT_ARTICLES, auditBytes } from './audit-articles.ts';

const records = new Map<string, ArticleRecord>();
for (const a of AUDIT_ARTICLES) {
  const bytes = auditBytes(a);
  const { records: recs } = processObject(bytes, { bucket: 'b', key: `incoming/${a.key}.json`, etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00Z' });
  records.set(a.key, recs[0]!);
}
const rec = (key: string): ArticleRecord => {
  const r = records.get(key);
  if (!r) throw new Error(`no record for ${key}`);
  return r;
};
const speakerOf = (key: string, start: string): string | null | undefined => rec(key).quotes.find((q) => q.text.startsWith(start))?.speaker;
const hasQuote = (key: string, start: string): boolean => rec(key).quotes.some((q) => q.text.startsWith(start));
const dateOf = (key: string, text: string): string | null | undefined => rec(key).dates.find((d) => d.text === text)?.value;
const money = (key: string): string[] => rec(key).money.map((m) => `${m.amount} ${m.currency}`);
const qty = (key: string): string[] => rec(key).quantities.map((q) => `${q.value} ${q.unit}`);

describe('audit articles: every one is extracted', () => {
  it('gives one record per article', () => {
    for (const a of AUDIT_ARTICLES) expect(records.get(a.key), a.key).toBeDefined();
  });
});

describe('audit articles: quotes', () => {
  it('reads "X told reporters", a quote split around "he said", and a title resolved to its person', () => {
    expect(speakerOf('wire-port-strike', 'We did not want this fight')).toBe('Harold Daggett');
    expect(rec('wire-port-strike').quotes.find((q) => q.text.startsWith('Our members'))).toEqual({
      text: 'Our members have waited two years, and they are done waiting.',
      speaker: 'Harold Daggett',
    });
    expect(speakerOf('wire-port-strike', 'The offer on the table')).toBe('Maria Lopez');
  });
  it('"said Councillor X", then a second sentence from the same speaker; "X, the cabinet member…, said" then "she said"', () => {
    expect(speakerOf('local-council-parking', 'This is a stealth tax')).toBe('Peter Hughes');
    expect(speakerOf('local-council-parking', 'Traders on the high street')).toBe('Peter Hughes');
    expect(speakerOf('local-council-parking', 'Nobody likes paying fines')).toBe('Janet Ward');
  });
  it('"the manager said" names the manager introduced before, not the player quoted last', () => {
    expect(speakerOf('sports-derby', 'It was a special night')).toBe('Chidi Okafor');
    expect(speakerOf('sports-derby', 'We were poor in the first half')).toBe('Tomas Berg');
    expect(speakerOf('sports-derby', 'The players showed')).toBe('Tomas Berg');
  });
  it('"the judge said" is the judge, though another person is named after her; a quote runs over paragraphs', () => {
    expect(speakerOf('court-fraud', 'You took money')).toBe('Helen Carter');
    const q = rec('court-fraud').quotes.find((x) => x.text.startsWith('You lied'));
    expect(q).toEqual({
      text: 'You lied to your trustees for almost a decade, and you showed no remorse until you were caught. The sentence must reflect the scale and the cruelty of what you did.',
      speaker: 'Helen Carter',
    });
  });
  it('a title of a study in quotes is no quote; "said X, a scientist at…" is', () => {
    expect(hasQuote('science-glacier', 'Ocean-driven retreat')).toBe(false);
    expect(speakerOf('science-glacier', 'We expected to see some retreat')).toBe('Ingrid Solberg');
    expect(speakerOf('science-glacier', 'important but based on a short record')).toBe('Paul Henning');
  });
  it('scare quotes and a book title are no quotes', () => {
    expect(hasQuote('opinion-town', 'consultation')).toBe(false);
    expect(hasQuote('opinion-town', 'noted')).toBe(false);
    expect(hasQuote('opinion-town', 'The Death and Life')).toBe(false);
    expect(hasQuote('interview-qa', 'Dirty Water')).toBe(false);
    expect(speakerOf('opinion-town', 'We are working on it')).toBe('David Marsh');
  });
  it('British single quotes; "the minister" after a person introduced as "Transport Secretary"', () => {
    expect(speakerOf('uk-budget', 'For too long the north')).toBe('Rachel Reeves');
    expect(speakerOf('uk-budget', 'That ends today')).toBe('Rachel Reeves');
    expect(speakerOf('uk-budget', 'We have learned the lessons')).toBe('Heidi Alexander');
  });
  it('surname attribution after "Union Minister X told reporters"; Australian "the Premier told reporters"', () => {
    expect(speakerOf('india-metro', 'This will transform mobility')).toBe('Ashwini Vaishnaw');
    expect(speakerOf('au-bushfire', 'If you are in the warning area')).toBe('Tim Wiebusch');
    expect(speakerOf('au-bushfire', 'We will stand with these communities')).toBe('Jacinta Allan');
  });
  it('translated style: "declared the minister", "affirmed X"', () => {
    expect(speakerOf('translated-ministry', 'The situation is very serious')).toBe('Luca Bernardi');
    expect(speakerOf('translated-ministry', 'It is a first step')).toBe('Giorgio Conti');
  });
  it('"said X, who runs a store" and the second sentence after it', () => {
    expect(speakerOf('wire-quake', 'It was very strong')).toBe('Carolina Soto');
    expect(speakerOf('wire-quake', 'My children were screaming')).toBe('Carolina Soto');
  });
  it('speakers are always entity names', () => {
    for (const r of records.values()) {
      const names = new Set(r.entities.map((e) => e.name));
      for (const q of r.quotes) if (q.speaker !== null) expect(names.has(q.speaker), `${r.source.key}: ${q.speaker}`).toBe(true);
    }
  });
});

describe('audit articles: summary', () => {
  it('is the lede without dateline or byline, at most three sentences and 500 characters', () => {
    expect(rec('wire-port-strike').summary).toMatch(/^Thousands of dockworkers walked off the job/);
    expect(rec('local-council-parking').summary).toMatch(/^Parking fines in Ashford/);
    expect(rec('earnings-chipmaker').summary).toMatch(/^Veltrix Corp reported quarterly revenue/);
    expect(rec('india-metro').summary).toMatch(/^The Union Cabinet on Wednesday approved/);
    expect(rec('au-bushfire').summary).toMatch(/^Fire crews are battling/);
    expect(rec('wire-quake').summary).toMatch(/^A magnitude 7\.1 earthquake/);
    for (const r of records.values()) {
      expect(r.summary.length, r.source.key).toBeGreaterThan(40);
      expect(r.summary.length, r.source.key).toBeLessThanOrEqual(500);
      expect(r.summary, r.source.key).not.toMatch(/^(?:By |[A-Z][A-Z .,]+[(—:])/);
    }
  });
});

describe('audit articles: dates', () => {
  it('resolves weekdays against publication, past and future', () => {
    expect(dateOf('wire-port-strike', 'Wednesday')).toBe('2026-03-11');
    expect(dateOf('wire-port-strike', 'Tuesday')).toBe('2026-03-10');
    expect(dateOf('sports-derby', 'Thursday')).toBe('2026-01-15');
    expect(dateOf('sports-derby', 'Monday')).toBe('2026-01-19'); // "would decide on Monday"
    expect(dateOf('translated-ministry', 'Monday')).toBe('2026-09-07');
    expect(dateOf('au-bushfire', 'Monday')).toBe('2026-01-12');
  });
  it('resolves relative phrases', () => {
    expect(dateOf('wire-port-strike', 'next week')).toBe('2026-03-16');
    expect(dateOf('sports-derby', 'last month')).toBe('2025-12');
    expect(dateOf('court-fraud', 'yesterday')).toBe('2026-09-07');
    expect(dateOf('court-fraud', 'two days ago')).toBe('2026-09-06');
    expect(dateOf('opinion-town', 'Last week')).toBe('2026-01-05');
    expect(dateOf('uk-budget', 'next April')).toBe('2027-04');
    expect(dateOf('au-bushfire', 'tomorrow')).toBe('2026-01-16');
    expect(dateOf('translated-ministry', 'last year')).toBe('2025');
  });
  it('reads months, days, years and decades', () => {
    expect(dateOf('local-council-parking', 'January')).toBe('2026-01');
    expect(dateOf('local-council-parking', '5 December')).toBe('2025-12-05');
    expect(dateOf('local-council-parking', 'May 2027')).toBe('2027-05');
    expect(dateOf('opinion-town', 'March')).toBe('2025-03'); // "told me in March", published in January
    expect(dateOf('wire-port-strike', 'the 1970s')).toBe('1970');
    expect(dateOf('science-glacier', 'the 2050s')).toBe('2050');
    expect(dateOf('translated-ministry', '1st of October')).toBe('2026-10-01');
    expect(dateOf('india-metro', 'March 2022')).toBe('2022-03');
    expect(dateOf('wire-quake', '2010')).toBe('2010');
  });
  it('"May" the modal verb is no date', () => {
    expect(rec('opinion-town').dates.map((d) => d.text)).not.toContain('May');
    expect(rec('wire-port-strike').dates.map((d) => d.text)).not.toContain('May');
    expect(rec('local-council-parking').dates.filter((d) => d.text === 'May')).toEqual([]);
  });
});

describe('audit articles: money', () => {
  it('reads symbols, codes, scales and suffixes', () => {
    expect(money('wire-port-strike')).toEqual(['4400000 USD']);
    expect(money('local-council-parking')).toEqual(['35 GBP', '70 GBP', '1500000 GBP']);
    expect(money('earnings-chipmaker')).toEqual(expect.arrayContaining(['12400000000 USD', '3200000000 USD', '1.87 USD', '3000000000 EUR', '1200000000000 JPY', '13500000000 USD']));
    expect(money('court-fraud')).toEqual(['2300000 GBP', '800000 GBP']);
    expect(money('uk-budget')).toEqual(['20000000000 GBP', '1200000000 GBP']);
    expect(money('india-metro')).toEqual(['120000000000 INR', '8500000000 INR', '1500000 INR', '114200000000 INR']);
    expect(money('au-bushfire')).toEqual(['25000000 AUD']);
    expect(money('translated-ministry')).toEqual(['3500000000 EUR']);
  });
  it('"a million reasons" and counts of things are no money', () => {
    expect(money('opinion-town')).toEqual([]);
    expect(money('sports-derby')).toEqual([]);
    expect(money('interview-qa')).toEqual([]);
  });
});

describe('audit articles: quantities', () => {
  it('reads units and people counts', () => {
    expect(qty('wire-port-strike')).toEqual(expect.arrayContaining(['14500 people', '30 %']));
    expect(qty('sports-derby')).toEqual(expect.arrayContaining(['52000 people', '25 yd']));
    expect(qty('earnings-chipmaker')).toEqual(['38 %', '9 %', '2.5 pp']);
    expect(qty('science-glacier')).toEqual(['6 km', '30000000000 t', '1.5 °C', '12 km', '33 m']);
    expect(qty('uk-budget')).toEqual(['5.1 %', '4.3 %']);
    expect(qty('india-metro')).toEqual(expect.arrayContaining(['32 km', '960000 people', '20 %']));
    expect(qty('au-bushfire')).toEqual(['44 °', '12000 ha', '5 km', '24000000 ha']);
    expect(qty('wire-quake')).toEqual(expect.arrayContaining(['35 km', '22 mi', '80 km', '1500 people']));
  });
  it('phone numbers, years, ages and scores are no quantities', () => {
    expect(qty('local-council-parking')).toEqual([]);
    expect(qty('court-fraud')).toEqual([]);
    for (const r of records.values()) for (const q of r.quantities) expect(q.text, r.source.key).not.toMatch(/^(?:19|20)\d\d\b/);
  });
});

describe('audit articles: keywords', () => {
  const kw = (key: string): string[] => rec(key).keywords;
  it('ranks the story topic and its main names', () => {
    expect(kw('wire-port-strike')).toEqual(expect.arrayContaining(['strike', 'Harold Daggett', 'dockworkers']));
    expect(kw('local-council-parking')).toEqual(expect.arrayContaining(['fines', 'parking', 'council']));
    expect(kw('court-fraud')).toEqual(expect.arrayContaining(['fraud', 'hospice', 'Graham Pike', 'Bristol Crown Court']));
    expect(kw('science-glacier')).toEqual(expect.arrayContaining(['glacier', 'Greenland', 'Ingrid Solberg']));
    expect(kw('translated-ministry')).toEqual(expect.arrayContaining(['drought', 'farmers', 'Ministry of Agriculture']));
    expect(kw('wire-quake')).toEqual(expect.arrayContaining(['Chile', 'earthquake', 'Antofagasta']));
  });
  it('no dateline shouting, name fragments, currency or unit words', () => {
    for (const r of records.values()) {
      for (const k of r.keywords) {
        expect(k, r.source.key).not.toMatch(/^[A-Z]{5,}$/);
        expect(['Rs', 'crore', 'lakh', 'km', 'hectares', 'kilometers', 'Corp', 'Crown Court', 'Bristol Crown', 'Life of Great', 'Commissioner Tim']).not.toContain(k);
      }
    }
  });
  it('no verbs, no sentence-initial capitals of common words, and a name once by its full form', () => {
    for (const r of records.values()) {
      for (const k of r.keywords) expect(['rose', 'hit', 'set', 'passed', 'passes', 'voted', 'jailed', 'fell', 'struck', 'Demand', 'Death', 'Dirty', 'State', 'Republic'], r.source.key).not.toContain(k);
    }
    expect(kw('sports-derby').slice(0, 3)).toContain('Chidi Okafor');
    expect(kw('nz-election').slice(0, 5)).toEqual(expect.arrayContaining(['Christopher Luxon', 'National Party', 'New Zealand']));
    expect(kw('nz-election')).not.toContain('Luxon');
    expect(kw('earnings-chipmaker')).toContain('demand');
  });
});

describe('audit articles, second batch', () => {
  it('UK weather: "said Met Office forecaster X" is the person; 34C; 40p; future month', () => {
    expect(speakerOf('uk-weather', 'It will be very uncomfortable')).toBe('Greg Dewhurst');
    expect(speakerOf('uk-weather', 'Drink plenty of water')).toBe('Greg Dewhurst');
    expect(qty('uk-weather')).toEqual(expect.arrayContaining(['34 °C', '31.2 °C', '40.3 °C', '60 mph']));
    expect(money('uk-weather')).toEqual(['0.4 GBP']);
    expect(dateOf('uk-weather', 'August')).toBe('2026-08'); // "expect the heat to ease from mid-August"
    expect(dateOf('uk-weather', 'last Saturday')).toBe('2026-07-11');
    expect(dateOf('uk-weather', 'July 2022')).toBe('2022-07');
    expect(rec('uk-weather').summary).toMatch(/^The UK has recorded its hottest day/);
  });
  it('US politics: "he said" after a senator introduced in the same paragraph is that senator', () => {
    expect(speakerOf('us-politics', 'This is a historic day')).toBe('Chuck Schumer');
    expect(speakerOf('us-politics', 'It’s not perfect')).toBe('Rob Portman');
    expect(speakerOf('us-politics', 'But it’s a good deal')).toBe('Rob Portman');
    expect(money('us-politics')).toEqual(['1200000000000 USD', '110000000000 USD', '65000000000 USD', '3500000000000 USD', '256000000000 USD']);
    expect(qty('us-politics')).toEqual([]); // "passed 69-30" is a vote
    expect(rec('us-politics').keywords).not.toContain('Portman of Ohio');
    expect(speakerOf('us-politics', 'a blue-collar blueprint')).toBe('Joe Biden');
  });
  it('blog: an unnamed speaker is null; relative dates', () => {
    expect(speakerOf('tech-blog', 'I have my life back')).toBeNull();
    expect(hasQuote('tech-blog', 'always on')).toBe(false);
    expect(dateOf('tech-blog', 'Two years ago')).toBe('2024');
    expect(dateOf('tech-blog', 'last October')).toBe('2025-10');
    expect(money('tech-blog')).toEqual(['85000 USD']);
  });
  it('health: a one-word scare quote is none; people counts', () => {
    expect(hasQuote('health-study', 'encouraging')).toBe(false);
    expect(speakerOf('health-study', 'Even a modest amount')).toBe('Amara Singh');
    expect(qty('health-study')).toEqual(['20 %', '250000 people', '7600000 people']);
  });
  it('election: a quote reopening in the next paragraph keeps its speaker; "three years ago"; "Nov. 3"', () => {
    expect(speakerOf('nz-election', 'You have voted')).toBe('Christopher Luxon');
    expect(speakerOf('nz-election', 'The result is not')).toBe('Chris Hipkins');
    expect(speakerOf('nz-election', 'But I want to thank')).toBe('Chris Hipkins');
    expect(dateOf('nz-election', 'three years ago')).toBe('2023');
    expect(dateOf('nz-election', 'Nov. 3')).toBe('2026-11-03');
  });
  it('the Black Summer of 2019-20 is a season date', () => {
    expect(dateOf('au-bushfire', '2019-20')).toBe('2019');
  });
});
