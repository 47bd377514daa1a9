/**
 * The ingest handler end to end against s3rver and dynalite: storage, idempotency, duplicates,
 * rejections and quarantine, event publication and its recovery.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailType } from '#contracts/events.ts';
import type { ArticleIngestedDetail, ArticleRejectedDetail } from '#contracts/events.ts';
import { startHarness, type Harness } from './harness.ts';

const SEED = readFileSync('seeds/afghanistan-taliban-china-russia-scraped.txt');
const ARTICLE = (title: string) =>
  `${title}\n\nThe city council voted on Tuesday to expand the harbour, a decision that had divided residents for a decade.\n\n` +
  `Supporters said the project would bring jobs. Opponents worried about the cost and the noise.\n`;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('ingest handler on the local emulators', () => {
  it('stores the seed and emits one Article Ingested with a small detail', async () => {
    // Prepare
    const msg = await h.put('incoming/seed.txt', SEED);
    // Act
    const failed = await h.deliver(msg);
    // Assess
    expect(failed).toEqual([]);
    const [event] = h.bus.of(DetailType.ArticleIngested);
    expect(h.bus.events).toHaveLength(1);
    const detail = event!.detail as ArticleIngestedDetail;
    expect(detail.title).toBe('China, Russia approach Taliban extremists for formal relations with Afghan regime');
    expect(detail.source).toEqual({ bucket: h.stack.bucket, key: 'incoming/seed.txt', line: null });
    expect(detail.record.s3).toBeNull();
    expect(JSON.stringify(detail)).not.toContain('Zhirnov said that Russia wants');
    const stored = await h.get(detail.id);
    expect(stored.item?.status).toBe('stored');
    expect(stored.state?.published).toBe(true);
    expect(stored.article?.body).toContain('Moscow waged a disastrous decade-long war');
  });

  it("takes a text's address, publisher and URL day from the object's user metadata (x-amz-meta-source-url)", async () => {
    const msg = await h.put('incoming/bridge.txt', ARTICLE('Harbour expansion approved - harbourtimes'), { 'source-url': 'https://www.harbourtimes.example/2025/11/03/harbour-expansion' });
    expect(await h.deliver(msg)).toEqual([]);
    const detail = h.bus.of(DetailType.ArticleIngested)[0]!.detail as ArticleIngestedDetail;
    const stored = await h.get(detail.id);
    expect(stored.article?.url).toBe('https://www.harbourtimes.example/2025/11/03/harbour-expansion');
    expect(stored.article?.publisher).toBe('harbourtimes.example');
    expect(stored.article?.publishedAt).toBe('2025-11-03T00:00:00.000Z');
    expect(stored.article?.publishedAtSource).toBe('url');
    expect(stored.article?.title).toBe('Harbour expansion approved');
  });

  it('stores one record and emits one event when the same message is delivered twice', async () => {
    const msg = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved'));
    await h.deliver(msg);
    await h.deliver(msg);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
    expect(h.outcomes.map((o) => o.articles[0]!.kind)).toEqual(['stored', 'duplicate']);
  });

  it('delivers one event when the same message reaches two invocations at once', async () => {
    const msg = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved'));
    const [f1, f2] = await Promise.all([h.deliver(msg), h.deliver(msg)]);
    // The loser either saw the finished work or backed off to retry; a retry finds it done.
    if (f1.length + f2.length > 0) expect(await h.deliver(msg)).toEqual([]);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
  });

  it('records the same content under another key as a duplicate of the first, with no event', async () => {
    await h.deliver(await h.put('incoming/first.txt', ARTICLE('Harbour expansion approved')));
    await h.deliver(await h.put('incoming/copy/second.txt', ARTICLE('Harbour expansion approved')));
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
    const [first, second] = h.outcomes.map((o) => o.articles[0]!);
    expect(second!.kind).toBe('duplicate');
    expect(second!.detail).toBe(first!.id);
    const dup = await h.get(second!.id);
    expect(dup.item?.status).toBe('duplicate');
    expect(dup.item?.duplicateOf).toBe(first!.id);
  });

  it('quarantines and emits Article Rejected for an empty object, once per delivery', async () => {
    const msg = await h.put('incoming/empty.txt', '   \n\n  ');
    expect(await h.deliver(msg)).toEqual([]);
    await h.deliver(msg); // redelivery: no second event
    const rejected = h.bus.of(DetailType.ArticleRejected);
    expect(rejected).toHaveLength(1);
    const detail = rejected[0]!.detail as ArticleRejectedDetail;
    expect(detail.code).toBe('empty');
    expect(detail.reason).not.toContain('\n');
    expect(detail.quarantine).toEqual({ bucket: h.stack.bucket, key: 'quarantine/empty.txt' });
    expect(await h.readObject('quarantine/empty.txt')).toBe('   \n\n  ');
    const reasons = JSON.parse((await h.readObject('quarantine/empty.txt.rejection.json'))!);
    expect(reasons.rejections[0].code).toBe('empty');
    const stored = await h.get(detail.id);
    expect(stored.rejection?.status).toBe('rejected');
  });

  it('publishes the missing event on redelivery after the bus refused it', async () => {
    const msg = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved'));
    h.bus.accept = () => false; // the bus is down
    expect(await h.deliver(msg)).toEqual([msg.messageId]);
    expect(h.bus.events).toHaveLength(0);
    h.bus.accept = () => true;
    expect(await h.deliver(msg)).toEqual([]);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
    await h.deliver(msg);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
  });

  it('publishes on redelivery when the process died between the write and the publish', async () => {
    const msg = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved'));
    // Simulate a death after the write: the publish never returns and the invocation is abandoned.
    const publish = h.bus.publish.bind(h.bus);
    let written!: () => void;
    const reachedPublish = new Promise<void>((r) => (written = r));
    h.bus.publish = () => {
      written();
      return new Promise(() => {});
    };
    void h.deliver(msg);
    await reachedPublish;
    h.bus.publish = publish;
    // Before the lease expires, a redelivery backs off; after it, the redelivery publishes.
    expect(await h.deliver(msg)).toEqual([msg.messageId]);
    h.now.value += 120_000;
    expect(await h.deliver(msg)).toEqual([]);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
  });

  it('decodes URL-encoded keys with spaces, unicode and plus signs', async () => {
    const msg = await h.put('incoming/news desk/Zürich a+b.txt', ARTICLE('Harbour expansion approved'));
    expect(JSON.parse(msg.body).Records[0].s3.object.key).toBe('incoming/news+desk/Z%C3%BCrich+a%2Bb.txt');
    expect(await h.deliver(msg)).toEqual([]);
    const detail = h.bus.events[0]!.detail as ArticleIngestedDetail;
    expect(detail.source.key).toBe('incoming/news desk/Zürich a+b.txt');
  });

  it('puts records too large for an item in S3 records/ with a pointer, untruncated', async () => {
    await h.close();
    h = await startHarness({ maxItemBytes: 2_000 });
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the long report on the harbour expansion and its many consequences.`).join('\n\n');
    const msg = await h.put('incoming/long.txt', `Long harbour report\n\n${body}`);
    expect(await h.deliver(msg)).toEqual([]);
    const detail = h.bus.events[0]!.detail as ArticleIngestedDetail;
    expect(detail.record.s3).toEqual({ bucket: h.stack.bucket, key: `records/${detail.id}.json` });
    const stored = await h.get(detail.id);
    expect(stored.item?.record).not.toHaveProperty('body');
    expect(stored.article?.body).toContain('Paragraph 39 of the long report');
  });

  it('stores the new content and emits Article Updated when an object is replaced', async () => {
    await h.deliver(await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved')));
    await h.deliver(await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved after a long night') + '\nThe mayor signed the order at dawn.\n'));
    expect(h.bus.events.map((e) => e.detailType)).toEqual([DetailType.ArticleIngested, DetailType.ArticleUpdated]);
    const id = h.outcomes[0]!.articles[0]!.id;
    expect((await h.get(id)).article?.title).toBe('Harbour expansion approved after a long night');
  });

  it('skips an object deleted after its notification, without retrying forever', async () => {
    const msg = await h.put('incoming/gone.txt', ARTICLE('Harbour expansion approved'));
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await h.stack.clients.s3.send(new DeleteObjectCommand({ Bucket: h.stack.bucket, Key: 'incoming/gone.txt' }));
    expect(await h.deliver(msg)).toEqual([]);
    expect(h.outcomes[0]!.skipped).toMatch(/no longer exists/);
    expect(h.bus.events).toHaveLength(0);
  });

  it('skips a notification whose object was replaced since (ETag changed): the newer notification handles it', async () => {
    const old = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved'));
    const newer = await h.put('incoming/a.txt', ARTICLE('Harbour expansion approved') + '\nA late amendment passed too.\n');
    expect(await h.deliver(old)).toEqual([]);
    expect(h.outcomes[0]!.skipped).toMatch(/replaced/);
    expect(await h.deliver(newer)).toEqual([]);
    expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
  });

  it('hands messages back when the invocation is nearly out of time, instead of being cut off', async () => {
    const msg = await h.put('incoming/late.txt', ARTICLE('Harbour expansion approved'));
    const { makeSqsHandler } = await import('../../lambdas/ingest/handler.ts');
    const { localDeps, localContext, quietObservability } = await import('../../local/runner.ts');
    const handler = makeSqsHandler(localDeps(h.stack, h.bus), quietObservability());
    const res = await handler({ Records: [msg] }, { ...localContext(), getRemainingTimeInMillis: () => 3_000 });
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: msg.messageId }]);
    expect(h.bus.events).toHaveLength(0);
  });
});
