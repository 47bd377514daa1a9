/**
 * How an HTML page becomes one clean article: the extraction strategy, in one place.
 *
 * Strategies, tried in this order, each walked (walk.ts) and cleaned (blocks.ts) on its own:
 *   1. main        the container the prose scoring chose (content.ts)
 *   2. candidate N the scoring's runners-up, each apart from the container and from one another
 *   3. density     the scoring again with class/id words not read: text, links and structural tags only
 *                  (a page whose every wrapper carries an unlucky name: "read-more", "promo", "sidebar")
 *   4. paragraphs  a baseline: every paragraph-like element of the page outside nav/footer/aside, in order
 *   5. script      on a page that shows almost no text (rendered by JavaScript), the story in its inline
 *                  scripts' data (script-data.ts): the longest run of prose among their strings
 *   grown          compared with whichever of those is picked: the lowest ancestor of the main container
 *                  holding most of the page's prose (grow.ts), kept when its body is much longer
 *                  (a story split across sibling boxes)
 *
 * Each body is pruned (prune.ts: linked headlines, headings of boxes below the story) before it is
 * measured.
 *
 * Check: a body is enough when its paragraphs hold at least MIN_BODY characters and at least
 * ENOUGH_SHARE of the page's prose outside junk-named boxes (so a container holding one caption of a
 * long story is not enough). Choice: the first strategy whose body is enough; when none is, the one with
 * the most body characters (the earlier on a tie). The strategies after the main one run only when it
 * falls short, so a page that extracts well pays for one walk.
 *
 * A page is rejected only when every strategy comes out empty, or short with not one paragraph of
 * unlinked text anywhere on the page (the baseline found none), and the reason says what kind of page
 * holds no prose: a JavaScript shell, an index page of links, or a gallery/video page with a caption.
 */
import type { Extraction, ExtractionStrategy, Rejection } from '#contracts/record.ts';
import type { Block, CleanArticle } from '../../types.ts';
import { cleanBlocks, type CleanOptions } from '../blocks.ts';
import { Classifier } from './classify.ts';
import { findContainer, hasDirectText } from './content.ts';
import { BLOCKISH, all, collapse, textCounts, textOf, type El } from './dom.ts';
import { readPage, segmentAt, type ReadPage, type SegmentedPage } from './index.ts';
import { GROWN_GAIN, storyAncestor } from './grow.ts';
import { pruneBody } from './prune.ts';
import { ingredientBoxes } from './recipe.ts';
import { SHELL_TEXT, scriptDataBlocks } from './script-data.ts';

/** Fewest body characters that count as an article on their own. */
const MIN_BODY = 150;
/** Share of the page's prose (outside junk boxes) the body must hold. */
const ENOUGH_SHARE = 0.25;
/** Share of the time budget past which the grown comparison is skipped. */
const GROWN_TIME_SHARE = 0.5;
/** Paragraph-like elements of the baseline: shorter ones are labels, not prose. */
const MIN_BASELINE_PARAGRAPH = 25;

/** One way to find the body: a strategy, and the walk it runs when asked. */
export interface Attempt {
  strategy: ExtractionStrategy;
  candidate?: number;
  run: () => SegmentedPage | null;
}

/** The strategies for a read page, in the order they are tried. */
export function attemptsFor(page: ReadPage): Attempt[] {
  const { choice } = page;
  return [
    // A recipe's ingredient box beside its text (recipe.ts) is walked with the main container.
    { strategy: 'main', run: () => segmentAt(page, choice.container, [...choice.extras, ...ingredientBoxes(page.body, choice.container, page.cls, page.ld.objects)], page.cls) },
    ...choice.candidates.map((el, i): Attempt => ({ strategy: 'candidate', candidate: i + 1, run: () => segmentAt(page, el, [], new Classifier()) })),
    { strategy: 'density', run: () => densityPass(page) },
    { strategy: 'paragraphs', run: () => paragraphBaseline(page) },
    { strategy: 'script', run: () => scriptDataPass(page) },
  ];
}

