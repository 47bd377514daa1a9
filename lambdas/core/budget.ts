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

export class TimeBudget {
  private readonly started: number;
  private size = 0;

  constructor(
    private readonly settings: BudgetSettings = DEFAULT_BUDGET,
    private readonly clock: () => number = () => performance.now(),
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

  /** Throws `BudgetExceeded` when the budget is spent; called between stages, blocks and records. */
  check(stage: string): void {
    const elapsed = this.clock() - this.started;
    if (elapsed > this.budgetMs) throw new BudgetExceeded(stage, elapsed, this.budgetMs);
  }
}

