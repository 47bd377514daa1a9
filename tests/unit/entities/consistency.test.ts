import { describe, expect, it } from 'vitest';
import { isSureMention, spanConfidence, SURE_WEIGHT } from '../../../lambdas/core/extract/entities/confidence.ts';
import { mergeMentions, type Mention } from '../../../lambdas/core/extract/entities/merge.ts';
import { tagDocument } from '../../../lambdas/core/extract/entities/tagger.ts';
import { alignVersusSides } from '../../../lambdas/core/extract/entities/versus.ts';
import { extractEntities } from '../../../lambdas/core/extract/entities/index.ts';

let order = 0;
const m = (name: string, type: Mention['type'], weight?: number): Mention => ({
  name,
  tokens: name.split(' '),
  type,
  order: order++,
  ...(weight === undefined ? {} : { weight }),
});

describe('document-level type vote', () => {
  it('weighs each mention by its confidence instead of counting them', () => {
    // Prepare: two unsure mentions call it a place, one confident mention an organization.
    const ents = mergeMentions([m('Halvorsen', 'location', 0.2), m('Halvorsen', 'location', 0.3), m('Halvorsen', 'organization', 0.9)]);
    // Assess: one entity, of the confident type, with every mention counted.
    expect(ents).toEqual([{ name: 'Halvorsen', type: 'organization', mentions: 3, aliases: [], countryCode: null }]);
  });

  it('lets a sure mention settle the type however many unsure ones disagree', () => {
    const ents = mergeMentions([m('Brackley', 'organization', 1), m('Brackley', 'organization', 1), m('Brackley', 'organization', 1), m('Brackley', 'person', SURE_WEIGHT)]);
    expect(ents[0]).toMatchObject({ name: 'Brackley', type: 'person', mentions: 4 });
  });

  it('gives a repeat the tagger passed by no say in the type', () => {
    const ents = mergeMentions([m('Ostrova', 'location', 0.4), m('Ostrova', 'person', 0), m('Ostrova', 'person', 0)]);
    expect(ents[0]).toMatchObject({ type: 'location', mentions: 3 });
  });

  it('recognises the contexts that make a mention sure', () => {
    const toks = (s: string) => s.split(' ');
    expect(isSureMention(toks('said Mr. Pellegrini'), 2, 3, 'person')).toBe(true);
    expect(isSureMention(toks('shares of Quillon Holdings Ltd'), 2, 5, 'organization')).toBe(true);
    expect(isSureMention(toks('floods in Tbilisi'), 2, 3, 'location')).toBe(true);
    expect(isSureMention(toks('they beat Tbilisi'), 2, 3, 'location')).toBe(false);
    expect(isSureMention(toks('Pellegrini said'), 0, 1, 'person')).toBe(false);
  });

  it('turns tagger margins into a capped 0–1 confidence', () => {
    expect(spanConfidence(undefined, 0, 1)).toBe(1);
    expect(spanConfidence([0, 0], 0, 2)).toBe(0);
    expect(spanConfidence([100_000], 0, 1)).toBe(1);
    const c = spanConfidence([200, 400], 0, 2);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('reports a non-negative margin per token when asked, without changing the tags', () => {
    const sents = [['Talks', 'between', 'Wang', 'Yi', 'and', 'officials', 'in', 'Nairobi', 'ended', '.']];
    const margins: number[][] = [];
    const withMargins = tagDocument(sents, undefined, undefined, margins);
    expect(withMargins).toEqual(tagDocument(sents));
    expect(margins[0]).toHaveLength(sents[0]!.length);
    for (const x of margins[0]!) expect(x).toBeGreaterThanOrEqual(0);
  });

  it('keeps one type for a name across headline, body and captions', () => {
    const ents = extractEntities({
      title: 'Marwick Holdings cuts jobs',
      paragraphs: ['Marwick Holdings Ltd said on Monday it would cut 200 jobs.', 'Marwick, which makes pumps, blamed weak orders.'],
      captions: ['Workers outside a Marwick plant.'],
    });
    const types = new Set(ents.filter((e) => [e.name, ...e.aliases].some((n) => n.startsWith('Marwick'))).map((e) => e.type));
    expect([...types]).toEqual(['organization']);
  });
});

describe('fixtures: the two sides of a match', () => {
  it('makes a town facing a club across "v" the club', () => {
    const tokens = ['Leicester', 'v', 'Corton', 'Rovers'];
    const tags = ['B-LOC', 'O', 'B-ORG', 'I-ORG'];
    alignVersusSides(tokens, tags);
    expect(tags).toEqual(['B-ORG', 'O', 'B-ORG', 'I-ORG']);
  });

  it('leaves a country (a national team is a place in CoNLL terms) and two places alone', () => {
    const tags = ['B-LOC', 'O', 'B-ORG', 'I-ORG'];
    alignVersusSides(['Brazil', 'v', 'Corton', 'Rovers'], tags);
    expect(tags[0]).toBe('B-LOC');
    const two = ['B-LOC', 'O', 'B-LOC'];
    alignVersusSides(['Manchester', 'vs.', 'Leeds'], two);
    expect(two).toEqual(['B-LOC', 'O', 'B-LOC']);
  });

  it('makes two towns of a fixture list their clubs, and a place the tagger guessed facing a club', () => {
    const tokens = ['Ashby', 'v', 'Corton', ',', 'Hallam', 'v', 'Riverton', 'Wanderers'];
    const tags = ['B-LOC', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG'];
    alignVersusSides(tokens, tags);
    expect(tags).toEqual(['B-ORG', 'O', 'B-ORG', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG']);
  });

  it('keeps a fixture side a club when a place was named just before it', () => {
    // "Cardiff , Colchester v Hereford": the list's comma does not join Colchester to the place before it.
    const ents = extractEntities({ title: 'Fixtures', paragraphs: ['Played in Cardiff, Swansea v Hull Wanderers, Bristol v Norwich City.'], captions: [] });
    expect(ents.find((e) => e.name === 'Swansea')?.type).toBe('organization');
    expect(ents.find((e) => e.name === 'Cardiff')?.type).toBe('location');
  });

  it('keeps a club named like its country (the tagger\'s organization) when a score follows it', () => {
    const ents = extractEntities({ title: 'French league results', paragraphs: ['Results of French first division matches on Saturday:', 'Cannes 0 Monaco 2', 'Guingamp 2 Lens 1', 'Monaco 1 Bastia 1'], captions: [] });
    expect(ents.find((e) => e.name === 'Monaco')?.type).toBe('organization');
    // The country itself, in prose, stays a place.
    expect(extractEntities({ title: '', paragraphs: ['Prince Albert returned to Monaco on Sunday.'], captions: [] }).find((e) => e.name === 'Monaco')?.type).toBe('location');
  });

  it('types a city-named club in a fixture list as an organization', () => {
    const ents = extractEntities({ title: 'Weekend fixtures', paragraphs: ['League two: Manchester v Corton Rovers, Ashbury Athletic v Leeds.'], captions: [] });
    const city = ents.find((e) => e.name === 'Manchester');
    if (city) expect(city.type).toBe('organization');
  });
});

describe('nationality words', () => {
  it('keeps a country\'s adjectival short form used as an adjective out of the places', () => {
    // Prepare: "Thai" and "Saudi" are listed as short names of Thailand and Saudi Arabia.
    const ents = extractEntities({ title: 'Rice prices', paragraphs: ['Exporters said the benchmark Thai price held steady while Saudi buyers waited.'], captions: [] });
    // Assess: neither adjective becomes a location.
    expect(ents.filter((e) => e.type === 'location').map((e) => e.name)).not.toContain('Thai');
    expect(ents.filter((e) => e.type === 'location').map((e) => e.name)).not.toContain('Saudi');
  });

  it('still finds the country itself', () => {
    const ents = extractEntities({ title: '', paragraphs: ['Farmers in Thailand expect a larger harvest this year.'], captions: [] });
    expect(ents.find((e) => e.name === 'Thailand')).toMatchObject({ type: 'location', countryCode: 'TH' });
  });
});

describe('a nationality before a person', () => {
  it('leaves the nationality out of the name', () => {
    const ents = extractEntities({ title: '', paragraphs: ['Frenchwoman Amélie Dufresne took the stage ahead of Spaniard Iker Zubiaurre.'], captions: [] });
    const people = ents.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.some((n) => n.startsWith('Frenchwoman') || n.startsWith('Spaniard'))).toBe(false);
  });
});
