/**
 * Faults DynamoDB can produce in AWS but dynalite cannot: throttling and 5xx. They are injected as an
 * SDK middleware inside the client's retry loop, so the real SDK retry logic and the real wire
 * protocol are exercised; only the failing responses are simulated.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DetailType } from '#contracts/events.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const TEXT = 'Bridge reopens after repairs\n\nThe old river bridge reopened to traffic on Saturday after eight months of repairs costing $12 million.\n';

/** Fails the next `times` calls of `command` with the given error, inside the SDK's retry loop. */
function injectFault(h: Harness, command: string, times: number, error: { name: string; status: number }) {
  let left = times;
  const calls = { failed: 0 };
  h.stack.clients.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === command && left > 0) {
        left--;
        calls.failed++;
        throw Object.assign(new Error(`injected ${error.name}`), { name: error.name, $fault: error.status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: error.status } });
      }
      return next(args);
    },
    { step: 'deserialize', name: `fault-${command}-${Math.random()}` },
  );
  return calls;
}

it('retries throttled writes with backoff and succeeds within the same delivery', async () => {
  const calls = injectFault(h, 'PutItemCommand', 2, { name: 'ProvisionedThroughputExceededException', status: 400 });
  const msg = await h.put('incoming/bridge.txt', TEXT);
  expect(await h.deliver(msg)).toEqual([]);
  expect(calls.failed).toBe(2);
  expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
});

it('returns the message to the queue when 5xx outlast the retries, and succeeds on redelivery with one event', async () => {
  const calls = injectFault(h, 'PutItemCommand', 10, { name: 'InternalServerError', status: 500 });
  const msg = await h.put('incoming/bridge.txt', TEXT);
  expect(await h.deliver(msg)).toEqual([msg.messageId]);
  expect(h.bus.events).toHaveLength(0);
  expect(calls.failed).toBeGreaterThan(1); // the SDK retried before giving up
  while (calls.failed < 10) await h.deliver(msg); // later deliveries use up the outage
  expect(await h.deliver(msg)).toEqual([]);
  expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
  const id = h.outcomes[0]!.articles[0]!.id;
  const stored = await h.get(id);
  expect(stored.item?.status).toBe('stored');
  expect(stored.state?.published).toBe(true);
});

it('one failing object in a batch does not fail the others (partial batch response)', async () => {
  const good = await h.put('incoming/good.txt', TEXT);
  const other = await h.put('incoming/other.txt', TEXT.replace('river bridge', 'rail bridge'));
  // The store fails every write of the second object only.
  h.stack.clients.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = (args as { input?: { Item?: { source?: { key?: string }; record?: { source?: { key?: string } } } } }).input;
      if (context.commandName === 'PutItemCommand' && input?.Item?.record?.source?.key === 'incoming/other.txt') {
        throw Object.assign(new Error('injected'), { name: 'InternalServerError', $fault: 'server', $metadata: { httpStatusCode: 500 } });
      }
      return next(args);
    },
    { step: 'initialize', name: 'fault-other' },
  );
  expect(await h.deliver(good, other)).toEqual([other.messageId]);
  expect(h.bus.of(DetailType.ArticleIngested)).toHaveLength(1);
});
