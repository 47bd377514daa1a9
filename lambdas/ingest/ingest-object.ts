/**
 * The ingest use case: one S3 object → stored records, duplicates and rejections, and their events.
 *
 * Delivery is at least once, so every step is idempotent:
 * - an article's id comes from (bucket, key, index): a redelivery finds its own item;
 * - content is claimed by fingerprint (a conditional put): the same article under another key
 *   becomes a duplicate of the first;
 * - a near-copy (another outlet's edit of the same story) is stored, and joins the story of the
 *   article it copies through the story index's conditional band claims (adapters/story-index.ts);
 * - items are written with `published = false` and a short publish lease, the event is put on the
 *   bus, and only then is the item marked published. A process that dies in between leaves an
 *   unpublished item whose lease expires; the redelivery takes the lease and publishes.
 * Infrastructure failures throw: the SQS message returns to the queue and is retried.
 */
import type { S3Location, PipelineEvent } from '#contracts/events.ts';
import { DetailType } from '#contracts/events.ts';
import type { ArticleRecord, Rejection, RejectionCode } from '#contracts/record.ts';
import { articleId } from '#core/extract/index.ts';
import type { BudgetSettings } from '#core/budget.ts';
import { processObject } from '#core/pipeline.ts';
import type { Limits } from '#core/types.ts';
import { ingestedDetail, rejectedDetail } from './event-details.ts';
import type { ArticleStore, EventPublisher, ObjectStore, StoryMembership } from './ports.ts';

export interface IngestConfig {
  tableName: string;
  incomingPrefix: string;
  recordsPrefix: string;
  quarantinePrefix: string;
  limits: Limits;
  /** Records whose JSON is larger than this go to S3 `records/` with a pointer in the item. */
  maxItemBytes: number;
  /** How long a writer holds the right to publish an item's event before another may (ms). */
  publishLeaseMs: number;
  /** Time the core may spend on one object (default 1 s + 1 s per MB): see core/budget.ts. */
  timeBudget?: BudgetSettings;
}

export interface IngestDeps {
  objects: ObjectStore;
  store: ArticleStore;
  bus: EventPublisher;
  config: IngestConfig;
  /** Epoch milliseconds; injected so tests can move time. */
  now: () => number;
}

/** An object named by a notification. */
export interface ObjectRef {
  bucket: string;
  /** Decoded key. */
  key: string;
  etag: string | null;
  /**
   * Identifies this notification: S3's sequencer (unique per key and event). A redelivery of the same
   * notification carries the same value; a new upload of the same key carries a new one.
   */
  delivery: string;
  /**
   * Reprocessing: records made by an older extractor are replaced (event `Article Updated`) even when
   * the content is unchanged.
   */
  reprocess?: boolean;
}

export type ArticleOutcomeKind = 'stored' | 'updated' | 'duplicate' | 'rejected';

export interface ArticleOutcome {
  id: string;
  kind: ArticleOutcomeKind;
  line: number | null;
  /**
   * For rejections: the one-line reason; for duplicates: the id of the article it duplicates; for a
   * stored near-copy: the story it joined.
   */
  detail: string | null;
  /** The article title (null for rejections). */
  title: string | null;
  /** For rejections: why, as a code (`timeout`, `no-article`, …). */
  code?: RejectionCode;
  /** True when this call put the article's event on the bus. */
  published: boolean;
}

export interface ObjectOutcome {
  bucket: string;
  key: string;
  /** Set when the object was not processed at all, with why. */
  skipped: string | null;
  articles: ArticleOutcome[];
  quarantineKey: string | null;
}

/** Another invocation is in the middle of writing or publishing the same article. Retry later. */
export class ConcurrentDeliveryError extends Error {
  override name = 'ConcurrentDeliveryError';
}

/** The bus refused some events even after retries; they stay unpublished and the message is retried. */
export class EventPublishError extends Error {
  override name = 'EventPublishError';
}

interface PendingEvent {
  id: string;
  kind: 'article' | 'rejection';
  event: PipelineEvent;
  outcome: ArticleOutcome;
}

/**
 * Ingests one object.
 * @example await ingestObject({ bucket: 'raw', key: 'incoming/a.txt', etag: '"abc"', delivery: '0065A1' }, deps)
 */
