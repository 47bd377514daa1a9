/**
 * `news-ingest run`: the whole pipeline on this machine. Files are uploaded to embedded S3 under
 * `incoming/`; the S3 notifications s3rver emits are encoded as real S3 encodes them, wrapped as SQS
 * records and delivered to the same handler the Lambda runs; events go to `<dataDir>/events.jsonl`.
 * Messages that keep failing are retried like SQS would (up to maxReceiveCount) and then dead-lettered
 * to `<dataDir>/dlq.jsonl`.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import { DynamoArticleStore } from '#adapters/article-table.ts';
import { FileEventPublisher } from '#adapters/event-bus.ts';
import { S3ObjectStore } from '#adapters/s3-objects.ts';
import { DEFAULT_EVENT_SOURCE, type PipelineEvent } from '#contracts/events.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';
import { makeSqsHandler } from '../lambdas/ingest/handler.ts';
import type { IngestConfig, IngestDeps, ObjectOutcome } from '../lambdas/ingest/ingest-object.ts';
import { isAcceptedKey } from '../lambdas/ingest/intake.ts';
import { reprocessBatch, type ReprocessResult } from '../lambdas/ingest/reprocess.ts';
import { encodeS3Key } from '../lambdas/ingest/s3-notifications.ts';
import type { EventPublisher } from '../lambdas/ingest/ports.ts';
import { startLocalStack, type LocalStack } from './local-stack.ts';

export const INCOMING_PREFIX = 'incoming/';
const MAX_RECEIVE_COUNT = 5;
const BATCH_SIZE = 10;

export interface RunCounts {
  objects: number;
  articles: number;
  stored: number;
  duplicates: number;
  rejected: number;
  events: number;
  quarantined: number;
}

export interface LocalFile {
  /** Path on disk. */
  path: string;
  /** Key under incoming/. */
  key: string;
}

export interface RunOptions {
  dataDir: string;
  files: LocalFile[];
  onProgress?: (done: number, total: number) => void;
  /** Replace the bus (tests inject faults here). */
  bus?: (dataDir: string) => EventPublisher;
  config?: Partial<IngestConfig>;
}

export interface RunResult {
  counts: RunCounts;
  outcomes: ObjectOutcome[];
  /** Events the bus accepted during this run. */
  events: PipelineEvent[];
  deadLettered: number;
  table: string;
  bucket: string;
}

export function localConfig(table: string, overrides: Partial<IngestConfig> = {}): IngestConfig {
  return {
    tableName: table,
    incomingPrefix: INCOMING_PREFIX,
    recordsPrefix: 'records/',
    quarantinePrefix: 'quarantine/',
    limits: DEFAULT_LIMITS,
    maxItemBytes: 300_000,
    publishLeaseMs: 60_000,
    ...overrides,
  };
}

/** Dependencies for the handler against a running local stack. */
export function localDeps(stack: LocalStack, bus: EventPublisher, config: Partial<IngestConfig> = {}): IngestDeps {
  return {
    objects: new S3ObjectStore(stack.clients.s3),
    store: new DynamoArticleStore(stack.clients.doc, stack.table),
    bus,
    config: localConfig(stack.table, config),
    now: Date.now,
  };
}

/** Metrics that are counted but never flushed: there is no CloudWatch locally. */
class LocalMetrics extends Metrics {
  override publishStoredMetrics(): this {
    this.clearMetrics();
    return this;
  }
}

/** Quiet observability for local runs: the CLI prints its own summary. */
export function quietObservability() {
  return {
    logger: new Logger({ serviceName: 'news-ingest', logLevel: 'SILENT' }),
    metrics: new LocalMetrics({ namespace: 'NewsIngest', serviceName: 'news-ingest' }),
  };
}

/** The handler wired to a running local stack, collecting object outcomes. */
export function localPipeline(stack: LocalStack, dataDir: string, bus?: EventPublisher, config: Partial<IngestConfig> = {}) {
  const inner = bus ?? new FileEventPublisher(join(dataDir, 'events.jsonl'), DEFAULT_EVENT_SOURCE);
  // Remember what the bus accepted in this run, so the CLI can show the events it caused.
  const published: PipelineEvent[] = [];
  const publisher: EventPublisher = {
    async publish(events) {
      const result = await inner.publish(events);
      events.forEach((e, i) => result.accepted[i] && published.push(e));
      return result;
    },
  };
  const outcomes: ObjectOutcome[] = [];
  const deps = localDeps(stack, publisher, config);
  const handler = makeSqsHandler(deps, { ...quietObservability(), onOutcome: (o) => outcomes.push(o) });
  return { handler, outcomes, deps, published };
}

export async function runLocal(options: RunOptions): Promise<RunResult> {
  mkdirSync(options.dataDir, { recursive: true });
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const stack = await startLocalStack({ dataDir: options.dataDir });
  try {
    const { handler, outcomes, published } = localPipeline(stack, options.dataDir, options.bus?.(options.dataDir), options.config);

    const notifications: SQSRecord[] = [];
    let sequence = 0;
    stack.onS3Event((record) => {
      if (!record.eventName.startsWith('ObjectCreated:')) return;
      // The bucket notification filter, as configured in AWS: the pipeline's own writes never come back.
      if (!isAcceptedKey(record.s3.object.key, INCOMING_PREFIX)) return;
      notifications.push(toSqsRecord(record, ++sequence));
    });

    let done = 0;
    const total = options.files.length;
    await eachLimit(options.files, 8, async (file) => {
      await stack.clients.s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: file.key, Body: readFileSync(file.path) }),
      );
    });

    const deadLettered = await deliver(notifications, handler, options.dataDir, (n) => {
      done += n;
      options.onProgress?.(done, total);
    });
    return { counts: countOutcomes(outcomes, total), outcomes, events: published, deadLettered, table: stack.table, bucket: stack.bucket };
  } finally {
    await stack.close();
  }
}

