/**
 * Dates printed in text, found by tokenising instead of with one big regular expression: numbers, words and
 * punctuation become tokens, and a few token shapes are dates.
 *
 *   2020-03-14 · 2020/03/14 · 2023.11.02      year first
 *   14.03.2020 · 14.03.20 · 4. 2. 2022        day first (a dot is day-first in every language that uses it)
 *   03/14/2020 · 14/03/2020 · 14-03-2020      day or month first: told by a part over 12, else by `dayFirst`
 *   14 March 2020 · 14. März 2020 · 14 de marzo de 2020 · 1er mars 2020 · 14 марта 2020
 *   March 14, 2020 · Dezember 16th, 2012
 *   2020年3月14日 · 2020년 3월 14일
 *
 * Month names: English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, and the Scandinavian,
 * Polish and Turkish ones that share the same shapes. Linear in the text; bounded by the caller's slice.
 */

/** A date found in text: calendar parts (not validated against a range) and where it is. */
export interface TextDate {
  y: number;
  m: number;
  d: number;
  /** Character offsets of the date in the text. */
  start: number;
  end: number;
  /** Whether the order of day and month was decided only by `dayFirst` (both parts ≤ 12). */
  guessedOrder: boolean;
}

export interface TextDateOptions {
  /** Day-first reading for 03/04/2020: true (most of the world), false (US English), null (skip such dates). */
  dayFirst?: boolean | null;
  /** Stop after this many dates. */
  max?: number;
}

const MONTH_WORDS: Array<[number, string]> = [
  [1, 'january jan janvier janv januar jän jänner enero ene gennaio genn gen janeiro januari januar stycznia styczeń ocak января январь янв'],
  [2, 'february feb febr février févr fevrier fev februar febrero febbraio febb fevereiro februari lutego luty şubat subat февраля февраль фев'],
  [3, 'march mar mars märz marz mär marzo março marco maart mrt marca marzec mart марта март мар'],
  [4, 'april apr avril avr abril aprile abr kwietnia kwiecień nisan апреля апрель апр'],
  [5, 'may mai mayo maggio mag maio mei maj maja maj mayıs mayis мая май'],
  [6, 'june jun juin juni junio giugno giu junho czerwca czerwiec haziran июня июнь июн'],
  [7, 'july jul juillet juil juli julio luglio lug julho lipca lipiec temmuz июля июль июл'],
  [8, 'august aug août aout agosto ago augustus augusti sierpnia sierpień ağustos agustos августа август авг'],
  [9, 'september sep sept septembre septiembre setiembre settembre set setembro wrzesnia września wrzesień eylül eylul сентября сентябрь сен сент'],
  [10, 'october oct octobre oktober okt octubre ottobre ott outubro out października pazdziernika październik ekim октября октябрь окт'],
  [11, 'november nov novembre noviembre novembro listopada listopad kasım kasim ноября ноябрь ноя нояб'],
  [12, 'december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro desember grudnia grudzień aralık aralik декабря декабрь дек'],
];
const MONTHS = new Map<string, number>();
for (const [n, words] of MONTH_WORDS) for (const w of words.split(' ')) MONTHS.set(w, n);

/** The month a word names (any case), or 0. */
export function monthOf(word: string): number {
  return MONTHS.get(word.toLowerCase()) ?? 0;
}

/** Words that may sit inside a date: ordinals ("16th", "1er"), "de", "of", "del", the Russian "г." after a year. */
const ORDINALS = new Set(['st', 'nd', 'rd', 'th', 'er', 're', 'e', 'º', 'ª', 'o']);
const LINKS = new Set(['de', 'of', 'del', 'van', 'di']);

type Kind = 'n' | 'w' | 'p';
interface Tok {
  k: Kind;
  s: string;
  start: number;
  end: number;
}

const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
/** Han and Hangul syllables: each is a token of its own (年, 月, 日, 년, 월, 일 are words of one character). */
const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3400 && c <= 0x4dbf);
const LETTER = /[\p{L}\p{M}]/u;

