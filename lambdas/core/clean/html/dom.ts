/**
 * Small DOM helpers over the read-only DOM of lite.ts, all iterative (explicit stacks, no recursion) and bounded,
 * so a hostile page cannot blow the stack or run without end.
 */
import { LiteDocument, LiteElement } from './lite.ts';
import { capNesting } from './prescan.ts';

/** The slice of the DOM we use (lite.ts implements it), named so helpers and tests rely on nothing more. */
export interface El {
  nodeType: number;
  localName: string;
  parentElement: El | null;
  firstChild: Node0 | null;
  firstElementChild: El | null;
  nextElementSibling: El | null;
  nextSibling: Node0 | null;
  children: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
  contains(other: El): boolean;
}
export interface Node0 {
  nodeType: number;
  nextSibling: Node0 | null;
  parentElement: El | null;
  data?: string;
}
export interface Doc {
  documentElement: El | null;
  body: El | null;
  head: El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
}

export const ELEMENT = 1;
export const TEXT = 3;
export const CDATA = 4;

/** Most elements a page may have before the walk stops looking (a 5 MB page has ~100k). */
export const MAX_ELEMENTS = 400_000;

/** Parses html into a document; never throws (an unparseable page becomes an empty document). */
export function parseDocument(html: string): Doc {
  const safe = withBody(capNesting(html));
  try {
    const doc = LiteDocument.parse(safe) as unknown as Doc;
    if (doc.documentElement && doc.body) return doc;
  } catch {
    /* fall through to an empty document */
  }
  return LiteDocument.parse('<!doctype html><html><head></head><body></body></html>') as unknown as Doc;
}

/**
 * Content outside <body> (fragments, JSON `html` fields, sloppy pages) is given one: a <body> is
 * inserted after </head>, else after <html>, else around it all.
 */
export function withBody(html: string): string {
  if (/<body[\s>/]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return html.slice(0, at) + '<body>' + html.slice(at);
  }
  const open = /<html(?:\s[^<>]{0,2000})?>/i.exec(html);
  if (open) {
    const at = open.index + open[0].length;
    return html.slice(0, at) + '<head></head><body>' + html.slice(at);
  }
  return '<!doctype html><html><head></head><body>' + html + '</body></html>';
}

/** querySelectorAll that never throws (lite.ts throws on selectors outside its small subset). */
export function all(root: { querySelectorAll(sel: string): ArrayLike<El> } | null, sel: string): El[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(sel));
  } catch {
    return [];
  }
}

export function first(root: { querySelector(sel: string): El | null } | null, sel: string): El | null {
  if (!root) return null;
  try {
    return root.querySelector(sel);
  } catch {
    return null;
  }
}

export function attr(el: El | null, name: string): string | null {
  if (!el) return null;
  try {
    const v = el.getAttribute(name);
    return v === null || v === undefined ? null : String(v);
  } catch {
    return null;
  }
}

/** Collapse runs of whitespace (including NBSP and zero-width chars) to one space; trim. */
export function collapse(s: string): string {
  const t = INVISIBLE.test(s) ? s.replace(INVISIBLE_ALL, '') : s;
  return t.replace(SPACES, ' ').trim();
}
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const INVISIBLE_ALL = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /\s+/g;

/** Elements whose text is never article text (<rt>/<rp>: ruby annotations, the reading printed over the base text). */
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'head', 'title', 'meta', 'link', 'base', 'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter', 'dialog', 'img', 'picture', 'param', 'applet', 'rt', 'rp']);

/**
 * Visible text of an element: skipped tags left out, <br> as a newline, whitespace kept raw.
 * Also returns how many characters were inside links. Iterative, bounded by maxChars.
 */