export async function ingestObject(ref: ObjectRef, deps: IngestDeps): Promise<ObjectOutcome> {
  const { config } = deps;
  const outcome: ObjectOutcome = { bucket: ref.bucket, key: ref.key, skipped: null, articles: [], quarantineKey: null };
  if (!ref.key.startsWith(config.incomingPrefix)) {
    return { ...outcome, skipped: `key is outside ${config.incomingPrefix}` };
  }
  const fetched = await deps.objects.get(ref.bucket, ref.key, config.limits.maxRawBytes);
  if (fetched.kind === 'not-found') {
    return { ...outcome, skipped: 'object no longer exists (deleted after the notification)' };
  }
  const currentEtag = fetched.kind === 'ok' ? fetched.object.etag : fetched.etag;
  if (ref.etag && currentEtag && normalizeEtag(ref.etag) !== normalizeEtag(currentEtag)) {
    // A newer version replaced the object; its own notification will bring it here.
    return { ...outcome, skipped: 'object was replaced after the notification (ETag changed)' };
  }

  let records: ArticleRecord[] = [];
  let rejections: Rejection[];
  let bytes: Uint8Array | null = null;
  if (fetched.kind === 'too-large') {
    rejections = [
      {
        code: 'too-large',
        reason: `object is ${fetched.size} bytes, over the ${config.limits.maxRawBytes}-byte limit`,
        line: null,
        index: 0,
      },
    ];
  } else {
    bytes = fetched.object.bytes;
    const result = processObject(
      bytes,
      { bucket: ref.bucket, key: ref.key, etag: currentEtag, size: fetched.object.size, contentType: fetched.object.contentType, sourceUrl: fetched.object.sourceUrl },
      { limits: config.limits, ingestedAt: new Date(deps.now()).toISOString(), budget: config.timeBudget },
    );
    records = result.records;
    rejections = result.rejections;
  }

  const pending: PendingEvent[] = [];
  for (const record of records) {
    const article = await storeArticle(record, ref, deps);
    outcome.articles.push(article.outcome);
    if (article.event) pending.push({ id: record.id, kind: 'article', event: article.event, outcome: article.outcome });
  }
  if (rejections.length > 0) {
    outcome.quarantineKey = await quarantine(ref, bytes, rejections, deps);
  }
  for (const rejection of rejections) {
    const r = await storeRejection(rejection, ref, outcome.quarantineKey, deps);
    outcome.articles.push(r.outcome);
    if (r.event) pending.push({ id: r.outcome.id, kind: 'rejection', event: r.event, outcome: r.outcome });
  }
  await publishPending(pending, deps);
  return outcome;
}

async function storeArticle(
  record: ArticleRecord,
  ref: ObjectRef,
  deps: IngestDeps,
): Promise<{ outcome: ArticleOutcome; event: PipelineEvent | null }> {
  const { store, config } = deps;
  const id = record.id;
  const sha = record.fingerprint.sha256;
  const base = { id, line: record.source.line, title: record.title, detail: null, published: false };

  const claim = await store.claimFingerprint(sha, id);
  if (claim.kind === 'taken') {
    await store.putDuplicate(record, { delivery: ref.delivery, duplicateOf: claim.by });
    return { outcome: { ...base, kind: 'duplicate', detail: claim.by }, event: null };
  }

  const existing = await store.getArticle(id);
  const now = deps.now();
  const stale = ref.reprocess === true && existing?.extractorVersion !== record.extractorVersion;
  if (existing && existing.status === 'stored' && existing.sha256 === sha && !stale) {
    if (existing.published) {
      // A redelivery, or the same content uploaded again under the same key: nothing new.
      return { outcome: { ...base, kind: 'duplicate', detail: id }, event: null };
    }
    // Stored earlier but its event never went out (the writer died): publish it now.
    if (!(await store.takeLease(id, 'article', now, now + config.publishLeaseMs))) {
      throw new ConcurrentDeliveryError(`article ${id} is being published by another invocation`);
    }
    // The first writer may have died before the article item: write it again (idempotent).
    const story = await store.assignStory(record, existing.story);
    const stored = inStory(record, story);
    const pointer = await pointerFor(stored, ref.bucket, deps, true);
    await store.writeArticle(stored, { s3: pointer }, false, story);
    return {
      outcome: { ...base, kind: 'stored' },
      event: { detailType: DetailType.ArticleIngested, detail: ingestedDetail(stored, config.tableName, pointer) },
    };
  }

  const updating = existing !== null && existing.status === 'stored';
  // A near-copy of a stored article joins that article's story; an updated article keeps its own.
  const story = await store.assignStory(record, updating ? existing.story : null);
  const stored = inStory(record, story);
  const pointer = await pointerFor(stored, ref.bucket, deps, true);
  const written = await store.putArticle(stored, {
    delivery: ref.delivery,
    leaseUntil: now + config.publishLeaseMs,
    pointer: { s3: pointer },
    expected: existing ? { sha256: existing.sha256, delivery: existing.delivery } : null,
    story,
  });
  if (!written) throw new ConcurrentDeliveryError(`article ${id} was written concurrently by another invocation`);
  // The old content's claim goes, so a later copy of it elsewhere is not called a duplicate of this article.
  if (updating && existing.sha256 !== sha) await store.releaseFingerprint(existing.sha256, id);
  const detailType = updating ? DetailType.ArticleUpdated : DetailType.ArticleIngested;
  return {
    outcome: { ...base, kind: updating ? 'updated' : 'stored', ...(story.nearDuplicateOf ? { detail: story.storyId } : {}) },
    event: { detailType, detail: ingestedDetail(stored, config.tableName, pointer) } as PipelineEvent,
  };
}

