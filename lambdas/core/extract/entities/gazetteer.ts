/**
 * Run-time view of the generated gazetteer: countries, demonyms, cities/regions and organizations,
 * parsed lazily on first use and matched over token sequences (longest match, case-insensitive).
 */
import { GazetteerIndex, type GazEntry, type GazKind } from './gazetteer-file.ts';
import { readShippedDataFile } from './model-file.ts';
import { tokenize } from './tokenize.ts';

export type { GazEntry, GazKind } from './gazetteer-file.ts';

let cached: GazetteerIndex | null = null;

/** The compiled gazetteer (`model/gazetteer.bin`, see gazetteer-file.ts), read once, on first call. */
export function gazetteer(): GazetteerIndex {
  return (cached ??= new GazetteerIndex(readShippedDataFile('gazetteer.bin')));
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
  const e = gazetteer().phrase(key);
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
  return gazetteer().firstTokenMax(lower);
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
      entry = g.phrase(keys[k - 1]!);
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
  return (g.isFirstName(lower) ? 'f' : '') + (g.isLastName(lower) ? 'l' : '');
}

/** Is this (lower-cased) word an everyday English word? */
export function isCommonWord(lower: string): boolean {
  return gazetteer().isCommon(lower);
}

/** Is this word a typical organization head ("Ministry", "Inc.")? */
export function isOrgHead(word: string): boolean {
  return gazetteer().orgHeads.has(word);
}
