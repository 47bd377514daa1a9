/**
 * Walks the article container in document order and emits blocks: headings, paragraphs,
 * list items, blockquotes and captions. Junk containers inside it are dropped and recorded;
 * related-link lists become `related`. One explicit stack, bounded steps: no recursion.
 *
 * Paragraphs are "inline runs": text and inline elements between two block boundaries. So a
 * <p>, a <div> that holds text directly, and text separated by <br><br> in a legacy layout all
 * come out as paragraphs, and a <div> mixing text with block children loses neither.
 */
import type { RelatedLink, Removal, RemovalReason } from '#contracts/record.ts';
import type { Block } from '../../types.ts';
import { splitCaptionCredit } from '../credits.ts';
import { RELATED_HEADER } from '../junk.ts';
import type { Classifier } from './classify.ts';
import { BLOCKISH, MAX_ELEMENTS, SKIP_TAGS, absoluteUrl, all, attr, collapse, first, textOf, type El, type Node0 } from './dom.ts';
import { hasBlockChild } from './content.ts';
import { namesIn } from './meta.ts';

/** Removed text is kept for the audit trail, truncated. */
const MAX_REMOVED = 200;
/** Blocks longer than this are cut (a page that is one giant text node). */
const MAX_BLOCK = 50_000;
const MAX_BLOCKS = 20_000;
const MAX_RELATED = 100;

export interface Emitted {
  blocks: Block[];
  removed: Removal[];
  related: RelatedLink[];
  /** Names read from bylines inside the container. */
  bylines: string[];
  /** A standfirst found in the markup (dek/subtitle class, or an h2 right under the h1). */
  standfirst: string | null;
}

type Kind = Block['kind'];

interface Run {
  parts: string[];
  linkChars: number;
  hrefs: string[];
  /** Non-space text since the last <br>: two <br>s with nothing between end a paragraph. */
  sinceBr: boolean;
  brPending: boolean;
}

export interface EmitOptions {
  title: string | null;
  baseUrl: string | null;
}

