/**
 * Character encoding detection for news text. In order of trust:
 *  1. a byte-order mark;
 *  2. UTF-16 without a BOM (the NUL-byte pattern of mostly-ASCII text);
 *  3. many control bytes: not text at all;
 *  4. valid UTF-8 (a UTF-8 label is never needed: a page that is valid UTF-8 is read as UTF-8);
 *  5. the charset the object declares: the Content-Type's `charset=`, else the page's own
 *     `<?xml encoding>` or first `<meta … charset=…>` in its first 64 KB (a UTF-8 label on bytes that
 *     are not UTF-8 is ignored: the label is wrong, the bytes are not);
 *  6. a statistical guess (chardet's byte-frequency and multi-byte-structure recognisers), taken only
 *     when it is confident and names a legacy encoding other than Windows-1252: undeclared Cyrillic,
 *     Greek, Arabic, Chinese, Japanese or Korean text (windows-1251, KOI8-R, GBK, Shift_JIS…);
 *  7. Windows-1252 (which WHATWG decoders also use for Latin-1: the printable range is the same,
 *     and curly quotes in 0x80–0x9F come out right), when the bytes are mostly ASCII;
 *  8. otherwise binary.
 * Legacy decoding uses Node's TextDecoder (full ICU), so every WHATWG encoding label is understood.
 */
import { analyse } from 'chardet';

/** A WHATWG encoding name ('utf-8', 'windows-1251', 'gbk'…), or 'binary' for bytes that are not text. */
export type Encoding = string;

export interface EncodingHints {
  /** The object's Content-Type, whose `charset=` parameter is a declaration. */
  contentType?: string | null;
}

const SAMPLE = 8192;
/** How far into a page its `<meta charset>` is looked for (HTML's own prescan stops at 1 KB; real pages put it later). */
const DECLARATION_SCAN = 64 * 1024;
/** How many bytes the statistical guess reads: enough for a stable answer, bounded for speed. */
const GUESS_SAMPLE = 64 * 1024;
/** chardet's confidence (0–100) below which a guess is not taken. */
const MIN_GUESS_CONFIDENCE = 50;
/**
 * Single-byte Latin encodings (Central European, Turkish, Baltic…) differ from Windows-1252 only in a
 * few letters, and chardet scores them close to it on any Western text: such a guess must lead
 * Windows-1252's score by this much to be taken.
 */
const LATIN_LEAD = 20;
const LATIN_LOOKALIKES = new Set(['iso-8859-2', 'windows-1250', 'windows-1254', 'windows-1257', 'windows-1258', 'iso-8859-15', 'iso-8859-4', 'iso-8859-13']);

/** The WHATWG name for a charset label (`latin1` → windows-1252, `gb2312` → gbk), or null when unknown. */
export function encodingForLabel(label: string): string | null {
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l || l.length > 40) return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

export function detectEncoding(b: Uint8Array, hints: EncodingHints = {}): Encoding {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';

  const n = Math.min(b.length, SAMPLE);
  let evenZero = 0;
  let oddZero = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) {
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    } else if ((c < 0x09 || (c > 0x0d && c < 0x20) || c === 0x7f) && c !== 0x1b) {
      control++;
    }
  }
  const half = n / 2;
  // ASCII-range text in UTF-16 has a zero in every other byte.
  if (n >= 4 && oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (n >= 4 && evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  // A few stray NULs or control bytes are dirt to clean; many mean the object is not text.
  if ((control + evenZero + oddZero) / n > 0.05) return 'binary';
  if (looksLikeUtf8(b)) return 'utf-8';

  const declared = declaredEncoding(b, hints.contentType ?? null);
  if (declared) return declared;
  const guessed = guessLegacyEncoding(b);
  if (guessed) return guessed;
  // Single-byte text in a Latin script is mostly ASCII; bytes that are mostly high are not text.
  let high = 0;
  for (let i = 0; i < n; i++) if (b[i]! >= 0x80) high++;
  return high / n > 0.3 ? 'binary' : 'windows-1252';
}

/** The encoding the object declares, unless it is a Unicode one (the bytes are not valid UTF-8 here). */
function declaredEncoding(b: Uint8Array, contentType: string | null): string | null {
  const header = contentType ? /;\s*charset\s*=\s*("?)([\w.:-]{1,40})\1/i.exec(contentType)?.[2] : undefined;
  const label = header ?? pageDeclaration(b);
  if (!label) return null;
  const enc = encodingForLabel(label);
  if (!enc || enc === 'utf-8' || enc.startsWith('utf-16') || enc === 'replacement' || enc === 'x-user-defined') return null;
  return enc;
}

/** The label of a page's `<?xml … encoding="…"?>` or first `<meta … charset=…>`, read as ASCII. */
function pageDeclaration(b: Uint8Array): string | null {
  const end = Math.min(b.length, DECLARATION_SCAN);
  // latin1 maps byte to char one to one: the ASCII markup reads the same whatever the encoding.
  const head = Buffer.from(b.buffer, b.byteOffset, end).toString('latin1');
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head);
  return meta ? meta[1]! : null;
}

/** A confident statistical guess of a legacy encoding other than Windows-1252, or null. */
function guessLegacyEncoding(b: Uint8Array): string | null {
  const matches = analyse(b.length > GUESS_SAMPLE ? b.subarray(0, GUESS_SAMPLE) : b);
  const western = Math.max(0, ...matches.filter((m) => m.name === 'ISO-8859-1' || m.name === 'windows-1252').map((m) => m.confidence));
  for (const m of matches) {
    if (m.confidence < MIN_GUESS_CONFIDENCE) break; // sorted, most confident first
    const enc = encodingForLabel(m.name);
    if (!enc || enc === 'windows-1252' || enc === 'utf-8' || enc.startsWith('utf-')) continue;
    if (LATIN_LOOKALIKES.has(enc) && m.confidence < western + LATIN_LEAD) continue;
    return enc;
  }
  return null;
}

/**
 * True when the bytes are UTF-8: every multi-byte sequence well formed, or nearly so with many valid
 * multi-byte characters (a UTF-8 article with a couple of damaged bytes is still UTF-8).
 */
function looksLikeUtf8(b: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (len === 0 || i + len > b.length) {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return invalid === 0 || valid > invalid * 8;
}

/**
 * Windows-1252's 0x80–0x9F: curly quotes, dashes, €, ™… Node's TextDecoder decodes 'windows-1252'
 * as ISO-8859-1 (C1 controls there), so the block is mapped here. Undefined positions stay unmapped.
 */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(b: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < b.length; start += CHUNK) {
    const end = Math.min(b.length, start + CHUNK);
    const codes: number[] = new Array(end - start);
    for (let i = start; i < end; i++) {
      const c = b[i]!;
      codes[i - start] = c >= 0x80 && c <= 0x9f ? CP1252_HIGH.charCodeAt(c - 0x80) : c;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

export function decodeText(b: Uint8Array, encoding: Encoding): string | null {
  if (encoding === 'binary') return null;
  if (encoding === 'windows-1252') return decodeWindows1252(b);
  try {
    let start = 0;
    if (encoding === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
    if ((encoding === 'utf-16le' && b[0] === 0xff && b[1] === 0xfe) || (encoding === 'utf-16be' && b[0] === 0xfe && b[1] === 0xff)) start = 2;
    return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(b.subarray(start));
  } catch {
    return null;
  }
}
