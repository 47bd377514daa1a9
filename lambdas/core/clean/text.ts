/**
 * Plain scraped text → blocks. The first non-empty, non-junk line is the headline; each line is a
 * block unless a paragraph is hard-wrapped across lines; short title-like lines between paragraphs
 * are subheadings.
 */
import type { Block } from '../types.ts';
import { collapseSpaces } from '../decode/normalize.ts';
import { classifierJunk } from './junk-classifier.ts';
import { junkRuns } from './runs.ts';
import { headlineLine } from './title.ts';
import { RELATED_HEADER, RELATED_INLINE, junkReason, looksLikeHeading, looksLikeHeadline } from './junk.ts';

/** Lines beyond this are dropped: no news article has more, and it bounds the work per object. */
const MAX_LINES = 20_000;
/** One block's text is capped; a 2 MB line is not a paragraph anyone will read whole. */
export const MAX_BLOCK_CHARS = 20_000;

/** The text's lines as the segmenter reads them: blank-line groups, a hard-wrapped group joined into one line. */
export function scrapedLines(text: string): { raw: string[]; groupOf: number[] } {
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
  const groupOf: number[] = [];
  groups.forEach((g, gi) => {
    const lines = isHardWrapped(g) ? [g.join(' ')] : g;
    raw.push(...lines);
    for (let k = 0; k < lines.length; k++) groupOf.push(gi);
  });
  return { raw, groupOf };
}

/** A label a scraper printed before the headline: "Headline: …", "Titel: …", "Titre : …". */
const HEADLINE_LABEL = /^(?:headline|title|titel|titre|titular|título|titolo|schlagzeile)\s?:\s+/i;

/** The headline's line: the first that no rule calls junk and is short enough for a headline (-1: none). */
export function titleLine(raw: string[]): number {
  return raw.findIndex((line) => line.length <= 300 && !junkReason(line));
}

export function segmentText(text: string): Block[] {
  const { raw, groupOf } = scrapedLines(text);
  const related = relatedLines(raw, groupOf);
  const titleAt = titleLine(raw);
  const headlineAt = headlineLine(raw, titleAt);
  const runs = junkRuns(raw, lastParagraph(raw));
  runs.delete(titleAt);
  // Lines the rules take (runs, a related list) are not the classifier's; it steps over them to find the story's paragraphs.
  const taken = new Map<number, unknown>(runs);
  for (const i of related) taken.set(i, true);
  const scored = classifierJunk(raw, titleAt, taken);
  const junk = new Map<number, Block['drop']>();
  for (const [i, reason] of runs) junk.set(i, { reason });
  for (const [i, score] of scored) junk.set(i, { reason: 'classifier', score: Math.round(score * 1000) / 1000 });
  // The labelled restatement is not the story: the title block already holds its words.
  if (headlineAt >= 0 && HEADLINE_LABEL.test(raw[headlineAt]!)) junk.set(headlineAt, { reason: 'boilerplate' });

  const blocks: Block[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (i === titleAt) {
      // The text's own headline line (the page's <h1>) states the headline better than the <title> line.
      // A restatement printed with a label ("Headline: …") gives the headline without it.
      blocks.push({ kind: 'title', text: headlineAt >= 0 ? raw[headlineAt]!.replace(HEADLINE_LABEL, '') || line : line });
      continue;
    }
    const block: Block = { kind: related.has(i) ? 'list-item' : isSubheading(raw, i, junk) ? 'heading' : 'paragraph', text: line };
    const drop = junk.get(i);
    if (drop) block.drop = drop;
    blocks.push(block);
  }
  return blocks;
}

/**
 * Lines listed under a "Read more:" / "Mehr zum Thema" header: the rest of the header's own group of
 * lines, or the next group when the header stands alone. A blank line ends the list, so a subheading
 * after it is not taken for one more link.
 */
function relatedLines(raw: string[], groupOf: number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    if (!RELATED_HEADER.test(raw[i]!)) continue;
    const alone = groupOf[i + 1] !== groupOf[i];
    const group = alone ? groupOf[i + 1] : groupOf[i];
    for (let j = i + 1; j < raw.length && groupOf[j] === group && out.size < 1000; j++) {
      // Headlines rarely end in a full stop; a sentence there is the story going on.
      if (!looksLikeHeadline(raw[j]!) || /\.["”’»]?$/.test(raw[j]!) || junkReason(raw[j]!)) break;
      out.add(j);
    }
  }
  return out;
}

/** The last line that reads as a paragraph of the story (-1: none). */
function lastParagraph(raw: string[]): number {
  for (let i = raw.length - 1; i >= 0; i--) if (raw[i]!.length >= 120 && /[.!?"”»]$/.test(raw[i]!)) return i;
  return -1;
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
function isSubheading(lines: string[], i: number, junk: Map<number, unknown>): boolean {
  const line = lines[i]!;
  // "What do experts say?": a short question between paragraphs is a subheading too.
  const question = /^[\p{Lu}¿][^"“„«]{2,60}\?$/u.test(line) && line.split(/\s+/).length <= 8;
  if (!(looksLikeHeading(line) || question) || junkReason(line) || RELATED_HEADER.test(line)) return false;
  const next = lines[i + 1];
  // Captions printed twice are not headings.
  if (next === line || lines[i - 1] === line) return false;
  // Looking back, junk and "Read more: …" lines between the paragraph and the heading do not count.
  return isParagraph(lines[previousContent(lines, i, junk)]) && isParagraph(next);
}

/**
 * The line before i that the story's own text ends on: junk lines, "Read more: …" lines and a
 * "Related:" header with its few headlines are stepped over.
 */
function previousContent(lines: string[], i: number, junk: Map<number, unknown>): number {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    const l = lines[j]!;
    if (junkReason(l) || junk.has(j) || RELATED_INLINE.test(l) || RELATED_HEADER.test(l)) {
      j--;
      continue;
    }
    if (isParagraph(l)) break;
    // Short lines: headlines under a related header a few lines up?
    let k = j - 1;
    while (k >= 0 && j - k <= 5 && !isParagraph(lines[k]) && !RELATED_HEADER.test(lines[k]!)) k--;
    if (k >= 0 && RELATED_HEADER.test(lines[k]!)) j = k - 1;
    else break;
  }
  return j;
}

/** Running text: long, or a whole sentence of some length. */
function isParagraph(l: string | undefined): boolean {
  if (l === undefined || junkReason(l)) return false;
  return l.length > 80 || (l.length >= 40 && /[.!?"”»]$/.test(l) && /\s\S+\s/.test(l));
}
