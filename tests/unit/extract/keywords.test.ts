import { describe, expect, it } from 'vitest';
import { extractKeywords } from '#core/extract/keywords.ts';
import { seedParagraphs, seedTitle } from './seed.ts';

const flood = [
  'Heavy rain caused severe flooding in northern Italy on Tuesday, forcing thousands of residents from their homes.',
  'The flooding hit the Emilia-Romagna region hardest, where rivers burst their banks and the regional government declared an emergency.',
  'Emergency services said the flood water had reached the first floor of many homes. The regional government asked for national help.',
  'Farmers said the flooding destroyed crops across the region, and the regional government promised compensation.',
  'Forecasters expect more rain later this week.',
];

describe('extractKeywords', () => {
  it('ranks the recurring topic and names first, at most ten, with no term inside another', () => {
    const k = extractKeywords('Floods force thousands from homes in Italy', flood, 'en');
    expect(k.length).toBeGreaterThan(3);
    expect(k.length).toBeLessThanOrEqual(10);
    expect(k[0]).toBe('regional government');
    expect(k).toContain('flooding');
    expect(k).not.toContain('thousands');
    for (const a of k) for (const b of k) if (a !== b) expect(` ${b.toLowerCase()} `.includes(` ${a.toLowerCase()} `)).toBe(false);
  });
  it('keeps proper nouns capitalised and common nouns lower case', () => {
    const k = extractKeywords('Floods in Italy', flood, 'en');
    expect(k).toContain('Italy');
    expect(k).toContain('emergency');
    expect(k).not.toContain('Emergency');
  });
  it('keeps names apart from the roles written before them', () => {
    const k = extractKeywords('Rates on hold', [
      'Fed Chair Jerome Powell said rates would stay on hold. Treasury Secretary Janet Yellen agreed with Jerome Powell.',
      'Janet Yellen spoke in Chicago; Powell spoke in Washington.',
    ], 'en');
    expect(k).toContain('Jerome Powell');
    expect(k).toContain('Janet Yellen');
    expect(k.some((x) => /Chair|Secretary/.test(x))).toBe(false);
  });
  it('shows a surname that ranks by its own count as the full name it was introduced with', () => {
    const k = extractKeywords('Budget talks', [
      'Finance Minister Maria Lopez presented the budget on Tuesday.',
      'Lopez said the budget would cut spending. Critics said Lopez had ignored the regions.',
    ], 'en');
    expect(k).toContain('Maria Lopez');
    expect(k).not.toContain('Lopez');
  });
  it('ends a phrase at a possessor (’s) but keeps plural possessives (s’) in it', () => {
    const k = extractKeywords('', [
      "Moody's Analytics cut its forecast. Moody's Analytics expects Russia's economy to shrink.",
      'The girls’ schools reopened; girls’ schools had been shut for months.',
    ], 'en');
    expect(k.some((x) => /moody analytics/i.test(x))).toBe(false);
    expect(k).toContain('girls schools');
  });
  it('does not demote a topic noun that stands before verbs ("inflation hovered")', () => {
    const k = extractKeywords('Central bank fights inflation', [
      'Rates rose again as inflation hovered near record highs.',
      'Officials want to bring inflation down. Inflation remains stubborn, and inflation expectations climbed.',
    ], 'en');
    expect(k[0]).toBe('inflation');
  });
  it('does not put a one-off title phrase above the recurring topic', () => {
    const k = extractKeywords('Fed raises rates in third straight hike to fight inflation', [
      'The Fed raised rates on Wednesday, its third straight hike, as inflation stayed high.',
      'The Fed said inflation was too high. Inflation has not eased and rates may rise again.',
    ], 'en');
    expect(k.indexOf('straight hike')).toBeGreaterThan(k.indexOf('inflation'));
  });
  it('boosts title terms', () => {
    const body = ['The minister met the unions about pensions and wages.', 'Wages rose while pensions stayed flat; unions want more on wages and pensions.'];
    expect(extractKeywords('Pensions row deepens', body, 'en')[0]).toBe('pensions');
    expect(extractKeywords('Wages row deepens', body, 'en')[0]).toBe('wages');
  });
  it('drops the news agency of a dateline', () => {
    const k = extractKeywords('Senate passes bill', ['WASHINGTON (AP) — The Senate passed the bill. (AP) The Senate vote was close.', 'MADRID (EFE) — (Reuters) The bill now goes to the House.'], 'en');
    expect(k.some((x) => /^(?:AP|EFE|Reuters)$/.test(x))).toBe(false);
    expect(k).toContain('Senate');
  });
  it('drops stopwords and reporting verbs, numbers and dates', () => {
    const k = extractKeywords('', ['He said on Monday that 2024 would be the year, officials told reporters, according to the report.'], 'en');
    for (const w of ['said', 'monday', 'Monday', '2024', 'year', 'according', 'told']) expect(k).not.toContain(w);
    const m = extractKeywords('', ['Inflation hovered near 8% in August. Prices rose in August and September, inflation data showed.'], 'en');
    expect(m.some((x) => /august|september/i.test(x))).toBe(false);
  });
  it('uses the language’s stopwords (Spanish, German)', () => {
    const es = extractKeywords('La sequía golpea el campo', ['La sequía afecta a los agricultores del sur. Los agricultores piden ayudas por la sequía.', 'El gobierno estudia ayudas para los agricultores.'], 'es');
    expect(es.slice(0, 2)).toEqual(expect.arrayContaining(['sequía', 'agricultores']));
    expect(es).not.toContain('los');
    const de = extractKeywords('Streik bei der Bahn', ['Die Gewerkschaft hat einen Streik bei der Bahn angekündigt. Der Streik soll am Montag beginnen.', 'Die Bahn kritisierte den Streik der Gewerkschaft.'], 'de');
    expect(de[0]).toBe('Streik');
    expect(de).not.toContain('der');
  });
  it('uses Russian stopwords', () => {
    const ru = extractKeywords('Выборы в Москве', ['В Москве прошли выборы. На выборы пришли многие жители Москвы.', 'Он сказал, что выборы были честными.'], 'ru');
    expect(ru[0]).toBe('выборы');
    for (const w of ['в', 'на', 'он', 'что', 'сказал']) expect(ru).not.toContain(w);
  });
  it('strips French elided articles and inverted pronouns, and drops weekday names in any language', () => {
    const fr = extractKeywords('Le budget 2024', [
      "Le gouvernement a présenté mercredi son budget. L'opposition critique les économies prévues.",
      "« Nous devons réduire la dette », a-t-il déclaré. L'opposition dénonce d'autres économies.",
    ], 'fr');
    expect(fr).toContain('opposition');
    expect(fr.some((k) => /['’]|a-t-il|mercredi/.test(k))).toBe(false);
    const pt = extractKeywords('Novo pacote', ['O governo anunciou nesta terça-feira um novo pacote.', 'O pacote inclui cortes.'], 'pt');
    expect(pt.some((k) => /terça-feira|nesta/.test(k))).toBe(false);
  });
  it('merges inflected forms (Russian cases, Romance plurals) and shows the shorter form on ties', () => {
    const ru = extractKeywords('', ['Проект бюджета готов. Бюджет вырос.', 'Министр похвалил бюджет. Расходы и рост расходов обсуждали.'], 'ru');
    expect(ru[0]).toBe('бюджет');
    expect(ru.filter((k) => /^бюджет/i.test(k))).toHaveLength(1);
    const es = extractKeywords('', ['Las medidas llegan tarde.', 'El Gobierno anunció una medida nueva y otras medidas.'], 'es');
    expect(es[0]).toBe('medidas');
    expect(es).not.toContain('medida');
  });
  it('falls back to character bigrams for unspaced scripts', () => {
    const k = extractKeywords('台风登陆', ['台风周二登陆广东，台风造成大范围停电。', '气象部门说台风将继续北上。'], 'zh');
    expect(k[0]).toBe('台风');
  });
  it('gives sensible seed keywords and never throws', () => {
    const k = extractKeywords(seedTitle, seedParagraphs, 'en');
    expect(k.slice(0, 3)).toEqual(expect.arrayContaining(['Taliban', 'Afghanistan']));
    expect(extractKeywords('', [], 'en')).toEqual([]);
    expect(extractKeywords('x', ['word '.repeat(100_000)], 'xx')).toEqual(['word']);
  });
});

describe('names, datelines and measures', () => {
  it('a one-off name is kept whole, not cut into overlapping pieces', () => {
    const kw = extractKeywords('Charity boss jailed', ['The charity boss was jailed at Bristol Crown Court on Monday for fraud.', 'The fraud went on for years, the charity said.'], 'en');
    expect(kw).toContain('Bristol Crown Court');
    expect(kw).not.toContain('Bristol Crown');
    expect(kw).not.toContain('Crown Court');
  });
  it('"of" inside a name joins it', () => {
    const kw = extractKeywords('Drought aid approved', ['The Ministry of Agriculture announced drought aid for farmers.', 'Farmers said the drought aid from the Ministry of Agriculture came late.'], 'en');
    expect(kw).toContain('Ministry of Agriculture');
    expect(kw).not.toContain('Ministry');
  });
  it('the dateline place is not counted, and a shouted word is shown as written elsewhere', () => {
    const kw = extractKeywords('Dockworkers strike', ['HOUSTON (AP) — Dockworkers went on strike at the port on Wednesday.', 'The strike closed the Port of Houston, and Houston traders worried.'], 'en');
    expect(kw).not.toContain('HOUSTON');
    expect(kw).toContain('Houston');
  });
  it('currency, scale and unit words are not key terms', () => {
    const kw = extractKeywords('Metro extension cleared', ['The cabinet cleared a Rs 12,000 crore metro extension that adds 32 km of track.', 'The metro will carry 9.6 lakh passengers, and the extension will cost Rs 850 crore more.'], 'en');
    for (const w of ['Rs', 'crore', 'lakh', 'km']) expect(kw).not.toContain(w);
    expect(kw).toEqual(expect.arrayContaining(['metro', 'extension']));
  });
});

describe('filler and "New" names', () => {
  it('"New Zealand" stays one name', () => {
    const kw = extractKeywords('Election result', ['Voters in New Zealand elected a new parliament on Saturday.', 'New Zealand turnout was high, and the new parliament meets next month.'], 'en');
    expect(kw).toContain('New Zealand');
    expect(kw).not.toContain('Zealand');
  });
  it('past the first five, common words said once are left out', () => {
    const kw = extractKeywords('Four-day week', ['Our team moved to a four-day week, and the team is happier.', 'The week is shorter, the team works less, and revenue held up. Customers noticed nothing.'], 'en');
    expect(kw.length).toBeLessThanOrEqual(10);
    for (const k of kw.slice(5)) expect(['noticed', 'shorter', 'held', 'happier']).not.toContain(k);
  });
});

describe('one-off topic nouns', () => {
  it('past the first five, an English event or abstract noun said once ("election", "shortage") stays; other one-off words do not', () => {
    const kw = extractKeywords('Luxon claims victory', [
      'Christopher Luxon claimed victory in New Zealand’s general election on Saturday, with his National Party winning 48 seats in Parliament.',
      'Luxon said voters had chosen change. Luxon thanked supporters in Auckland. Supporters cheered Luxon loudly, and Auckland partied.',
      'Chris Hipkins conceded defeat. Hipkins said the National Party had run a strong campaign.',
    ], 'en');
    expect(kw).toContain('election');
    for (const w of ['loudly', 'cheered', 'partied', 'strong']) expect(kw).not.toContain(w);
  });
});

describe('months and unspaced scripts', () => {
  it('a capitalised "March" is a month, not a key term; month abbreviations neither', () => {
    const kw = extractKeywords('Museum reopens', ['The museum reopened in March after repairs, and the museum shop opens on Oct 3.', 'Visitors praised the museum and its new shop.'], 'en');
    expect(kw).not.toContain('March');
    expect(kw).not.toContain('Oct');
  });
  it('one-off terms in scripts without letter case are kept', () => {
    const kw = extractKeywords('محطة تحلية', ['افتتحت الحكومة أكبر محطة لتحلية المياه في البلاد يوم الاثنين', 'وقال الوزير إن المحطة ستوفر المياه لمليون شخص'], 'ar');
    expect(kw.length).toBeGreaterThan(5);
  });
});

describe('possessives inside names', () => {
  it('keeps "International Longshoremen’s Association" whole, but "Russia\'s Foreign Ministry" is two names', () => {
    const kw = extractKeywords('Port strike', ['The International Longshoremen’s Association called the strike at the port.', 'Members of the International Longshoremen’s Association walked out; Russia\'s Foreign Ministry said nothing.'], 'en');
    expect(kw).toContain('International Longshoremen’s Association');
    expect(kw).not.toContain('Russia\'s Foreign Ministry');
  });
});