export function textOf(root: El, maxChars = 200_000, adjacentSep?: string): { text: string; linkChars: number } {
  const parts: string[] = [];
  let total = 0;
  let linkChars = 0;
  // Stack of [node, inside a link, directly after a sibling element]
  const stack: Array<[Node0, number, boolean]> = [];
  const push = (parent: El, depth: number) => {
    const kids: Node0[] = [];
    for (let c = parent.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, depth, k > 0 && kids[k - 1]!.nodeType === ELEMENT]);
  };
  push(root, root.localName === 'a' ? 1 : 0);
  let steps = 0;
  while (stack.length && total < maxChars && steps++ < MAX_ELEMENTS) {
    const [node, inLink, afterElement] = stack.pop()!;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const d = node.data ?? '';
      parts.push(d);
      total += d.length;
      if (inLink) linkChars += collapse(d).length;
    } else if (node.nodeType === ELEMENT) {
      const el = node as unknown as El;
      const tag = el.localName;
      if (tag === 'br') {
        parts.push('\n');
        continue;
      }
      if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
      if (BLOCKISH.has(tag)) parts.push(adjacentSep && afterElement ? adjacentSep : ' ');
      else if (afterElement) parts.push(adjacentSep ?? (FORMATTING.has(tag) ? '' : ' '));
      push(el, inLink || tag === 'a' ? 1 : 0);
    }
  }
  return { text: parts.join(''), linkChars };
}

/** Inline tags that style part of a word ("<b>Hel</b><i>lo</i>"): no space between neighbours. */
export const FORMATTING = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'code', 'kbd', 'var', 'q', 'cite', 'dfn', 'bdi', 'bdo', 'wbr', 'ins', 'del', 'ruby', 'rt', 'rp']);

/** Block-level tags: their text is separated from neighbours'. */
export const BLOCKISH = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'body', 'html', 'noscript', 'legend', 'option']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by attribute or inline style (class-based hiding is judged with the other roles). */
export function isHidden(el: El): boolean {
  try {
    if (el.hasAttribute('hidden')) return true;
    if (attr(el, 'aria-hidden') === 'true') return true;
    const style = attr(el, 'style');
    if (style && style.length < 2000 && HIDDEN_STYLE.test(style)) return true;
  } catch {
    return false;
  }
  return false;
}

/** Resolve href against base; null for javascript:, mailto:, fragments and junk. */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.toString();
  } catch {
    return null;
  }
}

/** Depth of an element, counted up to a cap (for scoring). */
export function ancestors(el: El, max = 400): El[] {
  const out: El[] = [];
  let p = el.parentElement;
  while (p && out.length < max) {
    out.push(p);
    p = p.parentElement;
  }
  return out;
}

/** Per document: prefix sums over elements in document order of visible characters and of those inside links. */
interface Counts {
  chars: Float64Array;
  links: Float64Array;
  /** 1 when the element or an ancestor is skipped (script, hidden…); 2 when inside a link. */
  flags: Uint8Array;
}
const COUNTS = new WeakMap<LiteDocument, Counts>();

/** Characters of a text once runs of whitespace count as one (what collapse() leaves, near enough). */
function collapsedLength(d: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function countsOf(doc: LiteDocument): Counts {
  let c = COUNTS.get(doc);
  if (c) return c;
  const els = doc.elements;
  const n = els.length;
  const chars = new Float64Array(n + 1);
  const links = new Float64Array(n + 1);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const p = el.parentElement;
    const pf = p ? flags[p.order]! : 0;
    const skipped = (pf & 1) !== 0 || SKIP_TAGS.has(el.localName) || isHidden(el as unknown as El);
    const link = (pf & 2) !== 0 || el.localName === 'a';
    flags[i] = (skipped ? 1 : 0) | (link ? 2 : 0);
    let own = 0;
    if (!skipped) for (let t = el.firstChild; t; t = t.nextSibling) if (t.nodeType === TEXT) own += collapsedLength(t.data);
    chars[i + 1] = chars[i]! + own;
    links[i + 1] = links[i]! + (link ? own : 0);
  }
  c = { chars, links, flags };
  COUNTS.set(doc, c);
  return c;
}

/**
 * Visible characters under an element (whitespace runs counted once) and how many are inside links:
 * what `collapse(textOf(el).text).length` and `textOf(el).linkChars` tell, read from per-document
 * prefix sums in O(1) instead of a walk of the subtree each time.
 */
export function textCounts(el: El): { len: number; linkChars: number } {
  if (el instanceof LiteElement) {
    const c = countsOf(el.ownerDocument);
    const p = el.parentElement;
    const pf = p ? c.flags[p.order]! : 0;
    // Inside a skipped element or a link, the element's own counts differ from the document's: walk it.
    if (pf === 0 && (c.flags[el.order]! & 1) === 0) {
      return { len: c.chars[el.end + 1]! - c.chars[el.order]!, linkChars: c.links[el.end + 1]! - c.links[el.order]! };
    }
  }
  const { text, linkChars } = textOf(el);
  return { len: collapse(text).length, linkChars };
}
