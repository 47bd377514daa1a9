/**
 * What the ingest use case needs from the outside world. AWS adapters and the local run both
 * implement these; the use case never sees an SDK client.
 */
import type { ArticleRecord, NearDuplicate, Rejection } from '#contracts/record.ts';
import type { PipelineEvent } from '#contracts/events.ts';

export interface FetchedObject {
  bytes: Uint8Array;
  etag: string | null;
  size: number;
  contentType: string | null;
  /** The page's address from the object's user metadata (`x-amz-meta-source-url`…), when the uploader stated one. */
  sourceUrl: string | null;
}

export type FetchResult =
  | { kind: 'ok'; object: FetchedObject }
  | { kind: 'not-found' }
  /** The object is larger than the bound: its body was not read. */
  | { kind: 'too-large'; size: number; etag: string | null };

export interface ObjectStore {
  /** Reads an object, refusing to read more than `maxBytes` of it. */
  get(bucket: string, key: string, maxBytes: number): Promise<FetchResult>;
  /** Writes a JSON document (full records too large for a table item). */
  putJson(bucket: string, key: string, value: unknown): Promise<void>;
  /** Copies an object server-side (quarantine of objects too large to have been read). */
  copy(bucket: string, fromKey: string, toKey: string): Promise<void>;
  /** Writes raw bytes with a content type. */
  putBytes(bucket: string, key: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

/** Outcome of trying to claim an article's content fingerprint. */
export type ClaimResult = { kind: 'claimed' } | { kind: 'taken'; by: string };

/** The state of an article item as the store holds it. */
export interface ArticleState {
  status: 'stored' | 'duplicate';
  sha256: string;
  /** The extractor version that made the stored record. */
  extractorVersion: string | null;
  published: boolean;
  /** The notification that last changed the item; a redelivery carries the same one. */
  delivery: string;
  /** Until when a publisher holds the right to publish this item's event (epoch ms). */
  leaseUntil: number;
  /** The story the stored article belongs to; null for items written before stories existed. */
  story: StoryMembership | null;
}

/** The story an article belongs to, as its state item and record keep it. */
export interface StoryMembership {
  /** The id of the story's first article. */
  storyId: string;
  /** When the article joined the story (its first ingest): the order a story's articles are listed in. */
  since: string;
  /** The article it was found to copy, when it joined another's story. */
  nearDuplicateOf: NearDuplicate | null;
}

export interface RejectionState {
  published: boolean;
  delivery: string;
  leaseUntil: number;
}

export interface StoredPointer {
  /** S3 location of the full record when it did not fit an item; null when the item holds it whole. */
  s3: { bucket: string; key: string } | null;
}

export interface PutArticleOptions {
  delivery: string;
  leaseUntil: number;
  pointer: StoredPointer;
  /** null: the article must not exist yet; otherwise its current sha256 and delivery. */
  expected: { sha256: string; delivery: string } | null;
  /** The article's story, kept on its state item and listed by the byStory access pattern. */
  story: StoryMembership | null;
}

export interface ArticleStore {
  claimFingerprint(sha256: string, articleId: string): Promise<ClaimResult>;
  releaseFingerprint(sha256: string, articleId: string): Promise<void>;
  getArticle(id: string): Promise<ArticleState | null>;
  getRejection(id: string): Promise<RejectionState | null>;
  /**
   * Writes the article item, its entity index items, and takes the publish lease.
   * `expected` guards against a concurrent writer: null means "must not exist yet",
   * otherwise the item's current sha256 and delivery. Returns false when the guard failed.
   */
  putArticle(
    record: ArticleRecord,
    opts: PutArticleOptions,
  ): Promise<boolean>;
  /** Re-writes the article item and its index (idempotent), for a writer recovering an unpublished article. */
  writeArticle(record: ArticleRecord, pointer: StoredPointer, replacing: boolean, story: StoryMembership | null): Promise<void>;
  /**
   * The story of an article about to be stored: `known` when it already has one (kept, so reprocessing
   * never moves an article), else the story of the stored article it copies, else a new one it founds.
   * Idempotent: a redelivery gets the same answer.
   */
  assignStory(record: ArticleRecord, known: StoryMembership | null): Promise<StoryMembership>;
  putDuplicate(record: ArticleRecord, opts: { delivery: string; duplicateOf: string }): Promise<void>;
  putRejection(
    id: string,
    rejection: Rejection,
    opts: { bucket: string; key: string; delivery: string; leaseUntil: number; quarantineKey: string | null; expectedDelivery: string | null },
  ): Promise<boolean>;
  /** Takes the publish lease of an unpublished item whose lease has expired. False when someone else holds it. */
  takeLease(id: string, kind: 'article' | 'rejection', now: number, leaseUntil: number): Promise<boolean>;
  markPublished(id: string, kind: 'article' | 'rejection'): Promise<void>;
  /** Gives up the publish lease after the bus refused the event, so a retry can publish at once. */
  releaseLease(id: string, kind: 'article' | 'rejection'): Promise<void>;
}

/** Result of publishing a batch: for each event given, whether the bus accepted it. */
export interface PublishResult {
  accepted: boolean[];
}

export interface EventPublisher {
  publish(events: PipelineEvent[]): Promise<PublishResult>;
}
