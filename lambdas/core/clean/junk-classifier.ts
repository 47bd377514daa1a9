/**
 * Which scraped-text lines the learned model removes (issue 12), with the safeguards that keep an
 * article whole. The explicit rules (junk.ts, blocks.ts) still run first on every line; a line the
 * classifier marks is removed with reason `classifier` and its score only when no rule took it.
 *
 *   1. every line gets a junk probability (junk-model.ts);
 *   2. a line at or above the model's threshold is marked, except lines of the story's own kinds
 *      inside the story (a one-line quote, dialogue, a list item, a subheading between paragraphs, a
 *      dateline paragraph), which need the stronger threshold;
 *   3. if what stays of the prose would fall below a floor, marks are taken back, the most
 *      content-like first, until it does not: the classifier never empties an article.
 */
import { RELATED_HEADER, RELATED_INLINE, junkReason, looksLikeHeading } from './junk.ts';
import { junkModel, scoreLines, type JunkModel } from './junk-model.ts';

/** Of the prose (lines of 40+ characters no rule removes), at least this share stays. */
const KEEP_SHARE = 0.35;
/** And at least this many characters of it, when the text has them. */
const KEEP_CHARS = 300;

/** Index → score of the lines the classifier removes; `taken` are lines other rules already remove. The title line is never marked. */
export function classifierJunk(raw: string[], titleAt: number, taken: ReadonlyMap<number, unknown> = new Map(), model: JunkModel = junkModel()): Map<number, number> {
  const out = new Map<number, number>();
  if (raw.length < 2) return out;
  const title = titleAt >= 0 ? raw[titleAt]! : null;
  const scores = scoreLines(raw, title, model);
  const copies = copiesTogether(raw, scores, model.threshold);
  // Lines the rules remove anyway (junk.ts, and the related-link lines blocks.ts takes out).
  const ruled = raw.map((l, i) => taken.has(i) || junkReason(l) !== null || RELATED_HEADER.test(l) || RELATED_INLINE.test(l));
  const [first, last] = storySpan(raw, scores, model.threshold);
  // The nearest line no rule removes, before or after i: is it a paragraph the model keeps?
  const proseNear = (i: number, step: -1 | 1) => {
    let j = i + step;
    while (j >= 0 && j < raw.length && ruled[j] && Math.abs(j - i) < 4) j += step;
    return j >= 0 && j < raw.length && !ruled[j] && scores[j]! < model.threshold && isProse(raw[j]!);
  };
  for (let i = 0; i < raw.length; i++) {
    if (i === titleAt || ruled[i]) continue;
    const s = scores[i]!;
    if (s < model.threshold) continue;
    const before = proseNear(i, -1);
    const after = proseNear(i, 1);
    // A subheading between two paragraphs the model keeps (one over a paragraph alone is as often
    // another story's headline over its teaser: cross-validated, keeping those lost precision, not
    // content); a short sentence closing a paragraph run.
    // A line printed several times ("Show image", a label under each picture) is not a subheading.
    if (after && before && looksLikeHeading(raw[i]!) && copies[i]! < 2) continue;
    if (before && isSentence(raw[i]!)) continue;
    // A line that introduces a list ("The new shop will offer:") after a paragraph the model keeps.
    if (before && raw[i]!.endsWith(':') && raw[i]!.length >= 12 && i + 1 < raw.length && storyKind(raw, i + 1)) continue;
    if (s < model.strongThreshold && ((i > first && i < last && storyKind(raw, i)) || (after && isSentence(raw[i]!)))) continue;
    out.set(i, s);
  }
  return keepFloor(raw, ruled, out);
}

/**
 * A line printed several times verbatim is one decision: when its copies' mean score reaches the
 * threshold, every copy scores at least that mean (chrome repeats: a share bar, a notice under each
 * block; the one copy the model doubts would leak the segment the others removed). Three or more
 * lines opening with the same ten characters are one decision the same way (a label before each
 * contact, a rating widget per star). Returns each line's count of verbatim copies.
 */
