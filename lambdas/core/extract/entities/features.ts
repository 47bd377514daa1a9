/**
 * Feature extraction for the entity tagger. Shared by training (scripts/train-ner.ts) and
 * run time, so both see exactly the same strings. Observation features are computed once per
 * sentence; tag-history features are added by the decoder.
 */
import { wordClusters } from './clusters.ts';
import { gazetteerLabels, isCommonWord, isOrgHead, personNameClass } from './gazetteer.ts';

/** Document-wide facts that help a capitalised word at a sentence start. */
export interface DocContext {
  /** Words seen lower-cased mid-sentence (so "The", "But" are common words). */
  lowerSeen: Set<string>;
  /** Words seen capitalised mid-sentence (so a sentence-initial "Kabulov" is a name). */
  capSeen: Set<string>;
}

/** Word shape: "Kabul" → "Xxxxx" compressed to "Xx", "U.S." → "X.X.", "2020" → "d". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  const n = Math.min(w.length, 12);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c > 127) {
      const ch = w[i]!;
      s = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    } else s = w[i]!;
    if (s === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    last = s;
    out += s;
  }
  return out;
}

/** Is the word's first character an upper-case letter? */
export function isCap(w: string): boolean {
  // ASCII answered by code (every token goes through here); the rest by case mapping.
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w[0];
  if (!ch) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the sentence has letters but none lower case (a CoNLL-style headline). */
export function sentenceAllCaps(tokens: string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 4;
}

/** Collect document context from all sentences of one document. */
export function docContext(sentences: string[][]): DocContext {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const s of sentences) {
    if (sentenceAllCaps(s)) continue;
    for (let i = 1; i < s.length; i++) {
      const t = s[i]!;
      const prev = s[i - 1]!;
      if (prev === '"' || prev === '.' || prev === ':' || prev === "'") continue;
      if (isCap(t)) capSeen.add(t);
      else lowerSeen.add(t);
    }
  }
  return { lowerSeen, capSeen };
}

