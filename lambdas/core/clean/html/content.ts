/**
 * Finding the article container. Semantic markup first ([itemprop=articleBody], a single
 * <article>), checked against a Readability-style score: paragraphs of real prose (length,
 * commas, few links) credit their parent and grandparent; the best-scored element wins, then
 * grows to its parent when the article is split across siblings (inline ads every few paragraphs).
 */
import type { Classifier } from './classify.ts';
import { MAX_ELEMENTS, all, collapse, first, textCounts, textOf, type Doc, type El } from './dom.ts';

const MIN_PARAGRAPH = 25;
/** Ancestors a paragraph's length is credited to when summing prose per element. */
const CREDIT_DEPTH = 64;

export interface ContainerChoice {
  container: El;
  /** Sibling wrappers holding more of the article (a lede div beside the body), in document order. */
  extras: El[];
  /** Characters of prose paragraphs inside the chosen container. */
  prose: number;
  /** Prose characters on the whole page, outside junk-named elements. */
  pageProse: number;
  /**
   * Prose characters on the whole page before any junk judgement except comment threads (related boxes
   * included): the measure "most of the page's prose" is taken against, so a long thread cannot outweigh its story.
   */
  rawPageProse: number;
  /** Prose characters under an element outside junk-named boxes (what the scoring counted). */
  proseOf: (el: El) => number;
  /** Prose characters under an element before any junk judgement: what a class name may not throw away. */
  rawProseOf: (el: El) => number;
  /** Whether an element holds a mark of the story (article-body class, a headline, article markup): what a layout wrapper has and a sidebar lacks. */
  holdsStoryMark: (el: El) => boolean;
  /** The next best-scored elements, none inside or around the container or each other: where else the story may be. */
  candidates: El[];
}

/** How many runner-up containers are kept for the extraction's second tries. */
const MAX_CANDIDATES = 3;

const COMMAS = /[,،、，]/g;

/** Whether an element holds text directly (not only in block children): a <div> used as a paragraph. */
export function hasDirectText(el: El, min = MIN_PARAGRAPH): boolean {
  let n = 0;
  let count = 0;
  for (let c = el.firstChild; c && count++ < 500; c = c.nextSibling) {
    if (c.nodeType === 3) n += collapse(c.data ?? '').length;
    if (n >= min) return true;
  }
  return false;
}

