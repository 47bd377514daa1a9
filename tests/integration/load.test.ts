/** A 500-article version of bench/load: the books must balance — nothing lost, nothing doubled. */
import { expect, it } from 'vitest';
import { loadRun } from '../../bench/load-check.ts';

it('accounts for every one of 500 generated articles (2% bad, 5% duplicates)', async () => {
  const report = await loadRun(500);
  expect(report.problems).toEqual([]);
  expect(report.counts.stored).toBe(report.expected.stored);
  expect(report.counts.rejected).toBeGreaterThan(0);
  expect(report.counts.duplicates).toBeGreaterThan(0);
}, 180_000);
