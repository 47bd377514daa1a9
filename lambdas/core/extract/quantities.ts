/**
 * Quantities: a number (digits or English number words, with an optional scale word) followed
 * by a unit — distances, masses, areas, volumes, temperatures, percentages, and counts of people
 * ("14,000 Soviet soldiers", "two million Afghans", "9.6 lakh passengers", "2m people"), and British
 * temperatures glued to their scale ("34C") near weather words. Units are normalised (km, mi, m, kg, t, %,
 * people, ha, l, °C, °F). Money (a currency sign before the number), years before a people noun,
 * dates and ordinals are not quantities: no unit follows them.
 */
import type { QuantityMention } from '#contracts/record.ts';
import { NUMBER_SOURCE, NUMBER_WORDS_CAP_SOURCE, NUMBER_WORDS_SOURCE, numberWordStarts, parseNumber, parseNumberWords, scaleValue } from '../text/numbers.ts';
import { digitStarts, matchesAt, mergePositions, wordIndex } from '../text/scan.ts';

const MAX_CHARS = 200_000;
const MAX_MENTIONS = 300;

/** Surface unit → normalised unit. Keys are lower case; longest forms are tried first. */
const UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometers: 'km', kilometres: 'km', kilometer: 'km', kilometre: 'km', kilómetros: 'km', kilomètres: 'km', kilometern: 'km', kilometri: 'km', quilômetros: 'km',
  'square metres': 'm²', 'square meters': 'm²', 'sq m': 'm²', m2: 'm²', 'm²': 'm²', 'square feet': 'ft²', 'sq ft': 'ft²',
  'square kilometers': 'km²', 'square kilometres': 'km²', 'sq km': 'km²', km2: 'km²', 'km²': 'km²', 'square miles': 'mi²', 'sq mi': 'mi²',
  mi: 'mi', miles: 'mi', mile: 'mi', millas: 'mi',
  m: 'm', meters: 'm', metres: 'm', meter: 'm', metre: 'm', metros: 'm', mètres: 'm', metern: 'm', metri: 'm',
  cm: 'cm', centimeters: 'cm', centimetres: 'cm', mm: 'mm', millimeters: 'mm', millimetres: 'mm',
  ft: 'ft', feet: 'ft', foot: 'ft', inches: 'in', inch: 'in', yards: 'yd', yard: 'yd', yd: 'yd', gallons: 'gal', gallon: 'gal',
  kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', kilogram: 'kg', kilos: 'kg', kilo: 'kg', kilogramos: 'kg', kilogramm: 'kg',
  g: 'g', grams: 'g', grammes: 'g', gram: 'g', lb: 'lb', lbs: 'lb',
  t: 't', tonnes: 't', tons: 't', tonne: 't', ton: 't', 'metric tons': 't', toneladas: 't', tonnen: 't',
  'percentage points': 'pp', 'percentage point': 'pp', 'basis points': 'bp', 'basis point': 'bp', bps: 'bp',
  '%': '%', percent: '%', 'per cent': '%', pct: '%', pc: '%', 'por ciento': '%', 'pour cent': '%', prozent: '%', 'per cento': '%', procent: '%', 'por cento': '%',
  hectares: 'ha', hectare: 'ha', ha: 'ha', hektar: 'ha', hectáreas: 'ha', acres: 'acre', acre: 'acre',
  liters: 'l', litres: 'l', liter: 'l', litre: 'l', litros: 'l', l: 'l', ml: 'ml', barrels: 'bbl', barrel: 'bbl', bpd: 'bbl/d',
  '°c': '°C', '° c': '°C', 'degrees celsius': '°C', 'degrees centigrade': '°C', 'grados centígrados': '°C', 'grad celsius': '°C',
  '°f': '°F', '° f': '°F', 'degrees fahrenheit': '°F', degrees: '°', degree: '°', '°': '°',
  'km/h': 'km/h', kph: 'km/h', mph: 'mph', mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh',
};
/** Nouns counted as people: the unit is "people". */
const PEOPLE = [
  'people', 'persons', 'person', 'residents', 'civilians', 'soldiers', 'troops', 'refugees', 'migrants', 'children',
  'women', 'men', 'workers', 'employees', 'students', 'patients', 'fighters', 'protesters', 'protestors', 'passengers',
  'victims', 'citizens', 'inhabitants', 'voters', 'prisoners', 'detainees', 'hostages', 'militants', 'officers',
  'personas', 'personnes', 'menschen', 'persone', 'pessoas', 'mensen', 'individuals', 'adults', 'babies', 'nurses',
  'doctors', 'teachers', 'members', 'visitors', 'tourists', 'fans', 'casualties', 'deaths', 'dead', 'injured',
  'asylum seekers', 'staff', 'families', 'households', 'homeowners', 'customers', 'users', 'subscribers', 'pilgrims',
  'survivors', 'supporters', 'demonstrators', 'evacuees', 'inmates', 'athletes', 'spectators', 'volunteers',
  'firefighters', 'villagers', 'farmers', 'miners', 'pupils', 'infants', 'girls', 'boys', 'settlers', 'recruits',
  'troopers', 'peacekeepers', 'immigrants', 'mourners', 'worshippers', 'shoppers', 'commuters', 'viewers', 'readers',
  'employés', 'habitants', 'personas', 'muertos', 'morts', 'heridos', 'blessés', 'trabajadores', 'soldats', 'soldados',
  'manifestants', 'manifestantes', 'demonstranten', 'einwohner', 'soldaten', 'flüchtlinge', 'refugiados', 'réfugiés', 'niños', 'enfants', 'kinder',
];
for (const p of PEOPLE) UNITS[p] = 'people';
/** Unit forms that are a single letter or could be a word: they must touch the number or follow one space, lower case as written. */
const CASE_SENSITIVE = new Set(['m', 't', 'g', 'l', 'ha', 'mi', 'ft', 'mw', 'gw', 'kw', 'pc']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT_SOURCE = Object.keys(UNITS).sort((a, b) => b.length - a.length).map((u) => escape(u).replace(/ /g, '\\s')).join('|');

/** Words allowed between a number and a people noun ("14,000 Soviet soldiers", "300 more civilians"). */
const PEOPLE_MODIFIERS = new Set([
  'more', 'other', 'foreign', 'local', 'innocent', 'armed', 'unarmed', 'young', 'old', 'elderly', 'civilian',
  'additional', 'displaced', 'injured', 'wounded', 'dead', 'missing', 'undocumented', 'new', 'former', 'active',
  'health', 'aid', 'rescue', 'security', 'police', 'army', 'military', 'government', 'of', 'the', 'their', 'de', 'di',
]);

/** Scale words after a number, in the languages of the people nouns ("100 millones de personas"). */
const COUNT_SCALES = 'thousand|millions|millones|million|billions|billion|trillion|mln|millionen|milioni|milhões|miljoen|milliards?|miliardi|lakh\\scrores?|crores?|lakhs?|lacs?';

const QUANTITY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₹₽.,])(?<!\p{L}-)(?:(${NUMBER_SOURCE})|(${NUMBER_WORDS_SOURCE}))(?:\s(${COUNT_SCALES})|(?<=\d)(m|bn|mn|k)(?=\s(?:${UNIT_SOURCE})(?![\p{L}\p{N}])))?(?:-|\s?)((?:[\p{L}'’]+\s){0,2}?)(${UNIT_SOURCE})(?![\p{L}\p{N}])`,
  'giuy',
);
/** Demonym plurals after a number count people: "two million Afghans", "300 Iraqis". */
const DEMONYM_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₹₽.,])(?:(${NUMBER_SOURCE})|(${NUMBER_WORDS_CAP_SOURCE}))(?:\s(thousand|million|billion))?\s(\p{Lu}\p{Ll}+(?:ans|ians|is|ese|ers))(?![\p{L}])`,
  'guy',
);
/** "seven million more" / "300 others": a count that borrows the unit of the people count just before it. */
const MORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₹₽.,])(?:(${NUMBER_SOURCE})|(${NUMBER_WORDS_SOURCE}))(?:\s(thousand|million|billion))?\s(?:more|others)(?![\p{L}\p{N}])`,
  'guy',
);
/** A temperature with the scale letter glued to the number: "34C", "31.2C", "95F". */
const GLUED_TEMPERATURE_RE = /(?<![\p{L}\p{N}.,$€£¥₹₽])(\d{1,3}(?:\.\d)?)([CF])(?![\p{L}\p{N}])/uy;
const WEATHER = /temperat|heat|hot|warm|cold|high|low|degree|thermomet|weather|forecast|chill|freez|frost|celsius|fahrenheit|summer|winter|record/i;
const CURRENCY_BEFORE = /(?:^|\P{L})(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|AUD|CAD|HKD|SGD|NZD|Rs\.?|Rp)\s?$/u;
const RATIO_BEFORE = /(?:\d|\b(?:one|One|a))\s(?:in|out\sof)\s$/;
/** A number word may be capitalised only as a sentence start ("Twenty-five people"), not shouted ("TWO"). */
const SENTENCE_START_NUMBER_WORD = /^\p{Lu}\P{Lu}*$/u;

