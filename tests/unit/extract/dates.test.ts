import { describe, expect, it } from 'vitest';
import { extractDates } from '#core/extract/dates.ts';
import { seedBody } from './seed.ts';

/** Monday 16 August 2021. */
const PUB = '2021-08-16T12:00:00Z';
const valueOf = (text: string, expr: string, pub: string | null = PUB) => extractDates(text, pub).find((d) => d.text === expr)?.value;

describe('absolute dates', () => {
  it('reads ISO and written dates in several orders and languages', () => {
    expect(extractDates('Filed 2021-08-16T09:30:00Z, then August 16, 2021, 16 August 2021 and 3rd March 2020.', PUB)).toEqual([
      { text: '2021-08-16T09:30:00Z', value: '2021-08-16' },
      { text: 'August 16, 2021', value: '2021-08-16' },
      { text: '16 August 2021', value: '2021-08-16' },
      { text: '3rd March 2020', value: '2020-03-03' },
    ]);
    expect(valueOf('el 16 de agosto de 2021', '16 de agosto de 2021')).toBe('2021-08-16');
    expect(valueOf('le 14 juillet 1789', '14 juillet 1789')).toBe('1789-07-14');
    expect(valueOf('am 9. November 1989', '9. November 1989')).toBe('1989-11-09');
    expect(valueOf('il 25 aprile.', '25 aprile')).toBe('2021-04-25');
    expect(valueOf('on 16 Aug. the talks', '16 Aug.')).toBe('2021-08-16');
  });
  it('gives a date without a year the publication year, or null without publishedAt', () => {
    expect(valueOf('on Aug. 16 the talks began', 'Aug. 16')).toBe('2021-08-16');
    expect(valueOf('On Dec. 20 the talks began', 'Dec. 20', '2021-01-10')).toBe('2020-12-20');
    expect(valueOf('The summit opens on Jan. 5', 'Jan. 5', '2021-12-20')).toBe('2021-01-05');
    expect(valueOf('The summit will open on Jan. 5', 'Jan. 5', '2021-12-20')).toBe('2022-01-05');
    expect(valueOf('on Aug. 16 the talks began', 'Aug. 16', null)).toBeNull();
  });
  it('reads month-year, years with a lead-in word, and decades', () => {
    expect(valueOf('since March 2020', 'March 2020')).toBe('2020-03');
    expect(valueOf('Beijing in 2016 added', '2016')).toBe('2016');
    expect(valueOf('by mid-2022 prices rose', '2022')).toBe('2022');
    expect(valueOf('the 2019-20 season', '2019')).toBeUndefined();
    expect(valueOf('In the 1980s, Moscow waged war', 'the 1980s')).toBe('1980');
    expect(valueOf('in the early 1990s', 'the early 1990s')).toBe('1990');
  });
  it('does not take counts, prices or invalid dates for dates', () => {
    expect(extractDates('about 1900 people paid $2020 for 2021 km; May I ask? 31 February.', PUB)).toEqual([]);
  });
});