/**
 * Moves the local dead-letter queue (`<dataDir>/dlq.jsonl`) back through the handler. Messages that
 * fail again go back to the DLQ file after the usual receives.
 */
export async function redriveLocal(dataDir: string): Promise<{ moved: number; succeeded: number; deadLettered: number }> {
  const path = join(dataDir, 'dlq.jsonl');
  if (!existsSync(path)) return { moved: 0, succeeded: 0, deadLettered: 0 };
  const messages = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SQSRecord);
  rmSync(path);
  const stack = await startLocalStack({ dataDir });
  try {
    const { handler } = localPipeline(stack, dataDir);
    let succeeded = 0;
    const deadLettered = await deliver(messages, handler, dataDir, (n) => (succeeded += n));
    return { moved: messages.length, succeeded: succeeded - deadLettered, deadLettered };
  } finally {
    await stack.close();
  }
}

/** Re-runs every stored object under `prefix` through the current extractor (the local Distributed Map). */
export async function reprocessLocal(dataDir: string, prefix: string): Promise<ReprocessResult> {
  const stack = await startLocalStack({ dataDir });
  try {
    const { deps } = localPipeline(stack, dataDir);
    const keys = new Set<string>();
    let start: Record<string, unknown> | undefined;
    do {
      const out = await stack.clients.doc.send(new ScanCommand({ TableName: stack.table, ExclusiveStartKey: start }));
      for (const it of out.Items ?? []) {
        const key = (it.record as { source?: { key?: string } } | undefined)?.source?.key ?? (it.source as { key?: string } | undefined)?.key;
        if (key && key.startsWith(prefix)) keys.add(key);
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return await reprocessBatch({ Items: [...keys].sort().map((Key) => ({ Key })), BatchInput: { bucket: stack.bucket } }, deps);
  } finally {
    await stack.close();
  }
}

/** Wraps an s3rver notification as SQS would deliver it, with the key URL-encoded as real S3 does. */
export function toSqsRecord(record: S3EventRecord, sequence: number): SQSRecord {
  const encoded: S3EventRecord = {
    ...record,
    s3: {
      ...record.s3,
      object: {
        ...record.s3.object,
        key: encodeS3Key(record.s3.object.key),
        // s3rver's sequencer is a millisecond clock and repeats; S3's is unique per key and event.
        sequencer: `${Date.now().toString(16).toUpperCase()}${sequence.toString(16).toUpperCase().padStart(8, '0')}`,
      },
    },
  };
  const body = JSON.stringify({ Records: [encoded] });
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:news-ingest-local',
    awsRegion: 'local',
  };
}

type Handler = (event: SQSEvent, context: Context) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

/** Delivers messages in batches like the SQS event source, retrying failures, then dead-lettering them. */
async function deliver(messages: SQSRecord[], handler: Handler, dataDir: string, progress: (n: number) => void): Promise<number> {
  let queue = messages;
  let deadLettered = 0;
  for (let receive = 1; queue.length > 0; receive++) {
    const failed: SQSRecord[] = [];
    const batches: SQSRecord[][] = [];
    for (let i = 0; i < queue.length; i += BATCH_SIZE) batches.push(queue.slice(i, i + BATCH_SIZE));
    await eachLimit(batches, 4, async (batch) => {
      const event: SQSEvent = {
        Records: batch.map((m) => ({ ...m, attributes: { ...m.attributes, ApproximateReceiveCount: String(receive) } })),
      };
      let failures: string[];
      try {
        failures = (await handler(event, localContext())).batchItemFailures.map((f) => f.itemIdentifier);
      } catch {
        failures = batch.map((m) => m.messageId); // the whole batch failed
      }
      const failedSet = new Set(failures);
      for (const m of batch) if (failedSet.has(m.messageId)) failed.push(m);
      progress(batch.length - failures.length);
    });
    if (receive >= MAX_RECEIVE_COUNT) {
      for (const m of failed) appendFileSync(join(dataDir, 'dlq.jsonl'), JSON.stringify(m) + '\n');
      deadLettered += failed.length;
      progress(failed.length);
      break;
    }
    queue = failed;
  }
  return deadLettered;
}

export function countOutcomes(outcomes: ObjectOutcome[], objects: number): RunCounts {
  const counts: RunCounts = { objects, articles: 0, stored: 0, duplicates: 0, rejected: 0, events: 0, quarantined: 0 };
  for (const o of outcomes) {
    if (o.quarantineKey) counts.quarantined++;
    for (const a of o.articles) {
      counts.articles++;
      if (a.kind === 'stored' || a.kind === 'updated') counts.stored++;
      else if (a.kind === 'duplicate') counts.duplicates++;
      else counts.rejected++;
      if (a.published) counts.events++;
    }
  }
  return counts;
}

export function localContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'news-ingest-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:news-ingest-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function eachLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}
