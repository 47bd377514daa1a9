/**
 * The averaged-perceptron BIO tagger at run time: parses the shipped weights lazily (first use)
 * and decodes sentences greedily left to right with tag-history features.
 *
 * Speed: feature strings are hashed once per distinct word, not once per token. A word's own
 * features and the features it lends its neighbours ("w-1=…") are resolved to weight rows and
 * cached; only the few truly contextual features are built per token.
 */
import {
  contextFeatures,
  docContext,
  neighbourFeatures,
  prepare,
  tagFeatures,
  wordFeatures,
  type DocContext,
} from './features.ts';
import { readModelFile } from './model-file.ts';

export interface TaggerModel {
  tags: string[];
  /** feature string → row offset into weights (a row is tags.length numbers) */
  index: Map<string, number>;
  /** Integer weights (scaled; only their order matters for decoding). */
  weights: Int16Array;
  /** Rows of the tag-history features t=PREV and tt=PREV2|PREV, by tag index (+1 for <s>). */
  prevRows: Int32Array;
  prev2Rows: Int32Array;
  /** Cache of word → weight rows of its own and neighbour features. */
  words: Map<string, Int32Array[]>;
}

const MAX_CACHED_WORDS = 200_000;

/** Build a model from its parts: space-separated tags, newline-separated keys, little-endian Int16 rows. */
export function parseModel(tags: string, keys: string, bytes: Uint8Array): TaggerModel {
  const tagList = tags.split(' ');
  const T = tagList.length;
  // Copy into an aligned buffer; the rows were written little-endian, as every Lambda CPU reads them.
  const aligned = new ArrayBuffer(bytes.length & ~1);
  new Uint8Array(aligned).set(bytes.subarray(0, aligned.byteLength));
  const weights = new Int16Array(aligned);
  const index = new Map<string, number>();
  const keyList = keys.split('\n');
  for (let i = 0; i < keyList.length && (i + 1) * T <= weights.length; i++) index.set(keyList[i]!, i * T);
  const model: TaggerModel = { tags: tagList, index, weights, prevRows: new Int32Array(0), prev2Rows: new Int32Array(0), words: new Map() };
  const names = ['<s>', ...tagList];
  model.prevRows = Int32Array.from(names, (p) => index.get(tagFeatures(p, '<s>', '')[0]) ?? -1);
  model.prev2Rows = Int32Array.from(
    names.flatMap((p2) => names.map((p) => index.get(tagFeatures(p, p2, '')[1]) ?? -1)),
  );
  return model;
}

let loaded: TaggerModel | null = null;

/** The shipped model (`model/ner-model.bin`), read and parsed on first call. */
export function shippedModel(): TaggerModel {
  if (!loaded) {
    const { tags, keys, weights } = readModelFile();
    loaded = parseModel(tags, keys, weights);
  }
  return loaded;
}

function rows(model: TaggerModel, feats: string[]): Int32Array {
  const out: number[] = [];
  for (const f of feats) {
    const r = model.index.get(f);
    if (r !== undefined) out.push(r);
  }
  return Int32Array.from(out);
}

const OFFSETS = [-2, -1, 1, 2] as const;

/** Cached rows for a word: [own, as word at -2, -1, +1, +2 of the token being tagged]. */
function wordRows(model: TaggerModel, w: string, l: string, sh: string, ac: string): Int32Array[] {
  const key = ac + w;
  let e = model.words.get(key);
  if (!e) {
    e = [rows(model, wordFeatures(w, l, sh, ac)), ...OFFSETS.map((d) => rows(model, neighbourFeatures(l, sh, ac, d)))];
    if (model.words.size >= MAX_CACHED_WORDS) model.words.clear();
    model.words.set(key, e);
  }
  return e;
}

function boundaryRows(model: TaggerModel, ac: string): Int32Array[] {
  const key = `\u0001${ac}`;
  let e = model.words.get(key);
  if (!e) {
    e = [new Int32Array(0), ...OFFSETS.map((d) => (d < 0 ? rows(model, neighbourFeatures('<s>', '<s>', ac, d)) : rows(model, neighbourFeatures('</s>', '</s>', ac, d))))];
    model.words.set(key, e);
  }
  return e;
}

function addRows(w: Int16Array, rs: Int32Array, scores: Float64Array, T: number): void {
  for (let k = 0; k < rs.length; k++) {
    const base = rs[k]!;
    for (let t = 0; t < T; t++) scores[t]! += w[base + t]!;
  }
}

function addRow(w: Int16Array, base: number | undefined, scores: Float64Array, T: number): void {
  if (base === undefined || base < 0) return;
  for (let t = 0; t < T; t++) scores[t]! += w[base + t]!;
}

/** Tag one sentence. */
export function tagSentence(model: TaggerModel, tokens: string[], doc: DocContext): string[] {
  const T = model.tags.length;
  const W = model.weights;
  const p = prepare(tokens);
  const n = tokens.length;
  const cached = tokens.map((t, i) => wordRows(model, t, p.lower[i]!, p.shapes[i]!, p.ac));
  const boundary = boundaryRows(model, p.ac);
  const scores = new Float64Array(T);
  const out: string[] = [];
  let prev = 0; // index into ['<s>', ...tags]
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    addRows(W, cached[i]![0]!, scores, T);
    for (let k = 0; k < 4; k++) {
      const j = i + OFFSETS[k]!;
      addRows(W, j >= 0 && j < n ? cached[j]![k + 1]! : boundary[k + 1]!, scores, T);
    }
    for (const f of contextFeatures(p, i, doc)) addRow(W, model.index.get(f), scores, T);
    const prevName = prev === 0 ? '<s>' : model.tags[prev - 1]!;
    addRow(W, model.prevRows[prev], scores, T);
    addRow(W, model.prev2Rows[prev2 * (T + 1) + prev], scores, T);
    addRow(W, model.index.get(`tw=${prevName}|${p.lower[i]}`), scores, T);
    let best = 0;
    for (let t = 1; t < T; t++) {
      // An I- tag may only continue a span of the same type.
      const tag = model.tags[t]!;
      if (tag.charCodeAt(0) === 73 && prevName.slice(2) !== tag.slice(2)) continue;
      if (scores[t]! > scores[best]!) best = t;
    }
    out.push(model.tags[best]!);
    prev2 = prev;
    prev = best + 1;
  }
  return out;
}

/** Tag every sentence of one document (document context is shared across its sentences). */
export function tagDocument(sentences: string[][], model: TaggerModel = shippedModel(), ctx?: DocContext): string[][] {
  const doc = ctx ?? docContext(sentences);
  return sentences.map((s) => tagSentence(model, s, doc));
}
