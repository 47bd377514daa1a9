import { describe, expect, it } from 'vitest';
import { wordClusters } from '../../../lambdas/core/extract/entities/clusters.ts';
import { wordFeatures, shape } from '../../../lambdas/core/extract/entities/features.ts';
import { readModelFile } from '../../../lambdas/core/extract/entities/model-file.ts';

describe('word clusters', () => {
  it('gives a common word a cluster per cluster count, whatever its casing, and the model uses them', () => {
    const own = wordClusters('said', 'said', '');
    expect(wordClusters('reported', 'reported', '')).toBeDefined();
    expect(own).toBeDefined();
    expect(own!.length).toBe(3);
    // An all-caps headline word finds its body spelling's clusters.
    expect(wordClusters('REPORTED', 'reported', 'A')).toEqual(wordClusters('reported', 'reported', ''));
    expect(wordFeatures('said', 'said', shape('said'), '')).toEqual(expect.arrayContaining(own!.map((c) => `c=${c}`)));
    expect(wordClusters('Qqzxv', 'qqzxv', '')).toBeUndefined();
    const keys = new Set(readModelFile().keys.split('\n'));
    expect(own!.some((c) => keys.has(`c=${c}`))).toBe(true);
  });
});
