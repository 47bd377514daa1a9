/**
 * The story in a page's script data: the last strategy, for pages that render with JavaScript.
 *
 * A single-page app ships the article as data (a framework's state object, `JSON.parse("…")` of
 * it, a rich-text tree of paragraphs and links) and builds the visible page in the browser; the
 * saved HTML then shows a title and a menu, and every DOM strategy finds nothing. Rejecting such a
 * page loses a real article, so when the visible page holds almost no text this strategy reads the
 * string literals of the inline scripts, in document order, and keeps the longest run of prose
 * among them as the body.
 *
 * No JavaScript is run and no JSON is parsed: a single pass over each script's characters reads
 * its quoted strings (JSON and JavaScript escapes decoded), so a broken or huge blob costs linear
 * time and cannot throw. A string holding markup (`"<p>…</p>"`) is read as HTML text. Rich-text
 * trees split a paragraph at each link ("…said ", "Carrie Lam", " on Monday."): consecutive pieces
 * join into one paragraph until a piece ends a sentence. Of the runs of prose (pieces no further
 * apart than MAX_GAP strings of other data) the one with the most prose is the article; the teasers
 * of other stories that such state also holds sit in runs of their own.
 */
import type { Block } from '../../types.ts';
import { all, collapse, type El } from './dom.ts';

/** Visible text below which a page counts as rendered by script (the JavaScript-shell rule's bound). */
export const SHELL_TEXT = 200;
/** Scripts read per page, characters read per script, strings kept per page. */
const MAX_SCRIPTS = 500;
const MAX_SCRIPT_CHARS = 4_000_000;
const MAX_STRINGS = 50_000;
/** A piece that alone is prose: this many characters, words and a sentence shape. */
const MIN_PROSE_CHARS = 40;
const MIN_PROSE_WORDS = 7;
/** A shorter piece (link text inside a paragraph) joins only between prose pieces. */
const MAX_LINK_PIECE = 120;
/** Strings of other data allowed between two prose pieces of one run. */
const MAX_GAP = 40;
/** The run kept must hold at least this much prose. */
const MIN_RUN_CHARS = 150;

/** Body paragraphs from the page's script data, or none when the page shows text or its scripts hold no story. */
export function scriptDataBlocks(root: El, visibleChars: number, title: string | null = null): Block[] {
  if (visibleChars >= SHELL_TEXT) return [];
  const pieces: string[] = [];
  for (const el of all(root, 'script').slice(0, MAX_SCRIPTS)) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    // JSON-LD is read as metadata (its articleBody has its own fallback); templates and code are not data.
    if (type.includes('ld+json')) continue;
    const text = (el.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    if (text.length < MIN_PROSE_CHARS) continue;
    readStrings(text, pieces, 1);
    if (pieces.length >= MAX_STRINGS) break;
  }
  return bestRun(pieces.slice(0, MAX_STRINGS), titleWords(title)).map((text) => ({ kind: 'paragraph', text, linkDensity: 0 }));
}

/**
 * Appends the decoded string literals of `src` ("…" and '…') to `out`. A decoded string that is
 * itself JSON (a state object passed to `JSON.parse`) is read once more, one level deep.
 */
export function readStrings(src: string, out: string[], depth: number): void {
  const n = src.length;
  for (let i = 0; i < n && out.length < MAX_STRINGS; i++) {
    const q = src.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) continue;
    let s = '';
    let j = i + 1;
    let chunk = j;
    for (; j < n; j++) {
      const c = src.charCodeAt(j);
      if (c === q) break;
      // A raw newline ends a JavaScript string literal: this quote was an apostrophe in code or a comment.
      if (c === 0x0a) break;
      if (c !== 0x5c) continue;
      s += src.slice(chunk, j);
      const e = src[j + 1];
      if (e === 'u' && /^[0-9a-f]{4}$/i.test(src.slice(j + 2, j + 6))) {
        s += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
        j += 5;
      } else if (e === 'x' && /^[0-9a-f]{2}$/i.test(src.slice(j + 2, j + 4))) {
        s += String.fromCharCode(parseInt(src.slice(j + 2, j + 4), 16));
        j += 3;
      } else {
        s += e === 'n' || e === 'r' ? '\n' : e === 't' ? ' ' : (e ?? '');
        j += 1;
      }
      chunk = j + 1;
    }
    // Unterminated (an apostrophe in code, a regex literal): not a string. Scanning goes on after
    // what was read, so each character is read once however many stray quotes a script has.
    i = j;
    if (j >= n || src.charCodeAt(j) !== q) continue;
    s += src.slice(chunk, j);
    if (s.length < 2) continue;
    // An object key ("type": …) names a field; only values can be text.
    let k = j + 1;
    while (k < n && (src.charCodeAt(k) === 0x20 || src.charCodeAt(k) === 0x0a)) k++;
    if (src.charCodeAt(k) === 0x3a) continue;
    if (depth > 0 && s.length >= 200 && (s[0] === '{' || s[0] === '[')) {
      readStrings(s, out, depth - 1);
      continue;
    }
    out.push(s);
  }
}

const URLISH = /^(?:https?:|\/\/|\/[\w-]|www\.|data:|[\w.-]+\.(?:jpe?g|png|gif|webp|svg|js|css|json)\b)/i;
const TAG = /<\/?[a-z][^<>]{0,400}>/gi;
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/gi;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** A string as text: markup read as paragraphs, entities decoded. Each element is one paragraph. */
function asText(s: string): string[] {
  const html = s.includes('<') && TAG.test(s);
  TAG.lastIndex = 0;
  const raw = html ? s.replace(BLOCK_END, '\n\n').replace(TAG, '') : s;
  const decoded = raw.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, k: string) => ENTITY[k] ?? '');
  return html ? decoded.split(/\n\s*\n/).map(collapse).filter(Boolean) : [decoded.replace(/\s+/g, ' ')];
}

