import { describe, expect, it } from 'vitest';
import { mergeMentions, type Mention } from '../../../lambdas/core/extract/entities/merge.ts';

let order = 0;
const m = (name: string, type: Mention['type'], acronym?: string): Mention => ({
  name,
  tokens: name.split(' '),
  type,
  order: order++,
  ...(acronym ? { acronym } : {}),
});

describe('mergeMentions', () => {
  it('joins a surname to the most mentioned person who has it', () => {
    const ents = mergeMentions([m('Margaret Ellison', 'person'), m('Margaret Ellison', 'person'), m('David Ellison', 'person'), m('Ellison', 'person')]);
    expect(ents[0]).toMatchObject({ name: 'Margaret Ellison', mentions: 3, aliases: ['Ellison'] });
    expect(ents[1]).toMatchObject({ name: 'David Ellison', mentions: 1, aliases: [] });
  });

  it('links acronyms stated in parentheses and acronyms of initials', () => {
    const ents = mergeMentions([
      m('World Health Organization', 'organization', 'WHO'),
      m('WHO', 'organization'),
      m('European Central Bank', 'organization'),
      m('ECB', 'organization'),
    ]);
    expect(ents.find((e) => e.name === 'World Health Organization')!.aliases).toEqual(['WHO']);
    expect(ents.find((e) => e.name === 'European Central Bank')!.aliases).toEqual(['ECB']);
    expect(ents).toHaveLength(2);
  });

  it('takes the majority type for a spelling and drops corporate suffix variants', () => {
    const ents = mergeMentions([m('Apple Inc.', 'organization'), m('Apple', 'organization'), m('Apple', 'location'), m('Apple', 'organization')]);
    expect(ents).toEqual([{ name: 'Apple Inc.', type: 'organization', mentions: 4, aliases: ['Apple'], countryCode: null }]);
  });

  it('keeps a town the article surely uses as a place and as its club as both', () => {
    const w = (x: Mention, weight: number): Mention => ({ ...x, weight });
    const ents = mergeMentions([w(m('Boston', 'organization'), 1), w(m('Boston', 'organization'), 0.8), w(m('Boston', 'location'), 1)]);
    expect(ents.map((e) => [e.name, e.type, e.mentions])).toEqual([
      ['Boston', 'organization', 2],
      ['Boston', 'location', 1],
    ]);
    expect(ents[1]!.countryCode).toBe('US');
  });

  it('gives a town one type when one side of its vote is unsure, and a name no place ever two', () => {
    const w = (x: Mention, weight: number): Mention => ({ ...x, weight });
    const town = mergeMentions([w(m('Boston', 'organization'), 1), w(m('Boston', 'location'), 0.4)]);
    expect(town.map((e) => e.type)).toEqual(['organization']);
    const firm = mergeMentions([w(m('Vantrell', 'organization'), 1), w(m('Vantrell', 'location'), 1), w(m('Vantrell', 'organization'), 1)]);
    expect(firm.map((e) => e.type)).toEqual(['organization']);
  });

  it('joins a country’s names and case variants, with the country code', () => {
    const ents = mergeMentions([m('U.S.', 'location'), m('United States', 'location'), m('BERLIN', 'location'), m('Berlin', 'location')]);
    expect(ents.find((e) => e.name === 'United States')).toMatchObject({ aliases: ['U.S.'], countryCode: 'US', mentions: 2 });
    expect(ents.find((e) => e.name === 'Berlin')).toMatchObject({ aliases: [], countryCode: 'DE', mentions: 2 });
  });

  it('orders by mentions, then first appearance', () => {
    const ents = mergeMentions([m('Kabul', 'location'), m('Taliban', 'organization'), m('Taliban', 'organization'), m('Moscow', 'location')]);
    expect(ents.map((e) => e.name)).toEqual(['Taliban', 'Kabul', 'Moscow']);
  });
});
