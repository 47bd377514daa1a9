/**
 * `news-ingest extract`: the pure core over local files, no AWS. With `--jobs N` (default: the
 * machine's available parallelism) the files go through N worker threads (local/extract-pool.ts);
 * with `--jobs 1`, or only a few files, they run in this process. Either way the output is in the
 * order of the input and the same, byte for byte.
 */
import { availableParallelism } from 'node:os';
import type { ExtractOptions, FileOutcome } from '../extract-file.ts';
import { loadExtractCore, type LoadedCore } from '../extract-core-loader.ts';
import { walkFiles, type WalkEntry } from '../files.ts';

/** Fewer files than this run in process: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;
/** The progress bar shows only for runs longer than this many files. */
const PROGRESS_MIN_FILES = 8;

export interface ExtractCommandOptions extends ExtractOptions {
  /** Worker threads; 1 runs in process. Default: `os.availableParallelism()`. */
  jobs?: number;
}

export async function extractCommand(paths: string[], opts: ExtractCommandOptions): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('error: extract needs at least one file\n');
    return 64;
  }
  const jobs = opts.jobs ?? availableParallelism();
  const entries = walkFiles(paths);
  // Look at the first few entries to choose in process or workers, then go on with the same walk.
  const head: WalkEntry[] = [];
  for (let n = 0; n < MIN_FILES_FOR_WORKERS; n++) {
    const next = entries.next();
    if (next.done) break;
    head.push(next.value);
  }
  const all = chain(head, entries);
  const progress = process.stderr.isTTY && head.length >= MIN_FILES_FOR_WORKERS ? progressBar(paths) : null;
  const outcomes =
    jobs > 1 && head.length >= MIN_FILES_FOR_WORKERS
      ? (await import('../extract-pool.ts')).extractInWorkers(all, { json: opts.json, ingestedAt: opts.ingestedAt, jobs })
      : inProcess(all, opts, await loadExtractCore());

  let rejected = 0;
  const out = process.stdout;
  for await (const o of outcomes) {
    rejected += o.rejected;
    if (o.err) {
      progress?.clear();
      process.stderr.write(o.err);
    }
    // Write with backpressure so thousands of files do not pile up in memory.
    if (o.out && !out.write(o.out)) await new Promise((r) => out.once('drain', r));
    progress?.tick();
  }
  progress?.end();
  return rejected > 0 ? 2 : 0;
}

function* inProcess(entries: Iterator<WalkEntry>, opts: ExtractOptions, { core, saveCodeCache }: LoadedCore): Generator<FileOutcome> {
  let first = true;
  for (let next = entries.next(); !next.done; next = entries.next()) {
    const e = next.value;
    if (e.file === undefined) {
      yield { out: '', err: `error: ${e.path}: ${e.error}\n`, rejected: 1 };
      continue;
    }
    const outcome = core.extractFile(e.file, opts);
    // After one article the functions it needed are compiled, so the saved cache holds them too.
    if (first) saveCodeCache();
    first = false;
    yield outcome;
  }
}

function* chain<T>(head: T[], rest: Iterator<T>): Generator<T> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
 * `[#####.....] 120/2000 files` on stderr (a terminal). The total comes from a second, counting-only
 * walk of the paths, so the file list itself is never held.
 */
function progressBar(paths: string[]): { tick(): void; clear(): void; end(): void } | null {
  let total = 0;
  for (const e of walkFiles(paths)) if (e.file !== undefined || e.error) total++;
  if (total <= PROGRESS_MIN_FILES) return null;
  const width = 30;
  let done = 0;
  let shown = false;
  let last = 0;
  const draw = () => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    shown = true;
  };
  return {
    tick() {
      done++;
      const now = Date.now();
      // Redraw at most every 100 ms: a terminal is slower than the core on small files.
      if (now - last >= 100 || done === total) {
        last = now;
        draw();
      }
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
    end() {
      if (shown) process.stderr.write('\n');
    },
  };
}
