/**
 * Event publishers: EventBridge in AWS, a JSON Lines file locally. Both report per-event acceptance,
 * so the use case marks exactly the accepted events as published.
 */
import { appendFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { EventEnvelope, PipelineEvent } from '#contracts/events.ts';
import type { EventPublisher, PublishResult } from '../ingest/ports.ts';

/** PutEvents takes at most 10 entries a call. */
const PUT_EVENTS_MAX = 10;

export interface EventBridgePublisherOptions {
  busName: string;
  source: string;
  /** Attempts for entries the bus refused (throttling, internal errors). */
  maxAttempts?: number;
  baseDelayMs?: number;
}

export class EventBridgePublisher implements EventPublisher {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(
    private readonly client: EventBridgeClient,
    private readonly options: EventBridgePublisherOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 100;
  }

  async publish(events: PipelineEvent[]): Promise<PublishResult> {
    const accepted = events.map(() => false);
    for (let start = 0; start < events.length; start += PUT_EVENTS_MAX) {
      let todo = range(start, Math.min(events.length, start + PUT_EVENTS_MAX));
      for (let attempt = 0; todo.length > 0 && attempt < this.maxAttempts; attempt++) {
        if (attempt > 0) await sleep(this.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
        let out;
        try {
          out = await this.client.send(
            new PutEventsCommand({
              Entries: todo.map((i) => ({
                EventBusName: this.options.busName,
                Source: this.options.source,
                DetailType: events[i]!.detailType,
                Detail: JSON.stringify(events[i]!.detail),
              })),
            }),
          );
        } catch {
          continue; // the whole call failed: retry every entry of it
        }
        // Only the entries that failed are retried; the accepted ones are never sent twice.
        const failed: number[] = [];
        (out.Entries ?? []).forEach((entry, j) => {
          if (entry.EventId && !entry.ErrorCode) accepted[todo[j]!] = true;
          else failed.push(todo[j]!);
        });
        if ((out.Entries ?? []).length < todo.length) failed.push(...todo.slice((out.Entries ?? []).length));
        todo = failed;
      }
    }
    return { accepted };
  }
}

/** The local bus: appends EventBridge-shaped envelopes to a JSON Lines log. */
export class FileEventPublisher implements EventPublisher {
  constructor(
    private readonly path: string,
    private readonly source: string,
    private readonly busName = 'local',
  ) {}

  async publish(events: PipelineEvent[]): Promise<PublishResult> {
    if (events.length === 0) return { accepted: [] };
    const lines = events.map((e) => {
      const envelope: EventEnvelope<unknown> = {
        version: '0',
        id: randomUUID(),
        'detail-type': e.detailType,
        source: this.source,
        account: '000000000000',
        time: new Date().toISOString(),
        region: 'local',
        resources: [`arn:aws:events:local:000000000000:event-bus/${this.busName}`],
        detail: e.detail,
      };
      return JSON.stringify(envelope);
    });
    await appendFile(this.path, lines.join('\n') + '\n');
    return { accepted: events.map(() => true) };
  }
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