/** Features that depend on the word alone (and on whether its sentence is all caps). */
export function wordFeatures(w: string, l: string, sh: string, ac: string): string[] {
  const f: string[] = [`w=${l}`, `s=${ac}${sh}`];
  if (!ac) f.push(`W=${w}`);
  const len = l.length;
  for (let k = 1; k <= 4 && k <= len; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(len - k)}`);
  if (isOrgHead(w)) f.push('head');
  const pn = personNameClass(l);
  if (pn) f.push(`pn=${pn}`);
  if (isCommonWord(l)) f.push(`cw=${ac}${isCap(w) ? 'C' : 'l'}`);
  const cl = wordClusters(w, l, ac);
  if (cl) for (const c of cl) f.push(`c=${c}`);
  return f;
}

/** Features a word gives the token at distance -d (d = -2, -1, 1, 2 is the word's offset from it). */
export function neighbourFeatures(w: string, l: string, sh: string, ac: string, d: number): string[] {
  const name = d < 0 ? `${d}` : `+${d}`;
  const f = d === -1 || d === 1 ? [`w${name}=${l}`, `s${name}=${ac}${sh}`] : [`w${name}=${l}`];
  if (d === -1 || d === 1) {
    // A given name before, a family name after: the person's other half.
    const pn = personNameClass(l);
    if (pn) f.push(`pn${name}=${pn}`);
    // The neighbour's middle-sized cluster: "said", "told" alike after a name.
    const cl = w === '<s>' || w === '</s>' ? undefined : wordClusters(w, l, ac);
    if (cl && cl.length > 1) f.push(`c${name}=${cl[1]}`);
  }
  return f;
}

/** Per-sentence preparation shared by the feature generator and the fast scorer. */
export interface PreparedSentence {
  tokens: string[];
  lower: string[];
  shapes: string[];
  gaz: string[];
  ac: string;
}

export function prepare(tokens: string[]): PreparedSentence {
  const allCaps = sentenceAllCaps(tokens);
  const lower = tokens.map((t) => t.toLowerCase());
  return { tokens, lower, shapes: tokens.map(shape), gaz: gazetteerLabels(tokens, lower, allCaps), ac: allCaps ? 'A' : '' };
}

/** Features of token i that need its context (everything but word and neighbour features). */
export function contextFeatures(p: PreparedSentence, i: number, doc: DocContext): string[] {
  const { tokens, lower, shapes, gaz, ac } = p;
  const n = tokens.length;
  const w = tokens[i]!;
  const l = lower[i]!;
  const sh = shapes[i]!;
  const p1 = i > 0 ? lower[i - 1]! : '<s>';
  const n1 = i + 1 < n ? lower[i + 1]! : '</s>';
  const ps1 = i > 0 ? shapes[i - 1]! : '<s>';
  const ns1 = i + 1 < n ? shapes[i + 1]! : '</s>';
  const f: string[] = [
    'b',
    `g=${gaz[i]}`,
    `w-1w=${p1}|${l}`,
    `ww+1=${l}|${n1}`,
    `ss=${ac}${ps1}|${sh}|${ns1}`,
    `g-1=${i > 0 ? gaz[i - 1] : '<s>'}`,
    `g+1=${i + 1 < n ? gaz[i + 1] : '</s>'}`,
  ];
  if (i === 0) f.push(`first=${ac}${sh}`);
  if (i + 1 < n && isOrgHead(tokens[i + 1]!)) f.push('nexthead');
  if (!ac && isCap(w)) {
    if (doc.lowerSeen.has(l)) f.push('lcseen');
    if (i === 0 || tokens[i - 1] === '"') f.push(doc.capSeen.has(w) ? 'capseen' : 'capunseen');
  }
  if (ac && l.length > 1) {
    // In headlines, borrow the casing the word has in the body.
    const titled = w[0] + l.slice(1);
    f.push(doc.capSeen.has(titled) || doc.capSeen.has(w) ? 'hcap' : doc.lowerSeen.has(l) ? 'hlow' : 'hnone');
  }
  return f;
}

const BOUNDARY = ['<s>', '<s>', '</s>', '</s>'];

/**
 * All observation features for every token of one sentence (the training view; the run-time
 * tagger computes the same set with cached word and neighbour features).
 */
export function sentenceFeatures(tokens: string[], doc: DocContext): string[][] {
  const p = prepare(tokens);
  const n = tokens.length;
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = wordFeatures(tokens[i]!, p.lower[i]!, p.shapes[i]!, p.ac);
    for (const [k, d] of [[0, -2], [1, -1], [2, 1], [3, 2]] as const) {
      const j = i + d;
      const inside = j >= 0 && j < n;
      const b = BOUNDARY[k]!;
      f.push(...neighbourFeatures(inside ? tokens[j]! : b, inside ? p.lower[j]! : b, inside ? p.shapes[j]! : b, p.ac, d));
    }
    f.push(...contextFeatures(p, i, doc));
    out[i] = f;
  }
  return out;
}

/** Tag-history features for token i given the two previous tags. */
export function tagFeatures(prev: string, prev2: string, lowerWord: string): [string, string, string] {
  return [`t=${prev}`, `tt=${prev2}|${prev}`, `tw=${prev}|${lowerWord}`];
}

/**
 * Prediction history: what the tagger decided for the same word earlier in the document
 * (Ratinov & Roth's "prediction history"), keyed by the lower-cased word, for capitalised words
 * (every word of an all-caps sentence counts). The value is the type of the last such
 * occurrence, or O, prefixed with 'A' when that decision was made in an all-caps sentence (a
 * headline's guess is weaker evidence than the body's). Training feeds the tagger's own guesses,
 * as run time does.
 */
export type PredictionHistory = Map<string, string>;

/** The history value a decision leaves: 'PER', 'AORG', 'O', … */
export function historyValue(tag: string, ac: string): string {
  return ac + (tag === 'O' ? 'O' : tag.slice(2));
}

/** The history feature of a word, or undefined (not capitalised, or not seen before). */
export function historyFeature(history: PredictionHistory, w: string, l: string, ac: string): string | undefined {
  if (!ac && !isCap(w)) return undefined;
  const v = history.get(l);
  return v === undefined ? undefined : `ph=${v}`;
}

/** Record a decision in the history (capitalised words only, as historyFeature reads them). */
export function recordHistory(history: PredictionHistory, w: string, l: string, ac: string, tag: string): void {
  if (ac || isCap(w)) history.set(l, historyValue(tag, ac));
}