/** The record as stored: with the story the store assigned. */
function inStory(record: ArticleRecord, story: StoryMembership): ArticleRecord {
  return { ...record, storyId: story.storyId, nearDuplicateOf: story.nearDuplicateOf };
}

/** Large records go to S3 whole; the item keeps the fields that fit and a pointer. */
async function pointerFor(record: ArticleRecord, bucket: string, deps: IngestDeps, write: boolean): Promise<S3Location | null> {
  const size = Buffer.byteLength(JSON.stringify(record));
  if (size <= deps.config.maxItemBytes) return null;
  const key = `${deps.config.recordsPrefix}${record.id}.json`;
  if (write) await deps.objects.putJson(bucket, key, record);
  return { bucket, key };
}

async function storeRejection(
  rejection: Rejection,
  ref: ObjectRef,
  quarantineKey: string | null,
  deps: IngestDeps,
): Promise<{ outcome: ArticleOutcome; event: PipelineEvent | null }> {
  const { store, config } = deps;
  const id = articleId(ref.bucket, ref.key, rejection.index);
  const base = { id, kind: 'rejected' as const, line: rejection.line, title: null, detail: rejection.reason, code: rejection.code, published: false };
  const now = deps.now();
  const quarantine = quarantineKey ? { bucket: ref.bucket, key: quarantineKey } : null;
  const event: PipelineEvent = {
    detailType: DetailType.ArticleRejected,
    detail: rejectedDetail(id, rejection, ref, quarantine),
  };
  const existing = await store.getRejection(id);
  if (existing && existing.delivery === ref.delivery) {
    if (existing.published) return { outcome: base, event: null };
    if (!(await store.takeLease(id, 'rejection', now, now + config.publishLeaseMs))) {
      throw new ConcurrentDeliveryError(`rejection ${id} is being published by another invocation`);
    }
    return { outcome: base, event };
  }
  const written = await store.putRejection(id, rejection, {
    bucket: ref.bucket,
    key: ref.key,
    delivery: ref.delivery,
    leaseUntil: now + config.publishLeaseMs,
    quarantineKey,
    expectedDelivery: existing?.delivery ?? null,
  });
  if (!written) throw new ConcurrentDeliveryError(`rejection ${id} was written concurrently by another invocation`);
  return { outcome: base, event };
}

/** Copies the object to quarantine/ with a JSON file of the reasons beside it. Idempotent: same keys each time. */
async function quarantine(ref: ObjectRef, bytes: Uint8Array | null, rejections: Rejection[], deps: IngestDeps): Promise<string> {
  const { config, objects } = deps;
  const rest = ref.key.slice(config.incomingPrefix.length);
  const key = `${config.quarantinePrefix}${rest}`;
  if (bytes) await objects.putBytes(ref.bucket, key, bytes, 'application/octet-stream');
  else await objects.copy(ref.bucket, ref.key, key);
  await objects.putJson(ref.bucket, `${key}.rejection.json`, {
    source: { bucket: ref.bucket, key: ref.key, etag: ref.etag },
    rejections: rejections.map((r) => ({ code: r.code, reason: r.reason, line: r.line })),
  });
  return key;
}

async function publishPending(pending: PendingEvent[], deps: IngestDeps): Promise<void> {
  if (pending.length === 0) return;
  const { accepted } = await deps.bus.publish(pending.map((p) => p.event));
  let failed = 0;
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    if (accepted[i]) {
      await deps.store.markPublished(p.id, p.kind);
      p.outcome.published = true;
    } else {
      await deps.store.releaseLease(p.id, p.kind);
      failed++;
    }
  }
  if (failed > 0) throw new EventPublishError(`${failed} of ${pending.length} events were not accepted by the bus`);
}

function normalizeEtag(etag: string): string {
  return etag.replace(/^W\//, '').replace(/"/g, '');
}
