/**
 * DynamoDB's batch calls may hand back part of a request unprocessed (throttling, size limits): the
 * caller retries that part with jittered exponential backoff, and gives up after a few attempts so a
 * delivery fails and is retried by SQS rather than spinning inside one invocation.
 */
const MAX_ATTEMPTS = 8;

/** Sends `first`, then whatever each answer leaves unprocessed, until nothing is left. */
export async function untilProcessed<T>(first: T[], what: string, send: (pending: T[]) => Promise<T[] | undefined>): Promise<void> {
  let pending: T[] | undefined = first;
  for (let attempt = 0; pending && pending.length > 0; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw new Error(`${what} left ${pending.length} unprocessed after retries`);
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt) * Math.random()));
    pending = await send(pending);
  }
}
