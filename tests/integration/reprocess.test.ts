/** Reprocessing stored objects through a newer extractor (the Distributed Map's batch handler). */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DetailType } from '#contracts/events.ts';
import { reprocessBatch } from '../../lambdas/ingest/reprocess.ts';
import { localDeps } from '../../local/runner.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const TEXT = 'Ferry service resumes\n\nThe island ferry resumed service on Friday after storms kept it in port for a week.\n';

it('replaces records made by an older extractor and emits Article Updated, once', async () => {
  await h.deliver(await h.put('incoming/ferry.txt', TEXT));
  const id = h.outcomes[0]!.articles[0]!.id;
  // Pretend an older extractor made the stored record.
  await h.stack.clients.doc.send(
    new UpdateCommand({ TableName: h.stack.table, Key: { pk: `ARTICLE#${id}`, sk: 'STATE' }, UpdateExpression: 'SET extractorVersion = :v', ExpressionAttributeValues: { ':v': '0.0.0' } }),
  );
  const deps = localDeps(h.stack, h.bus);
  const batch = { Items: [{ Key: 'incoming/ferry.txt' }, { Key: 'incoming/missing.txt' }, { Key: 'incoming/photo.png' }], BatchInput: { bucket: h.stack.bucket } };

  const first = await reprocessBatch(batch, deps);
  expect(first).toMatchObject({ processed: 2, updated: 1, skipped: 2, failed: [] });
  expect(h.bus.of(DetailType.ArticleUpdated)).toHaveLength(1);
  expect((await h.get(id)).item?.extractorVersion).not.toBe('0.0.0');

  const again = await reprocessBatch(batch, deps);
  expect(again).toMatchObject({ updated: 0, unchanged: 1 });
  expect(h.bus.of(DetailType.ArticleUpdated)).toHaveLength(1);
});