/** Prose: long enough, words separated by spaces, mostly letters, not an address, not code. */
function isProse(t: string): boolean {
  const s = t.trim();
  if (s.length < MIN_PROSE_CHARS || URLISH.test(s)) return false;
  const words = s.split(' ').filter(Boolean);
  if (words.length < MIN_PROSE_WORDS) return false;
  let letters = 0;
  let code = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch.toLowerCase() !== ch.toUpperCase() || ch.charCodeAt(0) > 0x2e80) letters++;
    else if (ch === '{' || ch === '}' || ch === ';' || ch === '=' || ch === '_' || ch === '$' || ch === '|') code++;
  }
  // A long word run without spaces is an identifier list or base64, not text.
  const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
  if (letters < 0.6 * s.length || code > 0.02 * s.length || longest > 40) return false;
  // Running text is mostly lower-case words (a font list, a menu or a tag cloud is capitalised);
  // scripts without case (CJK, Arabic) pass on letters alone.
  let lower = 0;
  let cased = 0;
  for (const w of words) {
    const c = w[0]!;
    if (c.toLowerCase() === c.toUpperCase()) continue;
    cased++;
    if (c === c.toLowerCase()) lower++;
  }
  return cased < 0.5 * words.length || lower >= 0.4 * cased;
}

/** Text inside a paragraph (a link's words): short, letters and spaces. */
function isLinkPiece(t: string): boolean {
  const s = t.trim();
  if (!s || t.length > MAX_LINK_PIECE || URLISH.test(s) || !/\p{L}/u.test(s) || /[{};=<>|$_]/.test(s)) return false;
  // Not a field's value: a bare lower-case token ("text", "json") or a camel-cased name ("ArticleType").
  return !/^\p{Ll}+$/u.test(s) && !/\p{Ll}\p{Lu}/u.test(s);
}

/** A piece that starts inside a sentence: a space, a lower-case letter or punctuation first. */
const CONTINUES = /^[\s\p{Ll},;:.)’'”]/u;

const ENDS_SENTENCE = /[.!?…。！？]["'”’»)]?\s*$/u;

/** The title's words that can tell its story from others: four letters or more, lower-cased. */
function titleWords(title: string | null): Set<string> {
  const out = new Set<string>();
  for (const w of (title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) out.add(w);
  return out;
}

/** Share of the title's words a run of paragraphs uses (1 with no title to compare). */
function relevance(paras: string[], title: Set<string>): number {
  if (!title.size) return 1;
  const seen = new Set<string>();
  for (const p of paras) for (const w of p.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (title.has(w)) seen.add(w);
  return seen.size / title.size;
}

/**
 * The paragraphs of the run of prose pieces that tells the page's story: a page's state holds other
 * stories too (related articles, a feed) and the consent text of its scripts. Of the runs that use
 * the title's words at all, those using nearly as many of them as the best one; of these, the longest.
 */
function bestRun(strings: string[], title: Set<string>): string[] {
  const runs: Array<{ paras: string[]; chars: number }> = [];
  let paras: string[] = [];
  let chars = 0;
  let open = ''; // the paragraph being joined from pieces
  let gap = MAX_GAP + 1;
  let pendingLinks: string[] = [];
  const seen = new Set<string>();
  const close = (): void => {
    const p = collapse(open);
    if (p && !seen.has(p)) {
      seen.add(p);
      paras.push(p);
      chars += p.length;
    }
    open = '';
  };
  const endRun = (): void => {
    close();
    if (chars >= MIN_RUN_CHARS && runs.length < 1000) runs.push({ paras, chars });
    paras = [];
    chars = 0;
  };
  for (const s of strings) {
    for (const t of asText(s)) {
      if (isProse(t)) {
        if (gap > MAX_GAP) endRun();
        // A piece that continues a sentence ("…said ", "Carrie Lam", " on Monday.") joins the open paragraph.
        // Joined only where the pieces say so: the open one ends with a space, link text came between,
        // or this one starts mid-sentence. A headline and its variants stay apart.
        if (open && !ENDS_SENTENCE.test(open) && (/\s$/.test(open) || pendingLinks.length > 0 || CONTINUES.test(t))) open += pendingLinks.join('') + t;
        else {
          close();
          // A piece that starts mid-sentence (" was no easy feat.") opens with the link text before it.
          open = CONTINUES.test(t) ? pendingLinks.join('') + t : t;
        }
        pendingLinks = [];
        gap = 0;
      } else if (open && isLinkPiece(t) && (/\s/.test(t.trim()) || /\s$/.test(t) || /\s$/.test(pendingLinks.at(-1) ?? open))) {
        // Link texts between prose pieces: several words, or one word with a space on the side of
        // the text it belongs to ("Chief Executive ", "Lam"; "Tsai’s ", "incredible comeback"); the data between them (types, addresses) does not break the sentence.
        if (pendingLinks.length >= 3) pendingLinks.shift();
        pendingLinks.push(t);
        gap++;
        // A short piece that ends the sentence (" on Monday.") completes the open paragraph.
        if (!ENDS_SENTENCE.test(open) && ENDS_SENTENCE.test(t)) {
          open += pendingLinks.join('');
          pendingLinks = [];
        }
      } else {
        gap++;
      }
    }
  }
  endRun();
  const scored = runs.map((r) => ({ ...r, rel: relevance(r.paras, title) })).filter((r) => r.rel > 0);
  const top = Math.max(0, ...scored.map((r) => r.rel));
  let best: { paras: string[]; chars: number } | null = null;
  for (const r of scored) if (r.rel >= 0.8 * top && (!best || r.chars > best.chars)) best = r;
  return best ? best.paras : [];
}