/** Picks the element holding the article. Never returns null: falls back to <body>. */
export function findContainer(doc: Doc, cls: Classifier, titleHint: string | null = null): ContainerChoice {
  const body = doc.body ?? doc.documentElement;
  if (!body) throw new Error('no document'); // parseDocument always gives a body; guarded by the caller
  const score = new Map<El, number>();
  const prose = new Map<El, number>();
  let pageProse = 0;

  // Pass 1: every prose-like element with its text stats, and the prose under each ancestor,
  // before any junk judgement: a "junk"-named wrapper holding most of the page's prose is layout
  // (id="__next", class="page has-ads"), not junk.
  const found: Array<{ p: El; len: number; s: number }> = [];
  const rawProse = new Map<El, number>();
  let rawTotal = 0;
  const paragraphs = all(body, 'p, pre, td, blockquote, div, section, font, span, dd').slice(0, MAX_ELEMENTS);
  for (const p of paragraphs) {
    const tag = p.localName;
    if (tag === 'div' || tag === 'section' || tag === 'td' || tag === 'font' || tag === 'span' || tag === 'dd') {
      // Only text-bearing ones: direct text of their own.
      if (!hasDirectText(p)) continue;
      if (tag === 'span' || tag === 'font') {
        // Inline wrappers count only when their parent is not already a paragraph.
        const par = p.parentElement?.localName;
        if (par === 'p' || par === 'li' || par === 'a' || par === 'h1' || par === 'h2' || par === 'h3') continue;
      }
    }
    const { text, linkChars } = textOf(p, 20_000);
    const t = collapse(text);
    if (t.length < MIN_PARAGRAPH) continue;
    const ld = linkChars / Math.max(1, t.length);
    if (ld > 0.5) continue;
    const s = (1 + (t.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(t.length / 100), 3)) * (1 - ld);
    found.push({ p, len: t.length, s });
    rawTotal += t.length;
    let a = p.parentElement;
    for (let level = 0; a && level < CREDIT_DEPTH; level++, a = a.parentElement) rawProse.set(a, (rawProse.get(a) ?? 0) + t.length);
  }
  // Prose inside comment threads, set apart so a long thread does not make its story a minority.
  const commentMemo = new Map<El, boolean>();
  const inComments = (el: El): boolean => {
    const chain: El[] = [];
    let result = false;
    for (let cur: El | null = el, guard = 0; cur && cur !== body && guard < 1000; guard++, cur = cur.parentElement) {
      const m = commentMemo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      chain.push(cur);
      if (cls.verdict(cur) === 'comments') {
        result = true;
        break;
      }
    }
    for (const c of chain) commentMemo.set(c, result);
    return result;
  };
  let commentProse = 0;
  for (const { p, len } of found) if (inComments(p)) commentProse += len;
  const storyTotal = rawTotal - commentProse;
  const junkMemo = new Map<El, boolean>();
  const inJunk = (el: El): boolean => {
    const chain: El[] = [];
    let cur: El | null = el;
    let result = false;
    for (let guard = 0; cur && cur !== body && guard < 1000; guard++, cur = cur.parentElement) {
      const m = junkMemo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      chain.push(cur);
      const v = cls.verdict(cur);
      // A junk-looking element holding most of the page's prose (comment threads set apart) is a
      // layout wrapper ("content-sidebar-wrap", "article-body paywall") when it also holds a mark of
      // the story: a headline, or article markup. A sidebar or popup that outweighs a short story
      // holds neither; comment sections and related grids are exempt only around a headline.
      const most = (rawProse.get(cur) ?? 0) >= 0.5 * storyTotal;
      const exempt = most && (v === 'comments' || v === 'related-block' ? first(cur, 'h1') !== null : holdsStoryMark(cur));
      if (v && v !== 'byline' && v !== 'dateline' && !exempt) {
        result = true;
        break;
      }
    }
    for (const c of chain) junkMemo.set(c, result);
    return result;
  };

  const markMemo = new Map<El, boolean>();
  const holdsStoryMark = (el: El): boolean => {
    let m = markMemo.get(el);
    if (m === undefined) {
      m = cls.rolesOf(el).includes('article-body') || first(el, 'h1, article, [itemprop="articleBody"], [itemprop="articlebody"]') !== null;
      markMemo.set(el, m);
    }
    return m;
  };

  let directBody = 0;
  for (const { p, len, s } of found) {
    if (inJunk(p)) continue;
    pageProse += len;
    if (p.parentElement === body) directBody += len;
    let a = p.parentElement;
    let level = 0;
    while (a && level < CREDIT_DEPTH) {
      if (level < 3) score.set(a, (score.get(a) ?? 0) + s / (level === 0 ? 1 : level === 1 ? 2 : 6));
      prose.set(a, (prose.get(a) ?? 0) + len);
      a = a.parentElement;
      level++;
    }
    // A text-bearing div is its own candidate too (a one-paragraph body).
    prose.set(p, (prose.get(p) ?? 0) + len);
  }

  // Best scored candidate, weighted by class hints and link density.
  let best: El | null = null;
  let bestScore = -Infinity;
  const weighted: Array<[El, number]> = [];
  for (const [el, s] of score) {
    if (el === body || el.localName === 'html') continue;
    let w = s;
    const roles = cls.rolesOf(el);
    if (roles.includes('article-body')) w *= 1.25;
    if (el.localName === 'article' || el.getAttribute('itemprop') === 'articleBody') w *= 1.3;
    const { len, linkChars } = textCounts(el);
    w *= 1 - Math.min(0.9, linkChars / Math.max(1, len));
    weighted.push([el, w]);
    if (w > bestScore) {
      bestScore = w;
      best = el;
    }
  }
  const rawProseOf = (el: El) => (el === body ? rawTotal : rawProse.get(el) ?? 0);
  const proseOf = (el: El) => (el === body ? pageProse : prose.get(el) ?? 0);
  const base = { pageProse, rawPageProse: storyTotal, rawProseOf, proseOf, holdsStoryMark };
  if (!best) return { container: body, extras: [], prose: pageProse, ...base, candidates: [] };
  // Paragraphs straight under <body> (print views, bare exports): the body is the article when they
  // hold most of the prose and the best wrapper holds less of it.
  if (directBody >= 0.5 * pageProse && (prose.get(best) ?? 0) < directBody) return { container: body, extras: [], prose: pageProse, ...base, candidates: [] };

  // Several stories on one page (infinite scroll): the one whose headline the page's metadata names.
  if (titleHint) {
    const named = storyNamed(body, titleHint, prose);
    if (named && !named.contains(best) && !best.contains(named)) best = named;
  }

  // Explicit article-body markup wins when it holds most of the prose.
  const explicit = all(body, '[itemprop="articleBody"], [itemprop="articlebody"]').filter((e) => (prose.get(e) ?? 0) >= 0.5 * (prose.get(best!) ?? 0));
  if (explicit.length) best = explicit.sort((a, b) => (prose.get(b) ?? 0) - (prose.get(a) ?? 0))[0]!;

  let extras: El[] = [];
  // Grow while siblings hold a good share of prose: the article split into several wrappers
  // (column divs, chunks between ad slots). Siblings that look like `best` (same tag and class)
  // are its continuation; unlike siblings must hold more than half the prose to be taken in.
  for (let k = 0; k < 4; k++) {
    const parent: El | null = best.parentElement;
    if (!parent || parent === body || parent.localName === 'html') break;
    const pp = prose.get(parent) ?? 0;
    const own = prose.get(best) ?? 0;
    if (own >= pp) {
      if (isThinWrapper(parent, best, cls)) {
        best = parent;
        continue;
      }
      break;
    }
    const share = own / pp;
    const alike = share < 0.8 && hasAlikeSibling(best, prose);
    // Never merge two stories: stop below a parent holding another headline or <article>.
    // (Alike <article>s side by side are one live blog's posts, not separate stories.)
    if (otherHeadline(parent, best) || (!alike && (best.localName === 'article' || otherStory(parent, best)))) break;
    if (!alike && share >= 0.5) {
      // The story's own wrapper (headline, byline line, standfirst around the body): climb.
      if (isThinWrapper(parent, best, cls)) {
        best = parent;
        continue;
      }
      // Most of the prose is here; a lede or a last paragraph in a sibling wrapper is adopted
      // on its own, without taking in the parent's other children (sidebars, footers).
      extras = proseSiblings(best, prose, cls);
      break;
    }
    const { len, linkChars } = textCounts(parent);
    if (linkChars / Math.max(1, len) > 0.35) break;
    best = parent;
  }

  // Prefer an enclosing <article> that is mostly this content.
  let a: El | null = best;
  for (let k = 0; a && k < 6; k++, a = a.parentElement) {
    if (a === body) break;
    if (a.localName === 'article' && (prose.get(best) ?? 0) >= 0.7 * (prose.get(a) ?? 0)) {
      best = a;
      break;
    }
  }
  extras = extras.filter((e) => !best.contains(e) && !e.contains(best));
  return { container: best, extras, prose: prose.get(best) ?? 0, ...base, candidates: runnersUp(weighted, [best, ...extras]) };
}

