/**
 * Date expressions and their ISO values.
 *
 * Absolute forms: ISO dates, "August 16, 2021", "Aug. 16", "16 August 2021", "16 de agosto de
 * 2021", "16. August", "the sixth of June", "March 2020", years ("in 2016"), seasons ("2019-20", value
 * its first year) and decades ("the 1980s", "the ’90s"). A weekday beside its date ("Friday, March 13")
 * takes that date.
 * Anchored forms, resolved against publishedAt: weekdays ("on Monday" → the Monday on or before
 * the publication date, or on or after it when the clause is in the future tense), bare months
 * ("in March"), and relative phrases ("yesterday", "last month", "next week", "two years ago").
 *
 * Values use the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY. Choices:
 * - a decade ("the 1980s", "the early 1990s") has the value of its first year ("1980");
 * - a week ("last week", "next week", "this week") has the value of that week's Monday;
 * - a date without a year, or any anchored form without a publishedAt, has value null;
 * - vague spans ("a few years ago", "recent years") are not reported.
 * The text of a mention is the date expression itself, without the preposition ("on", "in").
 */
import type { DateMention } from '#contracts/record.ts';
import { Lexicon, digitStarts, matchesAt, mergePositions, wordIndex, type WordIndex } from '../text/scan.ts';

const MAX_CHARS = 200_000;
const MAX_MENTIONS = 300;

