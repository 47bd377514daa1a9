import { describe, expect, it } from 'vitest';
import { extractMoney } from '#core/extract/money.ts';
import { parseNumber, parseNumberWords } from '#core/text/numbers.ts';
import { seedBody } from './seed.ts';

const one = (t: string) => {
  const m = extractMoney(t);
  expect(m).toHaveLength(1);
  return m[0]!;
};

describe('parseNumber', () => {
  it('reads English and continental separators', () => {
    expect(parseNumber('250,000')).toBe(250000);
    expect(parseNumber('4.4')).toBe(4.4);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
  });
  it('reads number words', () => {
    expect(parseNumberWords('two million')).toBe(2e6);
    expect(parseNumberWords('twenty-five')).toBe(25);
    expect(parseNumberWords('half a million')).toBe(5e5);
    expect(parseNumberWords('three hundred thousand')).toBe(3e5);
  });
});

describe('extractMoney', () => {
  it('reads a symbol separated from the number by a space', () => {
    expect(one('Investments were modest: $ 4.4 million in 2020.')).toEqual({ text: '$ 4.4 million', amount: 4_400_000, currency: 'USD' });
  });
  it('applies suffix scales k, m, bn, tn and word scales', () => {
    expect(one('a $4.4m deal').amount).toBe(4_400_000);
    expect(one('a €3bn fund')).toMatchObject({ amount: 3e9, currency: 'EUR' });
    expect(one('a $5k bonus').amount).toBe(5000);
    expect(one('debt of $1.5tn').amount).toBe(1.5e12);
    expect(one('a $5M round').amount).toBe(5e6);
    expect(one('cost £250,000 last year')).toMatchObject({ amount: 250_000, currency: 'GBP' });
  });
  it('reads currency words after the number', () => {
    expect(one('a 1.2 trillion yen package')).toMatchObject({ amount: 1.2e12, currency: 'JPY' });
    expect(one('paid 5 million dollars')).toMatchObject({ amount: 5e6, currency: 'USD' });
    expect(one('fined 100 yuan')).toMatchObject({ currency: 'CNY' });
    expect(one('2 billion rubles')).toMatchObject({ amount: 2e9, currency: 'RUB' });
    expect(one('two million dollars')).toMatchObject({ amount: 2e6, currency: 'USD' });
  });
  it('does not count the $ of US$ twice', () => {
    expect(extractMoney('grants of US$5 and HK$10')).toEqual([
      { text: 'US$5', amount: 5, currency: 'USD' },
      { text: 'HK$10', amount: 10, currency: 'HKD' },
    ]);
  });
  it('reads ISO codes before and after the number, and Indian scales', () => {
    expect(one('a fee of EUR 20 applies')).toMatchObject({ amount: 20, currency: 'EUR' });
    expect(one('a fee of 20 CHF applies')).toMatchObject({ amount: 20, currency: 'CHF' });
    expect(one('Rs 500 crore was spent')).toMatchObject({ amount: 5e9, currency: 'INR' });
    expect(one('₹2 lakh')).toMatchObject({ amount: 2e5, currency: 'INR' });
    expect(one('¥100 coins')).toMatchObject({ amount: 100, currency: 'JPY' });
  });
  it('uses nationality to choose among dollars, francs and pesos', () => {
    expect(one('300 Australian dollars')).toMatchObject({ currency: 'AUD' });
    expect(one('50 Swiss francs')).toMatchObject({ currency: 'CHF' });
    expect(one('900 Mexican pesos')).toMatchObject({ currency: 'MXN' });
  });
  it('reads German, Spanish and French scale words', () => {
    expect(one('kostet 3,5 Millionen Euro')).toMatchObject({ amount: 3.5e6, currency: 'EUR' });
    expect(one('costó 4 millones de dólares')).toMatchObject({ amount: 4e6, currency: 'USD' });
    expect(extractMoney('un coût de 2 milliards d’euros ou 3 €')).toEqual([
      { text: '2 milliards d’euros', amount: 2e9, currency: 'EUR' },
      { text: '3 €', amount: 3, currency: 'EUR' },
    ]);
  });
  it('ignores verbs and weights that look like currency words', () => {
    expect(extractMoney('The team won 3 games and he weighed 5 pounds.')).toEqual([]);
    expect(extractMoney('prices in 2020 USD terms')).toEqual([]);
  });
  it('never throws on junk', () => {
    expect(extractMoney('')).toEqual([]);
    expect(extractMoney('$'.repeat(100_000) + '1'.repeat(100_000)).length).toBeLessThanOrEqual(200);
  });
  it('finds the seed article’s $ 4.4 million and nothing else', () => {
    expect(extractMoney(seedBody)).toEqual([{ text: '$ 4.4 million', amount: 4_400_000, currency: 'USD' }]);
  });
  it('reads continental digits before continental scale words and currency words', () => {
    expect(extractMoney('El Gobierno anunció 3.500 millones de euros y 1.250 dólares.').map((m) => m.amount)).toEqual([3_500_000_000, 1250]);
    expect(extractMoney('Die Regierung gibt 2.500 Millionen Euro aus.')[0]!.amount).toBe(2_500_000_000);
    expect(extractMoney('a $1.234 billion deal')[0]!.amount).toBe(1_234_000_000);
  });
  it('reads hyphenated scales, glued codes, lakh crore and Iberian "mil"', () => {
    const got = extractMoney('a $10-million fine, EUR20m, Rs 2.5 lakh crore, R$5 mil and 300 mil euros').map((m) => [m.text, m.amount, m.currency]);
    expect(got).toEqual([
      ['$10-million', 1e7, 'USD'], ['EUR20m', 2e7, 'EUR'], ['Rs 2.5 lakh crore', 2.5e12, 'INR'], ['R$5 mil', 5000, 'BRL'], ['300 mil euros', 300_000, 'EUR'],
    ]);
  });
  it('reads amounts grouped by plain spaces', () => {
    expect(extractMoney('un coût de 3 000 euros, soit €12 000 au total').map((m) => m.amount)).toEqual([3000, 12000]);
  });
  it('gives the low end of a range the scale of the high end', () => {
    expect(extractMoney('a $1-2 million fine')).toEqual([{ text: '$1-2 million', amount: 1_000_000, currency: 'USD' }]);
    expect(extractMoney('between $5 to $10 billion').map((m) => m.amount)).toEqual([5e9, 10e9]);
    expect(extractMoney('it paid $20 and 3 billion people watched')[0]!.amount).toBe(20);
  });
});