/** The best-weighted elements after the winner, each apart from the winner and from one another. */
function runnersUp(weighted: Array<[El, number]>, taken: El[]): El[] {
  const out: El[] = [];
  const apart = (el: El) => [...taken, ...out].every((t) => !t.contains(el) && !el.contains(t));
  for (const [el] of weighted.sort((a, b) => b[1] - a[1]).slice(0, 200)) {
    if (out.length >= MAX_CANDIDATES) break;
    if (apart(el)) out.push(el);
  }
  return out;
}

/**
 * Siblings of the container holding real prose (a lede wrapper before it, a last paragraph after
 * it): not junk, few links, no headline of another story. In document order, container excluded.
 */
function proseSiblings(best: El, prose: Map<El, number>, cls: Classifier): El[] {
  const parent = best.parentElement;
  if (!parent) return [];
  const out: El[] = [];
  let count = 0;
  // The story's head box before a container without a headline (headline, standfirst, the first
  // paragraphs): its one <h1> is this story's, not another's.
  const headless = !first(best, 'h1');
  let before = true;
  for (let c = parent.firstElementChild; c && count++ < 200; c = c.nextElementSibling) {
    if (c === best) before = false;
    // Big enough to be part of the story (a sidebar box is a sliver of it), not a parallel column
    // of the same layout class, not a titled box ("Support our work"), not another story.
    const p = prose.get(c) ?? 0;
    if (c === best || p < 80 || p < 0.2 * (prose.get(best) ?? 0) || cls.verdict(c)) continue;
    if (sameClass(c, best) || /^h[2-6]$/.test(c.firstElementChild?.localName ?? '')) continue;
    const marks = all(c, 'h1, article');
    if (marks.length && !(before && headless && marks.length === 1 && marks[0]!.localName === 'h1')) continue;
    const { len, linkChars } = textCounts(c);
    if (linkChars / Math.max(1, len) > 0.25) continue;
    out.push(c);
  }
  return out;
}

