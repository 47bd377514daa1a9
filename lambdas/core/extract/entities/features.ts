/**
 * Feature extraction for the entity tagger. Shared by training (scripts/train-ner.ts) and
 * run time, so both see exactly the same strings. Observation features are computed once per
 * sentence; tag-history features are added by the decoder.
 */
import { gazetteerLabels, isOrgHead } from './gazetteer.ts';

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

function isCap(w: string): boolean {
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

/**
 * Observation features for every token of one sentence.
 * @returns one array of feature strings per token
 */
export function sentenceFeatures(tokens: string[], doc: DocContext): string[][] {
  const n = tokens.length;
  const allCaps = sentenceAllCaps(tokens);
  const lower = tokens.map((t) => t.toLowerCase());
  const shapes = tokens.map(shape);
  const gaz = gazetteerLabels(tokens, lower, allCaps);
  const out: string[][] = new Array(n);
  const ac = allCaps ? 'A' : '';
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!;
    const l = lower[i]!;
    const sh = shapes[i]!;
    const f: string[] = ['b', `w=${l}`, `s=${ac}${sh}`, `g=${gaz[i]}`];
    if (!allCaps) f.push(`W=${w}`);
    const len = l.length;
    for (let k = 1; k <= 4 && k <= len; k++) {
      f.push(`p${k}=${l.slice(0, k)}`);
      f.push(`x${k}=${l.slice(len - k)}`);
    }
    const p1 = i > 0 ? lower[i - 1]! : '<s>';
    const p2 = i > 1 ? lower[i - 2]! : '<s>';
    const n1 = i + 1 < n ? lower[i + 1]! : '</s>';
    const n2 = i + 2 < n ? lower[i + 2]! : '</s>';
    f.push(`w-1=${p1}`, `w-2=${p2}`, `w+1=${n1}`, `w+2=${n2}`);
    f.push(`w-1w=${p1}|${l}`, `ww+1=${l}|${n1}`);
    const ps1 = i > 0 ? shapes[i - 1]! : '<s>';
    const ns1 = i + 1 < n ? shapes[i + 1]! : '</s>';
    f.push(`s-1=${ac}${ps1}`, `s+1=${ac}${ns1}`, `ss=${ac}${ps1}|${sh}|${ns1}`);
    f.push(`g-1=${i > 0 ? gaz[i - 1] : '<s>'}`, `g+1=${i + 1 < n ? gaz[i + 1] : '</s>'}`);
    if (i === 0) f.push(`first=${ac}${sh}`);
    if (i + 1 < n && isOrgHead(tokens[i + 1]!)) f.push('nexthead');
    if (isOrgHead(w)) f.push('head');
    if (!allCaps && isCap(w)) {
      if (doc.lowerSeen.has(l)) f.push('lcseen');
      if (i === 0 || tokens[i - 1] === '"') f.push(doc.capSeen.has(w) ? 'capseen' : 'capunseen');
    }
    if (allCaps && len > 1) {
      // In headlines, borrow the casing the word has in the body.
      const titled = w[0] + l.slice(1);
      f.push(doc.capSeen.has(titled) || doc.capSeen.has(w) ? 'hcap' : doc.lowerSeen.has(l) ? 'hlow' : 'hnone');
    }
    out[i] = f;
  }
  return out;
}

/** Tag-history features for token i given the two previous tags. */
export function tagFeatures(prev: string, prev2: string, lowerWord: string): [string, string, string] {
  return [`t=${prev}`, `tt=${prev2}|${prev}`, `tw=${prev}|${lowerWord}`];
}
