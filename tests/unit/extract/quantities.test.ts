import { describe, expect, it } from 'vitest';
import { extractQuantities } from '#core/extract/quantities.ts';
import { seedBody } from './seed.ts';

const units = (t: string) => extractQuantities(t).map((q) => [q.value, q.unit]);

describe('extractQuantities', () => {
  it('normalises distance units, spelled out, abbreviated and hyphenated', () => {
    expect(extractQuantities('It shares 76 kilometers of border.')).toEqual([{ text: '76 kilometers', value: 76, unit: 'km' }]);
    expect(units('a 76-kilometre fence, 12 km away, 30 miles north, a 100m sprint, 8 metres deep')).toEqual([
      [76, 'km'], [12, 'km'], [30, 'mi'], [100, 'm'], [8, 'm'],
    ]);
  });
  it('reads masses, areas, volumes and temperatures', () => {
    expect(units('20 kg of rice, 1,200 tonnes of grain, 300 hectares, 2 million litres, 35 degrees Celsius, 95°F, -5 °C')).toEqual([
      [20, 'kg'], [1200, 't'], [300, 'ha'], [2_000_000, 'l'], [35, '°C'], [95, '°F'], [-5, '°C'],
    ]);
  });
  it('reads percentages in several languages', () => {
    expect(units('up 3.5%, 12 percent, 4 per cent, 5,2 Prozent, 40 por ciento, 7 pour cent')).toEqual([
      [3.5, '%'], [12, '%'], [4, '%'], [5.2, '%'], [40, '%'], [7, '%'],
    ]);
  });
  it('counts people, with adjectives and demonyms between', () => {
    expect(units('14,000 Soviet soldiers died; 5 more civilians; two million Afghans; 300 personas; 1.5 million people')).toEqual([
      [14_000, 'people'], [5, 'people'], [2_000_000, 'people'], [300, 'people'], [1_500_000, 'people'],
    ]);
  });
  it('reads areas and rate points without taking "square" for a modifier', () => {
    expect(units('across 300 square miles and 40 sq km; rates rose 0.75 percentage point, or 75 basis points')).toEqual([
      [300, 'mi²'], [40, 'km²'], [0.75, 'pp'], [75, 'bp'],
    ]);
  });
  it('keeps the minus sign of a temperature in the text', () => {
    expect(extractQuantities('dropped to -5 °C overnight')).toEqual([{ text: '-5 °C', value: -5, unit: '°C' }]);
    expect(units('pages 3-5 °C')).toEqual([[5, '°C']]);
  });
  it('gives "seven million more" the people unit of the count just before it, in that sentence only', () => {
    expect(extractQuantities('killed two million Afghans and forced seven million more from their homes')).toContainEqual({ text: 'seven million more', value: 7e6, unit: 'people' });
    expect(units('It weighs 20 kg, and 5 more will follow.')).toEqual([[20, 'kg']]);
    expect(units('About 300 people died. 50 more were hurt later.')).toEqual([[300, 'people']]);
  });
  it('reads numbers grouped by plain spaces (French, German) without gluing a year to a count', () => {
    expect(units('Il y avait 3 000 manifestants et 2 500 personnes; 12 000 Menschen')).toEqual([[3000, 'people'], [2500, 'people'], [12000, 'people']]);
    expect(units('In 2020 300 people died.')).toEqual([[300, 'people']]);
  });
  it('does not read the number inside a name like COVID-19, or a year before a one-letter unit', () => {
    expect(units('COVID-19 patients filled the wards. In 2021 t was rare.')).toEqual([]);
    expect(units('a 3-5 km walk')).toEqual([[5, 'km']]);
  });
  it('does not take the second number of a ratio for a head count', () => {
    expect(units('1 in 3 people and one in five children, but 40 people in 3 cities')).toEqual([[40, 'people']]);
  });
  it('reads capitalised number words, square units and foreign scale words before people nouns', () => {
    expect(units('Twenty-five people; TWO people; 10 square metres; 500 sq ft; 2 mln tonnes; 100 millones de personas; 3 millions de personnes')).toEqual([
      [25, 'people'], [10, 'm²'], [500, 'ft²'], [2_000_000, 't'], [100_000_000, 'people'], [3_000_000, 'people'],
    ]);
  });
  it('reads units and scales in any case, and keeps the text as written (the pattern itself is lower case)', () => {
    const q = extractQuantities('Crews cleared 30 KM of road and 12 KILÓMETROS of track. Some 2M People left; Twenty-five Soviet Soldiers stayed.');
    expect(q.map((x) => [x.text, x.value, x.unit])).toEqual([
      ['30 KM', 30, 'km'],
      ['12 KILÓMETROS', 12, 'km'],
      ['2M People', 2_000_000, 'people'],
      ['Twenty-five Soviet Soldiers', 25, 'people'],
    ]);
    // One-letter units stay lower case as written: "5 M" is no measure, a shouted "TWO" no number.
    expect(extractQuantities('Group 5 M was told TWO people had left')).toEqual([]);
  });

  it('does not count jobs as people', () => {
    expect(units('263,000 jobs were added and 1.5 million homeowners were hit')).toEqual([[1_500_000, 'people']]);
  });
  it('reads a continental thousands dot in head counts', () => {
    expect(units('5.000 Menschen demonstrierten')).toEqual([[5000, 'people']]);
  });
  it('does not count years, dates, money, ordinals or lone articles', () => {
    expect(extractQuantities('In 2016 people voted. It cost $5 million. On 16 August 2021, for the 3rd time, a person came. Then 3 T and one m.')).toEqual([]);
  });
  it('finds the seed article’s 76 km border', () => {
    expect(extractQuantities(seedBody)).toContainEqual({ text: '76 kilometers', value: 76, unit: 'km' });
  });
  it('never throws on junk', () => {
    expect(extractQuantities('9'.repeat(300_000) + ' km')).toBeInstanceOf(Array);
    expect(extractQuantities('1 '.repeat(100_000)).length).toBe(0);
  });
});