describe('anchored dates', () => {
  it('resolves weekdays to the day on or before publication, or after it in the future tense', () => {
    expect(valueOf('China said Monday it wants friendly relations', 'Monday')).toBe('2021-08-16');
    expect(valueOf('the takeover on Sunday', 'Sunday')).toBe('2021-08-15');
    expect(valueOf('He met them on Friday', 'Friday')).toBe('2021-08-13');
    expect(valueOf('The ambassador will meet them on Tuesday', 'Tuesday')).toBe('2021-08-17');
    expect(valueOf('a meeting scheduled for Thursday', 'Thursday')).toBe('2021-08-19');
    expect(valueOf('Last Monday', 'Last Monday')).toBe('2021-08-09');
    expect(valueOf('next Friday', 'next Friday')).toBe('2021-08-20');
  });
  it('reads weekdays in Spanish, French, German and Italian', () => {
    expect(extractDates('El lunes; le vendredi; am Sonntag; sabato scorso.', PUB)).toEqual([
      { text: 'lunes', value: '2021-08-16' },
      { text: 'vendredi', value: '2021-08-13' },
      { text: 'Sonntag', value: '2021-08-15' },
      { text: 'sabato', value: '2021-08-14' },
    ]);
  });
  it('resolves bare months by tense', () => {
    expect(valueOf('prices rose in March', 'March')).toBe('2021-03');
    expect(valueOf('prices rose in October', 'October')).toBe('2020-10');
    expect(valueOf('elections will be held in October', 'October')).toBe('2021-10');
    expect(valueOf('they met last August', 'last August')).toBe('2020-08');
  });
  it('resolves relative phrases against publishedAt', () => {
    expect(extractDates('Yesterday and tomorrow; last month, next week, two years ago, three days ago, next year, earlier this month.', PUB)).toEqual([
      { text: 'Yesterday', value: '2021-08-15' },
      { text: 'tomorrow', value: '2021-08-17' },
      { text: 'last month', value: '2021-07' },
      { text: 'next week', value: '2021-08-23' },
      { text: 'two years ago', value: '2019' },
      { text: 'three days ago', value: '2021-08-13' },
      { text: 'next year', value: '2022' },
      { text: 'earlier this month', value: '2021-08' },
    ]);
  });
  it('resolves Spanish, French and German relative phrases', () => {
    expect(extractDates('el mes pasado, hace dos años, l’année dernière, il y a trois jours, letzte Woche, vor zwei Jahren, la semana próxima', PUB)).toEqual([
      { text: 'el mes pasado', value: '2021-07' },
      { text: 'hace dos años', value: '2019' },
      { text: 'l’année dernière', value: '2020' },
      { text: 'il y a trois jours', value: '2021-08-13' },
      { text: 'letzte Woche', value: '2021-08-09' },
      { text: 'vor zwei Jahren', value: '2019' },
      { text: 'la semana próxima', value: '2021-08-23' },
    ]);
  });
  it('takes a year after a lead-in in any case, a season, fiscal or a possessive, but not after a name or number label', () => {
    expect(extractDates('During 2020 and Between 2001 and 2003; fiscal 2023, Spring 2021, her 1998 album; Windows 2000, Flight 1549, Room 2010', PUB).map((d) => d.text)).toEqual(['2020', '2001', '2003', '2023', '2021', '1998']);
  });
  it('reads all-digit dates day-first with dots, ISO-like with slashes, and slashed US/European dates only when unambiguous', () => {
    expect(extractDates('am 12.03.2024, 2024/03/12, 25/12/2023, 12/25/2023, 3/12/2024, 31.02.2024, v1.12.2024.5', PUB)).toEqual([
      { text: '12.03.2024', value: '2024-03-12' },
      { text: '2024/03/12', value: '2024-03-12' },
      { text: '25/12/2023', value: '2023-12-25' },
      { text: '12/25/2023', value: '2023-12-25' },
    ]);
  });
  it('reads them capitalised at a sentence start, and in Portuguese and Italian', () => {
    expect(extractDates('Hace dos semanas llovió. El año pasado no. Vor zwei Jahren auch. Letzte Woche.', PUB).map((d) => d.value)).toEqual([
      '2021-08-02', '2020', '2019', '2021-08-09',
    ]);
    expect(extractDates('o ano passado, há três dias, il mese scorso, la settimana prossima', PUB)).toEqual([
      { text: 'o ano passado', value: '2020' },
      { text: 'há três dias', value: '2021-08-13' },
      { text: 'il mese scorso', value: '2021-07' },
      { text: 'la settimana prossima', value: '2021-08-23' },
    ]);
  });
  it('crosses month and year boundaries', () => {
    expect(valueOf('yesterday', 'yesterday', '2021-01-01T08:00:00+01:00')).toBe('2020-12-31');
    expect(valueOf('last month', 'last month', '2021-01-15')).toBe('2020-12');
  });
  it('gives null values when publishedAt is unknown or unparseable', () => {
    expect(extractDates('on Monday, last month, in 2016', null)).toEqual([
      { text: 'Monday', value: null },
      { text: 'last month', value: null },
      { text: '2016', value: '2016' },
    ]);
    expect(valueOf('yesterday', 'yesterday', 'not a date')).toBeNull();
  });
  it('de-duplicates by text and value, in order', () => {
    expect(extractDates('On Monday he left. On Monday she came.', PUB)).toEqual([{ text: 'Monday', value: '2021-08-16' }]);
  });
});

