/**
 * A read-only DOM just big enough for the segmenter, built with htmlparser2 — the tokenizer and
 * tree rules linkedom itself uses (same implied end tags, void and raw-text elements, entity
 * decoding), so pages come out as the same tree — without what a full DOM pays for on every node:
 * event targets, live class lists, attribute nodes, linked-list siblings.
 *
 * Every element knows its place in document order (`order`) and the order of its last descendant
 * (`end`), so `contains` is two comparisons and `querySelectorAll` is a scan of one slice of the
 * document's element list. Selectors are the small subset the segmenter uses: tag names, `*`,
 * `.class`, `[attr]`, `[attr="v"]`, `[attr*="v"]`, compounds of those, `A + B`, and comma lists;
 * anything else throws (and `all()` turns that into an empty list).
 */
import { Parser } from 'htmlparser2';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A text node. Adjacent text is merged into one node; comments are not kept. */
export class LiteText {
  readonly nodeType = TEXT_NODE;
  nextSibling: LiteNode | null = null;
  constructor(
    public data: string,
    public parentElement: LiteElement | null,
  ) {}
}

export type LiteNode = LiteElement | LiteText;

const hasOwn = Object.prototype.hasOwnProperty;

export class LiteElement {
  readonly nodeType = ELEMENT_NODE;
  parentElement: LiteElement | null;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  nextSibling: LiteNode | null = null;
  firstElementChild: LiteElement | null = null;
  lastElementChild: LiteElement | null = null;
  nextElementSibling: LiteElement | null = null;
  previousElementSibling: LiteElement | null = null;
  /** Position in document order, and that of the last descendant. */
  order: number;
  end: number;

  constructor(
    public localName: string,
    private attrs: Record<string, string>,
    parent: LiteElement | null,
    readonly ownerDocument: LiteDocument,
    order: number,
  ) {
    this.parentElement = parent;
    this.order = order;
    this.end = order;
  }

  getAttribute(name: string): string | null {
    return hasOwn.call(this.attrs, name) ? this.attrs[name]! : null;
  }

  hasAttribute(name: string): boolean {
    return hasOwn.call(this.attrs, name);
  }

  hasAttributes(): boolean {
    for (const k in this.attrs) if (hasOwn.call(this.attrs, k)) return true;
    return false;
  }

  get attributes(): Array<{ name: string; value: string }> {
    return Object.keys(this.attrs).map((name) => ({ name, value: this.attrs[name]! }));
  }

  get children(): LiteElement[] {
    const out: LiteElement[] = [];
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) out.push(c);
    return out;
  }

  /** All descendant text, scripts and styles included (as the DOM's textContent). Iterative. */
  get textContent(): string {
    return orderedText(this);
  }

  contains(other: LiteElement | null): boolean {
    return !!other && other.ownerDocument === this.ownerDocument && other.order >= this.order && other.order <= this.end;
  }

  querySelectorAll(sel: string): LiteElement[] {
    return this.ownerDocument.select(sel, this.order + 1, this.end);
  }

  querySelector(sel: string): LiteElement | null {
    return this.ownerDocument.select(sel, this.order + 1, this.end, true)[0] ?? null;
  }
}

/** textContent in document order, with an explicit stack. */
function orderedText(root: LiteElement): string {
  const parts: string[] = [];
  const stack: LiteNode[] = [];
  const pushKids = (el: LiteElement) => {
    const start = stack.length;
    for (let c = el.firstChild; c; c = c.nextSibling) stack.push(c);
    // reverse the pushed range so the first child is popped first
    for (let i = start, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i]!;
      stack[i] = stack[j]!;
      stack[j] = t;
    }
  };
  pushKids(root);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) parts.push(n.data);
    else pushKids(n);
  }
  return parts.join('');
}

/** One compound selector: tag (or null for any), classes, attribute tests. */
interface Compound {
  tag: string | null;
  classes: string[];
  attrs: Array<{ name: string; op: '' | '=' | '*='; value: string }>;
}
/** A compound, or "prev + compound". */
interface Complex {
  prev: Compound | null;
  self: Compound;
}
interface Compiled {
  /** When every part is a bare tag name: the set of names (the fast path). */
  tags: Set<string> | null;
  parts: Complex[];
}

