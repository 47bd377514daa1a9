import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lambdas/contracts/record.ts';
import { extractEntities, isSourcingLine, isTitleCased, splitDateline, stripAgencyCredit, stripCaptionCredit } from '../../../lambdas/core/extract/entities/index.ts';
import { ARTICLES } from './articles.ts';

/** The entity whose name or aliases include `name` with the given type. */
function find(ents: Entity[], name: string, type?: Entity['type']): Entity | undefined {
  return ents.find((e) => (e.name === name || e.aliases.includes(name)) && (!type || e.type === type));
}

function names(ents: Entity[]): string[] {
  return ents.flatMap((e) => [e.name, ...e.aliases]);
}

describe('extractEntities on articles in several styles', () => {
  for (const a of ARTICLES) {
    it(`${a.id}: finds its people, organizations and places`, () => {
      const ents = extractEntities(a.input);
      for (const x of a.expect) {
        const e = find(ents, x.name, x.type);
        expect(e, `${x.name} (${x.type}) in ${names(ents).join(', ')}`).toBeDefined();
        if (x.countryCode !== undefined) expect(e!.countryCode).toBe(x.countryCode);
        for (const al of x.aliases ?? []) expect([e!.name, ...e!.aliases]).toContain(al);
      }
      for (const n of a.absent) expect(names(ents)).not.toContain(n);
    });
  }

  it('ranks by mentions, then first appearance', () => {
    const ents = extractEntities(ARTICLES[0]!.input);
    for (let i = 1; i < ents.length; i++) expect(ents[i - 1]!.mentions).toBeGreaterThanOrEqual(ents[i]!.mentions);
  });
});

