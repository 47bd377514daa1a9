/**
 * Every field extractor takes any input without throwing or hanging (the per-test timeout is the
 * bound; speed itself is measured in bench/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '#core/extract/dates.ts';
import { extractKeywords } from '#core/extract/keywords.ts';
import { detectLanguage } from '#core/extract/language.ts';
import { extractMoney } from '#core/extract/money.ts';
import { extractQuantities } from '#core/extract/quantities.ts';
import { extractQuotes } from '#core/extract/quotes.ts';
import { summarize } from '#core/extract/summary.ts';
import { splitSentences } from '#core/text/sentences.ts';
import { person } from './seed.ts';

/** Text built from the pieces extractors react to, so the fuzzer reaches their branches. */
const pieces = fc.constantFrom(
  ' ', '  ', '\n', '\n\n', '.', ',', '“', '”', '"', '‘', '’', '«', '»', '„', '$', '€', '£', '¥', 'US$', '%', '°C', '-', '…',
  '4.4', '250,000', '1.234.567', '2021', '16', '1980s', 'million', 'bn', 'km', 'people', 'two', 'a', 'Monday', 'last',
  'month', 'ago', 'August', 'Aug.', 'said', 'he', 'she', 'Smith', 'John Smith', 'the spokeswoman', 'according to',
  'Mr.', 'U.S.', 'e.g.', 'dit-il', 'sagte', '的', 'é', 'Привет', 'مرحبا', '\u0000', '\ud800', 'x'.repeat(50),
);
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 120 }).map((a) => a.join(''));

describe('extractors never throw', () => {
  it('on generated text', () => {
    const ents = [person('John Smith', ['Smith'])];
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 6 }), fc.option(fc.constantFrom('2021-08-16T10:00:00Z', 'bogus', '0000-00-00')), (t, paras, pub) => {
        extractDates(t, pub);
        extractMoney(t);
        extractQuantities(t);
        detectLanguage(t, pub);
        splitSentences(t);
        expect(summarize(paras).length).toBeLessThanOrEqual(500);
        expect(extractKeywords(t, paras, 'en').length).toBeLessThanOrEqual(10);
        for (const q of extractQuotes(paras, ents)) expect(q.speaker === null || q.speaker === 'John Smith').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('on values of the wrong type', () => {
    const bad = [null, undefined, 42, {}, [null], ['ok', 7]] as unknown as string[];
    for (const b of bad) {
      expect(() => extractDates(b as unknown as string, null)).not.toThrow();
      expect(() => extractMoney(b as unknown as string)).not.toThrow();
      expect(() => extractQuantities(b as unknown as string)).not.toThrow();
      expect(() => detectLanguage(b as unknown as string, null)).not.toThrow();
      expect(() => summarize(b as unknown as string[])).not.toThrow();
      expect(() => extractKeywords(b as unknown as string, b as unknown as string[], 'en')).not.toThrow();
      expect(() => extractQuotes(b as unknown as string[], b as never)).not.toThrow();
    }
  });
  it('on long pathological runs', () => {
    const runs = ['“'.repeat(20_000), '$'.repeat(20_000) + '1', '1,'.repeat(20_000), 'Mr. '.repeat(10_000), 'said he '.repeat(10_000), 'a'.repeat(100_000)];
    for (const r of runs) {
      extractDates(r, '2021-08-16');
      extractMoney(r);
      extractQuantities(r);
      extractKeywords(r, [r], 'en');
      extractQuotes([r, r], [person('John Smith')]);
      summarize([r]);
      detectLanguage(r, null);
    }
  }, 30_000);
});
