/**
 * A CoNLL-style tokenizer for English news prose: punctuation split off words,
 * possessive / contraction clitics separate ("Germany 's", "do n't"), abbreviations
 * and acronyms kept whole ("U.S.", "Mr.", "Jan."), curly quotes normalised.
 * Linear scans only, so any input is tokenized in bounded time.
 */

/** Hard caps so hostile input cannot make the tagger run for long. */
const MAX_TOKENS_PER_TEXT = 20_000;
const MAX_TOKEN_CHARS = 80;

/** Words that keep their trailing period (titles, months, corporate suffixes, states). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st mt ft jr sr ' +
    'inc corp ltd co bros vs etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo ' +
    'mont neb nev okla ore pa tenn tex va vt wash wis wyo pres supt det insp gov govt dept univ ave blvd'
  ).split(' '),
);

const OPEN_PUNCT = new Set(['$', '£', '€', '(', '[', '{', '"', "'", '`', '¿', '¡', '«', '‹']);
/** Letters and digits of ASCII are never punctuation: most chunks start and end with one. */
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const CLOSE_PUNCT = new Set([
  ')', ']', '}', '"', "'", ',', ';', ':', '!', '?', '.', '»', '›', '…',
]);

/** Curly / typographic quotes and dashes mapped to their ASCII forms. */
function normaliseChar(c: string): string {
  switch (c) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
    case '\u2032':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
    case '\u2033':
      return '"';
    case '\u00A0':
    case '\u2009':
    case '\u202F':
      return ' ';
    default:
      return c;
  }
}

/** Is this chunk (no spaces) an abbreviation whose final period belongs to it? */
function keepsPeriod(word: string): boolean {
  // word includes the final '.'
  const core = word.slice(0, -1);
  if (core.length === 0) return false;
  if (core.includes('.')) return /^[A-Z](\.[A-Z])*$/i.test(core) || /^[A-Z]{1,3}(\.[A-Z]{1,3})+$/i.test(core); // U.S., U.K., Ph.D
  if (core.length === 1 && /[A-Z]/.test(core)) return true; // initials: "J."
  return ABBREVIATIONS.has(core.toLowerCase());
}