/** The grown container (grow.ts), when the main container's ancestor holds much more of the page's prose. */
export function grownAttempt(page: ReadPage): Attempt | null {
  const a = storyAncestor(page.choice, page.body);
  return a ? { strategy: 'grown', run: () => segmentAt(page, a, [], new Classifier()) } : null;
}

/** The clean article for an HTML page, or a rejection saying what kind of page has no prose. */
export function extractHtml(html: string, opts: CleanOptions): CleanArticle | Rejection {
  const page = safely(() => readPage(html, opts.now));
  if (!page) return { code: 'no-article', reason: 'no article text found: the page has no body', line: opts.line, index: opts.index };
  const picked = pick(page, opts);
  if ('code' in picked) return picked;
  // The story split across boxes: the container's ancestor holding most of the page's prose wins
  // when its body is much longer than the one picked.
  const grown = grownAttempt(page);
  if (!grown) return picked;
  const was = picked.extraction!;
  // A refinement, not a rescue: with half the object's time gone it is not tried, so a slow
  // machine keeps the body it has instead of timing out on a second walk.
  if ((opts.budget?.spent() ?? 0) > GROWN_TIME_SHARE) {
    return { ...picked, extraction: { ...was, setAside: [...was.setAside, { strategy: 'grown', chars: 0, reason: 'not tried: over half the time budget spent' }] } };
  }
  const seg = safely(() => pruned(grown.run()));
  const out = seg ? cleanBlocks(seg.blocks, seg.meta, { ...opts, removed: seg.removed, related: seg.related }) : null;
  const chars = out && !('code' in out) ? bodyChars(out) : 0;
  if (!out || 'code' in out || chars <= GROWN_GAIN * was.chars) {
    const reason = chars === 0 ? 'no text' : `${chars} characters of body text, not ${GROWN_GAIN}× the ${was.chars} of the ${was.strategy} body`;
    return { ...picked, extraction: { ...was, setAside: [...was.setAside, { strategy: 'grown', chars, reason }] } };
  }
  const reason = `${was.chars} characters of body text; the container's ancestor holding most of the page's prose gave ${chars}`;
  const setAside = [...was.setAside, { strategy: was.strategy, ...(was.candidate === undefined ? {} : { candidate: was.candidate }), chars: was.chars, reason }];
  return withNote(out, grown, chars, setAside);
}

/** The first strategy whose body is enough, else the longest; a rejection when the page has no prose. */
function pick(page: ReadPage, opts: CleanOptions): CleanArticle | Rejection {
  const { choice } = page;
  const attempts = attemptsFor(page);
  // Enough relative to the prose the page shows outside junk boxes; capped so a long page's
  // shorter story (a live blog's post) is not held to the whole page's length.
  const wanted = Math.max(MIN_BODY, Math.min(ENOUGH_SHARE * choice.pageProse, 2000));

  const setAside: Extraction['setAside'] = [];
  let best: { attempt: Attempt; article: CleanArticle; chars: number } | null = null;
  let firstRejection: Rejection | null = null;
  /** Paragraph-like elements the baseline found on the whole page (it runs last, when nothing was enough). */
  let baselineParagraphs = -1;
  for (const attempt of attempts) {
    const seg = safely(() => pruned(attempt.run()));
    if (attempt.strategy === 'paragraphs') baselineParagraphs = seg ? seg.blocks.filter((b) => b.kind === 'paragraph').length : 0;
    opts.budget?.check(`the ${attempt.strategy} strategy`); // outside `safely`: running out of time stops the object, it is not a failed strategy
    const out = seg ? cleanBlocks(seg.blocks, seg.meta, { ...opts, removed: seg.removed, related: seg.related }) : null;
    const article = out && !('code' in out) ? out : null;
    if (out && 'code' in out) firstRejection ??= out;
    const chars = article ? bodyChars(article) : 0;
    if (chars >= wanted) {
      return withNote(article!, attempt, chars, setAside);
    }
    setAside.push({ ...label(attempt), chars, reason: chars === 0 ? (out && 'code' in out ? out.reason : 'no text') : `${chars} characters of body text, fewer than the ${Math.round(wanted)} wanted` });
    if (article && (!best || chars > best.chars)) best = { attempt, article, chars };
  }
  // No prose anywhere: every body is short, the page shows pictures or a video, and it holds not one
  // paragraph-like element of unlinked text (a gallery or video page whose only words are a caption,
  // a counter and links).
  // Conservative: one real paragraph anywhere on the page, even a short one, keeps the page.
  // A page whose story sits in a script's data (a JSON state blob, JSON-LD) is an article we failed
  // to read, not a page without prose: it is kept with what was found.
  // Only a page that shows media says it is a gallery or video page; a bare line of text is kept.
  if (best && best.chars < MIN_BODY && baselineParagraphs === 0 && showsMedia(page) && !scriptHoldsProse(page)) best = null;
  if (best) {
    const i = setAside.findIndex((s) => s.strategy === best!.attempt.strategy && s.candidate === best!.attempt.candidate);
    const rest = setAside.filter((_, k) => k !== i).map((s) => (s.chars > 0 ? { ...s, reason: `${s.reason}; fewer than ${best!.chars}` } : s));
    return withNote(best.article, best.attempt, best.chars, rest);
  }
  return { code: 'no-article', reason: noProseReason(page, firstRejection), line: opts.line, index: opts.index };
}

