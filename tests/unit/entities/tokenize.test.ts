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
