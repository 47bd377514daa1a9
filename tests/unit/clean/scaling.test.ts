/**
 * Work grows about linearly with the input, for every kind of line the rules look at. Each case builds
 * an adversarial input at size n and 4n and runs the whole core (decode, clean, extract) on both, in
 * the same test run: a linear path takes about 4x as long, a quadratic one 16x, an exponential one
 * never finishes. The bound (8x) is a ratio of two timings taken side by side, so a slow or busy
 * machine slows both alike; each side is the fastest of a few runs, which filters out pauses.
 * A fast-check property then drops such lines into article-shaped text and checks they are harmless.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkReason } from '#core/clean/junk.ts';
import { processObject } from '#core/pipeline.ts';

const NAMES = ['Anna Berg', 'Tom Reyes', 'Lisa Kurz', 'Omar Haddad', 'Eva Hahn', 'Jan Novak'];
const name = (i: number) => NAMES[i % NAMES.length]!;

/** Kinds of hostile line, each a function of a size parameter k (the number of repeated units). */
const KINDS: Record<string, (k: number) => string> = {
  'separator list': (k) => Array.from({ length: k }, (_, i) => name(i)).join(' · ') + ' ·',
  'separator list with labels': (k) => 'Tags: ' + Array.from({ length: k }, (_, i) => `${name(i)} |`).join(' ') + ' »',
  'breadcrumb that never closes': (k) => Array.from({ length: k }, (_, i) => `${name(i)} › `).join('') + '!',
  'capitalised words': (k) => Array.from({ length: k }, (_, i) => name(i).split(' ')[0]).join(' ') + ' said',
  'digits and punctuation': (k) => Array.from({ length: k }, (_, i) => `${i}.${i % 7},${i % 3};`).join(':') + ' $',
  'spaces and dashes': (k) => 'Photo' + ' - '.repeat(k) + '—',
  quotes: (k) => '"'.repeat(k) + '“Text”'.repeat(k) + '«',
  'parentheses and credits': (k) => 'Caption (' + 'Photo: '.repeat(k) + 'Reuters/Jane Doe',
  'copyright signs': (k) => '© '.repeat(k) + 'All rights',
  'by-lines': (k) => 'By ' + Array.from({ length: k }, (_, i) => name(i)).join(' and '),
};

const PARA = 'The harbour board met on Friday and agreed a new schedule for the ferries to the islands, its chair said.';

/** An article with the hostile line in the middle, and one made of many such short lines. */
function articleWith(line: string): string {
  return `Harbour board agrees ferry schedule\n\n${PARA}\n\n${line}\n\n${PARA}\n`;
}
function articleOfLines(line: string, n: number): string {
  return `Harbour board agrees ferry schedule\n\n${PARA}\n\n${Array.from({ length: n }, () => line).join('\n')}\n\n${PARA}\n`;
}

function run(text: string, key: string): void {
  const bytes = new TextEncoder().encode(text);
  const out = processObject(bytes, { bucket: 'raw', key, etag: null, size: bytes.length });
  // The guard must not be what keeps time down here: these inputs are within the budget.
  expect(out.rejections.filter((r) => r.code === 'timeout')).toEqual([]);
}

/** Fastest of `reps` runs, in ms. */
function fastest(f: () => void, reps = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Times at n and 4n, each the fastest of a few runs. A busy machine (vitest runs files in parallel)
 * can still stretch one side, so a ratio over the bound is measured again, up to three times, and the
 * smallest ratio counts: noise does not repeat, a quadratic path does.
 */
function growth(build: (k: number) => string, key: string, k: number): { small: number; large: number; ratio: number } {
  run(build(k), key); // warm up: compile the patterns, load the model
  const small = build(k);
  const large = build(4 * k);
  let best = { small: 0, large: 0, ratio: Number.POSITIVE_INFINITY };
  for (let attempt = 0; attempt < 3 && best.ratio > BOUND; attempt++) {
    const s = Math.max(fastest(() => run(small, key)), 1);
    const l = fastest(() => run(large, key));
    if (l / s < best.ratio) best = { small: s, large: l, ratio: l / s };
  }
  return best;
}

/** 4x the input may take at most this many times as long: linear is 4, quadratic 16. */
const BOUND = 8;

describe('work grows about linearly with the input', () => {
  for (const [kind, line] of Object.entries(KINDS)) {
    it(`one long line: ${kind}`, () => {
      const g = growth((k) => articleWith(line(k)), 'incoming/s.txt', 400);
      expect(g.ratio, `${kind}: ${g.small.toFixed(1)} ms at n, ${g.large.toFixed(1)} ms at 4n`).toBeLessThanOrEqual(BOUND);
    });

    it(`many short lines: ${kind}`, () => {
      const g = growth((k) => articleOfLines(line(12), k), 'incoming/m.txt', 60);
      expect(g.ratio, `${kind}: ${g.small.toFixed(1)} ms at n, ${g.large.toFixed(1)} ms at 4n`).toBeLessThanOrEqual(BOUND);
    });
  }

  it('the same lines inside HTML paragraphs', () => {
    const html = (k: number) =>
      `<!doctype html><html><head><title>Harbour board</title></head><body><article><h1>Harbour board agrees ferry schedule</h1><p>${PARA}</p>` +
      Object.values(KINDS)
        .map((l) => `<p>${l(k)}</p>`)
        .join('') +
      `<p>${PARA}</p></article></body></html>`;
    const g = growth(html, 'incoming/s.html', 100);
    expect(g.ratio, `${g.small.toFixed(1)} ms at n, ${g.large.toFixed(1)} ms at 4n`).toBeLessThanOrEqual(BOUND);
  });
});

describe('hostile lines dropped into articles', () => {
  it('never throw, never empty the story, and junkReason stays cheap on any of them', () => {
    const kind = fc.constantFrom(...Object.values(KINDS));
    fc.assert(
      fc.property(fc.array(fc.tuple(kind, fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 6 }), (parts) => {
        const lines = parts.map(([f, k]) => f(k));
        for (const l of lines) junkReason(l);
        const text = `Harbour board agrees ferry schedule\n\n${PARA}\n\n${lines.join('\n\n')}\n\n${PARA}\n`;
        const bytes = new TextEncoder().encode(text);
        const out = processObject(bytes, { bucket: 'raw', key: 'incoming/f.txt', etag: null, size: bytes.length });
        expect(out.records).toHaveLength(1);
        expect(out.records[0]!.body).toContain('harbour board met on Friday');
      }),
      { numRuns: 40, seed: 1203 },
    );
  });
});