/**
 * Quantities with units in order of appearance, de-duplicated by text.
 * @example extractQuantities('a border of 76 kilometers') // [{ text: '76 kilometers', value: 76, unit: 'km' }]
 */
export function extractQuantities(text: string): QuantityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const found: { at: number; end: number; q: QuantityMention }[] = [];
  // Only where a number starts: digits, or a number word.
  const ix = wordIndex(src);
  const starts = mergePositions(digitStarts(ix), numberWordStarts(ix));
  for (const m of matchesAt(QUANTITY_RE, src, starts)) {
    if (found.length >= MAX_MENTIONS) break;
    // A scale word after a space ("2 million"), or m/bn/k glued to the digits ("2m people").
    const scale = m[3] ?? m[4];
    const unitWritten = m[6]!;
    const unitKey = unitWritten.toLowerCase().replace(/\s+/g, ' ');
    const unit = UNITS[unitKey];
    if (!unit) continue;
    const modifiers = m[5]!.trim();
    if (modifiers) {
      // Only people nouns take words in between, and only adjectives or proper adjectives.
      if (unit !== 'people') continue;
      if (!modifiers.split(/\s+/).every((w) => PEOPLE_MODIFIERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) continue;
    }
    if (CASE_SENSITIVE.has(unitKey) && unitWritten !== unitKey) continue;
    // "5 m" needs digits: "one m" is not a measure; "a person" is not a quantity.
    if (m[2] !== undefined && (unitWritten.length <= 2 || /^an?$/i.test(m[2].trim())) && !scale) continue;
    if (m[2] !== undefined && /^an?$/i.test(m[2].trim()) && unit !== 'people') continue;
    if (m[2] !== undefined && m[2] !== m[2].toLowerCase() && !SENTENCE_START_NUMBER_WORD.test(m[2])) continue;
    // "1 in 3 people", "one in five children": a ratio, not a count.
    if (unit === 'people' && RATIO_BEFORE.test(src.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "USD 5m", "Rs 5m": an amount of money, not metres.
    if (CURRENCY_BEFORE.test(src.slice(Math.max(0, m.index - 5), m.index))) continue;
    const digits = m[1];
    // "in 2016 people…", "in 2021 t…": a year is not a head count or a one-letter measure.
    if (digits && !scale && /^(?:1[89]|20)\d\d$/.test(digits) && (unit === 'people' || unit === '°' || (CASE_SENSITIVE.has(unitKey) && unitKey.length === 1))) continue;
    let value = (digits !== undefined ? parseNumber(digits) : parseNumberWords(m[2]!)) * scaleValue(scale);
    // People are counted in whole numbers: "5.000 Menschen" is the continental 5,000, not 5.
    if (unit === 'people' && !scale && digits && /^\d{1,3}\.\d{3}$/.test(digits)) value = Number(digits.replace('.', ''));
    if (!Number.isFinite(value)) continue;
    // A minus sign right before a temperature belongs to it: "-5 °C" (the lookbehind kept it out of the match).
    const temperature = unit === '°C' || unit === '°F' || unit === '°';
    const negative = temperature && m.index > 0 && /[-−]/.test(src[m.index - 1]!) && !/[\p{L}\p{N}]/u.test(src[m.index - 2] ?? ' ');
    // "minus 5 degrees": the word is the sign, and part of the mention.
    const minus = !negative && temperature && /(?:^|[^\p{L}])minus\s$/iu.test(src.slice(Math.max(0, m.index - 7), m.index));
    if (negative || minus) value = -value;
    const at = negative ? m.index - 1 : minus ? m.index - 6 : m.index;
    found.push({ at, end: m.index + m[0].length, q: { text: src.slice(at, m.index + m[0].length), value: round(value), unit } });
  }
  for (const m of matchesAt(DEMONYM_RE, src, starts)) {
    if (found.length >= MAX_MENTIONS) break;
    if (found.some((f) => m.index < f.end && f.at < m.index + m[0].length)) continue;
    if (m[2] !== undefined && /^an?$/i.test(m[2].trim())) continue;
    if (m[1] && !m[3] && /^(?:1[89]|20)\d\d$/.test(m[1])) continue;
    const value = (m[1] !== undefined ? parseNumber(m[1]) : parseNumberWords(m[2]!)) * scaleValue(m[3]);
    if (!Number.isFinite(value)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, q: { text: m[0], value: round(value), unit: 'people' } });
  }
  // British style temperatures: "34C", "31.2C", "-5C", "95F" (the letter glued to the digits).
  for (const m of matchesAt(GLUED_TEMPERATURE_RE, src, starts)) {
    if (found.length >= MAX_MENTIONS) break;
    if (found.some((f) => m.index < f.end && f.at < m.index + m[0].length)) continue;
    let value = parseNumber(m[1]!);
    if (!Number.isFinite(value) || value > (m[2] === 'C' ? 60 : 140)) continue;
    // "Group 4C" is no temperature: weather words must stand nearby.
    if (!WEATHER.test(src.slice(Math.max(0, m.index - 80), Math.min(src.length, m.index + 60)))) continue;
    const negative = m.index > 0 && /[-−]/.test(src[m.index - 1]!) && !/[\p{L}\p{N}]/u.test(src[m.index - 2] ?? ' ');
    if (negative) value = -value;
    const at = negative ? m.index - 1 : m.index;
    found.push({ at, end: m.index + m[0].length, q: { text: src.slice(at, m.index + m[0].length), value, unit: m[2] === 'C' ? '°C' : '°F' } });
  }
  found.sort((a, b) => a.at - b.at);
  addFollowOnCounts(src, starts, found);
  const seen = new Set<string>();
  const out: QuantityMention[] = [];
  for (const f of found) {
    if (seen.has(f.q.text)) continue;
    seen.add(f.q.text);
    out.push(f.q);
  }
  return out;
}

/**
 * "killed two million Afghans, forced seven million more from their homes": a number followed by
 * "more"/"others" counts people when a people count comes shortly before it in the same sentence.
 */
function addFollowOnCounts(src: string, starts: number[], found: { at: number; end: number; q: QuantityMention }[]): void {
  const added: typeof found = [];
  for (const m of matchesAt(MORE_RE, src, starts)) {
    if (found.length + added.length >= MAX_MENTIONS) break;
    if (m[2] !== undefined && (/^an?$/i.test(m[2].trim()) || (m[2] !== m[2].toLowerCase() && !SENTENCE_START_NUMBER_WORD.test(m[2])))) continue;
    let prev: (typeof found)[number] | undefined;
    for (const f of found) if (f.end <= m.index) prev = f;
    if (!prev || prev.q.unit !== 'people' || m.index - prev.end > 120) continue;
    if (/[.!?;]/.test(src.slice(prev.end, m.index))) continue;
    const value = (m[1] !== undefined ? parseNumber(m[1]) : parseNumberWords(m[2]!)) * scaleValue(m[3]);
    if (!Number.isFinite(value)) continue;
    added.push({ at: m.index, end: m.index + m[0].length, q: { text: m[0], value: round(value), unit: 'people' } });
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.at - b.at);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
