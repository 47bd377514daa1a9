/**
 * EventBridge publishing under faults. The client is a stub here on purpose: there is no local
 * EventBridge, and partial PutEvents failures (FailedEntryCount) cannot be produced any other way.
 */
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from 'vitest';
import { EventBridgePublisher } from '#adapters/event-bus.ts';
import type { PipelineEvent } from '#contracts/events.ts';

function event(id: string): PipelineEvent {
  return {
    detailType: 'Article Rejected',
    detail: { schemaVersion: 1, id, code: 'empty', reason: 'object is empty', source: { bucket: 'b', key: 'k', line: null }, quarantine: null },
  };
}

/** A stub client that answers each PutEvents call from a script and records what it was sent. */
function scriptedClient(script: ((ids: string[]) => { failIds?: string[]; throws?: boolean })[]) {
  const calls: string[][] = [];
  const client = {
    async send(cmd: { input: { Entries: { Detail: string }[] } }) {
      const ids = cmd.input.Entries.map((e) => JSON.parse(e.Detail).id as string);
      calls.push(ids);
      const step = script[calls.length - 1]?.(ids) ?? {};
      if (step.throws) throw Object.assign(new Error('Service unavailable'), { name: 'InternalException' });
      const fail = new Set(step.failIds ?? []);
      return {
        FailedEntryCount: fail.size,
        Entries: ids.map((id) => (fail.has(id) ? { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' } : { EventId: `ev-${id}` })),
      };
    },
  } as unknown as EventBridgeClient;
  return { client, calls };
}

describe('EventBridgePublisher', () => {
  it('retries only the entries that failed, never resending accepted ones', async () => {
    const { client, calls } = scriptedClient([() => ({ failIds: ['b'] }), () => ({})]);
    const bus = new EventBridgePublisher(client, { busName: 'bus', source: 'news.ingest', baseDelayMs: 1 });
    const res = await bus.publish([event('a'), event('b'), event('c')]);
    expect(res.accepted).toEqual([true, true, true]);
    expect(calls).toEqual([['a', 'b', 'c'], ['b']]);
  });

  it('reports entries still refused after the retries as not accepted', async () => {
    const { client, calls } = scriptedClient([() => ({ failIds: ['b'] }), () => ({ failIds: ['b'] }), () => ({ failIds: ['b'] })]);
    const bus = new EventBridgePublisher(client, { busName: 'bus', source: 'news.ingest', maxAttempts: 3, baseDelayMs: 1 });
    const res = await bus.publish([event('a'), event('b')]);
    expect(res.accepted).toEqual([true, false]);
    expect(calls).toHaveLength(3);
  });

  it('retries a call that failed whole, and splits more than 10 events into several calls', async () => {
    const { client, calls } = scriptedClient([() => ({ throws: true })]);
    const bus = new EventBridgePublisher(client, { busName: 'bus', source: 'news.ingest', baseDelayMs: 1 });
    const ids = Array.from({ length: 12 }, (_, i) => `e${i}`);
    const res = await bus.publish(ids.map(event));
    expect(res.accepted.every(Boolean)).toBe(true);
    expect(calls.map((c) => c.length)).toEqual([10, 10, 2]);
  });
});
