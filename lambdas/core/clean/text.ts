/**
 * Plain scraped text → blocks. The first non-empty, non-junk line is the headline; each line is a
 * block unless a paragraph is hard-wrapped across lines; short title-like lines between paragraphs
 * are subheadings.
 */
import type { Block } from '../types.ts';
import { collapseSpaces } from '../decode/normalize.ts';
import { junkReason, looksLikeHeading } from './junk.ts';

/** Lines beyond this are dropped: no news article has more, and it bounds the work per object. */
const MAX_LINES = 20_000;
/** One block's text is capped; a 2 MB line is not a paragraph anyone will read whole. */
export const MAX_BLOCK_CHARS = 20_000;

export function segmentText(text: string): Block[] {
  const lines = text.split('\n', MAX_LINES).map((l) => collapseSpaces(l).slice(0, MAX_BLOCK_CHARS));
  // Groups of lines separated by blank lines.
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) current.push(line);
    else if (current.length) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);

  const raw: string[] = [];
  for (const g of groups) {
    if (isHardWrapped(g)) raw.push(g.join(' '));
    else raw.push(...g);
  }

  const blocks: Block[] = [];
  let titled = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (!titled && !junkReason(line) && line.length <= 300) {
      blocks.push({ kind: 'title', text: line });
      titled = true;
      continue;
    }
    blocks.push({ kind: isSubheading(raw, i) ? 'heading' : 'paragraph', text: line });
  }
  return blocks;
}

/** A paragraph broken at a fixed width: several lines of similar length, mostly not ending a sentence. */
function isHardWrapped(group: string[]): boolean {
  if (group.length < 3) return false;
  const body = group.slice(0, -1);
  const lengths = body.map((l) => l.length);
  const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  if (avg < 40 || avg > 110) return false;
  const open = body.filter((l) => !/[.!?:"”]$/.test(l)).length;
  return open / body.length >= 0.6 && lengths.every((n) => Math.abs(n - avg) < 30);
}

/** A subheading sits between real paragraphs and reads like a short title. */
function isSubheading(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (!looksLikeHeading(line) || junkReason(line)) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const isParagraph = (l: string | undefined) => l !== undefined && l.length > 80 && !junkReason(l);
  // Captions printed twice are not headings.
  if (next === line || prev === line) return false;
  return isParagraph(prev) && isParagraph(next);
}
