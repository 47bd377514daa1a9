/**
 * A linear pre-pass over raw HTML, before the DOM parser sees it.
 *
 * Tree building and the walks over it cost more with every level of nesting (a hostile page can
 * nest 100,000 <div>s), and real pages never nest more than a few hundred levels. So tags opened beyond
 * MAX_DEPTH are dropped, together with their matching end tags; their text stays, flattened
 * into the deepest kept element. The scan is one pass with indexOf, no regex backtracking.
 */

/** Deeper than any real page; deep enough that article structure is never touched. */
export const MAX_DEPTH = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements whose content is raw text: no tags inside, skip to the end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose end tag is optional: a new one of the same kind closes the open one. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);

function isNameChar(c: number): boolean {
  // a-z A-Z 0-9 - _ :
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58;
}

/**
 * Returns the html with tags nested deeper than maxDepth removed (text kept).
 * Returns the input unchanged (same string) when nothing is that deep.
 */
export function capNesting(html: string, maxDepth = MAX_DEPTH): string {
  const n = html.length;
  const stack: string[] = [];
  const dropped: boolean[] = [];
  let out: string[] | null = null; // allocated on first drop
  let copiedTo = 0; // html[copiedTo..] not yet copied into out
  let i = 0;
  const drop = (from: number, to: number) => {
    if (!out) out = [];
    out.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      // comment, doctype or CDATA
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end < 0 ? n : end + 3;
      } else {
        const end = html.indexOf('>', lt + 2);
        i = end < 0 ? n : end + 1;
      }
      continue;
    }
    if (c === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      i = lt + 1; // a bare "<" in text
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const gt = findTagEnd(html, j);
    const tagEnd = gt < 0 ? n : gt + 1;
    if (closing) {
      // Pop to the matching open element when it is near the top; ignore stray end tags.
      let k = stack.length - 1;
      const floor = Math.max(0, stack.length - 8);
      while (k >= floor && stack[k] !== name) k--;
      if (k >= floor && k >= 0) {
        const wasDropped = dropped[k]!;
        stack.length = k;
        dropped.length = k;
        if (wasDropped) drop(lt, tagEnd);
      }
      i = tagEnd;
      continue;
    }
    const selfClosing = gt > 0 && html.charCodeAt(gt - 1) === 47;
    if (RAW.has(name)) {
      const close = indexOfCaseless(html, '</' + name, tagEnd);
      i = close < 0 ? n : close;
      // The raw element's end tag is read as a normal closing tag next round; push it so it pops.
      stack.push(name);
      dropped.push(false);
      if (close < 0) break;
      continue;
    }
    if (VOID.has(name) || selfClosing) {
      i = tagEnd;
      continue;
    }
    if (OPTIONAL_END.has(name) && stack.length > 0 && stack[stack.length - 1] === name) {
      const wasDropped = dropped[dropped.length - 1]!;
      stack.pop();
      dropped.pop();
      if (wasDropped) {
        // the implied end of a dropped element has no tag to remove
      }
    }
    const tooDeep = stack.length >= maxDepth;
    stack.push(name);
    dropped.push(tooDeep);
    if (tooDeep) drop(lt, tagEnd);
    i = tagEnd;
  }
  if (!out) return html;
  const parts: string[] = out;
  parts.push(html.slice(copiedTo));
  return parts.join('');
}

/** The ">" ending a tag that starts before `from`, skipping quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  let i = from;
  let quote = 0;
  // Attribute lists longer than this are not real tags; stop at the next ">" anyway.
  const limit = Math.min(n, from + 100_000);
  while (i < limit) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens a value right after "=" (possibly with spaces).
      let k = i - 1;
      while (k > from && (html.charCodeAt(k) === 32 || html.charCodeAt(k) === 9 || html.charCodeAt(k) === 10)) k--;
      if (html.charCodeAt(k) === 61) quote = c;
    } else if (c === 62) {
      return i;
    }
    i++;
  }
  return html.indexOf('>', from);
}

/**
 * The next "</name" (any letter case) at or after `from`: one forward scan over "</" positions.
 * (Searching for the lower- and the upper-case spelling separately scans to the end of the page for
 * the spelling that is absent, once per <script>: quadratic on script-heavy pages.)
 */
function indexOfCaseless(html: string, needle: string, from: number): number {
  const name = needle.slice(2).toLowerCase();
  let i = from;
  for (;;) {
    const at = html.indexOf('</', i);
    if (at < 0) return -1;
    let k = 0;
    while (k < name.length && (html.charCodeAt(at + 2 + k) | 32) === name.charCodeAt(k)) k++;
    if (k === name.length) return at;
    i = at + 2;
  }
}