describe('names', () => {
  const one = (text: string) => extractEntities({ title: '', paragraphs: [text], captions: [] });

  it('strips titles and honorifics', () => {
    const ents = one('Ambassador Dmitry Zhirnov met Mr. John Howard and President Joe Biden in Washington on Monday.');
    expect(find(ents, 'Dmitry Zhirnov', 'person')).toBeDefined();
    expect(find(ents, 'Joe Biden', 'person')).toBeDefined();
    expect(names(ents).some((n) => /^(Ambassador|Mr\.|President) /.test(n))).toBe(false);
    expect(names(ents)).not.toContain('Monday');
  });

  it('merges a surname and a shortened name into the full person name', () => {
    const ents = one(
      'Foreign Ministry official Zamir Kabulov said talks would continue. Kabulov added that Moscow would decide later. "We will see," Kabulov said.',
    );
    const k = find(ents, 'Zamir Kabulov', 'person')!;
    expect(k.name).toBe('Zamir Kabulov');
    expect(k.aliases).toEqual(['Kabulov']);
    expect(k.mentions).toBe(3);
    expect(ents.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('normalises possessives', () => {
    const ents = one("Russia's foreign ministry and Germany's chancellor spoke about China’s plans.");
    for (const [n, cc] of [['Russia', 'RU'], ['Germany', 'DE'], ['China', 'CN']] as const) {
      expect(find(ents, n, 'location')?.countryCode).toBe(cc);
    }
    expect(names(ents).some((n) => n.includes("'s") || n.includes('’s'))).toBe(false);
  });

  it('links an acronym stated in parentheses to the full organization name', () => {
    const ents = one('The International Monetary Fund (IMF) cut its forecast. The IMF said growth would slow in Brazil.');
    const imf = find(ents, 'International Monetary Fund', 'organization')!;
    expect(imf.aliases).toContain('IMF');
    // "(IMF)" is itself a mention: three in all.
    expect(imf.mentions).toBe(3);
  });

  it('joins alternative names of one country', () => {
    const ents = one('The United States and Mexico agreed a deal. U.S. officials said Mexico would cut tariffs.');
    const us = find(ents, 'United States', 'location')!;
    expect(us.countryCode).toBe('US');
    expect(us.aliases).toContain('U.S.');
    expect(find(ents, 'Mexico')?.countryCode).toBe('MX');
  });

  it('gives cities their country code and unknown places none', () => {
    const ents = one('Protesters marched from Lagos to Abuja, then gathered near Tafawa Balewa Square.');
    expect(find(ents, 'Lagos', 'location')?.countryCode).toBe('NG');
    expect(find(ents, 'Abuja', 'location')?.countryCode).toBe('NG');
    const sq = find(ents, 'Tafawa Balewa Square');
    if (sq) expect(sq.countryCode).toBeNull();
    for (const e of ents) if (e.type !== 'location') expect(e.countryCode).toBeNull();
  });
});

describe('captions and credits', () => {
  it('drops photo credits', () => {
    expect(stripCaptionCredit('Taliban negotiators (Reuters)')).toBe('Taliban negotiators');
    expect(stripCaptionCredit('Olaf Scholz in Berlin. REUTERS/Lisi Niesner')).toBe('Olaf Scholz in Berlin.');
    expect(stripCaptionCredit('Fans in Rome. Photo: Jane Doe/AFP')).toBe('Fans in Rome.');
    expect(stripCaptionCredit('A quiet street in Kyiv')).toBe('A quiet street in Kyiv');
  });

  it('takes entities from captions but not the agency credit', () => {
    const ents = extractEntities({
      title: 'Talks resume',
      paragraphs: ['Negotiators met again.'],
      captions: ['Taliban co-founder Abdul Ghani Baradar and Chinese Foreign Minister Wang Yi (AP)'],
    });
    expect(find(ents, 'Abdul Ghani Baradar', 'person')).toBeDefined();
    expect(find(ents, 'Wang Yi', 'person')).toBeDefined();
    expect(find(ents, 'Taliban', 'organization')).toBeDefined();
    expect(names(ents)).not.toContain('AP');
  });

  it('recognises title-cased headlines only when their words are common words of the article', () => {
    const lower = new Set(['hold', 'meeting', 'discuss', 'crisis', 'security']);
    expect(isTitleCased('UN Security Council to Hold Emergency Meeting to Discuss Afghanistan Crisis'.split(' '), lower)).toBe(true);
    expect(isTitleCased('Romania - Cosmin Contra , Mihai Tararache'.split(' '), lower)).toBe(false);
    expect(isTitleCased('The council will hold a meeting on Monday'.split(' '), lower)).toBe(false);
  });
});

describe('the seed article', () => {
  const raw = readFileSync(new URL('../../../seeds/afghanistan-taliban-china-russia-scraped.txt', import.meta.url), 'utf8');
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const captions = blocks.filter((b) => /\((AP|Reuters)\)$/.test(b));
  const ents = extractEntities({ title: blocks[0]!, paragraphs: blocks.slice(1).filter((b) => !captions.includes(b)), captions });

  it('finds the key organizations, places and people', () => {
    expect(find(ents, 'Taliban', 'organization')).toBeDefined();
    for (const [n, cc] of [
      ['Kabul', 'AF'], ['Afghanistan', 'AF'], ['China', 'CN'], ['Russia', 'RU'], ['Moscow', 'RU'],
      ['Beijing', 'CN'], ['Xinjiang', 'CN'], ['Tianjin', 'CN'],
    ] as const) {
      expect(find(ents, n, 'location')?.countryCode, n).toBe(cc);
    }
    for (const n of ['Zamir Kabulov', 'Dmitry Zhirnov', 'Wang Yi', 'Abdul Ghani Baradar']) {
      expect(ents.find((e) => e.name === n)?.type, n).toBe('person');
    }
    expect(find(ents, 'Hua', 'person') ?? find(ents, 'Hua Chunying', 'person')).toBeDefined();
    expect(find(ents, 'Zamir Kabulov')!.aliases).toContain('Kabulov');
    expect(find(ents, 'Dmitry Zhirnov')!.aliases).toContain('Zhirnov');
  });

  it('keeps weekdays, titles and photo credits out', () => {
    const all = names(ents);
    for (const n of ['Monday', 'Tuesday', 'Sunday', 'AP', 'Ambassador Zhirnov', 'Ambassador Dmitry Zhirnov']) expect(all).not.toContain(n);
    expect(ents[0]!.name).toBe('Taliban');
  });

  it('reads the scraped text as it comes, captions and sourcing note among the paragraphs', () => {
    const asScraped = extractEntities({ title: blocks[0]!, paragraphs: blocks.slice(1), captions: [] });
    const all = names(asScraped);
    for (const n of ['AP', 'Reuters', 'AFP', 'Uyghur Muslim', 'Silk Roads', 'New Silk Roads', 'Monday']) expect(all, n).not.toContain(n);
    expect(find(asScraped, 'Rossiya 24', 'organization')).toBeDefined();
    expect(find(asScraped, 'Abdul Ghani Baradar', 'person')).toBeDefined();
    expect(asScraped[0]!.name).toBe('Taliban');
  });
});

describe('credits and sourcing notes in paragraphs', () => {
  it('strips a trailing agency credit from a line and recognises sourcing notes', () => {
    expect(stripAgencyCredit('Taliban negotiators (Reuters)')).toBe('Taliban negotiators');
    expect(stripAgencyCredit('Fans celebrate in Lagos (AP Photo/Sunday Alamba)')).toBe('Fans celebrate in Lagos');
    expect(stripAgencyCredit('The World Health Organization (WHO) said so.')).toBe('The World Health Organization (WHO) said so.');
    expect(isSourcingLine('(With information from AFP)')).toBe(true);
    expect(isSourcingLine('Additional reporting by Jane Doe in Lagos; Editing by John Smith')).toBe(true);
    expect(isSourcingLine('With prices rising, Reuters reported that…')).toBe(false);
  });

  it('types a name after an outlet word as an organization', () => {
    const ents = extractEntities({ title: '', paragraphs: ['He told the broadcaster Rossiya 24 and the newspaper Le Monde that talks would resume.'], captions: [] });
    expect(find(ents, 'Rossiya 24', 'organization')).toBeDefined();
    expect(find(ents, 'Le Monde', 'organization')).toBeDefined();
  });
});

describe('robustness', () => {
  it('never throws and stays bounded on odd input', () => {
    const odd = [
      '', '((((((((', '"'.repeat(5000), 'A. '.repeat(3000), 'U.S.'.repeat(2000), 'Ünïcødé Straße in München 🇩🇪',
      'x'.repeat(100_000), 'Mr. Mr. Mr. Mr.', "''s 's n't", '\u0000\uFFFF\uD800',
    ];
    for (const t of odd) {
      const ents = extractEntities({ title: t, paragraphs: [t, t], captions: [t] });
      expect(Array.isArray(ents)).toBe(true);
    }
    // Non-array / missing fields from a bad caller still give an array.
    expect(extractEntities({} as never)).toEqual([]);
  });

  it('handles non-English text without inventing English structure', () => {
    const ents = extractEntities({
      title: 'Bundeskanzler Scholz reist nach Paris',
      paragraphs: [
        'Olaf Scholz trifft am Montag Emmanuel Macron in Paris. Die Gespräche mit Frankreich gelten als schwierig, weil die Regierung in Berlin und die Opposition im Bundestag über die Haushaltspolitik streiten. Nach Angaben der Bundesregierung sollen auch die Finanzminister beider Länder teilnehmen.',
      ],
      captions: [],
    });
    expect(find(ents, 'Paris', 'location')?.countryCode).toBe('FR');
    expect(find(ents, 'Frankreich', 'location')?.countryCode).toBe('FR');
    expect(find(ents, 'Emmanuel Macron', 'person')).toBeDefined();
    // Capitalised German nouns are not names.
    for (const n of ['Die Gespräche', 'Gespräche', 'Regierung', 'Opposition', 'Haushaltspolitik', 'Finanzminister', 'Montag']) expect(names(ents)).not.toContain(n);
  });
});

describe('spelling', () => {
  const one = (text: string) => extractEntities({ title: '', paragraphs: [text], captions: [] });

  it('keeps the text’s own apostrophes in names and does not list apostrophe or case variants as aliases', () => {
    const ents = one("The late Irish senator Patrick O’Brien was buried in Dublin. O'Brien, who grew up in DUBLIN, left Ireland in 1990.");
    const p = ents.find((e) => e.type === 'person')!;
    expect(p.name).toBe('Patrick O’Brien');
    expect(p.aliases).toEqual(["O'Brien"]); // as the text spells it there
    const dublin = find(ents, 'Dublin', 'location')!;
    expect(dublin.aliases).toEqual([]);
    expect(dublin.mentions).toBe(2);
  });
});

describe('span repairs', () => {
  const run = (paragraphs: string[], title = '') => extractEntities({ title, paragraphs, captions: [] });

  it('splits two companies joined by "and" after a closing word like Group or Industries', () => {
    const ents = run(['Mr. Singh met executives from Tata Group and Reliance Industries in Mumbai on Friday.']);
    expect(find(ents, 'Tata Group', 'organization')).toBeDefined();
    expect(find(ents, 'Reliance Industries', 'organization')).toBeDefined();
    expect(names(ents)).not.toContain('Tata Group and Reliance Industries');
  });

  it('keeps one agency whose name has "and" inside it', () => {
    const ents = run(['The U.S. Securities and Exchange Commission (SEC) declined to comment on Tuesday.']);
    expect(find(ents, 'U.S. Securities and Exchange Commission', 'organization')?.aliases).toContain('SEC');
  });

  it('treats a name after an honorific as a person even when the tagger hesitates', () => {
    const ents = run([
      'Australian Prime Minister Anthony Albanese signed the agreement in New Delhi on Wednesday.',
      'Mr. Albanese later travelled to Mumbai to meet business leaders.',
    ]);
    expect(find(ents, 'Anthony Albanese', 'person')?.mentions).toBe(2);
  });

  it('reads a known city after "of" as the place, and a sentence-initial participle as no name', () => {
    const ents = run([
      "Born in Dublin, Ireland, O'Neill emigrated to the United States in 1958.",
      "She is survived by her son, Michael O'Neill of Chicago, and daughter Anne Kowalski of Denver.",
    ]);
    expect(find(ents, 'Denver', 'location')?.countryCode).toBe('US');
    expect(find(ents, 'Denver', 'person')).toBeUndefined();
    expect(names(ents)).not.toContain('Born');
    expect(find(ents, 'Dublin', 'location')?.countryCode).toBe('IE');
  });

  it('leaves role modifiers out of the organization before a role', () => {
    const ents = run(['Senate Majority Leader Chuck Schumer said the bill would pass. House Minority Whip Katherine Clark agreed.']);
    expect(find(ents, 'Chuck Schumer', 'person')).toBeDefined();
    expect(find(ents, 'Katherine Clark', 'person')).toBeDefined();
    expect(names(ents)).not.toContain('Senate Majority');
    expect(names(ents)).not.toContain('House Minority');
  });

  it('drops generic nouns standing alone as names', () => {
    const ents = run(['The Portland City Council voted 4-1 on Wednesday to add bike lanes along Main Street.'], 'City council approves bike lanes');
    expect(find(ents, 'Portland City Council', 'organization')).toBeDefined();
    expect(names(ents)).not.toContain('City');
  });
});

describe('datelines and lone surnames', () => {
  it('reads a capitals-only dateline as the place filed from, in the gazetteer casing', () => {
    const ents = extractEntities({
      title: 'Microsoft to buy gaming startup',
      paragraphs: ['SEATTLE — Microsoft Corp. said on Tuesday it agreed to acquire a small games studio for about $2 billion.'],
      captions: [],
    });
    expect(find(ents, 'Seattle', 'location')?.countryCode).toBe('US');
    expect(find(ents, 'SEATTLE', 'organization')).toBeUndefined();
    expect(find(ents, 'Microsoft Corp.', 'organization')).toBeDefined();
  });

  it('reads the words after a dateline dash as the start of the story', () => {
    const ents = extractEntities({
      title: 'Lakers beat Celtics',
      paragraphs: ['LOS ANGELES — LeBron James scored 32 points as the Los Angeles Lakers beat the Boston Celtics 118-110 on Saturday night.'],
      captions: [],
    });
    expect(find(ents, 'LeBron James', 'person')).toBeDefined();
    expect(find(ents, 'Los Angeles', 'location')?.countryCode).toBe('US');
    expect(find(ents, 'Los Angeles Lakers', 'organization')).toBeDefined();
  });

  it('keeps a country a place in a possessive before an organization, and labs are organizations', () => {
    const ents = extractEntities({
      title: 'Water ice found near lunar south pole',
      paragraphs: [
        "Researchers at NASA's Jet Propulsion Laboratory in Pasadena found the ice. The European Space Agency and India's ISRO plan landers in the region by 2027.",
      ],
      captions: [],
    });
    expect(find(ents, 'India', 'location')?.countryCode).toBe('IN');
    expect(find(ents, 'Jet Propulsion Laboratory', 'organization')).toBeDefined();
    expect(find(ents, 'European Space Agency', 'organization')).toBeDefined();
  });

  it('counts a surname the tagger was unsure of when the article names the person in full', () => {
    const ents = extractEntities({
      title: 'Modi, Albanese sign trade pact in New Delhi',
      paragraphs: ['Indian Prime Minister Narendra Modi and his Australian counterpart Anthony Albanese signed a trade agreement on Wednesday.'],
      captions: [],
    });
    const a = find(ents, 'Anthony Albanese', 'person');
    expect(a?.mentions).toBe(2);
    expect(a?.aliases).toContain('Albanese');
  });
});

describe('names with particles', () => {
  it('keeps von/der/bin/al- inside person names and merges the sentence-initial form', () => {
    const ents = extractEntities({
      title: 'EU weighs tariffs',
      paragraphs: [
        'European Commission President Ursula von der Leyen spoke with Chinese President Xi Jinping on Friday.',
        'Saudi Crown Prince Mohammed bin Salman is expected in Brussels next week. Von der Leyen said Europe would defend its interests.',
        'Bashar al-Assad, the former Syrian president, remains in Moscow.',
      ],
      captions: [],
    });
    const u = find(ents, 'Ursula von der Leyen', 'person');
    expect(u?.mentions).toBe(2);
    expect(find(ents, 'Mohammed bin Salman', 'person')).toBeDefined();
    expect(find(ents, 'Bashar al-Assad', 'person')).toBeDefined();
    for (const n of ['Ursula', 'Leyen', 'Salman', 'al-Assad']) expect(ents.find((e) => e.name === n), n).toBeUndefined();
  });

  it('reads a capitalised particle mid-sentence as the start of a name, not the city of Van', () => {
    const ents = extractEntities({
      title: 'Springboks beat All Blacks',
      paragraphs: [
        'Scrum-half Joost van der Westhuizen scored the opening try. Referee Derek Bevan allowed Van der Westhuizen to take a quick penalty.',
        'A second penalty from Van der Westhuizen sealed it.',
      ],
      captions: [],
    });
    expect(find(ents, 'Joost van der Westhuizen', 'person')?.mentions).toBe(3);
    expect(names(ents)).not.toContain('der Westhuizen');
    expect(find(ents, 'Van', 'location')).toBeUndefined();
  });

  it('keeps a given name that is also a title word ("Dean Jones")', () => {
    const ents = extractEntities({ title: '', paragraphs: ['Dean Jones scored 45 for Australia. Jones was out soon after.'], captions: [] });
    expect(find(ents, 'Dean Jones', 'person')?.mentions).toBe(2);
  });

  it('splits a dateline only before running text, not inside a capitals-only headline', () => {
    expect(splitDateline('LOS ANGELES — LeBron James scored .'.split(' '))).toHaveLength(2);
    expect(splitDateline('GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN .'.split(' '))).toHaveLength(1);
  });
});

describe('appositions and products', () => {
  it('makes a name in apposition to a role a person, and a product with a letter no person', () => {
    const ents = extractEntities({
      title: 'Tesla recalls vehicles over camera fault',
      paragraphs: [
        'Tesla Inc is recalling more than 200,000 vehicles in the United States, the National Highway Traffic Safety Administration (NHTSA) said on Friday.',
        "The recall covers some Model S vehicles. Elon Musk, Tesla's chief executive, did not respond to a request for comment.",
      ],
      captions: [],
    });
    expect(find(ents, 'Elon Musk', 'person')).toBeDefined();
    expect(find(ents, 'Model S', 'person')).toBeUndefined();
    expect(find(ents, 'National Highway Traffic Safety Administration', 'organization')?.aliases).toContain('NHTSA');
  });
});

describe('wire datelines and compound place names', () => {
  it('drops the agency of a dateline and keeps the place', () => {
    expect(stripAgencyCredit('ABUJA, Nigeria (Reuters) - The Central Bank of Nigeria raised rates.')).toBe('ABUJA, Nigeria - The Central Bank of Nigeria raised rates.');
    const ents = extractEntities({
      title: 'Nigeria raises rates',
      paragraphs: ['ABUJA, Nigeria (Reuters) - The Central Bank of Nigeria raised its benchmark rate on Tuesday, Governor Olayemi Cardoso told reporters.'],
      captions: [],
    });
    expect(names(ents)).not.toContain('Reuters');
    expect(find(ents, 'Abuja', 'location')?.countryCode).toBe('NG');
    expect(find(ents, 'Central Bank of Nigeria', 'organization')).toBeDefined();
  });

  it('keeps particles inside place names', () => {
    const ents = extractEntities({
      title: 'Floods in southern Brazil',
      paragraphs: ['The death toll from floods in the southern Brazilian state of Rio Grande do Sul rose to 100 on Wednesday.'],
      captions: [],
    });
    expect(find(ents, 'Rio Grande do Sul', 'location')).toBeDefined();
    expect(names(ents)).not.toContain('Sul');
  });
});

describe('other languages', () => {
  it('types known names by the gazetteer when the text is not English', () => {
    const ents = extractEntities({
      title: "Macron reçoit Zelensky à l'Élysée",
      paragraphs: [
        "Le président Emmanuel Macron a reçu mardi son homologue ukrainien Volodymyr Zelensky au palais de l'Élysée, à Paris. Les deux dirigeants ont évoqué l'aide militaire et la reconstruction.",
        "Selon le ministère des Affaires étrangères, une conférence aura lieu à Lyon en mars avec des représentants de l'Union européenne et de l'Otan.",
      ],
      captions: [],
    });
    expect(find(ents, 'Lyon', 'location')?.countryCode).toBe('FR');
    expect(find(ents, 'Paris', 'location')?.countryCode).toBe('FR');
    expect(find(ents, 'Emmanuel Macron', 'person')).toBeDefined();
    expect(find(ents, 'Les', undefined)).toBeUndefined();
  });
});

describe('nicknames', () => {
  it('reads a quoted nickname between given and family name as part of one person', () => {
    const ents = extractEntities({
      title: 'Longtime teacher dies at 87',
      paragraphs: ['Margaret "Peggy" O\'Neill, who taught English for 35 years, died Tuesday. O\'Neill was 87.', 'Roberto "Hands of Stone" Duran fought in Atlantic City.'],
      captions: [],
    });
    expect(find(ents, "Margaret O'Neill", 'person')?.mentions).toBe(2);
    expect(find(ents, 'Roberto Duran', 'person')).toBeDefined();
    for (const n of ['Peggy', 'Margaret', 'Hands of Stone', 'Roberto']) expect(ents.find((e) => e.name === n), n).toBeUndefined();
  });
});

describe('organization names that start with a place or person', () => {
  it('extends a place or person to a following organization head, but not across a country possessive', () => {
    const ents = extractEntities({
      title: 'Longtime teacher dies',
      paragraphs: [
        "O'Neill taught English at Springfield High School for 35 years. Services will be held at St. Mary's Catholic Church on Saturday.",
        "Germany's Foreign Ministry said so. Students at Kabul University protested. The Chinese Ministry of Commerce did not comment.",
      ],
      captions: [],
    });
    expect(find(ents, 'Springfield High School', 'organization')).toBeDefined();
    expect(find(ents, "St. Mary's Catholic Church", 'organization')).toBeDefined();
    expect(find(ents, 'Kabul University', 'organization')).toBeDefined();
    expect(find(ents, 'Germany', 'location')?.countryCode).toBe('DE');
    expect(find(ents, 'Foreign Ministry', 'organization')).toBeDefined();
    expect(find(ents, 'Ministry of Commerce', 'organization')).toBeDefined();
    expect(names(ents)).not.toContain('of Commerce');
  });
});