describe('the seed article', () => {
  const dates = extractDates(seedBody, PUB);
  const texts = dates.map((d) => d.text);
  it('finds Monday, last month, 2016, 2020 and the 1980s', () => {
    for (const t of ['Monday', 'last month', '2016', '2020', 'the 1980s']) expect(texts).toContain(t);
    expect(dates.find((d) => d.text === 'last month')?.value).toBe('2021-07');
    expect(dates.find((d) => d.text === 'Tuesday')?.value).toBe('2021-08-17');
  });
  it('never throws on junk', () => {
    expect(extractDates('Monday '.repeat(50_000), PUB).length).toBe(1);
    expect(extractDates('', PUB)).toEqual([]);
  });
});

describe('seasons and expectations', () => {
  it('a season written as two years has the value of its first year; an ISO date is not a season', () => {
    expect(valueOf('the worst since the Black Summer of 2019-20, when it burned', '2019-20')).toBe('2019');
    expect(valueOf('In the 2023/24 season he scored.', '2023/24')).toBe('2023');
    expect(extractDates('On 2011-12-05 it rained.', PUB)).toEqual([{ text: '2011-12-05', value: '2011-12-05' }]);
  });
  it('a month after "expect" is in the future', () => {
    expect(valueOf('Forecasters expect the heat to ease from mid-August.', 'August', '2026-07-18T10:00:00Z')).toBe('2026-08');
    expect(valueOf('She expects to retire in March.', 'March', '2026-07-18T10:00:00Z')).toBe('2027-03');
    expect(valueOf('He said in March that prices rose.', 'March', '2026-07-18T10:00:00Z')).toBe('2026-03');
  });
});

describe('sentence ends after a month', () => {
  it('a full stop after a full month name is not part of the date; after an abbreviation it is', () => {
    expect(extractDates('They met on the 4th of July.', PUB).map((d) => d.text)).toEqual(['4th of July']);
    expect(extractDates('They met on 4 June.', PUB).map((d) => d.text)).toEqual(['4 June']);
    expect(extractDates('They met on 4 Aug. in Rome', PUB).map((d) => d.text)).toEqual(['4 Aug.']);
  });
});

describe('short decades, ordinal days and weekdays beside a date', () => {
  it('"the ’90s" and "the 80s" are decades, "highs in the 80s" are not', () => {
    expect(extractDates('Music from the ’90s and the 80s came back.', '2026-03-12T10:00:00Z')).toEqual([
      { text: 'the ’90s', value: '1990' },
      { text: 'the 80s', value: '1980' },
    ]);
    expect(extractDates('Highs will be in the 80s all week.', '2026-03-12T10:00:00Z')).toEqual([]);
  });
  it('"the sixth of June" is a day', () => {
    expect(valueOf('It was the sixth of June, and later the twenty-first of March.', 'the sixth of June', '2026-03-12T10:00:00Z')).toBe('2026-06-06');
    expect(valueOf('It was the sixth of June, and later the twenty-first of March.', 'the twenty-first of March', '2026-03-12T10:00:00Z')).toBe('2026-03-21');
  });
  it('a weekday written beside its date takes that date', () => {
    expect(valueOf('The vote is on Friday, March 13.', 'Friday', '2026-03-12T10:00:00Z')).toBe('2026-03-13');
  });
});