function withNote(article: CleanArticle, attempt: Attempt, chars: number, setAside: Extraction['setAside']): CleanArticle {
  return { ...article, extraction: { ...label(attempt), chars, setAside } };
}

function label(a: Attempt): { strategy: ExtractionStrategy; candidate?: number } {
  return a.candidate === undefined ? { strategy: a.strategy } : { strategy: a.strategy, candidate: a.candidate };
}

/** A strategy's body with what the container holds below the story pruned (prune.ts). */
function pruned(seg: SegmentedPage | null): SegmentedPage | null {
  if (!seg) return null;
  const { blocks, removed } = pruneBody(seg.blocks);
  return removed.length ? { ...seg, blocks, removed: [...seg.removed, ...removed] } : seg;
}

/**
 * The measure the choice uses: characters of body paragraphs (headings and captions not counted, nor
 * the standfirst the body opens with: a header's lead line does not make a container the story).
 */
function bodyChars(a: CleanArticle): number {
  let n = 0;
  for (const s of a.sections) for (const p of s.paragraphs) if (p !== a.subtitle) n += p.length;
  return n;
}

/** The scoring and the walk with class/id words not read. */
function densityPass(page: ReadPage): SegmentedPage {
  const cls = new Classifier({ classWords: false });
  const choice = findContainer(page.doc, cls, null);
  return segmentAt({ ...page, cls, choice }, choice.container, choice.extras, cls);
}

/**
 * The baseline: paragraph-like elements (<p>, <pre>, <blockquote>, <div>/<td>/<dd> with text of their
 * own, long <li>s) outside nav/footer/aside and hidden boxes, with few links, in page order, none
 * inside another taken one. What a reader skimming the page would call its text.
 */
