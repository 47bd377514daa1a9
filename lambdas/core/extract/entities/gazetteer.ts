/**
 * Run-time view of the generated gazetteer: countries, demonyms, cities/regions and organizations,
 * parsed lazily on first use and matched over token sequences (longest match, case-insensitive).
 */
import { readGazetteerFile } from './model-file.ts';
import { tokenize } from './tokenize.ts';

/** What a gazetteer entry is. */
export type GazKind = 'country' | 'place' | 'org' | 'demonym';

export interface GazEntry {
  kind: GazKind;
  /** ISO alpha-2 for countries, places and demonyms; '' when none. */
  code: string;
  /** Canonical display name (country common name, the org's first-listed name). */
  canonical: string;
}

interface Gazetteer {
  /** lower-cased, space-joined token sequence → entry */
  phrases: Map<string, GazEntry>;
  /** first lower-cased token → longest phrase length starting with it */
  firstToken: Map<string, number>;
  orgHeads: Set<string>;
  /** Lower-cased given and family names. */
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Lower-cased everyday English words. */
  common: Set<string>;
}

let cached: Gazetteer | null = null;

/** Add a name stored pre-tokenized (tokens joined by one space, see scripts/build-gazetteer.ts). */
function add(g: Gazetteer, name: string, entry: GazEntry): void {
  const key = name.toLowerCase();
  if (!key || g.phrases.has(key)) return; // first (most important) entry wins
  let len = 1;
  let sp = -1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) (len++, sp < 0 && (sp = i));
  if (len > 8) return;
  g.phrases.set(key, entry);
  const f = sp < 0 ? key : key.slice(0, sp);
  const prev = g.firstToken.get(f);
  if (prev === undefined || prev < len) g.firstToken.set(f, len);
}

/** The parsed gazetteer (built once, on first call). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const { COMMON_WORDS, COUNTRIES, DEMONYMS, FIRST_NAMES, LAST_NAMES, LEX_ORGS, LEX_PLACES, ORGS, ORG_HEADS, PLACES } = readGazetteerFile();
  const g: Gazetteer = { phrases: new Map(), firstToken: new Map(), orgHeads: new Set(ORG_HEADS.split('|')), firstNames: new Set(), lastNames: new Set(), common: new Set() };
  for (const line of COUNTRIES.split('\n')) {
    const [code, ...names] = line.split('|');
    const canonical = names[0] ?? '';
    for (const n of names) add(g, n, { kind: 'country', code: code!, canonical });
  }
  for (const line of ORGS.split('\n')) {
    const names = line.split('|');
    for (const n of names) add(g, n, { kind: 'org', code: '', canonical: names[0]! });
  }
  for (const line of PLACES.split('\n')) {
    const [name, code] = line.split('|');
    if (name) add(g, name, { kind: 'place', code: code ?? '', canonical: name });
  }
  for (const line of DEMONYMS.split('\n')) {
    const [code, ...names] = line.split('|');
    for (const n of names) add(g, n, { kind: 'demonym', code: code!, canonical: n });
  }
  for (const n of LEX_ORGS.split('|')) add(g, n, { kind: 'org', code: '', canonical: n });
  for (const n of LEX_PLACES.split('|')) add(g, n, { kind: 'place', code: '', canonical: n });
  // People's names are a separate signal: "Mary" is a given name and a city in Turkmenistan.
  g.firstNames = new Set(FIRST_NAMES.split('|'));
  g.lastNames = new Set(LAST_NAMES.split('|'));
  g.common = new Set(COMMON_WORDS.split('|'));
  cached = g;
  return g;
}

/** Look up a whole name (any case) in the gazetteer. */
export function lookup(name: string): GazEntry | undefined {
  // The same few names are looked up many times per article (span typing, merging, country codes):
  // remember the answers instead of tokenizing the name again.
  const known = lookups.get(name);
  if (known !== undefined) return known ?? undefined;
  const key = tokenize(name)
    .map((t) => t.toLowerCase())
    .join(' ');
  const e = gazetteer().phrases.get(key);
  if (lookups.size >= MAX_LOOKUPS) lookups.clear();
  lookups.set(name, e ?? null);
  return e;
}

const lookups = new Map<string, GazEntry | null>();
const MAX_LOOKUPS = 50_000;

/**
 * Label each token with the gazetteer match covering it: "B-country", "I-place", … or '' for none.
 * Only spans whose first token is capitalised (or whose sentence is all caps) are matched,
 * so "turkey" the bird and "nice" the adjective stay out.
 */
export function gazetteerLabels(tokens: string[], lower: string[], allCaps: boolean): string[] {
  return gazetteerLabelsFrom(tokens, lower, allCaps, lower.map(firstTokenMax));
}

/** Length of the longest gazetteer phrase starting with this lower-cased word, 0 when none. */
export function firstTokenMax(lower: string): number {
  return gazetteer().firstToken.get(lower) ?? 0;
}

/** gazetteerLabels with firstTokenMax of each token already known (the tagger caches it per word). */
export function gazetteerLabelsFrom(tokens: string[], lower: string[], allCaps: boolean, maxes: ArrayLike<number>): string[] {
  const g = gazetteer();
  const out = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length; ) {
    const max = maxes[i]!;
    if (max === 0 || !(allCaps || startsCapital(tokens[i]!))) {
      i++;
      continue;
    }
    // Longest match first; the phrase keys are built only as far as the longest entry allows.
    const longest = Math.min(max, tokens.length - i);
    let key = lower[i]!;
    const keys = candidateKeys;
    keys[0] = key;
    for (let k = 1; k < longest; k++) keys[k] = key = `${key} ${lower[i + k]}`;
    let matched = 0;
    let entry: GazEntry | undefined;
    for (let k = longest; k >= 1; k--) {
      entry = g.phrases.get(keys[k - 1]!);
      if (entry) {
        matched = k;
        break;
      }
    }
    if (!entry) {
      i++;
      continue;
    }
    // Labels are constants (one string per kind), so whoever keys on them hashes each once.
    const [begin, inside] = LABELS[entry.kind];
    out[i] = begin;
    for (let k = 1; k < matched; k++) out[i + k] = inside;
    i += matched;
  }
  return out;
}

const LABELS: Record<GazKind, [string, string]> = {
  country: ['B-country', 'I-country'],
  place: ['B-place', 'I-place'],
  org: ['B-org', 'I-org'],
  demonym: ['B-demonym', 'I-demonym'],
};

/** Reused between calls: the phrase keys tried at one position (at most 8, the longest entry). */
const candidateKeys: string[] = [];

function startsCapital(t: string): boolean {
  const first = t.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first > 127 && t[0] !== t[0]!.toLowerCase());
}

/** Is the name a place or organization the gazetteer knows (people's names do not count)? */
export function knownPlaceOrOrg(name: string): GazEntry | undefined {
  const e = lookup(name);
  return e && (e.kind === 'country' || e.kind === 'place' || e.kind === 'org') ? e : undefined;
}

/** "f" for a known given name, "l" for a family name, "fl" for both, '' otherwise (lower-cased input). */
export function personNameClass(lower: string): string {
  const g = gazetteer();
  return (g.firstNames.has(lower) ? 'f' : '') + (g.lastNames.has(lower) ? 'l' : '');
}

/** Is this (lower-cased) word an everyday English word? */
export function isCommonWord(lower: string): boolean {
  return gazetteer().common.has(lower);
}

/** Is this word a typical organization head ("Ministry", "Inc.")? */
export function isOrgHead(word: string): boolean {
  return gazetteer().orgHeads.has(word);
}
