/**
 * Money amounts: a currency symbol or code before a number ("$ 4.4 million", "US$5", "€3bn",
 * "Rs 500 crore", "EUR 20"), or a number followed by a currency word or code ("1.2 trillion yen",
 * "5 million dollars", "20 EUR", "7 euro cents"), or British pence ("40p"). Amounts are scaled to
 * units; currencies are ISO 4217.
 * One left-to-right regex per form; the prefix form is matched first and its spans are
 * excluded from the suffix form, so nothing is counted twice.
 */
import type { MoneyMention } from '#contracts/record.ts';
import { NUMBER_SOURCE, NUMBER_WORDS_SOURCE, SCALE_SOURCE, isContinentalScale, numberWordStarts, parseNumber, parseNumberIn, parseNumberWords, scaleValue } from '../text/numbers.ts';
import { Lexicon, charPositions, digitStarts, matchesAt, mergePositions, wordIndex } from '../text/scan.ts';

/** Bounds on pathological input: money is scanned in the first MAX_CHARS and at most MAX_MENTIONS kept. */
const MAX_CHARS = 200_000;
const MAX_MENTIONS = 200;

/** Symbols and codes written before the amount. Longest first so "US$" wins over "$". */
const PREFIXES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'USD$': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'CAN$': 'CAD',
  'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', 'NT$': 'TWD', $: 'USD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH',
  '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', 'zł': 'PLN', 'Fr.': 'CHF',
};
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'INR', 'RUB', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'BRL', 'MXN',
  'KRW', 'TRY', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'AED', 'SAR', 'ILS', 'UAH', 'PKR', 'EGP', 'NGN', 'IDR', 'THB',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_SOURCE = [...Object.keys(PREFIXES), ...ISO_CODES].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Characters that begin a sign prefix. */
const SIGN_CHARS = new RegExp(`[${[...new Set(Object.keys(PREFIXES).filter((k) => !/^[A-Z.]+$/i.test(k)).map((k) => k[k.length - 1]!))].map((c) => (c === '$' ? '\\$' : c)).join('')}]`, 'g');
/** Letter prefixes (codes and abbreviations), as written, that can begin a prefix match. */
const PREFIX_WORDS = new Lexicon<boolean>(
  [...Object.keys(PREFIXES), ...ISO_CODES].map((k) => /^[A-Za-zł]*/u.exec(k)![0]).filter((k) => k.length >= 2).map((k) => [k, true]),
);

/** Currency words written after the amount; a nationality before "dollars"/"pesos"/"francs" picks the code. */
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  'pounds sterling': 'GBP', sterling: 'GBP', won: 'KRW', reais: 'BRL', rand: 'ZAR', dirhams: 'AED',
  riyals: 'SAR', shekels: 'ILS', hryvnias: 'UAH', hryvnia: 'UAH', zlotys: 'PLN', zloty: 'PLN', lira: 'TRY',
  liras: 'TRY', naira: 'NGN', rupiah: 'IDR', baht: 'THB', pesos: 'MXN', francs: 'CHF', kronor: 'SEK',
  dólares: 'USD', dólar: 'USD', dollari: 'USD', 'dollars américains': 'USD', rublos: 'RUB', rubli: 'RUB',
  Euro: 'EUR', Dollar: 'USD', '€': 'EUR', '£': 'GBP', $: 'USD', '₽': 'RUB', '₹': 'INR', '¥': 'JPY', Rubel: 'RUB', yuanes: 'CNY', libras: 'GBP', sterline: 'GBP',
};
/** Words that only mean money with a nationality or a scale word in front ("won" is also a verb). */
const NEEDS_CONTEXT = new Set(['won', 'rand', 'pesos', 'francs', 'lira', 'liras', 'real', 'reais']);
const NATIONALITY: Record<string, Record<string, string>> = {
  dollars: {
    australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD',
    taiwanese: 'TWD', zimbabwean: 'ZWL', us: 'USD', 'u.s.': 'USD', american: 'USD',
  },
  pesos: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP' },
  francs: { swiss: 'CHF', cfa: 'XOF', congolese: 'CDF' },
  rupees: { pakistani: 'PKR', indian: 'INR', 'sri lankan': 'LKR', nepalese: 'NPR' },
  won: { 'south korean': 'KRW', korean: 'KRW' },
  lira: { turkish: 'TRY' },
  rand: { 'south african': 'ZAR' },
};
const NATIONALITY_SOURCE = String.raw`U\.S\.|US|American|Australian|Canadian|Hong Kong|Singapore|New Zealand|Taiwan(?:ese)?|Zimbabwean|Mexican|Argentine|Argentinian|Chilean|Colombian|Philippine|Swiss|CFA|Congolese|Pakistani|Indian|Sri Lankan|Nepalese|South Korean|Korean|Turkish|South African`;
const WORD_SOURCE = [...Object.keys(WORDS), ...ISO_CODES].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Prefix form: currency, optional space, number, optional scale, and an optional redundant word ("$5 million dollars"). */
const PREFIX_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PREFIX_SOURCE})\s?(${NUMBER_SOURCE})(?:(?:\s?|-)(${SCALE_SOURCE})(?![\p{L}]))?(?:\s(?:US\s)?(?:dollars|euros|yuan|yen)(?![\p{L}]))?`,
  'giuy',
);
/** Suffix form: number (digits or words), optional scale, optional nationality, currency word or code. */
const SUFFIX_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(${NUMBER_SOURCE})|(${NUMBER_WORDS_SOURCE}))(?:\s?(${SCALE_SOURCE})(?![\p{L}]))?\s?(?:de\s|d['’])?(?:(${NATIONALITY_SOURCE})\s)?(${WORD_SOURCE})(?![\p{L}])`,
  'giuy',
);