/** Tokens of `text`: digit runs (full-width digits read as ASCII), letter runs, single CJK characters, single punctuation. */
function tokenise(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let s = '';
      while (i < n && isDigit(text.charCodeAt(i))) {
        const d = text.charCodeAt(i);
        s += String.fromCharCode(d >= 0xff10 ? d - 0xff10 + 48 : d);
        i++;
      }
      toks.push({ k: 'n', s, start, end: i });
    } else if (isCjk(c)) {
      toks.push({ k: 'w', s: text[i]!, start, end: ++i });
    } else if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i]!)) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isCjk(d) || isDigit(d)) break;
        if (d < 128 ? !((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) : !LETTER.test(text[i]!)) break;
        i++;
      }
      toks.push({ k: 'w', s: text.slice(start, i), start, end: i });
    } else {
      // A surrogate pair (emoji) is one punctuation token.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      toks.push({ k: 'p', s: text.slice(start, i), start, end: i });
    }
  }
  return toks;
}

const num = (t: Tok | undefined, min: number, max: number): number | null => (t && t.k === 'n' && t.s.length >= min && t.s.length <= max ? Number(t.s) : null);
const punct = (t: Tok | undefined, set: string): boolean => !!t && t.k === 'p' && set.includes(t.s);
const word = (t: Tok | undefined, w: string): boolean => !!t && t.k === 'w' && t.s === w;

/** A two-digit year: 00–69 → 2000s, else 1900s. */
const fullYear = (y: number, len: number) => (len === 4 ? y : y < 70 ? 2000 + y : 1900 + y);

/**
 * Every date printed in `text`, in order.
 * @example datesInText('Veröffentlicht am 6. August 2009, 14:12') // [{ y: 2009, m: 8, d: 6, … }]
 */
export function datesInText(text: string, opts: TextDateOptions = {}): TextDate[] {
  const dayFirst = opts.dayFirst === undefined ? true : opts.dayFirst;
  const max = opts.max ?? 1000;
  const toks = tokenise(text);
  const out: TextDate[] = [];
  const push = (y: number, m: number, d: number, a: number, b: number, guessedOrder = false) => {
    out.push({ y, m, d, start: toks[a]!.start, end: toks[b]!.end, guessedOrder });
  };
  for (let i = 0; i < toks.length && out.length < max; i++) {
    const t = toks[i]!;
    if (t.k === 'p') continue;
    // Part of a longer dotted or slashed run ("1.2.3.2020", "v2/03/14"): not a date's start.
    if (punct(toks[i - 1], './-') && toks[i - 1]!.start === t.start - 1 && toks[i - 2]?.k === 'n' && toks[i - 2]!.end === t.start - 1) continue;
    const j = matchAt(toks, i, dayFirst, push);
    if (j > i) i = j;
  }
  return out;
}

