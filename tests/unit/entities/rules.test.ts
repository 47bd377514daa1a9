import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lambdas/contracts/record.ts';
import { extractEntities } from '../../../lambdas/core/extract/entities/index.ts';
import { acceptableName, closesOrgName, impliedType, stateName } from '../../../lambdas/core/extract/entities/names.ts';

const run = (title: string, ...paragraphs: string[]): Entity[] => extractEntities({ title, paragraphs, captions: [] });
const all = (ents: Entity[]): string[] => ents.flatMap((e) => [e.name, ...e.aliases]);
const typeOf = (ents: Entity[], name: string): string | undefined => ents.find((e) => e.name === name || e.aliases.includes(name))?.type;

describe('post-tagging rules', () => {
  it('strips a leading determiner from any name, keeping a name\'s own "The"', () => {
    const a = run('Cabinet clears rail plan', 'The Union Cabinet on Wednesday approved the new rail corridor, a minister said.');
    expect(all(a).some((n) => /^The /.test(n))).toBe(false);
    const b = run('', 'The European Commission fined the company on Tuesday, a spokesperson in Brussels said.');
    expect(typeOf(b, 'European Commission')).toBe('organization');
    expect(all(b)).not.toContain('The European Commission');
    // A "The" that is part of the name stays: a known one, or one capitalised mid-sentence.
    const c = run('', 'Judges at the court in The Hague ruled on Monday.');
    expect(typeOf(c, 'The Hague')).toBe('location');
  });

  it('takes a market, an observatory or a bureau\'s newsroom for an organization', () => {
    const a = run('', 'Traders on the Westhaven Metals Exchange bid higher, the Karsk Seismic Observatory said, according to the Port Ellery Newsroom.');
    for (const n of ['Westhaven Metals Exchange', 'Karsk Seismic Observatory', 'Port Ellery Newsroom']) expect(typeOf(a, n)).toBe('organization');
  });

  it('takes a name closed by "Limited" or "Incorporated" for an organization', () => {
    expect(impliedType(['Dorab', 'Weaving', 'Limited'])).toBe('organization');
    expect(impliedType(['Mirzan', 'Incorporated'])).toBe('organization');
    expect(closesOrgName('Limited')).toBe(true);
    expect(impliedType(['Mirzan', 'Dorab'])).toBeNull();
  });

  it('takes no name joined to a participle by a hyphen ("Kremlin-backed"), but keeps a romanised given name', () => {
    expect(acceptableName(['South', 'Korean-related'])).toBe(false);
    expect(acceptableName(['Harlow-based'])).toBe(false);
    expect(acceptableName(['U.S.-style'])).toBe(false);
    expect(acceptableName(['Kim', 'Dae-jung'])).toBe(true);
    expect(acceptableName(['Lee', 'Young-hoon'])).toBe(true);
    expect(all(run('', 'Kim Dae-jung spoke in Seoul on Monday.'))).toContain('Kim Dae-jung');
  });

  it('drops a lone generic word (Union, Centre, Government, Cabinet)', () => {
    const a = run('Funding row', 'The Union and the Centre have been at odds over funding, and the Centre said the Cabinet would meet again.');
    for (const n of ['Union', 'Centre', 'Cabinet']) expect(all(a)).not.toContain(n);
    const b = run('', 'The Government said on Friday it would appeal, while the Opposition called for a vote in Parliament.');
    for (const n of ['Government', 'Opposition']) expect(all(b)).not.toContain(n);
    // Inside a name the word still counts.
    const c = run('', 'Leaders of the European Union met in Brussels on Thursday.');
    expect(typeOf(c, 'European Union')).toBeDefined();
  });

  it('never keeps an everyday capitals abbreviation (AI, TV, CEO, GDP) as an entity', () => {
    const a = run('AI rules', 'Companies using AI must disclose it, the European Commission said.', 'The rise of AI has worried regulators in Brussels.');
    expect(all(a)).not.toContain('AI');
    expect(typeOf(a, 'European Commission')).toBe('organization');
    const b = run('', 'GDP grew 2 percent, the CEO told TV viewers, and the IPO was delayed.');
    for (const n of ['GDP', 'CEO', 'TV', 'IPO']) expect(all(b)).not.toContain(n);
    // An organization acronym the gazetteer knows stays.
    const c = run('', 'NATO leaders met in Vilnius on Tuesday.');
    expect(typeOf(c, 'NATO')).toBe('organization');
  });

  it('reads a known place after a preposition of place, and any name after "near", as a location', () => {
    const a = run('Floods', 'Heavy rain flooded homes in Somerset and Sussex on Tuesday, the Environment Agency said.');
    expect(typeOf(a, 'Somerset')).toBe('location');
    expect(typeOf(a, 'Sussex')).toBe('location');
    const b = run('Bushfires', 'Fires near Bairnsdale in Victoria forced hundreds of people to leave their homes.');
    expect(typeOf(b, 'Bairnsdale')).toBe('location');
    // An owner's possessive is no place ("near Anthropic's offices").
    const c = run('', 'Protesters gathered near Anthropic\'s offices in San Francisco on Friday.');
    expect(typeOf(c, 'Anthropic')).not.toBe('location');
  });

  it('makes a name ending in an organization head word an organization, never a person', () => {
    const a = run('Rail strike', 'Network Rail said services would resume on Monday.', 'A spokesperson for Network Rail apologised to passengers.');
    expect(typeOf(a, 'Network Rail')).toBe('organization');
    const b = run('', 'Shares in Harbor Energy fell after Tullow Oil and Harbor Energy Services reported losses.');
    expect(typeOf(b, 'Harbor Energy Services')).toBe('organization');
    const c = run('', 'Greg Hands, a reporter for Sky News, said the Associated Press had the story first.');
    expect(typeOf(c, 'Sky News')).toBe('organization');
  });

  it('leaves journals, book titles and named seasons out', () => {
    const a = run('Study', 'The study, published in Nature, found that smoke from the Black Summer fires damaged the ozone layer.');
    expect(all(a)).not.toContain('Nature');
    expect(all(a)).not.toContain('Black Summer');
    const b = run('', 'Jane Jacobs wrote The Death and Life of Great American Cities in 1961.');
    expect(typeOf(b, 'Jane Jacobs')).toBe('person');
    expect(all(b).some((n) => /Cities/.test(n))).toBe(false);
    const c = run('', 'Her memoir Becoming sold millions, and the film Top Gun Maverick was a hit after the Arab Spring.');
    expect(all(c)).not.toContain('Top Gun Maverick');
    expect(all(c)).not.toContain('Arab Spring');
    // A person named right after a work word is still a person when no title is sure.
    const e = run('', 'In the book Obama wrote after leaving office, Michelle Obama appears often.');
    expect(typeOf(e, 'Obama')).toBe('person');
    // Newspapers read or written to are still organizations, and a singer named Summer a person.
    const d = run('', 'She read The Times every morning and wrote The Guardian a letter.', 'Donna Summer sang in Boston.');
    expect(typeOf(d, 'The Times')).toBe('organization');
    expect(typeOf(d, 'The Guardian')).toBe('organization');
    expect(typeOf(d, 'Donna Summer')).toBe('person');
  });

  it('keeps a nationality adjective opening an organization name', () => {
    const a = run('Heart research', 'The British Heart Foundation funded the research, said Dr Sonya Babu-Narayan.');
    expect(typeOf(a, 'British Heart Foundation')).toBe('organization');
    expect(all(a)).not.toContain('Heart Foundation');
    const b = run('', 'Researchers at the American Heart Association agreed.');
    expect(typeOf(b, 'American Heart Association')).toBe('organization');
    // The adjective opening a short run the tagger called something else joins too.
    const d = run('', 'The Indian Space Research Organisation launched a rocket on Sunday.');
    expect(typeOf(d, 'Indian Space Research Organisation')).toBe('organization');
    // A government body described by a nationality stays apart.
    const c = run('', 'The Chinese Foreign Ministry said on Monday that talks would continue.');
    expect(all(c)).not.toContain('Chinese Foreign Ministry');
  });

  it('reads a US state abbreviation as the state', () => {
    expect(stateName('Calif.')).toBe('California');
    expect(stateName('N.Y.')).toBe('New York');
    expect(stateName('Calif')).toBeUndefined();
    expect(stateName('constructor.')).toBeUndefined();
    const a = run('Quake', 'SAN FRANCISCO, Calif. (Reuters) - A quake shook the city.', 'Residents of Oakland, Calif., felt it too, and officials in California said damage was light.');
    const ca = a.filter((e) => e.name === 'California' || e.aliases.includes('Calif.'));
    expect(ca).toHaveLength(1);
    expect(ca[0]!.countryCode).toBe('US');
    expect(typeOf(a, 'Oakland')).toBe('location');
    const b = run('', 'The company, based in Austin, Tex., hired 200 people.');
    const tx = b.find((e) => e.name === 'Tex.');
    expect(tx?.type).toBe('location');
    expect(tx?.countryCode).toBe('US');
    expect(typeOf(b, 'Austin')).toBe('location');
  });
});

describe('headline names', () => {
  it('cuts a headline name that runs on into the headline\'s verb back to the name the body uses', () => {
    const a = run('The Union Cabinet Approves Rail Corridor', 'The Union Cabinet approved the corridor, which had been proposed in March.');
    expect(all(a)).toContain('Union Cabinet');
    expect(all(a).some((n) => /Approves/.test(n))).toBe(false);
    const b = run('Goldman Sachs Reports Record Profit', 'Goldman Sachs said on Tuesday that profit rose to a record.');
    expect(typeOf(b, 'Goldman Sachs')).toBe('organization');
    expect(all(b).some((n) => /Reports/.test(n))).toBe(false);
    // An organization head after the name is the name's own.
    const c = run('Deutsche Bank Cuts Jobs', 'Deutsche Bank said it would cut jobs, Deutsche said.');
    expect(all(c).some((n) => /Cuts/.test(n))).toBe(false);
  });
});