/** Pence: up to three digits (and a decimal) glued to "p", or followed by "pence". */
const PENCE_RE = /(?<![\p{L}\p{N}.,$€£-])(\d{1,3}(?:\.\d{1,2})?)(p|\s?pence)(?![\p{L}\p{N}])/uy;
/** Video resolutions written like pence ("720p"). */
const VIDEO_LINES = new Set(['144', '240', '360', '480', '576', '720']);

/** After an unscaled amount, a range whose second number carries the scale: "$1-2 million", "$5 to $10 billion". */
const RANGE_TAIL_RE = new RegExp(
  String.raw`\s?(?:-|–|—|to|or|and)\s?(${PREFIX_SOURCE})?\s?(?:${NUMBER_SOURCE})\s?(${SCALE_SOURCE})(?![\p{L}])`,
  'iuy',
);

/** Tokens that are a currency code glued to the amount ("EUR20m", "USD5bn"): three capitals, then a digit. */
function gluedCodeStarts(src: string, ix: ReturnType<typeof wordIndex>): number[] {
  const out: number[] = [];
  const upper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
  for (let k = 0; k < ix.count; k++) {
    const s = ix.starts[k]!;
    if (ix.ends[k]! - s < 3) continue;
    const d = src.charCodeAt(s + 3);
    if (upper(src.charCodeAt(s)) && upper(src.charCodeAt(s + 1)) && upper(src.charCodeAt(s + 2)) && d >= 0x30 && d <= 0x39) out.push(s);
    // "Rs500": the rupee abbreviation glued to the amount.
    else if (src.startsWith('Rs', s) && src.charCodeAt(s + 2) >= 0x30 && src.charCodeAt(s + 2) <= 0x39) out.push(s);
  }
  return out;
}

/**
 * Money mentions in order of appearance, de-duplicated by text and amount.
 * @example extractMoney('It cost $ 4.4 million.') // [{ text: '$ 4.4 million', amount: 4400000, currency: 'USD' }]
 */