function paragraphBaseline(page: ReadPage): SegmentedPage {
  const cls = new Classifier({ classWords: false });
  const blocks: Block[] = [];
  let taken: El | null = null;
  for (const el of all(page.body, 'p, pre, blockquote, li, div, td, dd').slice(0, 50_000)) {
    if (taken && taken.contains(el)) continue;
    const tag = el.localName;
    // A box is a paragraph when it holds text of its own; a table cell also when it holds only inline
    // markup around it ("<td><font>text</font></td>" of a legacy layout). (Inline-only <div>s are
    // more often labels and link rows than paragraphs.)
    if ((tag === 'div' || tag === 'td' || tag === 'dd') && !hasDirectText(el) && (tag === 'div' || hasBlockChild(el))) continue;
    if (cls.inJunk(el, page.body)) continue;
    const { text, linkChars } = textOf(el, 20_000);
    const t = collapse(text);
    if (t.length < (tag === 'li' ? 80 : MIN_BASELINE_PARAGRAPH) || linkChars > 0.5 * t.length) continue;
    // Paragraphs made with <br><br> inside one element come out one by one.
    for (const part of text.split(/\n\s*\n/)) {
      const p = collapse(part);
      if (p) blocks.push({ kind: 'paragraph', text: p, linkDensity: Math.min(1, linkChars / Math.max(1, t.length)) });
    }
    taken = el;
  }
  const main = segmentAt(page, page.body, [], new Classifier());
  const title = main.blocks.find((b) => b.kind === 'title');
  return { meta: main.meta, blocks: title ? [title, ...blocks] : blocks, removed: [], related: [] };
}

/** The body from the page's script data, with the metadata the page itself states; empty unless the page shows almost no text. */
function scriptDataPass(page: ReadPage): SegmentedPage | null {
  const visible = textCounts(page.body).len;
  if (visible >= SHELL_TEXT) return null;
  const main = segmentAt(page, page.body, [], new Classifier());
  const title = main.blocks.find((b) => b.kind === 'title');
  const blocks = scriptDataBlocks(page.doc.documentElement ?? page.body, visible, title?.text ?? null);
  if (!blocks.length) return null;
  return { meta: main.meta, blocks: title ? [title, ...blocks] : blocks, removed: [], related: [] };
}

/** Whether an element has a block-level element child (or an image): then it is a box of blocks, not a paragraph. */
function hasBlockChild(el: El): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c && n++ < 200; c = c.nextElementSibling) if (BLOCKISH.has(c.localName) || c.localName === 'img' || c.localName === 'table') return true;
  return n === 0;
}

/** Why a page with no prose is rejected, by kind: JavaScript shell, index page, or a line or two. */
function noProseReason(page: ReadPage, rejection: Rejection | null): string {
  const { len, linkChars } = textCounts(page.body);
  const scripts = all(page.doc.documentElement ?? page.body, 'script').length;
  const links = all(page.body, 'a[href]').length;
  const detail = rejection ? ` (${rejection.reason})` : '';
  if (len < 200 && scripts > 0) return `no article text found: a JavaScript shell (${len} characters of text, ${scripts} script(s) that render the page)${detail}`;
  if (links >= 10 && linkChars >= 0.5 * len) return `no article text found: an index page (${links} links, ${Math.round((100 * linkChars) / Math.max(1, len))}% of its text in links, no paragraph of prose)${detail}`;
  return `no article text found: no prose (${len} characters of text, not one paragraph: a gallery, video or form page)${detail}`;
}

/** A video, audio or embedded player, or two pictures or more: what a gallery or video page shows. */
function showsMedia(page: ReadPage): boolean {
  if (all(page.body, 'video, audio, iframe, embed, object').length > 0) return true;
  return all(page.body, 'img, picture, figure').length >= 2;
}

/** Sentence ends ("ing. The") that mark prose inside a script's text. */
const SENTENCE_END = /\p{Ll}{3}[.!?] \p{Lu}/gu;
/** Sentence ends in one script from which its data holds a story. */
const SCRIPT_SENTENCES = 5;

/** Whether an inline script (a JSON state blob, JSON-LD) holds sentences: text rendered by JavaScript. */
function scriptHoldsProse(page: ReadPage): boolean {
  for (const el of all(page.doc.documentElement ?? page.body, 'script').slice(0, 500)) {
    const t = (el.textContent ?? '').slice(0, 2_000_000);
    if (t.length < 500) continue;
    let n = 0;
    SENTENCE_END.lastIndex = 0;
    while (SENTENCE_END.exec(t) && ++n < SCRIPT_SENTENCES);
    if (n >= SCRIPT_SENTENCES) return true;
  }
  return false;
}

/** Strategies are written not to throw; a parser bug in one must not lose the others. */
function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