describe('pence', () => {
  it('reads "40p" and "12 pence" as pounds, not a video resolution', () => {
    expect(extractMoney('A 40p rise, then 12 pence more; fuel at 142.9p.')).toEqual([
      { text: '40p', amount: 0.4, currency: 'GBP' },
      { text: '12 pence', amount: 0.12, currency: 'GBP' },
      { text: '142.9p', amount: 1.429, currency: 'GBP' },
    ]);
    expect(extractMoney('It streams in 720p and 1080p.')).toEqual([]);
  });
});

describe('rupees, cents, continental signs and ranges', () => {
  const m = (t: string) => extractMoney(t).map((x) => [x.text, x.amount, x.currency]);
  it('reads "Rs500" glued; two amounts joined by "and" are two, not a range, unless after "between"', () => {
    expect(m('Rs500 and ₹ 500 and Rs.2.5 lakh')).toEqual([['Rs500', 500, 'INR'], ['₹ 500', 500, 'INR'], ['Rs.2.5 lakh', 250000, 'INR']]);
    expect(m('between $20 and $30 billion')[0]![1]).toBe(20e9);
  });
  it('"7 euro cents" is hundredths; "1.500 €" with the sign after is continental', () => {
    expect(m('It costs 7 euro cents.')).toEqual([['7 euro cents', 0.07, 'EUR']]);
    expect(m('It costs 2,50 € or 1.500 €.')).toEqual([['2,50 €', 2.5, 'EUR'], ['1.500 €', 1500, 'EUR']]);
  });
});
