/**
 * Runs of scraped-text lines that are junk together though each alone might not be: a tag list
 * (one lower-case topic per line) after the story, and a run of teaser headlines cut with "…".
 * Certain by their shape as a run, so they are rules with their own reasons, decided before the
 * classifier; a lone line of either shape is left to it.
 */
import type { RemovalReason } from '#contracts/record.ts';

/** Index → reason of the lines in junk runs; `lastProse` is the index of the story's last paragraph (-1: none). */
export function junkRuns(raw: string[], lastProse: number): Map<number, RemovalReason> {
  const out = new Map<number, RemovalReason>();
  markRuns(raw, out, 3, 'boilerplate', (l, i) => i > lastProse && isTag(l));
  markRuns(raw, out, 2, 'related-block', (l) => isCutTeaser(l));
  return out;
}

function markRuns(raw: string[], out: Map<number, RemovalReason>, min: number, reason: RemovalReason, test: (l: string, i: number) => boolean): void {
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && test(raw[i]!, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= min) for (let k = start; k < i; k++) if (!out.has(k)) out.set(k, reason);
    start = -1;
  }
}

/** "county council", "heatwave", "#climate": one to three words, lower case, no punctuation at the end. */
function isTag(l: string): boolean {
  if (l.length < 2 || l.length > 32) return false;
  const c = l[0]!;
  if (!(c === '#' || c.toUpperCase() !== c)) return false;
  if (l.split(' ').length > 3) return false;
  return !'.!?:,;"”'.includes(l.at(-1)!);
}

/** A headline cut short: three to twenty-five words ending in "…" or "...", one sentence. */
function isCutTeaser(l: string): boolean {
  if (l.length < 15 || l.length > 220) return false;
  if (!(l.endsWith('…') || l.endsWith('...'))) return false;
  const words = l.split(' ').length;
  if (words < 3 || words > 25) return false;
  const body = l.slice(0, -3);
  return !(body.includes('. ') || body.includes('? ') || body.includes('! '));
}