/** Tries every date shape at token i; returns the last token index used, or i when none matched. */
function matchAt(toks: Tok[], i: number, dayFirst: boolean | null, push: (y: number, m: number, d: number, a: number, b: number, g?: boolean) => void): number {
  const t = toks[i]!;
  if (t.k === 'n') {
    // 2020年3月14日 / 2020년 3월 14일
    const y4 = num(t, 4, 4);
    if (y4 !== null && (word(toks[i + 1], '年') || word(toks[i + 1], '년'))) {
      const m = num(toks[i + 2], 1, 2);
      const d = num(toks[i + 4], 1, 2);
      if (m !== null && d !== null && (word(toks[i + 3], '月') || word(toks[i + 3], '월')) && (word(toks[i + 5], '日') || word(toks[i + 5], '일') || word(toks[i + 5], '号'))) {
        push(y4, m, d, i, i + 5);
        return i + 5;
      }
      return i;
    }
    // 2020-03-14, 2020/03/14, 2023.11.02
    if (y4 !== null && punct(toks[i + 1], '-/.') && adjacent(toks, i, i + 4)) {
      const sep = toks[i + 1]!.s;
      const m = num(toks[i + 2], 1, 2);
      const d = num(toks[i + 4], 1, 2);
      if (m !== null && d !== null && toks[i + 3]?.s === sep && !continuesNumber(toks, i + 4)) {
        push(y4, m, d, i, i + 4);
        return i + 4;
      }
      return i;
    }
    const a = num(t, 1, 2);
    if (a === null) return i;
    // 14.03.2020 / 14.03.20 / 03/14/2020 / 14-03-2020
    if (punct(toks[i + 1], './-') && adjacent(toks, i, i + 4)) {
      const sep = toks[i + 1]!.s;
      const b = num(toks[i + 2], 1, 2);
      const yt = toks[i + 4];
      const y = num(yt, 4, 4) ?? (sep === '.' && t.s.length === 2 && toks[i + 2]!.s.length === 2 ? num(yt, 2, 2) : null);
      if (b !== null && y !== null && toks[i + 3]?.s === sep && !continuesNumber(toks, i + 4)) {
        const year = fullYear(y, yt!.s.length);
        if (sep === '.') push(year, b, a, i, i + 4);
        else if (a > 12 && b <= 12) push(year, b, a, i, i + 4);
        else if (b > 12 && a <= 12) push(year, a, b, i, i + 4);
        else if (a === b) push(year, a, a, i, i + 4);
        else if (dayFirst !== null) push(year, dayFirst ? b : a, dayFirst ? a : b, i, i + 4, true);
        return i + 4;
      }
    }
    // 4. 2. 2022: the spaced form German typesetting uses, one space after each dot and a four-digit year; not
    // inside a run of numbered points ("1. 2. 3. 2020").
    if (punct(toks[i + 1], '.') && punct(toks[i + 3], '.') && spacedOnce(toks, i + 1) && spacedOnce(toks, i + 3) && adjacent(toks, i, i + 1) && adjacent(toks, i + 2, i + 3)) {
      const b = num(toks[i + 2], 1, 2);
      const y = num(toks[i + 4], 4, 4);
      const listed = punct(toks[i - 1], '.') && toks[i - 2]?.k === 'n';
      if (b !== null && b >= 1 && b <= 12 && y !== null && !listed && !continuesNumber(toks, i + 4)) {
        push(y, b, a, i, i + 4);
        return i + 4;
      }
    }
    // 14 March 2020 · 14. März 2020 · 1er mars 2020 · 15 de septiembre de 2026 · 16th of May, 2020
    let j = i + 1;
    if (punct(toks[j], '.')) j++;
    if (toks[j]?.k === 'w' && ORDINALS.has(toks[j]!.s.toLowerCase()) && toks[j]!.start === toks[j - 1]!.end) j++;
    if (toks[j]?.k === 'w' && LINKS.has(toks[j]!.s.toLowerCase())) j++;
    const m = toks[j]?.k === 'w' ? monthOf(toks[j]!.s) : 0;
    if (!m) return i;
    j++;
    if (punct(toks[j], '.')) j++;
    if (punct(toks[j], ',')) j++;
    if (toks[j]?.k === 'w' && LINKS.has(toks[j]!.s.toLowerCase())) j++;
    const y = num(toks[j], 4, 4);
    if (y === null || continuesNumber(toks, j)) return i;
    push(y, m, a, i, j);
    return j;
  }
  // March 14, 2020 · Dezember 16th, 2012 · Oct. 2 2026
  const m = monthOf(t.s);
  if (!m) return i;
  let j = i + 1;
  if (punct(toks[j], '.')) j++;
  const d = num(toks[j], 1, 2);
  if (d === null) return i;
  const dayTok = j;
  j++;
  if (toks[j]?.k === 'w' && ORDINALS.has(toks[j]!.s.toLowerCase()) && toks[j]!.start === toks[dayTok]!.end) j++;
  if (punct(toks[j], ',.')) j++;
  const y = num(toks[j], 4, 4);
  if (y === null || continuesNumber(toks, j)) return i;
  push(y, m, d, i, j);
  return j;
}

/** Tokens i..j touch one another (no spaces): "14.03.2020" is one date, "14 - 03 - 2020" is not. */
function adjacent(toks: Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!toks[k + 1] || toks[k + 1]!.start !== toks[k]!.end) return false;
  return true;
}

/** Exactly one space between token k and the next. */
function spacedOnce(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return !!next && next.start === toks[k]!.end + 1;
}

/** The number at k goes on as part of something longer ("2020-03-14-5", "14.03.2020.1", "2020-03-145"). */
function continuesNumber(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || next.start !== toks[k]!.end) return false;
  if (next.k === 'n') return true;
  const after = toks[k + 2];
  return punct(next, './') && !!after && after.k === 'n' && after.start === next.end;
}
