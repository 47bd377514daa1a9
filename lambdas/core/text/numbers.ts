import { Lexicon, type WordIndex } from './scan.ts';

/**
 * Number parsing shared by the money and quantity extractors: digits with thousands
 * separators in English and continental styles, scale words and suffixes in several
 * languages, and small English number words ("two million", "twenty-five").
 */

/**
 * Digits with optional grouping ("250,000", "1.234.567", "12 000" with a plain or narrow space) and
 * decimals ("4.4", "3,5"). A group is exactly three digits, so "16 2021" is not one number.
 * Grouped alternatives come first so "250,000" is read whole.
 */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** Scale words and suffixes, longest first; a letter must not follow (checked by the caller's pattern). */
export const SCALE_SOURCE = [
  'hundred thousand', 'thousand', 'million', 'billion', 'trillion', 'millions', 'billions', 'trillions',
  'mil millones', 'millones', 'millón', 'billones', 'milliards?', 'millions', 'milliarden', 'milliarde', 'millionen', 'million',
  'miliardi', 'miliardo', 'milioni', 'milione', 'milhões', 'milhão', 'bilhões', 'bilhão', 'miljoen', 'miljard',
  'lakh crores?', 'lakh crore', 'mil', 'crores?', 'lakhs?', 'lacs?', 'mln', 'bln', 'mio\\.?', 'mrd\\.?', 'mn', 'bn', 'tn', 'trn', 'k', 'm', 'b', 'tr',
].sort((a, b) => b.length - a.length).join('|');

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, 'hundred thousand': 1e5,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, millones: 1e6, 'millón': 1e6, millionen: 1e6,
  milioni: 1e6, milione: 1e6, 'milhões': 1e6, 'milhão': 1e6, miljoen: 1e6,
  billion: 1e9, billions: 1e9, b: 1e9, bn: 1e9, bln: 1e9, 'mil millones': 1e9, milliard: 1e9, milliards: 1e9,
  milliarde: 1e9, milliarden: 1e9, mrd: 1e9, miliardi: 1e9, miliardo: 1e9, 'bilhões': 1e9, 'bilhão': 1e9, miljard: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, billones: 1e12,
  'lakh crore': 1e12, 'lakh crores': 1e12, mil: 1e3, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5,
};

/** A scale word as the tables spell it: lower case, no final dot, single spaces ("Mrd." → "mrd"). */
const scaleKey = (word: string): string => word.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');

/** The multiplier for a scale word or suffix ("bn" → 1e9); 1 when unknown or absent. */
export function scaleValue(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[scaleKey(word)] ?? 1;
}

/** Scale words only continental writers use: with them "3.500" is three thousand five hundred. */
const CONTINENTAL_SCALES = new Set([
  'millones', 'mil millones', 'millón', 'billones', 'millionen', 'milliarden', 'milliarde', 'mio', 'mrd', 'miliardi', 'miliardo',
  'milioni', 'milione', 'milhões', 'milhão', 'bilhões', 'bilhão', 'miljoen', 'miljard', 'milliard', 'milliards',
]);

/** Whether a scale word marks continental number writing ("3.500 millones"). */
export function isContinentalScale(word: string | undefined): boolean {
  return !!word && CONTINENTAL_SCALES.has(scaleKey(word));
}

/**
 * Reads a number; with `continental` a lone dot before exactly three digits is grouping
 * ("3.500 millones de euros" = 3,500 million), which English-first reading would take as 3.5.
 */
export function parseNumberIn(raw: string, continental: boolean): number {
  if (continental && /^\d{1,3}\.\d{3}$/.test(raw)) return Number(raw.replace('.', ''));
  return parseNumber(raw);
}

/**
 * Reads a digit string with either English or continental separators.
 * "250,000" → 250000, "4.4" → 4.4, "1.234.567" → 1234567, "3,5" → 3.5, "1,234.5" → 1234.5.
 * A single separator followed by exactly three digits is read as grouping when it is a comma
 * ("4,400" → 4400) and as a decimal point when it is a dot ("4.400" → 4.4): English first.
 */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\u00a0\u202f ]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    normalized = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const groups = s.split(',');
    const grouping = groups.slice(1).every((g) => g.length === 3);
    normalized = grouping ? groups.join('') : s.replace(',', '.');
    if (!grouping && groups.length > 2) return NaN;
  } else if (lastDot >= 0) {
    const groups = s.split('.');
    normalized = groups.length > 2 ? groups.join('') : s;
  } else {
    normalized = s;
  }
  return Number(normalized);
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  half: 0.5, dozen: 12,
};

/** English number words of the kind news uses: "two", "twenty-five", "a million", "half a million". */
export const NUMBER_WORDS_SOURCE = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|half\sa|an?)(?:\s(?:hundred|thousand|million|billion|trillion))*`;

/** Value of a phrase matched by NUMBER_WORDS_SOURCE; NaN when not a number. */
export function parseNumberWords(phrase: string): number {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  let value = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      value += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (w.includes('-')) {
      const [tens, ones] = w.split('-');
      current += (UNITS[tens!] ?? NaN) + (UNITS[ones!] ?? NaN);
    } else if (w in UNITS) {
      if (w === 'a' && current === 0.5) continue; // "half a million"
      current += UNITS[w]!;
    } else return NaN;
  }
  return value + current;
}

/** NUMBER_WORDS_SOURCE that also accepts a capital first letter ("Two million"), for patterns without the i flag. */
export const NUMBER_WORDS_CAP_SOURCE = NUMBER_WORDS_SOURCE.replace(/(^|\||\(\?:)([a-z])/g, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);

const NUMBER_WORDS = new Lexicon<boolean>(
  [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
    'sixty', 'seventy', 'eighty', 'ninety', 'half',
  ].map((w) => [w, true]).concat([['a', false], ['an', false]]) as [string, boolean][],
  true,
);
const SCALE_WORDS = new Lexicon<boolean>(['hundred', 'thousand', 'million', 'billion', 'trillion'].map((w) => [w, true]), true);

/**
 * Starts of number words in a word index: "two", "twenty", "half", and "a"/"an" only when a
 * scale word follows ("a million"), since bare articles are everywhere.
 */
export function numberWordStarts(ix: WordIndex): number[] {
  const cached = numberWordCache.get(ix);
  if (cached) return cached;
  const out: number[] = [];
  for (let k = 0; k < ix.count; k++) {
    const v = NUMBER_WORDS.at(ix, k);
    if (v === true || (v === false && k + 1 < ix.count && SCALE_WORDS.at(ix, k + 1))) out.push(ix.starts[k]!);
  }
  numberWordCache.set(ix, out);
  return out;
}

/** Money and quantities read the same body: the number-word starts are found once per text. */
const numberWordCache = new WeakMap<WordIndex, number[]>();
