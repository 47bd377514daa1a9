/**
 * `news-ingest extract --jobs N`: files spread over N worker threads, outcomes yielded in input
 * order. Memory is bounded by `window`: at most that many files are taken from the (lazy) list
 * before the oldest one's outcome has been handed on, however many files there are. A file that
 * crashes its worker becomes that file's error; a fresh worker takes over and the rest go on.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, FileOutcome } from './extract-file.ts';
import type { WalkEntry } from './files.ts';
import type { WorkerReply, WorkerTask } from './extract-worker.ts';

export interface PoolOptions extends ExtractOptions {
  jobs: number;
  /** Files in flight or waiting to be handed on, at most (default 16 per job). */
  window?: number;
}

/** Workers dying one after the other before any has answered: the worker itself is broken, not a file. */
const MAX_CRASHES_WITHOUT_REPLY = 5;

// Built (dist/cli/<id>/, one directory) the worker is a sibling chunk. From source it is the .ts file,
// loaded by a two-line module that first registers tsx in the worker, as bin/news-ingest.js does in
// the main thread (Node 20 applies neither the main thread's hooks nor `--import` to a worker's entry).
const WORKER_URL = import.meta.url.endsWith('.js')
  ? new URL('./extract-worker.js', import.meta.url)
  : new URL(
      'data:text/javascript,' +
        encodeURIComponent(
          `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); ` +
            `await import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)});`,
        ),
    );

/**
 * Files sent to a worker before it has answered the one it is on. With one, the worker sat idle for
 * a round trip through the main thread after every file (about 8% of its time); with two, the next
 * file is already waiting. A worker answers its files in order, so when it dies the oldest
 * unanswered file is the one that crashed it, and the files queued behind it are sent again.
 */
const IN_FLIGHT_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Sent, not yet answered, oldest first. */
  tasks: WorkerTask[];
  crash: string | null;
  replied: boolean;
}

/** Yields one outcome per entry of `entries`, in their order. */
export async function* extractInWorkers(entries: Iterator<WalkEntry>, opts: PoolOptions): AsyncGenerator<FileOutcome> {
  const window = Math.max(opts.window ?? opts.jobs * 16, opts.jobs);
  const workerData: ExtractOptions = { json: opts.json, ingestedAt: opts.ingestedAt };
  const done = new Map<number, FileOutcome>();
  const waiting: WorkerTask[] = [];
  const slots = new Set<Slot>();
  let taken = 0;
  let handedOn = 0;
  let exhausted = false;
  let fatal: string | null = null;
  let crashesWithoutReply = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const dispatch = () => {
    // Fill the least busy worker first, so every worker gets its first file before any gets a second.
    for (let depth = 0; depth < IN_FLIGHT_PER_WORKER && waiting.length; depth++) {
      for (const slot of slots) {
        if (!waiting.length) break;
        if (slot.tasks.length > depth) continue;
        const task = waiting.shift()!;
        slot.tasks.push(task);
        slot.worker.postMessage(task);
      }
    }
  };
  const fill = () => {
    while (!exhausted && taken - handedOn < window) {
      const next = entries.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const seq = taken++;
      const e = next.value;
      if (e.file === undefined) done.set(seq, { out: '', err: `error: ${e.path}: ${e.error}\n`, rejected: 1 });
      else waiting.push({ seq, file: e.file });
    }
    dispatch();
  };

  const spawn = () => {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData }), tasks: [], crash: null, replied: false };
    slots.add(slot);
    slot.worker.on('message', (reply: WorkerReply) => {
      slot.tasks.shift();
      slot.replied = true;
      crashesWithoutReply = 0;
      if ('fatal' in reply) fatal = reply.fatal;
      else done.set(reply.seq, { out: reply.out, err: reply.err, rejected: reply.rejected });
      fill();
      notify();
    });
    slot.worker.on('error', (err) => {
      slot.crash = err.message.split('\n')[0]!;
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (fatal || (exhausted && slot.tasks.length === 0 && waiting.length === 0)) return notify();
      const why = slot.crash ?? `worker exited with code ${code}`;
      const [crashed, ...queued] = slot.tasks;
      if (crashed) done.set(crashed.seq, { out: '', err: `error: ${crashed.file}: worker crashed: ${why}\n`, rejected: 1 });
      // The files queued behind the crash never started: they go first to the next worker.
      waiting.unshift(...queued);
      if (!slot.replied && ++crashesWithoutReply >= MAX_CRASHES_WITHOUT_REPLY) fatal = `extract workers keep crashing: ${why}`;
      else {
        spawn();
        fill();
      }
      notify();
    });
    return slot;
  };

  try {
    for (let i = 0; i < opts.jobs; i++) spawn();
    fill();
    for (;;) {
      if (fatal) throw new Error(fatal);
      const outcome = done.get(handedOn);
      if (outcome) {
        done.delete(handedOn);
        handedOn++;
        fill();
        yield outcome;
        continue;
      }
      if (exhausted && handedOn === taken) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    exhausted = true;
    await Promise.all([...slots].map((s) => s.worker.terminate()));
  }
}
