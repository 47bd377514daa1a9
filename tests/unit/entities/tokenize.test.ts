import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize, tokenizeWithOriginal } from '../../../lambdas/core/extract/entities/tokenize.ts';

describe('tokenize (CoNLL style)', () => {
  it('splits possessives and contractions off the word', () => {
    expect(tokenize("Germany's envoy didn't say")).toEqual(['Germany', "'s", 'envoy', 'did', "n't", 'say']);
    expect(tokenize('Russia’s plan')).toEqual(['Russia', "'s", 'plan']);
  });

  it('keeps abbreviations, acronyms and initials whole and splits the full stop', () => {
    expect(tokenize('Mr. Smith met U.S. and U.K. officials in Washington.')).toEqual([
      'Mr.', 'Smith', 'met', 'U.S.', 'and', 'U.K.', 'officials', 'in', 'Washington', '.',
    ]);
    expect(tokenize('J. Smith arrived Jan. 5.')).toEqual(['J.', 'Smith', 'arrived', 'Jan.', '5', '.']);
  });

  it('splits punctuation, brackets, quotes and currency signs', () => {
    expect(tokenize('“Friendly relations,” she said (AP).')).toEqual(['"', 'Friendly', 'relations', ',', '"', 'she', 'said', '(', 'AP', ')', '.']);
    expect(tokenize('$4.4 million; 1,000 people')).toEqual(['$', '4.4', 'million', ';', '1,000', 'people']);
    expect(tokenize('Wait... what?')).toEqual(['Wait', '...', 'what', '?']);
  });

  it('keeps hyphenated words and splits dashes', () => {
    expect(tokenize('ex-Soviet states — and U.S.-led talks')).toEqual(['ex-Soviet', 'states', '—', 'and', 'U.S.-led', 'talks']);
  });

  it('returns the text’s own spelling next to the normalised tokens', () => {
    const { tokens, original } = tokenizeWithOriginal('Conan O’Brien’s show');
    expect(tokens).toEqual(['Conan', "O'Brien", "'s", 'show']);
    expect(original).toEqual(['Conan', 'O’Brien', '’s', 'show']);
  });

  it('splits at no-break and thin spaces too, and aligns every token with its spelling in the text', () => {
    expect(tokenize('10\u00a0km from\u2009Kabul\u202fcity')).toEqual(['10', 'km', 'from', 'Kabul', 'city']);
    const parts = ['Mr.', 'U.S.', "don't", 'Germany’s', '“Hi,”', '\u00a0', ' ', '\n', '\t', '—', '--', '...', 'x,y', '1,000', '(AP)', '$4.4', 'O’Brien', 'é', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (ps) => {
        const text = ps.join('');
        const { tokens, original } = tokenizeWithOriginal(text);
        expect(original).toHaveLength(tokens.length);
        let at = 0;
        for (let k = 0; k < tokens.length; k++) {
          // Each original spelling is the next piece of the text; the token is it with quotes straightened.
          at = text.indexOf(original[k]!, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += original[k]!.length;
          expect(original[k]!.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')).toBe(tokens[k]);
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('is bounded on huge input', () => {
    expect(tokenize('a '.repeat(50_000)).length).toBeLessThanOrEqual(20_000);
    expect(tokenize('x'.repeat(10_000))[0]!.length).toBeLessThanOrEqual(160);
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops but not at abbreviations, and keeps a closing quote with its sentence', () => {
    const s = splitSentences(tokenize('Mr. Smith went to the U.S. on Monday. "It was fine." He left.'));
    expect(s.map((x) => x.join(' '))).toEqual(['Mr. Smith went to the U.S. on Monday .', '" It was fine . "', 'He left .']);
  });
});
