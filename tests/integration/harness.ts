/**
 * Test harness: the real handler against s3rver and dynalite on 127.0.0.1 (random ports, in memory),
 * with an in-memory bus that records events and can be told to refuse some (a fault EventBridge
 * cannot be made to produce locally).
 */
import { PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import type { PipelineEvent } from '#contracts/events.ts';
import { makeSqsHandler } from '../../lambdas/ingest/handler.ts';
import type { IngestConfig, ObjectOutcome } from '../../lambdas/ingest/ingest-object.ts';
import type { EventPublisher, PublishResult } from '../../lambdas/ingest/ports.ts';
import { startLocalStack, type LocalStack } from '../../local/local-stack.ts';
import { localContext, localDeps, quietObservability, toSqsRecord } from '../../local/runner.ts';
import { getById } from '../../local/queries.ts';

export class RecordingBus implements EventPublisher {
  events: PipelineEvent[] = [];
  /** Return false to refuse the event (simulating a PutEvents entry failure). */
  accept: (e: PipelineEvent) => boolean = () => true;
  async publish(events: PipelineEvent[]): Promise<PublishResult> {
    const accepted = events.map((e) => this.accept(e));
    events.forEach((e, i) => accepted[i] && this.events.push(e));
    return { accepted };
  }
  of(detailType: string) {
    return this.events.filter((e) => e.detailType === detailType);
  }
}

export interface Harness {
  stack: LocalStack;
  bus: RecordingBus;
  outcomes: ObjectOutcome[];
  /** Uploads an object (with user metadata, if given) and returns the SQS message S3 would have sent for it. */
  put(key: string, body: string | Uint8Array, metadata?: Record<string, string>): Promise<SQSRecord>;
  /** Delivers messages to the handler as one SQS batch; returns the ids of failed messages. */
  deliver(...messages: SQSRecord[]): Promise<string[]>;
  get(id: string): ReturnType<typeof getById>;
  readObject(key: string): Promise<string | null>;
  now: { value: number };
  close(): Promise<void>;
}

export async function startHarness(config: Partial<IngestConfig> = {}): Promise<Harness> {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const stack = await startLocalStack({ dataDir: null });
  const bus = new RecordingBus();
  const outcomes: ObjectOutcome[] = [];
  const now = { value: Date.parse('2026-01-01T00:00:00Z') };
  const deps = { ...localDeps(stack, bus, config), now: () => now.value };
  const handler = makeSqsHandler(deps, { ...quietObservability(), onOutcome: (o) => outcomes.push(o) });
  const captured: SQSRecord[] = [];
  let seq = 0;
  stack.onS3Event((r) => {
    if (r.eventName.startsWith('ObjectCreated:') && r.s3.object.key.startsWith('incoming/')) captured.push(toSqsRecord(r, ++seq));
  });
  return {
    stack,
    bus,
    outcomes,
    now,
    async put(key, body, metadata) {
      const before = captured.length;
      await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ...(metadata ? { Metadata: metadata } : {}) }));
      if (captured.length !== before + 1) throw new Error(`expected one notification for ${key}`);
      return captured[captured.length - 1]!;
    },
    async deliver(...messages) {
      try {
        const res = await handler({ Records: messages }, localContext());
        return res.batchItemFailures.map((f) => f.itemIdentifier);
      } catch {
        return messages.map((m) => m.messageId); // whole batch failed
      }
    },
    get: (id) => getById(stack, id),
    async readObject(key) {
      try {
        const out = await stack.clients.s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
        return await out.Body!.transformToString();
      } catch {
        return null;
      }
    },
    close: () => stack.close(),
  };
}