export function extractMoney(text: string): MoneyMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const src = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const found: { at: number; end: number; m: MoneyMention }[] = [];
  const ix = wordIndex(src);
  // A prefix starts at a currency sign (or up to four letters before it: "US$", "U.S.$") or a code word.
  const signs = charPositions(src, SIGN_CHARS);
  const near: number[] = [];
  for (const p of signs) for (let back = 4; back >= 0; back--) if (p - back >= 0) near.push(p - back);
  const prefixStarts = mergePositions(mergePositions(near, PREFIX_WORDS.starts(ix)), gluedCodeStarts(src, ix));
  for (const match of matchesAt(PREFIX_RE, src, prefixStarts)) {
    if (found.length >= MAX_MENTIONS) break;
    const prefix = match[1]!;
    // ISO codes must be upper case ("usd" inside a sentence is not a price tag).
    // Letter prefixes must be written as listed ("usd" or "rs" inside a sentence is not a price tag).
    if (/\p{L}/u.test(prefix) && !(prefix in PREFIXES) && prefix !== prefix.toUpperCase()) continue;
    if (/^\p{L}+\.?$/u.test(prefix) && prefix.length < 3 && !(prefix in PREFIXES)) continue;
    let currency = PREFIXES[prefix] ?? (prefix === 'RMB' ? 'CNY' : prefix);
    if (prefix === '¥' && /yuan/i.test(match[0])) currency = 'CNY';
    let scale = match[3];
    let text = match[0];
    if (!scale) {
      // The low end of a range takes the scale of the high end; without its own sign, the range is one mention.
      RANGE_TAIL_RE.lastIndex = match.index + match[0].length;
      const tail = RANGE_TAIL_RE.exec(src);
      // "between $20 and $30 billion" is a range; "$20 and 3 billion people" is not.
      // With "and", only after "between": "₹500 and Rs 2.5 lakh" are two amounts.
      const and = tail !== null && /and/i.test(tail[0]);
      if (tail && (and ? tail[1] && /between\s\S{0,5}\s?$/i.test(src.slice(Math.max(0, match.index - 14), match.index)) : true)) {
        scale = tail[2];
        if (!tail[1]) text += tail[0];
      }
    }
    const amount = parseNumberIn(match[2]!, isContinentalScale(scale)) * scaleValue(scale);
    if (!Number.isFinite(amount)) continue;
    found.push({ at: match.index, end: match.index + text.length, m: { text, amount: round(amount), currency } });
  }
  for (const match of matchesAt(SUFFIX_RE, src, mergePositions(digitStarts(ix), numberWordStarts(ix)))) {
    if (found.length >= MAX_MENTIONS) break;
    const at = match.index;
    if (found.some((f) => at < f.end && f.at < at + match[0].length)) continue;
    const word = match[5]!;
    const nationality = match[4]?.toLowerCase();
    const lower = word.toLowerCase();
    const isCode = word.length === 3 && word === word.toUpperCase() && ISO_CODES.includes(word);
    if (word.length === 3 && ISO_CODES.includes(word.toUpperCase()) && !isCode && !(lower in WORDS)) continue;
    // "in 2020 USD" is a year, not an amount.
    if (isCode && !match[3] && match[1] !== undefined && /^(?:19|20)\d\d$/.test(match[1])) continue;
    if (NEEDS_CONTEXT.has(lower) && !nationality && !match[3]) continue;
    let currency = isCode ? (word === 'RMB' ? 'CNY' : word) : (WORDS[lower] ?? WORDS[word]);
    if (nationality) currency = NATIONALITY[lower]?.[nationality] ?? NATIONALITY[lower + 's']?.[nationality] ?? currency;
    if (!currency) continue;
    // "3.500 millones de euros", "1.500 Euro": continental scale words, "de"/"d'" and capitalised German currency words mark continental digits.
    // A sign written after the number ("1.500 €") is the continental way to write it.
    const continental = isContinentalScale(match[3]) || /\s(?:de\s|d['’])/.test(match[0]) || word === 'Euro' || word === 'Rubel' || lower === 'dólares' || word === '€' || word === '₽';
    const base = match[1] !== undefined ? parseNumberIn(match[1], continental) : parseNumberWords(match[2]!);
    // A bare number word without a scale ("a dollar", "two euros") is not worth recording.
    if (match[2] !== undefined && !match[3] && !/\s/.test(match[2].trim())) {
      if (/^(an?|one)$/i.test(match[2])) continue;
    }
    let amount = base * scaleValue(match[3]);
    if (!Number.isFinite(amount)) continue;
    let text = match[0];
    // "7 euro cents": hundredths of the currency.
    const cents = /^\s(?:cents?|centimes?|céntimos?)(?!\p{L})/u.exec(src.slice(at + text.length, at + text.length + 12));
    if (cents && !match[3]) {
      amount /= 100;
      text += cents[0];
    }
    found.push({ at, end: at + text.length, m: { text, amount: round(amount), currency } });
  }
  // "a 40p rise", "12 pence a litre": British pence, in pounds (not "720p" video).
  for (const match of matchesAt(PENCE_RE, src, digitStarts(ix))) {
    if (found.length >= MAX_MENTIONS) break;
    const at = match.index;
    if (found.some((f) => at < f.end && f.at < at + match[0].length)) continue;
    const n = parseNumber(match[1]!);
    if (!Number.isFinite(n) || (match[2] === 'p' && VIDEO_LINES.has(match[1]!))) continue;
    found.push({ at, end: at + match[0].length, m: { text: match[0], amount: Math.round(n * 100) / 10000, currency: 'GBP' } });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: MoneyMention[] = [];
  for (const f of found) {
    const key = `${f.m.text}\u0000${f.m.amount}\u0000${f.m.currency}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f.m);
  }
  return out;
}

/** Float products such as 4.4 * 1e6 are rounded to what was written. */
function round(n: number): number {
  return Math.abs(n) >= 1 ? Math.round(n * 100) / 100 : n;
}
