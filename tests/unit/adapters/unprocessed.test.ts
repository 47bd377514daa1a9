/** Retrying what a DynamoDB batch call leaves unprocessed (a fault the emulators never produce). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilProcessed } from '../../../lambdas/adapters/unprocessed.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('untilProcessed', () => {
  it('sends what is left each time until nothing is', async () => {
    const sent: string[][] = [];
    await untilProcessed(['a', 'b', 'c'], 'BatchGetItem', async (pending) => {
      sent.push(pending);
      return pending.slice(1);
    });
    expect(sent).toEqual([['a', 'b', 'c'], ['b', 'c'], ['c']]);
  });

  it('sends nothing for an empty request', async () => {
    const send = vi.fn(async () => undefined);
    await untilProcessed([], 'BatchWriteItem', send);
    expect(send).not.toHaveBeenCalled();
  });

  it('gives up after a few attempts, naming the call and what is left', async () => {
    vi.useFakeTimers();
    const send = vi.fn(async (pending: number[]) => pending);
    const done = untilProcessed([1, 2], 'BatchWriteItem', send).catch((err: Error) => err);
    await vi.runAllTimersAsync();
    const err = await done;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('BatchWriteItem left 2 unprocessed after retries');
    expect(send).toHaveBeenCalledTimes(8);
  });
});
