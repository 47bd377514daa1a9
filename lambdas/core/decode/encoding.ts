/**
 * Character encoding detection for news text: BOMs, UTF-16 without BOM (by the NUL-byte pattern of
 * mostly-ASCII text), valid UTF-8, and otherwise Windows-1252 (which WHATWG decoders also use for
 * Latin-1: the printable range is the same, and curly quotes in 0x80–0x9F come out right).
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'binary';

const SAMPLE = 8192;

export function detectEncoding(b: Uint8Array): Encoding {
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
  // Single-byte text in a Latin script is mostly ASCII; bytes that are mostly high are not text.
  let high = 0;
  for (let i = 0; i < n; i++) if (b[i]! >= 0x80) high++;
  return high / n > 0.3 ? 'binary' : 'windows-1252';
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

export function decodeText(b: Uint8Array, encoding: Exclude<Encoding, 'binary'>): string | null {
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
