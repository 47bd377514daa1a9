/** Builds the small event details from records and rejections (never the body). */
import type { ArticleIngestedDetail, ArticleRejectedDetail, S3Location } from '#contracts/events.ts';
import { EVENT_SCHEMA_VERSION } from '#contracts/events.ts';
import type { ArticleRecord, Rejection } from '#contracts/record.ts';

const MAX_EVENT_ENTITIES = 10;

export function ingestedDetail(record: ArticleRecord, table: string, recordS3: S3Location | null): ArticleIngestedDetail {
  const entities = [...record.entities]
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, MAX_EVENT_ENTITIES)
    .map((e) => ({ name: e.name, type: e.type }));
  return {
    schemaVersion: EVENT_SCHEMA_VERSION,
    id: record.id,
    title: record.title.slice(0, 500),
    url: record.url,
    publisher: record.publisher,
    publishedAt: record.publishedAt,
    language: record.language,
    entities,
    entityNames: entities.map((e) => e.name),
    source: { bucket: record.source.bucket, key: record.source.key, line: record.source.line },
    record: { table, id: record.id, s3: recordS3 },
    extractorVersion: record.extractorVersion,
    ...(record.storyId ? { storyId: record.storyId, firstInStory: record.storyId === record.id } : {}),
  };
}

export function rejectedDetail(
  id: string,
  rejection: Rejection,
  source: { bucket: string; key: string },
  quarantine: S3Location | null,
): ArticleRejectedDetail {
  return {
    schemaVersion: EVENT_SCHEMA_VERSION,
    id,
    code: rejection.code,
    reason: rejection.reason,
    source: { bucket: source.bucket, key: source.key, line: rejection.line },
    quarantine,
  };
}
