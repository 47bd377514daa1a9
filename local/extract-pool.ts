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

interface Slot {
  worker: Worker;
  task: WorkerTask | null;
  crash: string | null;
  replied: boolean;
}

/** Yields one outcome per entry of `entries`, in their order. */
export async function* extractInWorkers(entries: Iterator<WalkEntry>, opts: PoolOptions): AsyncGenerator<FileOutcome> {
  const window = Math.max(opts.window ?? opts.jobs * 16, opts.jobs);
  const workerData: ExtractOptions = { json: opts.json, ingestedAt: opts.ingestedAt };
  const done = new Map<number, FileOutcome>();
  const waiting: WorkerTask[] = [];
  const idle: Slot[] = [];
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
    while (waiting.length && idle.length) {
      const slot = idle.pop()!;
      slot.task = waiting.shift()!;
      slot.worker.postMessage(slot.task);
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
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData }), task: null, crash: null, replied: false };
    slots.add(slot);
    slot.worker.on('message', (reply: WorkerReply) => {
      slot.task = null;
      slot.replied = true;
      crashesWithoutReply = 0;
      if ('fatal' in reply) fatal = reply.fatal;
      else done.set(reply.seq, { out: reply.out, err: reply.err, rejected: reply.rejected });
      idle.push(slot);
      fill();
      notify();
    });
    slot.worker.on('error', (err) => {
      slot.crash = err.message.split('\n')[0]!;
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
      if (fatal || (exhausted && !slot.task && waiting.length === 0)) return notify();
      const why = slot.crash ?? `worker exited with code ${code}`;
      if (slot.task) done.set(slot.task.seq, { out: '', err: `error: ${slot.task.file}: worker crashed: ${why}\n`, rejected: 1 });
      if (!slot.replied && ++crashesWithoutReply >= MAX_CRASHES_WITHOUT_REPLY) fatal = `extract workers keep crashing: ${why}`;
      else {
        idle.push(spawn());
        fill();
      }
      notify();
    });
    return slot;
  };

  try {
    for (let i = 0; i < opts.jobs; i++) idle.push(spawn());
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
