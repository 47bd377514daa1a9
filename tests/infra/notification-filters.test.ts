/** The S3 notification filter list: complete, non-overlapping, and in step with the handler. */
import { describe, expect, it } from 'vitest';
import { ACCEPTED_SUFFIXES as HANDLER_SUFFIXES, isAcceptedKey } from '../../lambdas/ingest/intake.ts';
import { ACCEPTED_SUFFIXES, INCOMING_PREFIX, intakeFilters, overlappingSuffixes } from '../../lib/notification-filters.ts';

describe('intakeFilters', () => {
  it('covers every suffix the handler accepts, plain and gzipped', () => {
    expect([...ACCEPTED_SUFFIXES].sort()).toEqual([...HANDLER_SUFFIXES].sort());
    const suffixes = intakeFilters().map((f) => f.suffix);
    for (const s of HANDLER_SUFFIXES) {
      expect(suffixes).toContain(s);
      expect(suffixes).toContain(`${s}.gz`);
    }
    expect(suffixes).toHaveLength(HANDLER_SUFFIXES.length * 2);
  });

  it('every key a filter notifies is one the handler accepts', () => {
    for (const f of intakeFilters()) expect(isAcceptedKey(`${f.prefix}2026/11/a${f.suffix}`, INCOMING_PREFIX)).toBe(true);
  });

  it('puts every filter under incoming/', () => {
    for (const f of intakeFilters()) expect(f.prefix).toBe('incoming/');
  });

  it('refuses a list S3 would reject', () => {
    expect(() => intakeFilters(['.txt', '.gz'])).toThrow(/overlap/);
    expect(() => intakeFilters(['.json', 'x.json'])).toThrow(/overlap/);
  });
});

describe('overlappingSuffixes', () => {
  it('finds a suffix that ends another', () => {
    expect(overlappingSuffixes(['.txt.gz', '.gz'])).toEqual(['.gz', '.txt.gz']);
    expect(overlappingSuffixes(['.md', '.md'])).toEqual(['.md', '.md']);
  });

  it('accepts look-alikes that do not end one another', () => {
    expect(overlappingSuffixes(['.htm', '.html', '.json', '.jsonl', '.ndjson', '.json.gz', '.ndjson.gz'])).toBeNull();
    expect(overlappingSuffixes([])).toBeNull();
  });
});
