/**
 * A worker thread of `news-ingest extract --jobs N`: takes `{ seq, file }` messages, answers each
 * with the file's outcome (local/extract-file.ts). One file at a time, so when a file crashes the
 * worker the pool knows which one it was.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadExtractCore } from './extract-core-loader.ts';
import type { ExtractOptions } from './extract-file.ts';

export interface WorkerTask {
  seq: number;
  file: string;
}
export type WorkerReply = { seq: number; out: string; err: string; rejected: number } | { seq: number; fatal: string };

/**
 * Test hook, named so nobody sets it by accident: a file whose path contains this string makes the
 * worker throw outside any handler, as a real crash (a bug, an out-of-memory abort) would, so the
 * tests can check the pool reports that file and goes on. Unset in normal use.
 */
const CRASH_ON = process.env.NEWS_INGEST_TEST_CRASH_WORKER_ON;
const opts = workerData as ExtractOptions;
const { core, saveCodeCache } = await loadExtractCore();
const { extractFile, ModelDataError } = core;
let replies = 0;

parentPort!.on('message', (task: WorkerTask) => {
  if (CRASH_ON && task.file.includes(CRASH_ON)) throw new Error(`injected crash on ${task.file}`);
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ...extractFile(task.file, opts) };
  } catch (err) {
    // Only a broken installation throws here (every file would fail the same way): stop the run.
    if (!(err instanceof ModelDataError)) throw err;
    reply = { seq: task.seq, fatal: err.message };
  }
  parentPort!.postMessage(reply);
  if (replies++ === 0) saveCodeCache();
});