export function copiesTogether(raw: string[], scores: Float64Array, threshold: number): Uint32Array {
  const groups = new Map<string, number[]>();
  raw.forEach((l, i) => {
    const g = groups.get(l);
    if (g) g.push(i);
    else groups.set(l, [i]);
  });
  const copies = new Uint32Array(raw.length);
  // Near copies: three or more lines opening alike ("Pressesprecherin des …" over each contact, "Give … 3/5"), judged the same way.
  const near = new Map<string, number[]>();
  raw.forEach((l, i) => {
    if (l.length < NEAR_PREFIX || l.length > NEAR_MAX) return;
    const k = l.slice(0, NEAR_PREFIX);
    const g = near.get(k);
    if (g) g.push(i);
    else near.set(k, [i]);
  });
  for (const g of near.values()) if (g.length >= NEAR_MIN) raiseToMean(g, scores, threshold);
  for (const g of groups.values()) {
    for (const i of g) copies[i] = g.length;
    if (g.length >= 2) raiseToMean(g, scores, threshold);
  }
  return copies;
}

/** Near copies: lines sharing their first NEAR_PREFIX characters (of NEAR_PREFIX to NEAR_MAX), NEAR_MIN or more of them. Chosen by cross-validation on the training pages. */
const NEAR_PREFIX = 10;
const NEAR_MAX = 200;
const NEAR_MIN = 3;

/** When a group's mean score reaches the threshold, every line of it scores at least that mean. */
function raiseToMean(g: number[], scores: Float64Array, threshold: number): void {
  let sum = 0;
  for (const i of g) sum += scores[i]!;
  const mean = sum / g.length;
  if (mean >= threshold) for (const i of g) scores[i] = Math.max(scores[i]!, mean);
}

/** First and last line the model takes for content, among the longer lines: the story's extent. */
function storySpan(raw: string[], scores: Float64Array, threshold: number): [number, number] {
  let first = -1,
    last = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]!.length < 60 || scores[i]! >= threshold) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

/** Running text: long, or a whole sentence of some length. */
function isProse(t: string): boolean {
  return t.length > 100 || (t.length >= 40 && isSentence(t));
}

/** A short sentence: a capital or a quotation mark, three words or more, a full stop (or a closing quotation mark) at the end, no link. */
function isSentence(t: string): boolean {
  if (t.length < 15 || t.length > 400) return false;
  const end = t.at(-1)!;
  if (!'.!?"”»'.includes(end) || t.endsWith('...')) return false;
  const c = t[0]!;
  if (!(c.toLowerCase() !== c || '"“„«¿¡'.includes(c))) return false;
  if (t.includes('@') || t.includes('http') || t.includes('www.')) return false;
  return t.split(' ').length >= 3;
}

/**
 * The story's own short kinds: a line opening with a quotation mark or a dialogue dash, a list item,
 * a dateline opening a paragraph ("BERLIN (dpa) –", "PARIS, 3 mars –").
 */
function storyKind(raw: string[], i: number): boolean {
  const t = raw[i]!;
  const c = t[0] ?? '';
  if ('"“„«‚‘\''.includes(c) && t.length >= 12) return true;
  if ((c === '–' || c === '—') && t[1] === ' ' && t.length >= 12) return true;
  if ((c === '•' || c === '-' || c === '*' || c === '·') && t[1] === ' ' && t.length >= 12) return true;
  if (isNumberedItem(t)) return true;
  return isDateline(t);
}

function isNumberedItem(t: string): boolean {
  let k = 0;
  while (k < t.length && k < 3 && t[k]! >= '0' && t[k]! <= '9') k++;
  return k > 0 && (t[k] === '.' || t[k] === ')') && t[k + 1] === ' ' && t.length >= 15;
}

/** An upper-case place (and an agency or date) then a dash, opening a paragraph of some length. */
function isDateline(t: string): boolean {
  if (t.length < 80) return false;
  const dash = t.slice(0, 60).search(/\s[–—-]\s/);
  if (dash < 3) return false;
  const head = t.slice(0, dash);
  let upper = 0,
    lower = 0;
  for (const ch of head) {
    if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  return upper >= 3 && upper >= lower;
}

/** Takes marks back, most content-like first, until the prose kept reaches the floor. */
function keepFloor(raw: string[], ruled: boolean[], marks: Map<number, number>): Map<number, number> {
  let prose = 0,
    kept = 0;
  for (let i = 0; i < raw.length; i++) {
    if (ruled[i] || raw[i]!.length < 40) continue;
    prose += raw[i]!.length;
    if (!marks.has(i)) kept += raw[i]!.length;
  }
  const floor = Math.min(prose, Math.max(KEEP_CHARS, prose * KEEP_SHARE));
  if (kept >= floor) return marks;
  const order = [...marks.entries()].filter(([i]) => raw[i]!.length >= 40).sort((a, b) => a[1] - b[1]);
  for (const [i] of order) {
    if (kept >= floor) break;
    marks.delete(i);
    kept += raw[i]!.length;
  }
  return marks;
}
