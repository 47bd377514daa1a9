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
