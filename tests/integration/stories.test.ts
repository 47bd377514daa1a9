/**
 * Stories end to end on the emulators (dynalite, s3rver): near-copies found at ingest join the story
 * of what they copy, exact copies stay duplicates, redelivery and races end in one story, and
 * reprocessing keeps an article's story.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DetailType, type ArticleIngestedDetail } from '#contracts/events.ts';
import { DynamoArticleStore } from '#adapters/article-table.ts';
import { reprocessBatch } from '../../lambdas/ingest/reprocess.ts';
import { localDeps } from '../../local/runner.ts';
import { listArticles } from '../../local/queries.ts';
import { EXTENDED_TEXT, OTHER_STORY_TEXT, REPUBLISHED_TEXT, WIRE_TEXT } from '../fixtures/stories/articles.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const ingested = () => h.bus.of(DetailType.ArticleIngested).map((e) => e.detail as ArticleIngestedDetail);
async function ingest(key: string, text: string) {
  h.now.value += 60_000;
  await h.deliver(await h.put(key, text));
  return h.outcomes[h.outcomes.length - 1]!.articles[0]!;
}

describe('stories: near-copies grouped at ingest', () => {
  it('stores a republished copy as its own article in the story of the original, and says so in record and event', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const copy = await ingest('incoming/outlet-b/port-terminal.txt', REPUBLISHED_TEXT);
    expect([wire.kind, copy.kind]).toEqual(['stored', 'stored']);

    const wireRecord = (await h.get(wire.id)).article!;
    const copyRecord = (await h.get(copy.id)).article!;
    expect(wireRecord.storyId).toBe(wire.id);
    expect(wireRecord.nearDuplicateOf).toBeNull();
    expect(copyRecord.storyId).toBe(wire.id);
    expect(copyRecord.nearDuplicateOf?.id).toBe(wire.id);
    expect(copyRecord.nearDuplicateOf?.similarity).toBeGreaterThan(0.6);

    const [first, second] = ingested();
    expect(first).toMatchObject({ id: wire.id, storyId: wire.id, firstInStory: true });
    expect(second).toMatchObject({ id: copy.id, storyId: wire.id, firstInStory: false });
  });

  it('keeps a different story on the same topic in a story of its own', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const other = await ingest('incoming/outlet-c/protest.txt', OTHER_STORY_TEXT);
    expect((await h.get(other.id)).article!.storyId).toBe(other.id);
    expect(ingested().map((d) => d.firstInStory)).toEqual([true, true]);
    expect((await listArticles(h.stack, { story: wire.id })).map((a) => a.id)).toEqual([wire.id]);
  });

  it('leaves an exact copy a duplicate (no event, not a member), so the books still balance', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const same = await ingest('incoming/mirror/terminal.txt', WIRE_TEXT);
    expect(same.kind).toBe('duplicate');
    expect(ingested()).toHaveLength(1);
    expect((await listArticles(h.stack, { story: wire.id })).map((a) => a.id)).toEqual([wire.id]);
  });

  it('lists a story oldest first, with what each copy was matched to (the byStory access pattern)', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const copy = await ingest('incoming/outlet-b/port-terminal.txt', REPUBLISHED_TEXT);
    const longer = await ingest('incoming/outlet-d/terminal.txt', EXTENDED_TEXT);
    await ingest('incoming/outlet-c/protest.txt', OTHER_STORY_TEXT);
    const members = await listArticles(h.stack, { story: wire.id });
    expect(members.map((m) => m.id)).toEqual([wire.id, copy.id, longer.id]);
    expect(members[0]!.story?.nearDuplicateOf).toBeNull();
    expect(members[2]!.story?.nearDuplicateOf?.similarity).toBeGreaterThan(0.5);
  });

  it('joins the same story again when a message is redelivered', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const msg = await h.put('incoming/outlet-b/port-terminal.txt', REPUBLISHED_TEXT);
    await h.deliver(msg);
    await h.deliver(msg);
    const copyId = h.outcomes[1]!.articles[0]!.id;
    expect(h.outcomes[2]!.articles[0]!.kind).toBe('duplicate');
    expect((await h.get(copyId)).article!.storyId).toBe(wire.id);
    expect(ingested()).toHaveLength(2);
    expect((await listArticles(h.stack, { story: wire.id })).map((a) => a.id)).toEqual([wire.id, copyId]);
  });

  it('ends two copies ingested at the same moment in one story', async () => {
    const a = await h.put('incoming/x/one.txt', WIRE_TEXT);
    const b = await h.put('incoming/y/two.txt', REPUBLISHED_TEXT);
    const failed = await Promise.all([h.deliver(a), h.deliver(b)]);
    for (const [i, f] of failed.entries()) if (f.length) await h.deliver([a, b][i]!);
    const ids = ingested().map((d) => d.id);
    expect(ids).toHaveLength(2);
    const stories = await Promise.all(ids.map(async (id) => (await h.get(id)).article!.storyId));
    expect(stories[0]).toBe(stories[1]);
    expect(ingested().filter((d) => d.firstInStory)).toHaveLength(1);
  });

  it('settles a race inside the story index: both founders try, one story wins', async () => {
    // The two assignments run interleaved against dynalite, each reading no claims before either writes.
    const store = new DynamoArticleStore(h.stack.clients.doc, h.stack.table);
    const { processObject } = await import('#core/pipeline.ts');
    const rec = (key: string, text: string) => processObject(Buffer.from(text), { bucket: 'b', key, etag: null, size: text.length }).records[0]!;
    const one = rec('incoming/one.txt', WIRE_TEXT);
    const two = rec('incoming/two.txt', REPUBLISHED_TEXT);
    const [s1, s2] = await Promise.all([store.assignStory(one, null), store.assignStory(two, null)]);
    expect(s1.storyId).toBe(s2.storyId);
    // Asked again (a redelivery), each gets the same answer.
    expect((await store.assignStory(two, null)).storyId).toBe(s2.storyId);
    expect((await store.assignStory(one, null)).storyId).toBe(s1.storyId);
  });

  it('keeps an article in its story when it is reprocessed or its object replaced', async () => {
    const wire = await ingest('incoming/agency/terminal.txt', WIRE_TEXT);
    const copy = await ingest('incoming/outlet-b/port-terminal.txt', REPUBLISHED_TEXT);
    // Replaced by a longer edit of the same outlet: Article Updated, same story.
    await ingest('incoming/outlet-b/port-terminal.txt', REPUBLISHED_TEXT + '\nThe chairwoman repeated the timetable on local radio.\n');
    expect(h.bus.of(DetailType.ArticleUpdated)).toHaveLength(1);
    expect((await h.get(copy.id)).article!.storyId).toBe(wire.id);

    await h.stack.clients.doc.send(
      new UpdateCommand({ TableName: h.stack.table, Key: { pk: `ARTICLE#${copy.id}`, sk: 'STATE' }, UpdateExpression: 'SET extractorVersion = :v', ExpressionAttributeValues: { ':v': '0.0.0' } }),
    );
    const out = await reprocessBatch({ Items: [{ Key: 'incoming/outlet-b/port-terminal.txt' }], BatchInput: { bucket: h.stack.bucket } }, localDeps(h.stack, h.bus));
    expect(out).toMatchObject({ updated: 1 });
    expect((await h.get(copy.id)).article).toMatchObject({ storyId: wire.id, nearDuplicateOf: { id: wire.id } });
    expect((await listArticles(h.stack, { story: wire.id })).map((a) => a.id)).toEqual([wire.id, copy.id]);
  });
});