const MONTH_NAMES: Record<string, number> = Object.create(null) as Record<string, number>;
const addMonths = (names: string[]): void => names.forEach((n, i) => (MONTH_NAMES[n] = i + 1));
addMonths(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
addMonths(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
addMonths(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']);
addMonths(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']);
addMonths(['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']);
addMonths(['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro']);
addMonths(['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']);
MONTH_NAMES['Sept'] = 9;
/** Month names written short with a full stop ("Aug."); any other month name before a full stop ends a sentence. */
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
MONTH_NAMES['setiembre'] = 9;

const MONTH = Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Weekday names (Sunday = 0) in English, Spanish, French, German and Italian. */
const WEEKDAY_INDEX = new Map<string, number>();
for (const names of [
  WEEKDAYS,
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
]) names.forEach((n, i) => WEEKDAY_INDEX.set(n, i));

const ISO_RE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]{2,12}(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/y;
/**
 * All-digit dates: "12.03.2024" (day first, as in German and most of Europe), "2024/03/12", and
 * "3/12/2024" only when one side cannot be a month (US and European orders look alike otherwise).
 */
const NUMERIC_RE = /(?<![\d./-])(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})\/(\d{1,2})\/(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/]|\.\d)/y;
const MONTH_DAY_RE = new RegExp(String.raw`(?<![\p{L}])(${MONTH})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?(?![\p{L}\d])`, 'guy');
const DAY_MONTH_RE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s(?:de\s|of\s)?(${MONTH})\.?(?:,?\s(?:de\s|del\s)?(\d{4}))?(?![\p{L}\d])`, 'guy');
const MONTH_YEAR_RE = new RegExp(String.raw`(?<![\p{L}])(${MONTH})\.?,?\s(?:de\s|of\s)?(\d{4})(?![\p{L}\d])`, 'guy');
/** A month alone needs a lead-in word, so "May" the verb and "March" the walk are not dates. */
const MONTH_ALONE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(in|In|since|Since|by|until|from|early|late|mid-|of|during|through|en|In|im|Im|ab|depuis|desde|em|a|in|last|next|this|Last|Next|This)\s?)(${MONTH})(?![\p{L}\d])`,
  'guy',
);
const WEEKDAY_RE = new RegExp(String.raw`(?<![\p{L}])(?:(last|next|this|Last|Next|This)\s)?(${[...WEEKDAY_INDEX.keys()].join('|')})(?![\p{L}])`, 'guy');
const DECADE_RE = /(?<![\p{L}\d])(?:([Tt]he)\s)?(?:(early|mid|late)[-\s])?((?:1[5-9]|20)\d0)['’]?s(?![\p{L}\d])/guy;
const SHORT_DECADE_RE = /(?<![\d.,])(\d0)s(?![\p{L}\d])/uy;
/** "the sixth of June": an ordinal day in words before "of" and a month. */
const ORDINAL_DAY_BEFORE = /(?:^|[^\p{L}-])(?:the\s)?((?:twenty|thirty)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\s$/iu;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const YEAR_RE = /(?<![\p{L}\d$€£¥.,:/])(?<!(?<!mid)-)(1[5-9]\d\d|20\d\d)(?![\d%.,:/-]?\d|\s?%|\s?(?:km|kilomet|mile|people|persons|tonnes|tons|kg|metres|meters|hectares|dollars|euros|troops|soldiers)|['’]?s(?!\p{L}))/guy;
/** Words after which a bare four-digit number is a year. */
const YEAR_LEAD = /(?:^|[\s(])(?:in|since|by|until|till|from|of|before|after|during|to|through|between|and|or|year|early|late|mid|the|circa|fiscal|spring|summer|autumn|fall|winter|his|her|its|their|en|desde|depuis|seit|im|em|nel|del|de|[ày]|et|e|und)\s$/iu;
const RELATIVE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|ayer|gestern|ieri|ontem|hoy|aujourd'hui|heute|oggi|hoje)|(?:(earlier|later)\s)?(last|next|this|past|coming)\s(week|month|year|weekend|night|morning|afternoon|evening)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s(days?|weeks?|months?|years?|decades?)\s(ago|from now))(?![\p{L}])`,
  'giuy',
);
const FUTURE = /\b(?:will|'ll|’ll|shall|scheduled|set to|due to|plans? to|planned|expected to|going to|to be held|upcoming|would|expects?|forecasts?|predicts?|aims? to|hopes? to|intends? to|promises? to|vows? to)\b/;
/** A season or fiscal year written as two years ("2019-20", "2023/24"): the value is its first year. */
const SEASON_RE = /(?<![\p{L}\d$€£¥.,:/-])((?:19|20)\d\d)[-–/](\d\d)(?![\d%.,:/-]?\d|\s?%|[-–/])/guy;

const NUMBER_WORD: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (t: Day): string => `${String(t.y).padStart(4, '0')}-${pad(t.m)}-${pad(t.d)}`;
const ym = (y: number, m: number): string => `${String(y).padStart(4, '0')}-${pad(m)}`;

function fromUtc(ms: number): Day {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const toUtc = (t: Day): number => Date.UTC(t.y, t.m - 1, t.d);
const addDays = (t: Day, n: number): Day => fromUtc(toUtc(t) + n * 86_400_000);
function addMonthsTo(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** The calendar day of publication as written (its own time zone), or null. */
function anchorOf(publishedAt: string | null): Day | null {
  if (typeof publishedAt !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (m) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return validDay(day) ? day : null;
  }
  const ms = Date.parse(publishedAt);
  return Number.isFinite(ms) ? fromUtc(ms) : null;
}

function validDay(t: Day): boolean {
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > 31) return false;
  const back = fromUtc(toUtc(t));
  return back.y === t.y && back.m === t.m && back.d === t.d;
}

/** True when the clause before position `at` speaks of the future ("will meet … on Tuesday"). */
function isFuture(text: string, at: number): boolean {
  let from = Math.max(0, at - 80);
  // The clause: back to the last sentence end, semicolon or comma.
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '.' || c === ';' || c === ',' || c === '\n' || c === '!' || c === '?') {
      from = i + 1;
      break;
    }
  }
  return FUTURE.test(text.slice(from, at));
}

/** The weekday on or before the anchor (past) or on or after it (future). */
function resolveWeekday(anchor: Day, weekday: number, modifier: string | undefined, future: boolean): Day {
  const current = new Date(toUtc(anchor)).getUTCDay();
  const mod = modifier?.toLowerCase();
  if (mod === 'next') return addDays(anchor, ((weekday - current + 7) % 7) || 7);
  if (mod === 'last') return addDays(anchor, -(((current - weekday + 7) % 7) || 7));
  if (mod === 'this' || future) return addDays(anchor, (weekday - current + 7) % 7);
  return addDays(anchor, -((current - weekday + 7) % 7));
}

const monday = (t: Day): Day => addDays(t, -((new Date(toUtc(t)).getUTCDay() + 6) % 7));

function resolveRelative(m: RegExpMatchArray, anchor: Day | null): string | null {
  if (!anchor) return null;
  const word = m[1]?.toLowerCase();
  if (word) {
    if (word === 'the day before yesterday') return ymd(addDays(anchor, -2));
    if (word === 'the day after tomorrow') return ymd(addDays(anchor, 2));
    // (French "hier" is left out: in German it means "here".)
    if (['yesterday', 'ayer', 'gestern', 'ieri', 'ontem'].includes(word)) return ymd(addDays(anchor, -1));
    if (word === 'tomorrow') return ymd(addDays(anchor, 1));
    return ymd(anchor);
  }
  if (m[3]) {
    const which = m[3].toLowerCase();
    const unit = m[4]!.toLowerCase();
    const step = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
    if (unit === 'week' || unit === 'weekend') return ymd(addDays(monday(anchor), step * 7 + (unit === 'weekend' ? 5 : 0)));
    if (unit === 'month') {
      const [y, mo] = addMonthsTo(anchor.y, anchor.m, step);
      return ym(y, mo);
    }
    if (unit === 'year') return String(anchor.y + step);
    // last night, this morning, …: the day itself (last night is the evening before).
    return ymd(which === 'last' && unit === 'night' ? addDays(anchor, -1) : anchor);
  }
  const count = NUMBER_WORD[m[5]!.toLowerCase()] ?? Number(m[5]);
  if (!Number.isFinite(count)) return null;
  const unit = m[6]!.toLowerCase().replace(/s$/, '');
  const sign = /ago/i.test(m[7]!) ? -1 : 1;
  const n = sign * count;
  if (unit === 'day') return ymd(addDays(anchor, n));
  if (unit === 'week') return ymd(addDays(anchor, 7 * n));
  if (unit === 'month') {
    const [y, mo] = addMonthsTo(anchor.y, anchor.m, n);
    return ym(y, mo);
  }
  return String(anchor.y + (unit === 'decade' ? 10 * n : n));
}

/**
 * Relative phrases in Spanish, French and German: "el mes pasado", "la semana próxima",
 * "hace dos años", "l'année dernière", "il y a trois jours", "letzte Woche", "vor zwei Jahren".
 */
const FOREIGN_RELATIVE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ll]['’]|[Oo]|[Ii]l)\s?(mes|semana|año|mois|semaine|année|an|ano|mês|anno|settimana|mese)\s(pasado|pasada|próximo|próxima|dernier|dernière|prochain|prochaine|passé|passée|passado|passada|scorso|scorsa|prossimo|prossima)|([Ll]etzte[nr]?|[Nn]ächste[nr]?|[Vv]ergangene[nr]?|[Kk]ommende[nr]?|[Ii]m\svergangenen|[Ii]m\snächsten)\s(Woche|Monat|Jahr)|([Hh]ace|[Ii]l\sy\sa|[Vv]or|[Hh]á)\s(\d{1,3}|un|una|une|um|uma|einem|einer|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|dois|duas|três|quatro|zwei|drei|vier|fünf)\s(días|semanas|meses|años|jours|semaines|mois|ans|années|Tagen|Wochen|Monaten|Jahren|dias|anos))(?![\p{L}])`,
  'guy',
);
const FOREIGN_LEADS = new Set(['el', 'la', 'le', 'l', 'o', 'il', 'hace', 'há', 'vor', 'im', 'letzte', 'letzten', 'letzter', 'nächste', 'nächsten', 'nächster', 'vergangene', 'vergangenen', 'vergangener', 'kommende', 'kommenden', 'kommender']);
const FOREIGN_COUNTS: Record<string, number> = {
  un: 1, una: 1, une: 1, um: 1, uma: 1, einem: 1, einer: 1, dos: 2, deux: 2, zwei: 2, dois: 2, duas: 2, tres: 3, trois: 3, drei: 3, três: 3,
  cuatro: 4, quatre: 4, vier: 4, quatro: 4, cinco: 5, cinq: 5, fünf: 5,
};
const FOREIGN_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  mes: 'month', meses: 'month', mois: 'month', Monat: 'month', Monaten: 'month', semana: 'week', semanas: 'week', semaine: 'week',
  semaines: 'week', Woche: 'week', Wochen: 'week', año: 'year', años: 'year', année: 'year', années: 'year', an: 'year', ans: 'year',
  Jahr: 'year', Jahren: 'year', días: 'day', jours: 'day', Tagen: 'day', dias: 'day', anos: 'year', ano: 'year', mês: 'month',
  anno: 'year', settimana: 'week', mese: 'month',
};

function shift(anchor: Day, unit: 'day' | 'week' | 'month' | 'year', n: number, calendarWeek: boolean): string {
  if (unit === 'day') return ymd(addDays(anchor, n));
  if (unit === 'week') return ymd(calendarWeek ? addDays(monday(anchor), 7 * n) : addDays(anchor, 7 * n));
  if (unit === 'month') {
    const [y, mo] = addMonthsTo(anchor.y, anchor.m, n);
    return ym(y, mo);
  }
  return String(anchor.y + n);
}

function resolveForeign(m: RegExpMatchArray, anchor: Day | null): string | null {
  if (!anchor) return null;
  if (m[1]) return shift(anchor, FOREIGN_UNITS[m[1]]!, /^(?:pas|dern|scors)/.test(m[2]!) ? -1 : 1, true);
  if (m[3]) return shift(anchor, FOREIGN_UNITS[m[4]!]!, /^(?:letzt|vergang|im\svergang)/i.test(m[3]) ? -1 : 1, true);
  const count = FOREIGN_COUNTS[m[6]!] ?? Number(m[6]);
  return Number.isFinite(count) ? shift(anchor, FOREIGN_UNITS[m[7]!]!, -count, false) : null;
}

/** A day-and-month without a year: the year that puts it nearest the anchor, per tense. */
function yearFor(anchor: Day | null, month: number, day: number, future: boolean): number | null {
  if (!anchor) return null;
  const cand = { y: anchor.y, m: month, d: day };
  const diffDays = (toUtc(cand) - toUtc(anchor)) / 86_400_000;
  if (!future && diffDays > 183) return anchor.y - 1;
  if (future && diffDays < -183) return anchor.y + 1;
  return anchor.y;
}

const MONTH_SET = new Set(Object.keys(MONTH_NAMES));
const DECADE_LEADS = new Set(['the', 'The', 'early', 'mid', 'late']);
const WEEKDAY_LEADS = new Set([...WEEKDAY_INDEX.keys(), 'last', 'next', 'this', 'Last', 'Next', 'This']);
const RELATIVE_LEADS = new Set([
  'the', 'yesterday', 'today', 'tomorrow', 'tonight', 'ayer', 'gestern', 'ieri', 'ontem', 'hoy', 'aujourd', 'heute',
  'oggi', 'hoje', 'earlier', 'later', 'last', 'next', 'this', 'past', 'coming', ...Object.keys(NUMBER_WORD),
]);

/** Starts of tokens whose text passes `test`. */

/** Trigger kinds, as bits, so one pass over the tokens sorts every candidate start. */
const MONTH_BIT = 1;
const DECADE_BIT = 2;
const RELATIVE_BIT = 4;
const FOREIGN_BIT = 8;
const WEEKDAY_BIT = 16;
/** Trigger bits by token as written (case-sensitive sets) and lower-cased (case-insensitive sets). */
const TRIGGERS_AS_WRITTEN = new Lexicon<number>([]);
const TRIGGERS_LOWER = new Lexicon<number>([], true);
const addBits = (lex: Lexicon<number>, words: Iterable<string>, bit: number): void => {
  for (const w of words) lex.add(w, (lex.get(w) ?? 0) | bit);
};
addBits(TRIGGERS_AS_WRITTEN, MONTH_SET, MONTH_BIT);
addBits(TRIGGERS_AS_WRITTEN, DECADE_LEADS, DECADE_BIT);
addBits(TRIGGERS_AS_WRITTEN, WEEKDAY_LEADS, WEEKDAY_BIT);
addBits(TRIGGERS_LOWER, RELATIVE_LEADS, RELATIVE_BIT);
addBits(TRIGGERS_LOWER, FOREIGN_LEADS, FOREIGN_BIT);

interface Triggers {
  months: number[];
  beforeMonths: number[];
  decades: number[];
  relative: number[];
  foreign: number[];
  weekdays: number[];
}

/** Candidate starts for every date pattern, by one pass over the word tokens. */
function triggers(ix: WordIndex): Triggers {
  const t: Triggers = { months: [], beforeMonths: [], decades: [], relative: [], foreign: [], weekdays: [] };
  for (let k = 0; k < ix.count; k++) {
    const bits = (TRIGGERS_AS_WRITTEN.at(ix, k) ?? 0) | (TRIGGERS_LOWER.at(ix, k) ?? 0);
    if (bits === 0) continue;
    const at = ix.starts[k]!;
    if (bits & MONTH_BIT) {
      t.months.push(at);
      if (k > 0) t.beforeMonths.push(ix.starts[k - 1]!);
    }
    if (bits & DECADE_BIT) t.decades.push(at);
    if (bits & RELATIVE_BIT) t.relative.push(at);
    if (bits & FOREIGN_BIT) t.foreign.push(at);
    if (bits & WEEKDAY_BIT) t.weekdays.push(at);
  }
  return t;
}


interface Hit {
  /** Set on weekday mentions: the weekday (Sunday = 0). */
  weekday?: { day: number };
  at: number;
  end: number;
  text: string;
  value: string | null;
}

/**
 * Date mentions in order of appearance, de-duplicated by text and value.
 * @example extractDates('They met on Monday, last month.', '2021-08-16T09:00:00Z')
 *   // [{ text: 'Monday', value: '2021-08-16' }, { text: 'last month', value: '2021-07' }]
 */
export function extractDates(text: string, publishedAt: string | null): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findDates(text, publishedAt);
  } catch {
    return []; // a defect here must not lose the article
  }
}

function findDates(text: string, publishedAt: string | null): DateMention[] {
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const anchor = anchorOf(publishedAt);
  const hits: Hit[] = [];
  const taken = (at: number, end: number): boolean => hits.some((h) => at < h.end && h.at < end);
  const add = (at: number, end: number, value: string | null): void => {
    if (hits.length < MAX_MENTIONS * 2 && !taken(at, end)) hits.push({ at, end, text: src.slice(at, end), value });
  };

  const ix = wordIndex(src);
  const digits = digitStarts(ix);
  const trig = triggers(ix);
  const months = trig.months;
  for (const m of matchesAt(ISO_RE, src, digits)) {
    const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    if (validDay(day)) add(m.index, m.index + m[0].length, ymd(day));
  }
  for (const m of matchesAt(NUMERIC_RE, src, digits)) {
    let day: Day | null = null;
    if (m[1]) day = { y: +m[3]!, m: +m[2]!, d: +m[1] };
    else if (m[4]) day = { y: +m[4], m: +m[5]!, d: +m[6]! };
    else {
      const a = +m[7]!;
      const b = +m[8]!;
      if (a > 12 && b <= 12) day = { y: +m[9]!, m: b, d: a };
      else if (b > 12 && a <= 12) day = { y: +m[9]!, m: a, d: b };
    }
    if (day && day.y >= 1900 && day.y <= 2100 && validDay(day)) add(m.index, m.index + m[0].length, ymd(day));
  }
  for (const re of [MONTH_DAY_RE, DAY_MONTH_RE]) {
    const monthFirst = re === MONTH_DAY_RE;
    for (const m of matchesAt(re, src, monthFirst ? months : digits)) {
      const month = MONTH_NAMES[monthFirst ? m[1]! : m[2]!]!;
      const d = +(monthFirst ? m[2]! : m[1]!);
      const y = m[3] ? +m[3] : yearFor(anchor, month, d, isFuture(src, m.index));
      const day = { y: y ?? 2000, m: month, d };
      if (!validDay(day)) continue;
      // "May 5" needs the capital: "may 5" is the verb before a number.
      // "25 aprile." — the period after a full month name ends the sentence; "Aug." keeps its dot.
      const monthName = monthFirst ? m[1]! : m[2]!;
      const trim = !monthFirst && !m[3] && !MONTH_ABBREVIATIONS.has(monthName) && m[0].endsWith('.') ? 1 : 0;
      add(m.index, m.index + m[0].length - trim, y === null ? null : ymd(day));
    }
  }
  for (const m of matchesAt(MONTH_YEAR_RE, src, months)) add(m.index, m.index + m[0].length, ym(+m[2]!, MONTH_NAMES[m[1]!]!));
  for (const m of matchesAt(DECADE_RE, src, mergePositions(digits, trig.decades))) add(m.index, m.index + m[0].length, m[3]!);
  // "the ’90s", "the 80s": a two-digit decade, in the century that puts it before publication.
  for (const m of matchesAt(SHORT_DECADE_RE, src, digits)) {
    const before = src.slice(Math.max(0, m.index - 5), m.index);
    const apostrophe = /[‘’']$/.test(before);
    const the = /(?:^|\P{L})[Tt]he\s[‘’']?$/u.test(before);
    if (!apostrophe && !the) continue;
    // "highs in the 80s" are temperatures, "scores in the 90s" marks.
    if (!apostrophe && /temperat|degree|high|low|heat|warm|cool|cold|score|mark|percent|mph|°/i.test(src.slice(Math.max(0, m.index - 40), m.index))) continue;
    const d = +m[1]!;
    const century = anchor && 2000 + d <= anchor.y ? 2000 : 1900;
    const at = the ? m.index - (apostrophe ? 5 : 4) : m.index - 1;
    add(at, m.index + m[0].length, String(century + d));
  }
  for (const m of matchesAt(RELATIVE_RE, src, mergePositions(digits, trig.relative))) {
    if (m[5] !== undefined && /^(?:a|an)$/i.test(m[5]) && !/ago/i.test(m[7]!)) continue;
    add(m.index, m.index + m[0].length, resolveRelative(m, anchor));
  }
  for (const m of matchesAt(FOREIGN_RELATIVE_RE, src, trig.foreign)) {
    add(m.index, m.index + m[0].length, resolveForeign(m, anchor));
  }
  for (const m of matchesAt(WEEKDAY_RE, src, trig.weekdays)) {
    const start = m[1] ? m.index : m.index + m[0].length - m[2]!.length;
    const value = anchor ? ymd(resolveWeekday(anchor, WEEKDAY_INDEX.get(m[2]!)!, m[1], isFuture(src, m.index))) : null;
    const n = hits.length;
    add(start, m.index + m[0].length, value);
    if (hits.length > n) hits[n]!.weekday = { day: WEEKDAY_INDEX.get(m[2]!)! };
  }
  for (const m of matchesAt(MONTH_ALONE_RE, src, trig.beforeMonths)) {
    const lead = m[1]!.toLowerCase();
    const month = MONTH_NAMES[m[2]!]!;
    // English month names are capitalised; a lower-case "may"/"march" here is not a month.
    if (/^[a-z]/.test(m[2]!) && /^(?:may|march)$/i.test(m[2]!)) continue;
    if (lead === 'of') {
      // "the sixth of June" is a day.
      const before = src.slice(Math.max(0, m.index - 30), m.index);
      const o = ORDINAL_DAY_BEFORE.exec(before);
      if (o) {
        const word = o[2]!.toLowerCase();
        const d = (o[1] ? (o[1].toLowerCase().startsWith('twenty') ? 20 : 30) : 0) + (word === 'thirtieth' ? 30 : ORDINALS.indexOf(word) + 1);
        const y = yearFor(anchor, month, d, isFuture(src, m.index));
        const day = { y: y ?? 2000, m: month, d };
        const start = m.index - before.length + o.index + (/^\P{L}/u.test(o[0]) ? 1 : 0);
        if (validDay(day)) {
          add(start, m.index + m[0].length, y === null ? null : ymd(day));
          continue;
        }
      }
    }
    const keepLead = lead === 'last' || lead === 'next' || lead === 'this';
    const start = keepLead ? m.index : m.index + m[0].length - m[2]!.length;
    let value: string | null = null;
    if (anchor) {
      const future = lead === 'next' || (lead !== 'last' && isFuture(src, m.index));
      let y = anchor.y;
      if (lead === 'last' ? month >= anchor.m : !future && lead !== 'this' && month > anchor.m) y--;
      if ((future && month < anchor.m) || (lead === 'next' && month <= anchor.m)) y++;
      value = ym(y, month);
    }
    add(start, m.index + m[0].length, value);
  }
  for (const m of matchesAt(SEASON_RE, src, digits)) {
    if ((+m[1]! + 1) % 100 === +m[2]!) add(m.index, m.index + m[0].length, m[1]!);
  }
  for (const m of matchesAt(YEAR_RE, src, digits)) {
    const before = src.slice(Math.max(0, m.index - 12), m.index);
    if (!YEAR_LEAD.test(before) && !/(?:^|[.!?]\s|\(|\bmid-)$/.test(before) && m.index !== 0) continue;
    add(m.index, m.index + 4, m[1]!);
  }

  hits.sort((a, b) => a.at - b.at);
  // "on Friday, March 13": the weekday is the date written beside it.
  for (let k = 0; k + 1 < hits.length; k++) {
    const h = hits[k]!;
    const next = hits[k + 1]!;
    if (!h.weekday || next.value === null || next.value.length !== 10 || next.at - h.end > 2 || !/^,?\s?$/.test(src.slice(h.end, next.at))) continue;
    if (new Date(`${next.value}T00:00:00Z`).getUTCDay() === h.weekday.day) h.value = next.value;
  }
  const seen = new Set<string>();
  const out: DateMention[] = [];
  for (const h of hits) {
    const key = `${h.text}\u0000${h.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: h.text, value: h.value });
    if (out.length >= MAX_MENTIONS) break;
  }
  return out;
}
