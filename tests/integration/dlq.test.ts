/** A message that keeps failing is dead-lettered after maxReceiveCount; redrive brings it back. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { INCOMING_PREFIX, redriveLocal, runLocal } from '../../local/runner.ts';
import { localFiles } from '../../local/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'news-ingest-dlq-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('dead-letters after five failed receives, and redrive publishes what was missing', async () => {
  writeFileSync(join(dir, 'market.txt'), 'Market reopens\n\nThe covered market reopened on Saturday after a two-year renovation.\n');
  let attempts = 0;
  const first = await runLocal({
    dataDir: join(dir, 'state'),
    files: localFiles([join(dir, 'market.txt')], INCOMING_PREFIX),
    // The bus refuses everything (a stand-in for an EventBridge outage).
    bus: () => ({ publish: async (events) => ((attempts++, { accepted: events.map(() => false) })) }),
  });
  expect(attempts).toBe(5);
  expect(first.deadLettered).toBe(1);
  expect(first.counts.events).toBe(0);
  expect(readFileSync(join(dir, 'state/dlq.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);

  const redriven = await redriveLocal(join(dir, 'state'));
  expect(redriven).toEqual({ moved: 1, succeeded: 1, deadLettered: 0 });
  expect(existsSync(join(dir, 'state/dlq.jsonl'))).toBe(false);
  const events = readFileSync(join(dir, 'state/events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(events.map((e) => e['detail-type'])).toEqual(['Article Ingested']);
});