export function truncate(s: string, n = MAX_REMOVED): string {
  return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function emitBlocks(container: El, cls: Classifier, opts: EmitOptions): Emitted {
  const blocks: Block[] = [];
  const removed: Removal[] = [];
  const related: RelatedLink[] = [];
  const bylines: string[] = [];
  let standfirst: string | null = null;
  let seenProse = false; // a paragraph of body text has been emitted
  const titleKey = opts.title ? key(opts.title) : null;

  const record = (reason: RemovalReason, text: string) => {
    const t = collapse(text);
    if (t) removed.push({ reason, text: truncate(t) });
  };
  const addRelated = (el: El) => {
    let n = 0;
    for (const a of all(el, 'a[href]')) {
      const t = collapse(textOf(a, 1000).text);
      // Headlines, not "More" or "Next" buttons or bare images.
      if (t.length < 12 || t.split(' ').length < 3) continue;
      if (related.length >= MAX_RELATED) break;
      related.push({ title: truncate(t, 300), url: absoluteUrl(attr(a, 'href'), opts.baseUrl) });
      record('related-block', t);
      n++;
    }
    return n;
  };

  const skip = new WeakSet<object>(); // elements already used (the standfirst h2)
  let run: Run = newRun();
  const ctx: Kind[] = ['paragraph'];
  const flush = () => {
    if (!run.parts.length) return;
    let text = collapse(run.parts.join(''));
    const r = run;
    run = newRun();
    if (!text) return;
    if (text.length > MAX_BLOCK) text = text.slice(0, MAX_BLOCK);
    if (blocks.length >= MAX_BLOCKS) return;
    const kind = ctx[ctx.length - 1]!;
    const linkDensity = Math.min(1, r.linkChars / Math.max(1, text.length));
    const b: Block = { kind, text, linkDensity: round(linkDensity) };
    if (r.hrefs.length === 1 && linkDensity > 0.6) b.href = absoluteUrl(r.hrefs[0]!, opts.baseUrl);
    blocks.push(b);
    if (kind === 'paragraph' && text.length >= 60 && linkDensity < 0.5) seenProse = true;
  };

  // The stack holds nodes to visit and exit markers for elements that change state.
  type Op = { n: Node0; link: boolean } | { exit: 'ctx' | 'block' | 'link' };
  const stack: Op[] = [];
  const pushChildren = (el: El, link: boolean) => {
    const kids: Node0[] = [];
    let c = 0;
    for (let k = el.firstChild; k && c++ < 100_000; k = k.nextSibling) kids.push(k);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i]!, link });
  };
  pushChildren(container, false);

  let steps = 0;
  while (stack.length && steps++ < MAX_ELEMENTS * 2) {
    const op = stack.pop()!;
    if ('exit' in op) {
      if (op.exit === 'ctx') {
        flush();
        ctx.pop();
      } else if (op.exit === 'block') flush();
      continue;
    }
    const node = op.n;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const d = node.data ?? '';
      if (!d) continue;
      run.parts.push(d);
      if (/\S/.test(d)) {
        run.sinceBr = true;
        run.brPending = false;
        if (op.link) run.linkChars += collapse(d).length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as unknown as El;
    const tag = el.localName;
    if (tag === 'br') {
      // <br> reads as a line break; two in a row (nothing but space between) end the paragraph.
      if (run.brPending && !run.sinceBr) flush();
      else {
        run.parts.push('\n');
        run.brPending = true;
        run.sinceBr = false;
      }
      continue;
    }
    if (tag === 'hr') {
      flush();
      continue;
    }
    if (SKIP_TAGS.has(tag)) {
      if (tag === 'iframe' || tag === 'video' || tag === 'audio') continue;
      continue;
    }

    // Whole-element verdicts.
    const v = cls.verdict(el);
    if (v) {
      const full = collapse(textOf(el, 5000).text);
      if (v === 'hidden') {
        record('boilerplate', full);
        continue;
      }
      if (v === 'byline') {
        if (full.length <= 200) {
          flush();
          const nameEl = first(el, '[itemprop="name"]');
          bylines.push(...namesIn(nameEl ? attr(nameEl, 'content') ?? textOf(nameEl, 500).text : full));
          record('byline', full);
          continue;
        }
      } else if (v === 'dateline') {
        if (full.length <= 160) {
          flush();
          record('dateline', full);
          continue;
        }
      } else if (v === 'comments' || !isProse(el)) {
        flush();
        if (v === 'related-block' || (v === 'navigation' && tag === 'aside')) {
          if (addRelated(el) === 0) record('related-block', full);
        } else record(v, full);
        continue;
      }
    }

    // Byline markup without a class: <a rel="author">, itemprop=author, <address>, or a short
    // block holding one of them or opening with "By" before the body starts.
    if (!seenProse && isBylineElement(el, tag)) {
      const full = collapse(textOf(el, 1000).text);
      if (full.length <= 200) {
        flush();
        const names = namesIn(full);
        if (names.length || tag !== 'p') {
          bylines.push(...names);
          record('byline', full);
          continue;
        }
      }
    }
    if (tag === 'time' && !seenProse) {
      const full = collapse(textOf(el, 500).text);
      record('dateline', full);
      continue;
    }

    if (tag === 'header' && el !== container) {
      // An article header (headline, dek, byline) is read; a site header is not.
      const full = collapse(textOf(el, 3000).text);
      if (!first(el, 'h1') && full.length > 600) {
        record('navigation', full);
        continue;
      }
    }

    if (tag === 'figure') {
      flush();
      const cap = first(el, 'figcaption');
      if (cap) emitCaption(cap);
      // A figure may wrap a pull quote or a table of real text.
      for (const q of all(el, 'blockquote')) {
        const t = collapse(textOf(q, 5000).text);
        if (t) blocks.push({ kind: 'blockquote', text: t, linkDensity: 0 });
      }
      continue;
    }
    if (tag === 'figcaption' || (cls.has(el, 'caption-box') && !BIGBLOCK.has(tag))) {
      const full = collapse(textOf(el, 3000).text);
      if (full.length <= 600) {
        flush();
        emitCaption(el);
        continue;
      }
    }

    if (tag === 'h1') {
      flush();
      const t = collapse(textOf(el, 2000).text);
      if (!t) continue;
      const k = key(t);
      if (titleKey !== null && (k === titleKey || (k.length >= 20 && (titleKey.includes(k) || k.includes(titleKey))))) {
        // The headline: it is the title block. An h2 right under it is the standfirst.
        const next = el.nextElementSibling;
        if (next && /^h[2-3]$/.test(next.localName) && !standfirst) {
          const s = collapse(textOf(next, 1000).text);
          if (s.length >= 30 && s.length <= 400) {
            standfirst = s;
            skip.add(next);
          }
        }
        continue;
      }
      blocks.push({ kind: 'heading', text: t, linkDensity: 0 });
      continue;
    }
    if (skip.has(el)) continue;

    if (cls.has(el, 'standfirst') && !seenProse && !standfirst && (tag === 'p' || tag === 'div' || tag === 'h2' || tag === 'h3' || tag === 'span')) {
      const t = collapse(textOf(el, 1000).text);
      if (t.length >= 30 && t.length <= 500) {
        flush();
        standfirst = t;
        continue;
      }
    }

    if (tag === 'ul' || tag === 'ol') {
      const verdict = linkList(el);
      if (verdict === 'navigation') {
        flush();
        record('navigation', collapse(textOf(el, 3000).text));
        continue;
      }
      if (verdict === 'links') {
        // A list of headline links right after "Read more:" / "Related" is a related block.
        flush();
        const prev = blocks[blocks.length - 1];
        if (prev && RELATED_HEADER.test(prev.text)) {
          blocks.pop();
          record('related-block', prev.text);
          addRelated(el);
          continue;
        }
      }
    }

    if (tag === 'blockquote') {
      const c = attr(el, 'class') ?? '';
      if (/\b(twitter-tweet|instagram-media|tiktok-embed|reddit-embed|fb-xfbml)/i.test(c)) {
        flush();
        record('boilerplate', collapse(textOf(el, 2000).text));
        continue;
      }
    }

    const kind = contextOf(tag);
    if (kind) {
      flush();
      ctx.push(kind);
      stack.push({ exit: 'ctx' });
      pushChildren(el, op.link || tag === 'a');
      continue;
    }
    if (BLOCKISH.has(tag)) {
      flush();
      stack.push({ exit: 'block' });
      pushChildren(el, op.link || tag === 'a');
      continue;
    }
    if (tag === 'a') {
      const href = attr(el, 'href');
      if (href) run.hrefs.push(href);
    }
    pushChildren(el, op.link || tag === 'a');
  }
  flush();

  function emitCaption(el: El) {
    // Credit from a marked-up element (span.credit, small, cite), else from "Photo: X" / "(AP)" patterns.
    let credit: string | null = null;
    let full = collapse(textOf(el, 3000).text);
    const creditEl = all(el, '*').find((c) => cls.has(c, 'credit-box') || cls.has(c, 'byline') || c.localName === 'small' || c.localName === 'cite');
    if (creditEl) {
      const ct = collapse(textOf(creditEl, 500).text);
      if (ct && ct.length < 200) {
        credit = cleanCredit(ct);
        const at = full.lastIndexOf(ct);
        if (at >= 0) full = collapse(full.slice(0, at) + full.slice(at + ct.length));
      }
    }
    if (!credit) {
      const split = splitCaptionCredit(full);
      if (split.credit) {
        credit = split.credit;
        full = split.text;
      }
    }
    full = full.replace(/[\s|/–—-]+$/, '');
    if (full || credit) blocks.push({ kind: 'caption', text: full || credit!, credit, linkDensity: 0 });
  }

  return { blocks, removed, related, bylines: [...new Set(bylines)], standfirst };
}