const SIMPLE = /^([a-z][a-z0-9-]*|\*)?((?:\.[\w-]+|\[[a-z_:][\w:.-]*(?:\*?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)$/i;
const PIECE = /\.([\w-]+)|\[([a-z_:][\w:.-]*)(?:(\*?=)(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/gi;

function compileCompound(s: string): Compound {
  const m = SIMPLE.exec(s);
  if (!m || !s) throw new SyntaxError(`unsupported selector: ${s}`);
  const c: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : null, classes: [], attrs: [] };
  for (const p of (m[2] ?? '').matchAll(PIECE)) {
    if (p[1] !== undefined) c.classes.push(p[1]);
    else c.attrs.push({ name: p[2]!.toLowerCase(), op: (p[3] as '=' | '*=' | undefined) ?? '', value: p[4] ?? p[5] ?? p[6] ?? '' });
  }
  return c;
}

/** Splits on `sep` outside [attribute tests] ("a[type=\"x+y\"] + b" has one combinator). */
function splitOutsideBrackets(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

const cache = new Map<string, Compiled>();

function compile(sel: string): Compiled {
  let c = cache.get(sel);
  if (c) return c;
  const parts: Complex[] = splitOutsideBrackets(sel, ',').map((raw) => {
    const s = raw.trim();
    const plus = splitOutsideBrackets(s, '+');
    if (plus.length === 1) return { prev: null, self: compileCompound(s) };
    if (plus.length === 2) return { prev: compileCompound(plus[0]!), self: compileCompound(plus[1]!) };
    throw new SyntaxError(`unsupported selector: ${s}`);
  });
  const bare = parts.every((p) => !p.prev && p.self.tag && !p.self.classes.length && !p.self.attrs.length);
  c = { tags: bare ? new Set(parts.map((p) => p.self.tag!)) : null, parts };
  if (cache.size < 500) cache.set(sel, c);
  return c;
}

function matchCompound(el: LiteElement, c: Compound): boolean {
  if (c.tag && el.localName !== c.tag) return false;
  for (const cls of c.classes) {
    const v = el.getAttribute('class');
    if (!v || !hasClass(v, cls)) return false;
  }
  for (const a of c.attrs) {
    const v = el.getAttribute(a.name);
    if (v === null) return false;
    if (a.op === '=') {
      // HTML reads a few attribute values without regard to case (type="application/LD+JSON").
      if (a.name === 'type' || a.name === 'rel' ? v.toLowerCase() !== a.value.toLowerCase() : v !== a.value) return false;
    } else if (a.op === '*=' && (!a.value || !v.includes(a.value))) return false;
  }
  return true;
}

function hasClass(list: string, cls: string): boolean {
  let from = 0;
  for (;;) {
    const i = list.indexOf(cls, from);
    if (i < 0) return false;
    const before = i === 0 ? 32 : list.charCodeAt(i - 1);
    const after = i + cls.length >= list.length ? 32 : list.charCodeAt(i + cls.length);
    if ((before === 32 || before === 9 || before === 10 || before === 12 || before === 13) && (after === 32 || after === 9 || after === 10 || after === 12 || after === 13)) return true;
    from = i + 1;
  }
}

export class LiteDocument {
  /** Every element, in document order. */
  readonly elements: LiteElement[] = [];
  /** The top-level elements (normally one <html>). */
  private roots: LiteElement[] = [];

  get documentElement(): LiteElement | null {
    return this.roots[0] ?? null;
  }

  get head(): LiteElement | null {
    return this.childNamed('head');
  }

  /** The <body> under <html>, else the first <body> anywhere. */
  get body(): LiteElement | null {
    return this.childNamed('body');
  }

  private childNamed(name: string): LiteElement | null {
    const html = this.documentElement;
    if (!html) return null;
    if (html.localName === name) return html;
    for (let c = html.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) return c;
    for (const el of this.elements) if (el.localName === name) return el;
    return null;
  }

  querySelectorAll(sel: string): LiteElement[] {
    return this.select(sel, 0, this.elements.length - 1);
  }

  querySelector(sel: string): LiteElement | null {
    return this.select(sel, 0, this.elements.length - 1, true)[0] ?? null;
  }

  /** Elements from..to (inclusive, document order) matching sel. */
  select(sel: string, from: number, to: number, firstOnly = false): LiteElement[] {
    const c = compile(sel);
    const out: LiteElement[] = [];
    const els = this.elements;
    if (c.tags) {
      const tags = c.tags;
      if (tags.size === 1) {
        const t = tags.values().next().value as string;
        for (let i = from; i <= to; i++) {
          if (els[i]!.localName === t) {
            out.push(els[i]!);
            if (firstOnly) break;
          }
        }
      } else {
        for (let i = from; i <= to; i++) {
          if (tags.has(els[i]!.localName)) {
            out.push(els[i]!);
            if (firstOnly) break;
          }
        }
      }
      return out;
    }
    for (let i = from; i <= to; i++) {
      const el = els[i]!;
      for (const p of c.parts) {
        if (!matchCompound(el, p.self)) continue;
        if (p.prev && !(el.previousElementSibling && matchCompound(el.previousElementSibling, p.prev))) continue;
        out.push(el);
        break;
      }
      if (firstOnly && out.length) break;
    }
    return out;
  }

  /** Builds the tree: called by the parser's callbacks. */
  static parse(html: string): LiteDocument {
    const doc = new LiteDocument();
    const els = doc.elements;
    let cur = null as LiteElement | null;
    const append = (parent: LiteElement | null, node: LiteNode) => {
      if (!parent) return;
      if (parent.lastChild) parent.lastChild.nextSibling = node;
      else parent.firstChild = node;
      parent.lastChild = node;
    };
    const parser = new Parser(
      {
        onopentag(name, attribs) {
          const el = new LiteElement(name, attribs, cur, doc, els.length);
          els.push(el);
          if (cur) {
            append(cur, el);
            const last: LiteElement | null = cur.lastElementChild;
            if (last) {
              last.nextElementSibling = el;
              el.previousElementSibling = last;
            } else cur.firstElementChild = el;
            cur.lastElementChild = el;
          } else {
            const last = doc.roots[doc.roots.length - 1];
            if (last) {
              last.nextElementSibling = el;
              el.previousElementSibling = last;
            }
            doc.roots.push(el);
          }
          cur = el;
        },
        ontext(text) {
          if (!cur) return; // text outside any element (before <html>) is not page text
          const last = cur.lastChild;
          if (last && last.nodeType === TEXT_NODE) last.data += text;
          else append(cur, new LiteText(text, cur));
        },
        onclosetag() {
          if (!cur) return;
          cur.end = els.length - 1;
          cur = cur.parentElement;
        },
      },
      { lowerCaseAttributeNames: true, decodeEntities: true },
    );
    parser.write(html);
    parser.end();
    // Anything left open (the parser closes all at end(), but be safe): close to the end.
    for (let e: LiteElement | null = cur; e; e = e.parentElement) e.end = els.length - 1;
    return doc;
  }
}
