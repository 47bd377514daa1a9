/**
 * The lede: the first one to three whole sentences of the story, at most 500 characters.
 * Datelines ("KABUL, Afghanistan (AP) —", "NEW DELHI:"), notes to the reader ("Editor’s note: …")
 * and very short paragraphs (kickers, bylines that slipped through) are skipped; a leading dateline
 * on the first sentence is removed.
 */
import { splitSentences } from '../text/sentences.ts';

const MAX_CHARS = 500;
const MAX_SENTENCES = 3;
/** A one-sentence first paragraph shorter than this is followed by the next paragraph. */
const CONTINUE_BELOW = 120;
/** A paragraph with fewer words than this is not a lede (a kicker, "By Jane Doe", "Updated"). */
const MIN_WORDS = 6;
/** Only the first paragraphs are looked at: the lede is at the top. */
const MAX_PARAGRAPHS = 8;
/** Bounds the work on a pathological single paragraph. */
const MAX_SCAN_CHARS = 4000;

/**
 * A dateline opening a paragraph: an upper-case place, optional ", Region", optional "(Agency)",
 * then a dash. Linear: each part is a bounded character class with no overlap with the next.
 */
const DATELINE_PREFIX = /^[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,40}(?:,[^\n—–(]{1,40})?(?:\s*\([A-Za-z .]{1,30}\))?\s*[—–-]{1,2}\s+/u;
/** "Sept. 3 (Reuters) -" style prefixes (agency in parentheses, then a dash). */
const AGENCY_PREFIX = /^[^\n()]{0,60}\((?:AP|AFP|Reuters|dpa|EFE|ANSA|Xinhua|UPI|IANS|PTI|ANI|UNI|Bloomberg|Europa Press|Lusa|ANP|APA|SDA|TASS|RIA Novosti|Yonhap|Kyodo|CNN|BBC|AAP|PA|NHK|Anadolu|Bernama|CNA|WAFA)\)\s*(?:\.\s*)?(?:[—–-]{1,2}|:)\s*/u;
/**
 * A dateline ended by a colon, as Indian and Pakistani papers write it: "NEW DELHI:", "Mumbai:",
 * "New Delhi, Jan 15:". One to three capitalised words (an optional ", Mon 15"), and a capital after.
 */
const COLON_DATELINE = /^\p{Lu}[\p{L}.'-]{2,20}(?: \p{Lu}[\p{L}.'-]{1,20}){0,2}(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?:\s+(?=\p{Lu})/u;
/** A mixed-case dateline with a region and a dash: "Kyiv, Ukraine – ". */
const PLACE_DASH_PREFIX = /^\p{Lu}[\p{L}.' -]{1,30}, \p{Lu}[\p{L}.' ]{1,30}\s[—–]\s+/u;
/** Timestamps and bylines that slipped through: "Updated 5:32 PM EST", "By Jane Doe, AP". */
/** Notes to the reader before the story: "Editor’s note: …", "Correction: …", "This story has been updated …". */
const NOTE = /^(?:(?:Editor['’]s note|Correction|Clarification|Update|Disclosure|Content warning|Trigger warning|Warning)\s?[:—–-]|This (?:story|article) (?:has been|was|is|originally|first)\b)/iu;
const STAMP = /^(?:By|Updated|Published|Posted|Last updated|Actualizado|Publicado|Mis à jour|Publié|Aktualisiert|Veröffentlicht|Aggiornato)\b/iu;
const CLOCK = /\b\d{1,2}:\d{2}\b/;

const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s[i] === ' ' || s[i] === '\n' || s[i] === '\t';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

/** True for a paragraph that is only a dateline or too short to be the lede. */
function isSkippable(p: string): boolean {
  const t = p.trim();
  if (t.length === 0) return true;
  // CJK text has no spaces: judge it by characters instead of words.
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t)) return t.length < 12;
  const words = wordCount(t);
  if (words < MIN_WORDS || NOTE.test(t)) return true;
  if (words < 16 && (STAMP.test(t) || (CLOCK.test(t) && !/[.!?]$/.test(t)))) return true;
  const stripped = t.replace(DATELINE_PREFIX, '');
  return stripped.length === 0;
}

/**
 * The paragraph without a leading dateline ("HOUSTON (AP) —", "Kyiv, Ukraine –", "NEW DELHI:").
 * @example stripDateline('NEW DELHI: The Cabinet met.') // 'The Cabinet met.'
 */
export function stripDateline(text: string): string {
  return text.replace(AGENCY_PREFIX, '').replace(DATELINE_PREFIX, '').replace(PLACE_DASH_PREFIX, '').replace(COLON_DATELINE, '');
}

/** Cuts `s` at the last word boundary before `max` characters and adds an ellipsis. */
function cutAtWord(s: string, max: number): string {
  const limit = max - 1;
  let cut = s.lastIndexOf(' ', limit);
  if (cut < limit / 2) cut = limit; // one enormous "word" (CJK, URL): cut where we must
  return s.slice(0, cut).replace(/(?<![\s,;:—–-])[\s,;:—–-]+$/u, '') + '…';
}

/**
 * The lede of an article from its paragraphs.
 * @example summarize(['WASHINGTON (AP) —', 'The Senate passed the bill on Friday. It now goes to the House.'])
 *   // 'The Senate passed the bill on Friday. It now goes to the House.'
 */
export function summarize(paragraphs: string[]): string {
  if (!Array.isArray(paragraphs)) return '';
  const picked: string[] = [];
  let length = 0;
  const limit = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let pi = 0; pi < limit && picked.length < MAX_SENTENCES; pi++) {
    const raw = paragraphs[pi];
    if (typeof raw !== 'string' || isSkippable(raw)) continue;
    let text = raw.trim().slice(0, MAX_SCAN_CHARS);
    if (picked.length === 0) text = stripDateline(text);
    for (const sentence of splitSentences(text)) {
      const extra = (picked.length ? 1 : 0) + sentence.length;
      if (picked.length === 0 && sentence.length > MAX_CHARS) return cutAtWord(sentence, MAX_CHARS);
      if (length + extra > MAX_CHARS) return picked.join(' ');
      picked.push(sentence);
      length += extra;
      if (picked.length >= MAX_SENTENCES) break;
    }
    // The lede is one paragraph; a second is taken only when the first was a single short
    // sentence, and never when it opens with a quotation (that is the story's first quote).
    if (picked.length >= 2 || length >= CONTINUE_BELOW) break;
    const next = paragraphs[pi + 1];
    if (typeof next === 'string' && /^\s*["“„«'‘]/u.test(next)) break;
  }
  return picked.join(' ');
}
