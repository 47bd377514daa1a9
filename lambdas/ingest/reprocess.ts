/**
 * The reprocess Lambda: a Step Functions Distributed Map lists objects under a prefix and hands them
 * here in batches; each goes through the same ingest use case in reprocess mode, so records made by an
 * older extractor are replaced and `Article Updated` is emitted. A deterministic delivery id (extractor
 * version + ETag) makes a re-run of the same reprocess a no-op.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { EXTRACTOR_VERSION } from '#core/extract/index.ts';
import { defaultDeps } from './handler.ts';
import type { IngestDeps, ObjectOutcome } from './ingest-object.ts';
import { ingestObject } from './ingest-object.ts';
import { isAcceptedKey } from './intake.ts';

/** One item as the Distributed Map's S3 ItemReader lists it. */
export interface ReprocessItem {
  Key: string;
  Etag?: string;
  Size?: number;
  LastModified?: string;
}

export interface ReprocessEvent {
  Items: ReprocessItem[];
  BatchInput?: { bucket?: string };
}

export interface ReprocessResult {
  processed: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  /** Keys that failed; the map run reports them, and a re-run picks them up. */
  failed: { key: string; error: string }[];
}

export async function reprocessBatch(event: ReprocessEvent, deps: IngestDeps, logger?: Logger): Promise<ReprocessResult> {
  const bucket = event.BatchInput?.bucket;
  if (!bucket) throw new Error('BatchInput.bucket is required');
  const result: ReprocessResult = { processed: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, failed: [] };
  for (const item of event.Items) {
    // The map lists every object under the prefix; take only what the notification filter would.
    if (!isAcceptedKey(item.Key, deps.config.incomingPrefix)) {
      result.skipped++;
      continue;
    }
    let outcome: ObjectOutcome;
    try {
      const etag = item.Etag ? `"${item.Etag.replace(/"/g, '')}"` : null;
      outcome = await ingestObject(
        { bucket, key: item.Key, etag, delivery: `reprocess:${EXTRACTOR_VERSION}:${etag ?? ''}`, reprocess: true },
        deps,
      );
    } catch (err) {
      logger?.error('reprocess failed', { key: item.Key, error: (err as Error).message });
      result.failed.push({ key: item.Key, error: (err as Error).message.split('\n')[0]! });
      continue;
    }
    result.processed++;
    if (outcome.skipped) result.skipped++;
    for (const a of outcome.articles) {
      if (a.kind === 'updated' || a.kind === 'stored') result.updated++;
      else if (a.kind === 'rejected') result.rejected++;
      else result.unchanged++;
    }
  }
  return result;
}

let deps: IngestDeps | undefined;
const logger = new Logger({ serviceName: 'news-ingest' });

export const handler = async (event: ReprocessEvent): Promise<ReprocessResult> => {
  deps ??= defaultDeps();
  const result = await reprocessBatch(event, deps, logger);
  logger.info('reprocess batch done', { ...result, failed: result.failed.length });
  // Failing the batch lets the map's tolerated-failure settings count it and a re-run retry it.
  if (result.failed.length > 0 && result.failed.length === event.Items.length) {
    throw new Error(`all ${event.Items.length} objects failed; first: ${result.failed[0]!.error}`);
  }
  return result;
};