/** A wrapper whose only element child is `inner` (plus headings/figures/bylines): climbing loses nothing. */
function isThinWrapper(parent: El, inner: El, cls: Classifier): boolean {
  let count = 0;
  for (let c = parent.firstElementChild; c && count++ < 50; c = c.nextElementSibling) {
    if (c === inner) continue;
    const t = c.localName;
    if (/^h[1-6]$/.test(t) || t === 'figure' || t === 'header' || t === 'time' || t === 'p' || t === 'picture' || t === 'img' || t === 'button' || t === 'script' || t === 'style') continue;
    // Small unlinked boxes beside the body (a live blog's key points, a standfirst div) belong to it;
    // junk (judged by the walker) and link lists do not stop the climb either when they are small.
    const v = cls.verdict(c);
    if (v) continue;
    const { text, linkChars } = textOf(c, 2000);
    const len = collapse(text).length;
    if (len < 800 && linkChars / Math.max(1, len) < 0.3) continue;
    return false;
  }
  return true;
}

function sameClass(a: El, b: El): boolean {
  const ca = a.getAttribute('class');
  return !!ca && a.localName === b.localName && ca === b.getAttribute('class');
}

/** The element holding the story whose <h1> matches the title, when the page has several <h1>s. */
function storyNamed(body: El, title: string, prose: Map<El, number>): El | null {
  const h1s = all(body, 'h1').slice(0, 50);
  if (h1s.length < 2) return null;
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const want = key(title);
  const h = h1s.find((x) => {
    const k = key(x.textContent ?? '');
    return k === want || (k.length >= 10 && want.includes(k)) || (want.length >= 10 && k.includes(want));
  });
  if (!h) return null;
  for (let a = h.parentElement, k = 0; a && a !== body && k < 8; a = a.parentElement, k++) {
    if (all(a, 'h1').length > 1) return null;
    if ((prose.get(a) ?? 0) >= 80) return a;
  }
  return null;
}

/** Both inner and the rest of parent have an <h1>: two stories (an infinite-scroll page), never merged. */
function otherHeadline(parent: El, inner: El): boolean {
  if (!all(inner, 'h1').length) return false;
  return all(parent, 'h1').slice(0, 50).some((h) => !inner.contains(h));
}

/** A headline or <article> inside parent but outside inner, when inner has its own: another story. */
function otherStory(parent: El, inner: El): boolean {
  const innerHasHeadline = all(inner, 'h1').length > 0;
  for (const el of all(parent, 'h1, article').slice(0, 50)) {
    if (inner.contains(el) || el.contains(inner)) continue;
    if (el.localName === 'article' || innerHasHeadline) return true;
  }
  return false;
}

/** A sibling with prose and the same tag and class as el: the next chunk of the same article. */
function hasAlikeSibling(el: El, prose: Map<El, number>): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const key = el.localName + '|' + (el.getAttribute('class') ?? '');
  let count = 0;
  for (let c = parent.firstElementChild; c && count++ < 500; c = c.nextElementSibling) {
    if (c === el) continue;
    if ((prose.get(c) ?? 0) > 0 && c.localName + '|' + (c.getAttribute('class') ?? '') === key) return true;
  }
  return false;
}