/** Split one whitespace-free chunk into tokens, appended to `out`. */
function splitChunk(chunk: string, out: string[]): void {
  let start = 0;
  let end = chunk.length;
  const lead: string[] = [];
  const trail: string[] = [];
  // Leading punctuation, one char at a time.
  while (start < end && !isAsciiAlnum(chunk.charCodeAt(start)) && OPEN_PUNCT.has(chunk[start]!)) {
    lead.push(chunk[start]!);
    start++;
  }
  // Trailing punctuation, but keep an abbreviation's period.
  while (end > start) {
    if (isAsciiAlnum(chunk.charCodeAt(end - 1))) break;
    const c = chunk[end - 1]!;
    if (!CLOSE_PUNCT.has(c)) break;
    if (c === '.') {
      // "..." ellipsis (three or more periods; "U.S.." is an abbreviation then a full stop)
      if (end - 3 >= start && chunk[end - 2] === '.' && chunk[end - 3] === '.') {
        let k = end;
        while (k > start && chunk[k - 1] === '.') k--;
        trail.push(chunk.slice(k, end));
        end = k;
        continue;
      }
      if (keepsPeriod(chunk.slice(start, end))) break;
    }
    trail.push(c);
    end--;
  }
  let word = chunk.slice(start, end);
  for (const p of lead) out.push(p);
  if (word.length > 0) {
    // Clitics: 's, 're, 've, 'll, 'd, 'm, n't, and a bare trailing apostrophe (plural possessive).
    // Every one has an apostrophe: most words skip the lower-casing and the patterns.
    const lower = word.includes("'") ? word.toLowerCase() : '';
    let clitic = '';
    if (!lower) clitic = '';
    else if (lower.length > 3 && lower.endsWith("n't")) clitic = word.slice(-3);
    else if (lower.length > 2 && /'([sdm])$/.test(lower)) clitic = word.slice(-2);
    else if (lower.length > 3 && /'(re|ve|ll)$/.test(lower)) clitic = word.slice(-3);
    if (clitic) word = word.slice(0, -clitic.length);
    splitInner(word, out);
    if (clitic) out.push(clitic);
  }
  for (let i = trail.length - 1; i >= 0; i--) out.push(trail[i]!);
}

/** Is this char code an ASCII digit? (NaN, past either end of a string, is not.) */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Inner splits: "word,word", "word/word" and "word--word" separate; hyphens in words stay. */
function splitInner(word: string, out: string[]): void {
  if (word.length > MAX_TOKEN_CHARS) {
    out.push(word.slice(0, MAX_TOKEN_CHARS));
    return;
  }
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // Letters and digits (most characters) never separate: skip them without building a string.
    if (isAsciiAlnum(code)) continue;
    const c = word[i]!;
    const isSep =
      c === '—' || c === '–' || c === '"' || c === '(' || c === ')' || c === ';' ||
      (c === ',' && !(isDigit(word.charCodeAt(i - 1)) && isDigit(word.charCodeAt(i + 1)))) ||
      (c === '-' && word[i + 1] === '-');
    if (isSep) {
      if (i > from) out.push(word.slice(from, i));
      if (c === '-') {
        out.push('--');
        i++;
      } else out.push(c);
      from = i + 1;
    }
  }
  if (from < word.length) out.push(word.slice(from));
}

/**
 * Tokenize prose into CoNLL-like tokens.
 * @example tokenize("Germany's U.S. envoy said “no.”") // ['Germany', "'s", 'U.S.', 'envoy', 'said', '"', 'no', '.', '"']
 */
export function tokenize(text: string): string[] {
  return tokenizeWithOriginal(text).tokens;
}

/**
 * Tokenize, also returning each token as spelled in the text: tagging sees normalised quotes,
 * names keep their own ("O’Brien" stays curly).
 */
export function tokenizeWithOriginal(text: string): { tokens: string[]; original: string[] } {
  const out: string[] = [];
  const original: string[] = [];
  const n = Math.min(text.length, MAX_TOKENS_PER_TEXT * 12);
  let i = 0;
  while (i < n && out.length < MAX_TOKENS_PER_TEXT) {
    // One whitespace-free chunk (no-break and thin spaces separate too); past its first
    // MAX_TOKEN_CHARS * 2 characters the rest of a very long chunk is dropped.
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSeparator(text.charCodeAt(i))) i++;
    const raw = text.slice(start, Math.min(i, start + MAX_TOKEN_CHARS * 2));
    const chunk = TYPOGRAPHIC.test(raw) ? normaliseChunk(raw) : raw;
    const before = out.length;
    splitChunk(chunk, out);
    // Tokens are consecutive pieces of the chunk; the normalisation is one character for one.
    let at = 0;
    for (let k = before; k < out.length; k++) {
      // Nothing was normalised in most chunks: the token is its own spelling, no copy needed.
      original.push(chunk === raw ? out[k]! : raw.slice(at, at + out[k]!.length));
      at += out[k]!.length;
    }
    if (at !== raw.length) for (let k = before; k < out.length; k++) original[k] = out[k]!; // truncated: no alignment
  }
  if (out.length > MAX_TOKENS_PER_TEXT) {
    out.length = MAX_TOKENS_PER_TEXT;
    original.length = MAX_TOKENS_PER_TEXT;
  }
  return { tokens: out, original };
}

/** Characters normaliseChar changes inside a chunk (the spaces it maps are separators already). */
const TYPOGRAPHIC = /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033]/;

function normaliseChunk(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) out += normaliseChar(raw[i]!);
  return out;
}

/** Whitespace between chunks: space, \n, \t, \r, \f, \v and the spaces normaliseChar maps to ' '. */
function isSeparator(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/**
 * Split a token stream into sentences at . ! ? (not abbreviations, which keep their period).
 * A sentence is capped in length so tagging cost stays linear.
 */
export function splitSentences(tokens: string[], maxLen = 120): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let quoteOpen = false; // straight quotes alternate: opening, closing, …
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    if (t === '"') quoteOpen = !quoteOpen;
    const ends = t === '.' || t === '!' || t === '?' || t === '...' || t === '…';
    // A closing quote right after the stop belongs to this sentence; an opening one starts the next.
    const closingNext = tokens[i + 1] === '"' ? quoteOpen : tokens[i + 1] === "'";
    if ((ends && !closingNext) || cur.length >= maxLen) {
      out.push(cur);
      cur = [];
    } else if ((t === '"' || t === "'") && !quoteOpen && i > 0 && /^[.!?]$/.test(tokens[i - 1]!)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
