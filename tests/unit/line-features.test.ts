import { describe, expect, it } from 'vitest';
import { HASH_BUCKETS, hashWord, shapeFeatures, wordBuckets } from '../../lambdas/core/clean/line-features.ts';

const mid = { index: 5, count: 11, occurrences: 1 };

describe('line features', () => {
  it('a story sentence ends like a sentence and is rich in stopwords', () => {
    const f = shapeFeatures('The council said on Tuesday that the bridge would reopen in the spring.', mid);
    expect(f[6]).toBe(1);
    expect(f[2]).toBeGreaterThan(0.3);
    expect(f[5]).toBe(0);
  });
  it('a call to action with a handle and an address is link-like and unfinished', () => {
    const f = shapeFeatures('Send tips to newsdesk@example.org or @ExampleDesk', mid);
    expect(f[5]).toBeGreaterThan(0.2);
    expect(f[6]).toBe(0);
  });
  it('a teaser cut with an ellipsis and a repeated line are marked', () => {
    expect(shapeFeatures('Mayor defends budget plan as critics…', mid)[7]).toBe(1);
    expect(shapeFeatures('Photo', { ...mid, occurrences: 3 })[10]).toBe(1);
  });
  it('position is relative and edges are flagged', () => {
    expect(shapeFeatures('x', { index: 0, count: 11, occurrences: 1 })[9]).toBe(1);
    expect(shapeFeatures('x', mid)[9]).toBe(0);
  });
  it('hashing is case-insensitive, bounded and deduplicated per line', () => {
    expect(hashWord('Photo')).toBe(hashWord('photo'));
    expect(hashWord('photo')).toBeLessThan(HASH_BUCKETS);
    expect(wordBuckets('photo Photo credit')).toHaveLength(2);
  });
});