describe('Indian scales and yards', () => {
  it('counts people in lakh and crore', () => {
    expect(extractQuantities('The line will carry 9.6 lakh passengers a day.')).toEqual([{ text: '9.6 lakh passengers', value: 960000, unit: 'people' }]);
    expect(extractQuantities('About 2 crore people live in the region.')).toEqual([{ text: '2 crore people', value: 20000000, unit: 'people' }]);
  });
  it('reads yards, also hyphenated before a noun', () => {
    expect(extractQuantities('He levelled with a 25-yard strike.')).toEqual([{ text: '25-yard', value: 25, unit: 'yd' }]);
  });
  it('a phone number and a year are no quantities', () => {
    expect(extractQuantities('Call the parking office on 01233 330 000 or write to the council.')).toEqual([]);
    expect(extractQuantities('In 2016 people voted to leave; the 1990s were different.')).toEqual([]);
  });
});

describe('glued temperatures', () => {
  it('reads "34C", "-5C" and "95F" near weather words, not "Group 4C"', () => {
    expect(units('Temperatures hit 34C, after -5C in winter; 95F in Texas.')).toEqual([[34, '°C'], [-5, '°C'], [95, '°F']]);
    expect(extractQuantities('Group 4C meets on Monday.')).toEqual([]);
  });
});

describe('signs and currencies', () => {
  it('"minus 5 degrees" is negative; "USD 5m" is money, not metres', () => {
    expect(extractQuantities('It was minus 5 degrees Celsius overnight.')).toEqual([{ text: 'minus 5 degrees Celsius', value: -5, unit: '°C' }]);
    expect(extractQuantities('The firm paid USD 5m and Rs 2m in fees.')).toEqual([]);
  });
});

describe('British short forms', () => {
  it('"15pc", and m/bn/k glued to a count before its unit', () => {
    expect(units('up 15pc; 2m people, 1.5bn people, 300k people and 2m tonnes')).toEqual([[15, '%'], [2e6, 'people'], [1.5e9, 'people'], [3e5, 'people'], [2e6, 't']]);
  });
  it('"100m sprint" and "2m tall" stay metres', () => {
    expect(units('the 100m sprint for women; he is 2m tall')).toEqual([[100, 'm'], [2, 'm']]);
  });
});
