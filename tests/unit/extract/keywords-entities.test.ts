/**
 * Keywords with the record's entities: hand-written articles in several styles (wire, sports,
 * business, council, Russian), with what a news analyst expects in the top five and what must not
 * appear (aliases and name parts beside the full name, verbs, sentence-initial capitals).
 */
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '#contracts/record.ts';
import { extractKeywords } from '#core/extract/keywords.ts';

const ent = (name: string, type: EntityType, mentions: number, aliases: string[] = []): Entity => ({ name, type, mentions, aliases, countryCode: null });
const lower = (k: string[]): string[] => k.map((x) => x.toLowerCase());

describe('keywords with entities', () => {
  it('wire: the canonical name once (not its surname), no verbs', () => {
    const title = 'Russian envoy meets Taliban leaders in Kabul';
    const paras = [
      'KABUL (Reuters) - Zamir Kabulov, the Kremlin’s special envoy for Afghanistan, met Taliban leaders in Kabul on Tuesday and said Moscow would keep its embassy open.',
      'Kabulov said the talks set a "constructive tone". The Taliban delegation hit back at Western criticism of its government.',
      'Kabulov added that Russia expected the Taliban to protect the embassy and its staff. The embassy has stayed open throughout the crisis.',
      'Prices of bread rose sharply in Kabul this month as the currency fell, residents said.',
    ];
    const entities = [
      ent('Taliban', 'organization', 3),
      ent('Zamir Kabulov', 'person', 3, ['Kabulov']),
      ent('Kabul', 'location', 3),
      ent('Kremlin', 'organization', 1),
      ent('Afghanistan', 'location', 1),
      ent('Moscow', 'location', 1),
      ent('Russia', 'location', 1),
    ];
    const k = extractKeywords(title, paras, 'en', entities);
    expect(k.slice(0, 5)).toEqual(expect.arrayContaining(['Zamir Kabulov', 'Taliban', 'embassy', 'Kabul']));
    for (const w of ['Kabulov', 'Zamir', 'rose', 'hit', 'set', 'fell', 'met', 'stayed', 'added']) expect(k).not.toContain(w);
  });

  it('sports: the scorer by his full name, both clubs, no match verbs', () => {
    const title = 'Rivera hat-trick sends Rovers top';
    const paras = [
      'Marco Rivera scored a hat-trick as Rovers beat Albion 4-1 at Meadow Park on Saturday to go top of the league.',
      'Rivera opened the scoring after ten minutes. Albion hit the post twice before the break, and Rovers set up the second goal from a corner.',
      'Rivera struck again early in the second half and completed his hat-trick with a penalty. "I have waited a long time for this," Rivera said.',
      'Rovers manager Hannah Webb said the league title was now in their hands. Albion have won once in eight games.',
    ];
    const entities = [
      ent('Marco Rivera', 'person', 5, ['Rivera']),
      ent('Rovers', 'organization', 4),
      ent('Albion', 'organization', 3),
      ent('Meadow Park', 'location', 1),
      ent('Hannah Webb', 'person', 1),
    ];
    const k = extractKeywords(title, paras, 'en', entities);
    expect(k.slice(0, 5)).toEqual(expect.arrayContaining(['Marco Rivera', 'Rovers', 'hat-trick', 'Albion']));
    expect(k.indexOf('Marco Rivera')).toBeLessThan(3);
    for (const w of ['Rivera', 'Marco', 'hit', 'set', 'struck', 'won', 'beat', 'opened', 'scored', 'completed', 'waited']) expect(lower(k)).not.toContain(w.toLowerCase());
  });

  it('business: company by its full name; a sentence-initial "Demand" or "Shares" is an ordinary word', () => {
    const title = 'Norvale profit jumps as demand for batteries grows';
    const paras = [
      'Norvale Energy reported a 40% rise in quarterly profit on Thursday as demand for its batteries rose across Europe.',
      'Shares in Norvale Energy rose 6% in early trading. Demand for batteries has grown as carmakers expand electric production.',
      'Chief executive Lena Fischer said battery orders had doubled. "Demand is running ahead of supply," Fischer said.',
      'Profit was hit by higher lithium costs, the company said, and Norvale set aside money for a new plant in Poland.',
    ];
    const entities = [
      ent('Norvale Energy', 'organization', 4, ['Norvale']),
      ent('Lena Fischer', 'person', 2, ['Fischer']),
      ent('Europe', 'location', 1),
      ent('Poland', 'location', 1),
    ];
    const k = extractKeywords(title, paras, 'en', entities);
    expect(k.slice(0, 5)).toEqual(expect.arrayContaining(['Norvale Energy', 'demand', 'batteries', 'profit']));
    expect(k).toContain('Lena Fischer');
    for (const w of ['Norvale', 'Fischer', 'Demand', 'Shares', 'Profit', 'rose', 'hit', 'set', 'doubled', 'grown', 'grows', 'reported']) expect(k).not.toContain(w);
  });

  it('council: the topic phrase, the council and the councillor; no verbs', () => {
    const title = 'Council approves new cycle lanes on High Street';
    const paras = [
      'Riverton Borough Council approved plans for new cycle lanes on the High Street on Monday night, despite objections from traders.',
      'Councillor Amir Shah, who proposed the scheme, said the cycle lanes would make the street safer. Traders said the lanes would hit their business.',
      'The council set aside £400,000 for the work. Construction of the cycle lanes will begin in spring.',
      'Shah said the council had listened to residents. Objections fell after a second consultation, council officers said.',
    ];
    const entities = [
      ent('Amir Shah', 'person', 2, ['Shah']),
      ent('High Street', 'location', 2),
      ent('Riverton Borough Council', 'organization', 1),
    ];
    const k = extractKeywords(title, paras, 'en', entities);
    expect(k.slice(0, 5)).toEqual(expect.arrayContaining(['cycle lanes', 'council', 'Amir Shah']));
    expect(k).toContain('traders');
    expect(k).toContain('High Street'); // a capitalised stopword inside a known name
    for (const w of ['Shah', 'Amir', 'set', 'hit', 'fell', 'approved', 'proposed', 'listened', 'Objections', 'Traders', 'Construction']) expect(k).not.toContain(w);
  });

  it('a word written in lower case elsewhere stays a word of its own; a part only ever capitalised stands for the name', () => {
    const k = extractKeywords('Dockworkers strike at Gulf Coast ports', [
      'Dockworkers walked out at Gulf Coast ports on Wednesday. The strike closed the Port of Houston.',
      'The Gulf Coast ports handle a fifth of US container traffic. Port operators said the strike would cost millions. The port strike is the first since 1977.',
    ], 'en', [ent('Gulf Coast', 'location', 2), ent('Port of Houston', 'organization', 1), ent('US', 'location', 1)]);
    expect(k).toContain('strike');
    expect(k.some((x) => /\bport\b/.test(x))).toBe(true);
    expect(k).toContain('dockworkers'); // only sentence-initial, and no entity
    for (const w of ['Gulf', 'Coast', 'Houston', 'walked', 'closed', 'Dockworkers']) expect(k).not.toContain(w);
  });

  it('Cyrillic: the name as the article writes it; a name in another script is no keyword', () => {
    const title = 'Лавров провёл переговоры с делегацией талибов';
    const paras = [
      'Министр иностранных дел Сергей Лавров провёл переговоры с делегацией талибов в Москве.',
      'Лавров заявил, что посольство в Кабуле продолжит работу. Делегация талибов обсудила поставки зерна.',
      'По словам Лаврова, переговоры были полезными, и посольство останется открытым.',
    ];
    const entities = [
      ent('Сергей Лавров', 'person', 3, ['Лавров', 'Лаврова']),
      ent('Москве', 'location', 1),
      ent('Russia', 'location', 1), // a gazetteer form in another script
    ];
    const k = extractKeywords(title, paras, 'ru', entities);
    expect(k.slice(0, 5)).toContain('Сергей Лавров');
    expect(k.slice(0, 5)).toEqual(expect.arrayContaining(['переговоры', 'посольство']));
    for (const w of ['Лавров', 'Лаврова', 'Russia']) expect(k).not.toContain(w);
  });

  it('without entities nothing changes shape; odd entity input never throws', () => {
    const paras = ['The Senate passed the bill. The Senate vote was close.', 'The bill now goes to the House.'];
    expect(extractKeywords('Senate passes bill', paras, 'en')).toContain('Senate');
    const odd = [null, { name: 42 }, { name: 'x'.repeat(500), mentions: 'many' }, { name: 'Senate', mentions: Number.NaN, aliases: 'no' }] as unknown as Entity[];
    expect(() => extractKeywords('Senate passes bill', paras, 'en', odd)).not.toThrow();
    expect(extractKeywords('Senate passes bill', paras, 'en', odd)).toContain('Senate');
  });

  // Speed with many entities is measured in bench/, not asserted here.
  it('a long article with hundreds of entities still ranks the topic first', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} Surname${i}`);
    const paras = Array.from({ length: 400 }, (_, i) => `${names[i % names.length]} said the port strike would continue, and ${names[(i * 7) % names.length]} disagreed about the strike.`);
    const entities = names.map((n, i) => ent(n, 'person', 2, [`Surname${i}`]));
    const k = extractKeywords('Port strike continues', paras, 'en', entities);
    expect(k[0]).toBe('port strike');
  });
});
