/**
 * Sentence splitting by one linear scan. A period ends a sentence only when it is followed
 * (after any closing quotes or brackets) by whitespace and something that can start a sentence,
 * and the word before it is not a known abbreviation, an initial, or a dotted acronym
 * mid-sentence. Decimals never split because a digit follows the period without a space.
 */

/** A sentence as offsets into the text it came from: `text.slice(start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that are followed by a period but rarely end a sentence (lower case, no dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep',
  'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'pres', 'rev', 'hon', 'fr', 'supt', 'insp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'ca', 'cf', 'al', 'op',
  'inc', 'corp', 'ltd', 'co', 'bros', 'av', 'ave', 'blvd', 'rd', 'sra', 'sr', 'srta', 'dra', 'mme',
  'mlle', 'hr', 'nr', 'bzw', 'usw', 'z', 'dt', 'ggf', 'ing', 'pp', 'p', 'art', 'abs',
]);

/**
 * Words that, capitalised after a dotted acronym ("in the U.S. The …"), signal a new sentence;
 * any other capitalised word after "U.S." is read as part of the same sentence ("U.S. Army").
 */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'this', 'that',
  'these', 'those', 'there', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after',
  'before', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'officials',
  'however', 'meanwhile', 'still', 'yet', 'so', 'since', 'although', 'what', 'who', 'why', 'how',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '›', '」', '』']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[', '„', '‚', '¿', '¡', '‹', '「', '『', '—', '–', '-']);
/** Full-width terminators end a sentence with no space after them (Chinese, Japanese). */
const CJK_TERMINATORS = new Set(['。', '！', '？']);
const BREAK_CHAR = /[.!?…。！？\n]/g;

const isSpace = (c: string | undefined): boolean => c !== undefined && (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0');
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
/** Letters of scripts without case (Chinese, Japanese, Arabic, …) can start a sentence too. */
const UNCASED_LETTER = /^\p{Lo}$/u;
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/** The word that ends right before `end` (letters and inner dots), lower-cased. */
function wordBefore(text: string, end: number): string {
  let i = end;
  const stop = Math.max(0, end - 40);
  while (i > stop && (isLetter(text[i - 1]) || text[i - 1] === '.')) i--;
  return text.slice(i, end).toLowerCase();
}

/** The next word starting at `i`, lower-cased (letters only, up to 30 chars). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 30 && isLetter(text[j])) j++;
  return text.slice(i, j).toLowerCase();
}

/** Decides whether the period at `dot` ends a sentence, given the position of the next content. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const nextChar = text[next]!;
  if (word.length === 0) return true;
  if (word.includes('.')) {
    // Dotted acronym (U.S., e.g., a.m.): a sentence ends only before a clear sentence starter.
    if (word === 'e.g' || word === 'i.e' || word === 'z.b' || word === 'd.h') return false;
    return isUpper(nextChar) && SENTENCE_STARTERS.has(wordAt(text, next));
  }
  if (word.length === 1 && isUpper(text[dot - 1]!)) return false; // an initial: "J. K. Rowling"
  if (ABBREVIATIONS.has(word)) {
    // "No. 5", "Jan. 16", "Dr. Smith": keep together. A lower-case abbreviation at sentence end
    // followed by a clear starter ("… and so on etc. The …") still splits.
    return isUpper(nextChar) && SENTENCE_STARTERS.has(wordAt(text, next)) && word !== 'mr' && word !== 'dr' && word !== 'mrs' && word !== 'ms' && word !== 'st';
  }
  return true;
}

/**
 * Sentence spans of `text`, in order, trimmed of surrounding whitespace. Never throws; linear time.
 * @example splitSentenceSpans('Mr. Li left. He said so.') // two spans
 */
export function splitSentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let i = 0;
  while (i < n) {
    // Jump to the next character that can end a sentence.
    BREAK_CHAR.lastIndex = i;
    if (!BREAK_CHAR.test(text)) break;
    i = BREAK_CHAR.lastIndex - 1;
    const c = text[i]!;
    if (CJK_TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < n && (CLOSERS.has(text[j]!) || CJK_TERMINATORS.has(text[j]!))) j++;
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    if (c === '\n' && text[i + 1] === '\n') {
      push(start, i);
      start = i + 2;
      i += 2;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') {
      i++;
      continue;
    }
    // Run of terminators ("?!", "...") then closing quotes/brackets.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && !isSpace(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k >= n) {
      i = k;
      break;
    }
    let m = k;
    while (m < n && m - k < 3 && OPENERS.has(text[m]!)) m++;
    const nextChar = text[m] ?? '';
    const startsSentence =
      isUpper(nextChar) || isDigit(nextChar) || UNCASED_LETTER.test(nextChar) || (!isLetter(nextChar) && nextChar !== '' && nextChar !== ',' && m > k);
    let ends = startsSentence;
    // A period right before the space may be an abbreviation; one inside a closing quote is not.
    if (ends && c === '.' && j === i + 1) ends = periodEnds(text, i, m);
    if (ends) {
      push(start, j);
      start = k;
    }
    i = k;
  }
  push(start, n);
  return spans;
}

/** Sentences of `text` as strings. */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
