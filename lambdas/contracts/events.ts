/**
 * The events news-ingest puts on its EventBridge bus. Detail is small by design: enough to
 * route and filter (language, publisher, entities) and to fetch the full record, never the body.
 * JSON Schemas: `schemas/article-ingested.schema.json`, `schemas/article-rejected.schema.json`.
 */
import type { EntityType, RejectionCode } from './record.ts';

export const EVENT_SCHEMA_VERSION = 1 as const;
export const DEFAULT_EVENT_SOURCE = 'news.ingest';

export const DetailType = {
  ArticleIngested: 'Article Ingested',
  ArticleRejected: 'Article Rejected',
  ArticleUpdated: 'Article Updated',
} as const;
export type DetailType = (typeof DetailType)[keyof typeof DetailType];

export interface S3Location {
  bucket: string;
  key: string;
}

export interface EventEntity {
  name: string;
  type: EntityType;
}

export interface ArticleIngestedDetail {
  schemaVersion: typeof EVENT_SCHEMA_VERSION;
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string;
  /** Up to 10 entities, most mentioned first. */
  entities: EventEntity[];
  /** Flat names of `entities`, so a rule can match `{"entityNames": ["Kabul"]}`. */
  entityNames: string[];
  source: S3Location & { line: number | null };
  /** Where the full record lives: the table item, and the S3 copy when the record is large. */
  record: { table: string; id: string; s3: S3Location | null };
  extractorVersion: string;
  /** The story the article belongs to (the id of its first article); absent in events before 0.4.0. */
  storyId?: string;
  /** True when this article founded its story: filter on it to get one event per story. */
  firstInStory?: boolean;
}

export type ArticleUpdatedDetail = ArticleIngestedDetail;

export interface ArticleRejectedDetail {
  schemaVersion: typeof EVENT_SCHEMA_VERSION;
  id: string;
  code: RejectionCode;
  reason: string;
  source: S3Location & { line: number | null };
  /** The quarantined copy of the object. */
  quarantine: S3Location | null;
}

/** One event as the pipeline emits it, before the bus adds id/time/account. */
export type PipelineEvent =
  | { detailType: typeof DetailType.ArticleIngested; detail: ArticleIngestedDetail }
  | { detailType: typeof DetailType.ArticleUpdated; detail: ArticleUpdatedDetail }
  | { detailType: typeof DetailType.ArticleRejected; detail: ArticleRejectedDetail };

/** The envelope as a subscriber receives it from EventBridge (and as the local bus log stores it). */
export interface EventEnvelope<D = ArticleIngestedDetail | ArticleRejectedDetail> {
  version: '0';
  id: string;
  'detail-type': DetailType;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: D;
}