function newRun(): Run {
  return { parts: [], linkChars: 0, hrefs: [], sinceBr: false, brPending: false };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const BY = /^(?:by|written by|words by|reporting by|por|par|von|di|door)\s+\p{Lu}/iu;

function isBylineElement(el: El, tag: string): boolean {
  if (attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author' || tag === 'address') return true;
  if (tag !== 'p' && tag !== 'div' && tag !== 'span') return false;
  if (hasBlockChild(el)) return false;
  if (first(el, '[rel="author"], [itemprop="author"]')) return true;
  const t = collapse(el.textContent ?? '').slice(0, 300);
  return t.length <= 120 && BY.test(t);
}

/** Tags that set the kind of the blocks inside them. */
function contextOf(tag: string): Kind | null {
  switch (tag) {
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'li':
    case 'dt':
    case 'dd':
      return 'list-item';
    case 'blockquote':
      return 'blockquote';
    default:
      return null;
  }
}

/** Containers too big to be a caption even when a class says "caption". */
const BIGBLOCK = new Set(['article', 'main', 'section', 'body', 'ul', 'ol', 'table']);

/** "Photo: Tom Ashby" → "Tom Ashby"; "© Reuters" → "Reuters". */
export function cleanCredit(s: string): string {
  return collapse(s.replace(/^[([]|[)\]]$/g, '').replace(/^(?:photo(?:graph)?s?|image|picture|pic|foto(?:grafía|grafie)?|photographie|bild|imagen|credit|crédit|crédito|source|quelle|fuente|illustration|video)\s*(?:by)?\s*[:/]?\s*/i, '').replace(/^(?:©|\(c\)|copyright)\s*/i, ''));
}

/**
 * A list made of links: `navigation` when the items are short ("Home", "World"), `links` when they
 * are headline-length, null when it is a list of prose.
 */
function linkList(el: El): 'navigation' | 'links' | null {
  const items: El[] = [];
  let count = 0;
  for (let c = el.firstElementChild; c && count++ < 1000; c = c.nextElementSibling) if (c.localName === 'li') items.push(c);
  if (items.length < 2) return null;
  let linky = 0;
  let short = 0;
  for (const li of items.slice(0, 100)) {
    const { text, linkChars } = textOf(li, 2000);
    const t = collapse(text);
    if (t && linkChars / t.length > 0.7) linky++;
    if (t.length < 25) short++;
  }
  const n = Math.min(items.length, 100);
  if (linky < 0.8 * n) return null;
  return short >= 0.8 * n && n >= 3 ? 'navigation' : 'links';
}

/** A block of real prose despite a junk-sounding class: several long, link-poor paragraphs. */
function isProse(el: El): boolean {
  let long = 0;
  let total = 0;
  for (const p of all(el, 'p').slice(0, 200)) {
    const { text, linkChars } = textOf(p, 5000);
    const t = collapse(text);
    if (t.length >= 80 && linkChars / t.length < 0.2) {
      long++;
      total += t.length;
    }
    if (long >= 4 && total >= 800) return true;
  }
  return false;
}
