/**
 * A time budget for one object. Patterns are linear and inputs bounded, but an object may still not
 * hold an invocation hostage: past its budget the core stops and rejects what it has not finished
 * with code `timeout`, instead of burning the function timeout, being redelivered and burning it again.
 * The budget grows with the object's size, so a big batch is not cut short for being big.
 */

export interface BudgetSettings {
  /** Time every object gets, in ms. */
  baseMs: number;
  /** Extra time per MB of decoded text, in ms. */
  perMbMs: number;
}

export const DEFAULT_BUDGET: BudgetSettings = { baseMs: 1000, perMbMs: 1000 };

export class BudgetExceeded extends Error {
  constructor(
    readonly stage: string,
    readonly elapsedMs: number,
    readonly budgetMs: number,
  ) {
    super(`time budget of ${Math.round(budgetMs)} ms exceeded after ${Math.round(elapsedMs)} ms, at ${stage}`);
    this.name = 'BudgetExceeded';
  }
}

/**
 * The default clock: milliseconds since it was made, of wall-clock time or of the process's CPU time,
 * whichever is less. Wall-clock time alone charged an article for a busy machine: with more runnable
 * threads than cores, a 200 ms page waited seconds for a core and was rejected as `timeout` (a real
 * article lost for nothing it did). CPU time alone would count the other worker threads of
 * `extract --jobs` (on Node 20 it is process-wide) and a page blocked on nothing would never run
 * out. The lesser of the two is still at least the time the page itself ran, so a slow input is
 * stopped as before, and waiting for a core is not held against it.
 *
 * CPU time is read when the clock is made, then only once `cpuAfterMs` of wall-clock time have gone
 * by: before that the lesser of the two is at most the wall-clock time, and a budget given
 * `cpuAfterMs` below 40% of its time decides nothing differently (it stops work past all of it and
 * skips optional work past half of it). Each reading is a getrusage call that walks every thread of
 * the process: in an `extract --jobs 2` worker on a busy machine, checked between blocks, it took
 * about a twentieth of the worker's time on HTML pages.
 */
export function runningTimeClock(wall: () => number = () => performance.now(), cpu: () => number = cpuMs, cpuAfterMs = 0): () => number {
  const wall0 = wall();
  const cpu0 = cpu();
  return () => {
    const w = wall() - wall0;
    return w < cpuAfterMs ? w : Math.min(w, cpu() - cpu0);
  };
}

/** Share of a budget's base time the wall clock runs alone; see runningTimeClock. */
const WALL_ONLY_SHARE = 0.4;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export class TimeBudget {
  private readonly started: number;
  private size = 0;

  constructor(
    private readonly settings: BudgetSettings = DEFAULT_BUDGET,
    private readonly clock: () => number = runningTimeClock(undefined, undefined, settings.baseMs * WALL_ONLY_SHARE),
  ) {
    this.started = clock();
  }

  /** The time allowed, in ms: derived from the largest size seen. */
  get budgetMs(): number {
    return this.settings.baseMs + (this.settings.perMbMs * this.size) / (1024 * 1024);
  }

  /**
   * The object is (at least) this many bytes: the budget grows to match. Called with the stored size
   * and again with the decoded size, so a gzipped object gets the time its text needs.
   */
  sizeIs(bytes: number): this {
    this.size = Math.max(this.size, bytes);
    return this;
  }

  /** The share of the budget already spent (above 1 once it is exceeded): for optional work that may be skipped. */
  spent(): number {
    return (this.clock() - this.started) / this.budgetMs;
  }

  /** Throws `BudgetExceeded` when the budget is spent; called between stages, blocks and records. */
  check(stage: string): void {
    const elapsed = this.clock() - this.started;
    if (elapsed > this.budgetMs) throw new BudgetExceeded(stage, elapsed, this.budgetMs);
  }
}

