/**
 * The ingest Lambda: SQS batch of S3 notifications → ingestObject for each object → partial batch response.
 * Thin on purpose: parsing, wiring and error mapping only; the work is in ingest-object.ts and the core.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createClients } from '#adapters/clients.ts';
import { DynamoArticleStore } from '#adapters/article-table.ts';
import { EventBridgePublisher } from '#adapters/event-bus.ts';
import { S3ObjectStore } from '#adapters/s3-objects.ts';
import { configFromEnv } from './config.ts';
import type { IngestDeps, ObjectOutcome } from './ingest-object.ts';
import { ingestObject } from './ingest-object.ts';
import { objectsFromMessage } from './s3-notifications.ts';

/** Time an object needs at worst (a 5 MB page, the writes, the publish): below it, the message is retried. */
const MIN_TIME_PER_OBJECT_MS = 10_000;

export class OutOfTimeError extends Error {
  override name = 'OutOfTimeError';
}

export interface HandlerOptions {
  logger?: Logger;
  metrics?: Metrics;
  /** Called with each object's outcome: the local run counts them. */
  onOutcome?: (outcome: ObjectOutcome) => void;
}

/**
 * Builds an SQS handler around injected dependencies, so tests and the local run drive the same code.
 * @example const handler = makeSqsHandler(deps); await handler(sqsEvent, context)
 */
export function makeSqsHandler(deps: IngestDeps, options: HandlerOptions = {}) {
  const logger = options.logger ?? new Logger({ serviceName: 'news-ingest' });
  const metrics = options.metrics ?? new Metrics({ namespace: 'NewsIngest', serviceName: 'news-ingest' });

  let remaining: () => number = () => Number.POSITIVE_INFINITY;
  const processRecord = async (record: SQSRecord): Promise<void> => {
    // Too little time left to finish an object safely: hand the message back rather than be cut off.
    if (remaining() < MIN_TIME_PER_OBJECT_MS) throw new OutOfTimeError(`less than ${MIN_TIME_PER_OBJECT_MS} ms left in the invocation`);
    for (const ref of objectsFromMessage(record.body, record.messageId)) {
      const started = Date.now();
      logger.appendKeys({ correlation_id: ref.key, bucket: ref.bucket });
      try {
        const outcome = await ingestObject(ref, deps);
        const count = (kind: string) => outcome.articles.filter((a) => a.kind === kind).length;
        metrics.addMetric('ArticlesStored', MetricUnit.Count, count('stored') + count('updated'));
        metrics.addMetric('ArticlesRejected', MetricUnit.Count, count('rejected'));
        metrics.addMetric('ArticlesDuplicate', MetricUnit.Count, count('duplicate'));
        // Objects the core gave up on past their time budget: a rising count means a slow rule or a hostile input.
        metrics.addMetric('ArticlesTimedOut', MetricUnit.Count, outcome.articles.filter((a) => a.code === 'timeout').length);
        metrics.addMetric('ProcessingTime', MetricUnit.Milliseconds, Date.now() - started);
        if (outcome.skipped) logger.warn('object skipped', { reason: outcome.skipped });
        else logger.info('object ingested', { articles: outcome.articles.map((a) => ({ id: a.id, kind: a.kind, line: a.line, detail: a.detail })) });
        options.onOutcome?.(outcome);
      } catch (err) {
        logger.error('object failed; the message will be retried', err as Error);
        throw err;
      } finally {
        logger.removeKeys(['correlation_id', 'bucket']);
      }
    }
  };

  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    logger.addContext(context);
    remaining = () => context.getRemainingTimeInMillis();
    try {
      return await processPartialResponse(event, processRecord, new BatchProcessor(EventType.SQS), {
        context,
        // Report every failed message in batchItemFailures (same effect as throwing; one shape for callers).
        throwOnFullBatchFailure: false,
      });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let cached: ReturnType<typeof makeSqsHandler> | undefined;

/** The Lambda entry point: clients and config are built once per container, on first use. */
export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  cached ??= makeSqsHandler(defaultDeps());
  return cached(event, context);
};

export function defaultDeps(): IngestDeps {
  const config = configFromEnv();
  const clients = createClients();
  return {
    objects: new S3ObjectStore(clients.s3),
    store: new DynamoArticleStore(clients.doc, config.tableName),
    bus: new EventBridgePublisher(clients.events, { busName: config.eventBusName, source: config.eventSource }),
    config,
    now: Date.now,
  };
}
