/**
 * The time budget: past it, the core stops between stages, blocks and records and rejects what is
 * unfinished as `timeout`. Slowness is injected with a clock that moves on at every reading, as a slow
 * rule would make it; nothing here measures real time.
 */
import { describe, expect, it } from 'vitest';
import { BudgetExceeded, TimeBudget, runningTimeClock } from '#core/budget.ts';
import { processObject } from '#core/pipeline.ts';

const ARTICLE = (n: number) =>
  `Harbour board agrees ferry schedule ${n}\n\nThe harbour board met on Friday and agreed a new schedule for the ferries to the islands, its chair said.\n\nCrews welcomed the change but asked for more staff on the early crossings.\n`;
const meta = (key: string, size: number) => ({ bucket: 'raw', key, etag: null, size });
const bytes = (s: string) => new TextEncoder().encode(s);

/** A clock that advances `stepMs` every time it is read: every stage looks that slow. */
function slowClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe('time budget', () => {
  it('counts the lesser of wall-clock and CPU time: waiting for a core is not charged, running is', () => {
    let wall = 1000;
    let cpu = 50;
    const clock = runningTimeClock(
      () => wall,
      () => cpu,
    );
    const b = new TimeBudget({ baseMs: 100, perMbMs: 0 }, clock);
    // A busy machine: 5 s pass while the page gets 40 ms of CPU. Not a timeout.
    wall += 5000;
    cpu += 40;
    expect(() => b.check('waiting for a core')).not.toThrow();
    // The page itself runs long: both clocks move on, and the budget is spent.
    wall += 200;
    cpu += 200;
    expect(() => b.check('a slow rule')).toThrow(/exceeded after 240 ms, at a slow rule/);
  });

  it('is not fooled by CPU that other threads spend while the page waits on nothing', () => {
    let wall = 0;
    let cpu = 0;
    const b = new TimeBudget({ baseMs: 100, perMbMs: 0 }, runningTimeClock(() => wall, () => cpu));
    // Three other workers burn 3 s of process CPU in the 60 ms this page has been running.
    wall += 60;
    cpu += 3000;
    expect(() => b.check('sharing the process')).not.toThrow();
    wall += 60;
    expect(() => b.check('still running')).toThrow(BudgetExceeded);
  });

  it('reads CPU time only once the wall clock has run past its threshold (each reading walks every thread)', () => {
    let wall = 0;
    let cpuReads = 0;
    const clock = runningTimeClock(
      () => wall,
      () => (cpuReads++, wall),
      100,
    );
    expect(cpuReads).toBe(1); // the start
    wall = 99;
    expect(clock()).toBe(99);
    expect(cpuReads).toBe(1);
    wall = 150;
    expect(clock()).toBe(150);
    expect(cpuReads).toBe(2);
  });

  it('past the threshold a page that waited for a core is still charged its CPU time only', () => {
    let wall = 0;
    let cpu = 0;
    const b = new TimeBudget({ baseMs: 1000, perMbMs: 0 }, runningTimeClock(() => wall, () => cpu, 100));
    wall += 5000;
    cpu += 300;
    expect(() => b.check('waited')).not.toThrow();
    expect(b.spent()).toBeCloseTo(0.3);
  });

  it('grows with the object: 1 s plus 1 s per MB by default, the decoded size counting', () => {
    expect(new TimeBudget().sizeIs(0).budgetMs).toBe(1000);
    expect(new TimeBudget().sizeIs(3 * 1024 * 1024).budgetMs).toBe(4000);
    // A gzipped object is judged by its text: the larger size wins.
    expect(new TimeBudget().sizeIs(1024 * 1024).sizeIs(512).budgetMs).toBe(2000);
  });

  it('throws BudgetExceeded naming the stage once the time is spent', () => {
    const b = new TimeBudget({ baseMs: 100, perMbMs: 0 }, slowClock(60));
    b.check('first'); // 60 ms
    expect(() => b.check('second')).toThrow(BudgetExceeded); // 120 ms
    expect(() => b.check('third')).toThrow(/time budget of 100 ms exceeded after \d+ ms, at third/);
  });

  it('rejects a slow article as timeout with a one-line reason instead of running on', () => {
    const body = bytes(ARTICLE(1));
    const out = processObject(body, meta('incoming/a.txt', body.length), { budget: { baseMs: 1000, perMbMs: 0 }, clock: slowClock(400) });
    expect(out.records).toEqual([]);
    expect(out.rejections).toHaveLength(1);
    expect(out.rejections[0]!.code).toBe('timeout');
    expect(out.rejections[0]!.reason).toMatch(/^time budget of 1000 ms exceeded after \d+ ms, at [^\n]+$/);
  });

  it('accounts for every line of a batch cut short: records first, then timeouts, then the unread rest', () => {
    const text = [1, 2, 3, 4, 5, 6].map((n) => JSON.stringify({ title: `Ferry story ${n}`, body: ARTICLE(n) })).join('\n');
    const body = bytes(text);
    for (const baseMs of [60, 100, 145, 10_000]) {
      const out = processObject(body, meta('incoming/b.jsonl', body.length), { budget: { baseMs, perMbMs: 0 }, clock: slowClock(10) });
      const lines: number[] = out.records.map((r) => r.source.line!);
      for (const r of out.rejections) {
        expect(r.code, `budget ${baseMs}`).toBe('timeout');
        expect(r.reason).not.toContain('\n');
        const rest = /lines from (\d+) on were not read/.exec(r.reason);
        if (rest) for (let n = Number(rest[1]); n <= 6; n++) lines.push(n);
        else lines.push(r.line!);
      }
      // Nothing lost, nothing doubled: each line is a record, a timeout, or in the unread rest, once.
      expect(lines.sort((a, b) => a - b), `budget ${baseMs}`).toEqual([1, 2, 3, 4, 5, 6]);
      // What finished in time is kept, in order: the records are the first lines.
      expect(out.records.map((r) => r.source.line)).toEqual(out.records.map((_, i) => i + 1));
    }
    const tight = processObject(body, meta('incoming/b.jsonl', body.length), { budget: { baseMs: 60, perMbMs: 0 }, clock: slowClock(10) });
    expect(tight.rejections.some((r) => /lines from \d+ on were not read/.test(r.reason))).toBe(true);
    const roomy = processObject(body, meta('incoming/b.jsonl', body.length), { budget: { baseMs: 145, perMbMs: 0 }, clock: slowClock(10) });
    expect(roomy.records.length).toBeGreaterThan(0);
    expect(roomy.rejections.length).toBeGreaterThan(0);
  });

  it('never fires on a normal article with the real clock', () => {
    const body = bytes(ARTICLE(2));
    const out = processObject(body, meta('incoming/c.txt', body.length));
    expect(out.rejections).toEqual([]);
    expect(out.records).toHaveLength(1);
  });
});
