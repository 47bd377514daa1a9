/**
 * Per-article entity errors sorted into the kinds issue 14 names, so a change can be measured
 * kind by kind (scripts/eval-ner.ts --confusions). An error is a false positive or a miss of one
 * (type, name) pair of one article; it counts under every kind it fits, and under "other" if none:
 *  - place→team/gov: a name the gazetteer knows as a country or place, LOC in gold (CoNLL tags a
 *    country that plays or speaks as LOC, "Japan beat Syria"), missed or given another type;
 *  - org named after a place: ORG in gold, a known place or nationality among its words (clubs,
 *    banks, universities), missed, or a word of it given another type;
 *  - nationality/language: a false positive that the gazetteer knows as a demonym or that gold
 *    tags MISC;
 *  - sentence start: a false positive whose words only ever open a sentence (or follow a quote);
 *  - headline: an error whose name occurs only in all-caps sentences;
 *  - results table: an error whose name occurs only in table-like lines (numbers outweigh
 *    lower-case words).
 */
import { lookup } from '../lambdas/core/extract/entities/gazetteer.ts';
import { sentenceAllCaps } from '../lambdas/core/extract/entities/features.ts';
import type { ConllDoc } from './ner-conll.ts';

export const KINDS = ['place→team/gov', 'org named after place', 'nationality/language', 'sentence start', 'headline', 'results table', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Gold and predicted pairs of one article: `type:norm` → the name as written. */
export interface ArticlePairs {
  gold: Map<string, string>;
  pred: Map<string, string>;
  /** Normalised names gold tags MISC. */
  misc: Set<string>;
}

function isTableLine(tokens: string[]): boolean {
  let num = 0;
  let lower = 0;
  for (const t of tokens) {
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) num++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return num >= 2 && num >= lower;
}

interface Where {
  found: boolean;
  onlyStart: boolean;
  onlyCaps: boolean;
  onlyTable: boolean;
}

/** Where the name's words occur in the document (case-insensitive token match). */
function where(doc: ConllDoc, name: string): Where {
  const want = name.toLowerCase().split(/\s+/).filter(Boolean);
  const w: Where = { found: false, onlyStart: true, onlyCaps: true, onlyTable: true };
  if (want.length === 0) return w;
  for (const s of doc.sentences) {
    const caps = sentenceAllCaps(s.tokens);
    const table = isTableLine(s.tokens);
    for (let i = 0; i + want.length <= s.tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < want.length && ok; k++) ok = s.tokens[i + k]!.toLowerCase() === want[k];
      if (!ok) continue;
      w.found = true;
      if (!(i === 0 || s.tokens[i - 1] === '"' || s.tokens[i - 1] === "'")) w.onlyStart = false;
      if (!caps) w.onlyCaps = false;
      if (!table) w.onlyTable = false;
    }
  }
  return w;
}

function isPlace(name: string): boolean {
  const e = lookup(name);
  return !!e && (e.kind === 'country' || e.kind === 'place');
}

function hasPlaceWord(name: string): boolean {
  return name.split(/\s+/).some((t) => {
    const e = lookup(t);
    return !!e && e.kind !== 'org';
  });
}

/** Count one article's errors per kind into `counts`; with `list`, print the errors of that kind (true: all). */
export function classifyErrors(doc: ConllDoc, a: ArticlePairs, counts: Map<Kind, number>, list?: Kind | true): void {
  const bump = (k: Kind) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const keyName = (k: string) => k.slice(k.indexOf(':') + 1);
  const goldTypeOf = new Map<string, string>();
  for (const k of a.gold.keys()) goldTypeOf.set(keyName(k), k.slice(0, k.indexOf(':')));
  const errors: { key: string; name: string; fp: boolean }[] = [];
  for (const [k, name] of a.pred) if (!a.gold.has(k)) errors.push({ key: k, name, fp: true });
  for (const [k, name] of a.gold) if (!a.pred.has(k)) errors.push({ key: k, name, fp: false });
  for (const e of errors) {
    const n = keyName(e.key);
    const goldType = e.fp ? goldTypeOf.get(n) : e.key.slice(0, e.key.indexOf(':'));
    const kinds: Kind[] = [];
    if (goldType === 'location' && isPlace(e.name)) kinds.push('place→team/gov');
    if (goldType === 'organization' && hasPlaceWord(e.name)) kinds.push('org named after place');
    if (e.fp && (a.misc.has(n) || lookup(e.name)?.kind === 'demonym')) kinds.push('nationality/language');
    const w = where(doc, e.name);
    if (w.found) {
      if (e.fp && w.onlyStart) kinds.push('sentence start');
      if (w.onlyCaps) kinds.push('headline');
      if (w.onlyTable) kinds.push('results table');
    }
    if (kinds.length === 0) kinds.push('other');
    if (list === true || (list && kinds.includes(list))) console.log(`  ${e.fp ? 'FP' : 'FN'} ${e.key} (gold ${goldType ?? '-'}; ${kinds.join(', ')})`);
    for (const k of kinds) bump(k);
  }
}
