/**
 * The averaged-perceptron BIO tagger at run time: parses the shipped weights lazily (first use)
 * and decodes sentences greedily left to right with tag-history features.
 *
 * Speed (the tagger was a third of the whole core's time). The scores are exactly those of the
 * feature strings of features.ts looked up in the model — the unit tests compare against that
 * reference decoder — but few strings are built per token:
 * - a word's own features and the features it lends its neighbours ("w-1=…") are summed into
 *   score vectors once per distinct word and cached, so a token costs five vector adds, not ~25
 *   row adds;
 * - the contextual word-pair features (w-1w=, ww+1=, the tag-word tw=) and the shape triple (ss=)
 *   are looked up by small integer ids in typed-array hash tables built from the model's keys,
 *   instead of concatenating and hashing a fresh string per token; a word or shape absent from
 *   every such key has no id, and its lookups are skipped;
 * - the constant features ('b', capseen, …) and the gazetteer labels resolve to rows once.
 * Scores are integer sums of Int16 weights (Int32 vectors), so the order of addition cannot
 * change them.
 */
import {
  contextFeatures,
  docContext,
  historyFeature,
  recordHistory,
  isCap,
  neighbourFeatures,
  prepare,
  sentenceAllCaps,
  shape,
  tagFeatures,
  wordFeatures,
  type DocContext,
  type PredictionHistory,
} from './features.ts';
import { firstTokenMax, gazetteerLabelsFrom, isOrgHead } from './gazetteer.ts';
import { HashedFeatureIndex, type FeatureIndex } from './feature-index.ts';
import { readModelFile, type ModelParts } from './model-file.ts';

/** What the tagger knows of one distinct word (per casing mode of its sentence). */
interface WordEntry {
  /** Summed weights, T per block: own features, then as the word at -2, -1, +1, +2 of the token tagged. */
  sums: Int32Array;
  lower: string;
  shape: string;
  /** Id of the lower-cased word among the words of the model's pair features, or -1 (no such feature). */
  vid: number;
  /** Id of the shape among the shapes of the model's ss= features, or -1. */
  sid: number;
  cap: boolean;
  orgHead: boolean;
  /** firstTokenMax of the lower-cased word: how long a gazetteer phrase starting here can be. */
  gazMax: number;
}

export interface TaggerModel {
  tags: string[];
  /** feature string → row offset into weights (a row is tags.length numbers): the file's stored table, or a Map */
  index: FeatureIndex;
  /** Integer weights (scaled; only their order matters for decoding). */
  weights: Int16Array;
  /** Rows of the tag-history features t=PREV and tt=PREV2|PREV, by tag index (+1 for <s>). */
  prevRows: Int32Array;
  prev2Rows: Int32Array;
  /** allowed[prev * T + t]: may tag t follow prev (index into ['<s>', ...tags])? An I- tag only continues its own type. */
  allowed: Uint8Array;
  /**
   * Integer-id tables for the pair, tag-word and shape-triple features, built after the first
   * `tablesAfter` sentences (null until then: those sentences look the strings up). Building them
   * allocates a string per key part, which at cold start (interpreted code, young-generation GCs)
   * doubled the first call; a process that tags more than a few articles repays it at once.
   */
  tables: PairTables | null;
  tablesAfter: number;
  tagged: number;
  /** Row of each prediction-history feature value (ph=PER, …), -1 when absent; filled on use. */
  historyRows: Map<string, number>;
  /** Rows of the constant features. */
  constant: Record<(typeof CONSTANT_FEATURES)[number], number>;
  /**
   * history[((prev2 * (T + 1) + prev) * T …]: the summed weights of 'b' (every token has it), t=PREV
   * and tt=PREV2|PREV, so the features that depend only on the two previous tags cost one add.
   */
  history: Int32Array;
  /** Gazetteer labels (and the <s>, </s> markers) → small ids; summed g=, g-1=, g+1= weights per (previous, own, next) id. */
  gazIds: Map<string, number>;
  gazLabels: string[];
  gazTriples: Map<number, Int32Array>;
  /** Cache of word → entry; [0] for ordinary sentences, [1] for all-caps ones (features differ). */
  words: [Map<string, WordEntry>, Map<string, WordEntry>];
  /** Neighbour sums for positions outside the sentence (<s> before, </s> after), per casing mode. */
  boundary: [Int32Array, Int32Array];
}

interface PairTables {
  /** Word → id, for the words of w-1w=, ww+1= and tw= keys. */
  vocab: Map<string, number>;
  /** Shape → id, for the shapes of ss= keys. */
  shapes: Map<string, number>;
  /** (id of previous word, id of word) → row of w-1w=; (word, next word) → ww+1=; (prev tag, word) → tw=. */
  pairBefore: IntTable;
  pairAfter: IntTable;
  tagWord: IntTable;
  /** (previous shape * 2 + 1 if all caps, shape, next shape) → row of ss=. */
  shapeTriples: IntTable;
}

const CONSTANT_FEATURES = ['b', 'nexthead', 'lcseen', 'capseen', 'capunseen', 'hcap', 'hlow', 'hnone'] as const;

const MAX_CACHED_WORDS = 200_000;

/**
 * Open-addressing hash table from up to three non-negative int32 keys to a row offset, in typed
 * arrays: no strings built or hashed, no allocation per lookup.
 */
class IntTable {
  private mask: number;
  private a: Int32Array;
  private b: Int32Array;
  private c: Int32Array;
  private v: Int32Array;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.mask = cap - 1;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.c = new Int32Array(cap);
    this.v = new Int32Array(cap);
  }

  private static hash(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
  }

  /** First value stored for the key wins (a key maps to one feature string, so values agree anyway). */
  set(a: number, b: number, c: number, value: number): void {
    let i = IntTable.hash(a, b, c) & this.mask;
    while (this.a[i] !== -1) {
      if (this.a[i] === a && this.b[i] === b && this.c[i] === c) return;
      i = (i + 1) & this.mask;
    }
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
    this.v[i] = value;
  }

  /** The value, or -1. */
  get(a: number, b: number, c: number): number {
    let i = IntTable.hash(a, b, c) & this.mask;
    for (;;) {
      const k = this.a[i]!;
      if (k === -1) return -1;
      if (k === a && this.b[i] === b && this.c[i] === c) return this.v[i]!;
      i = (i + 1) & this.mask;
    }
  }
}

function idOf(ids: Map<string, number>, s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

/** Every way to cut `s` into `parts` pieces at '|' (a word containing '|' makes a key ambiguous: all readings are kept). */
function splits(s: string, parts: number): string[][] {
  if (parts === 1) return [[s]];
  if (parts === 2) {
    // The usual case: exactly one '|'.
    const bar = s.indexOf('|');
    if (bar >= 0 && s.indexOf('|', bar + 1) < 0) return [[s.slice(0, bar), s.slice(bar + 1)]];
  }
  const out: string[][] = [];
  for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) {
    for (const rest of splits(s.slice(i + 1), parts - 1)) out.push([s.slice(0, i), ...rest]);
  }
  return out;
}

/** Build a model from its parts: space-separated tags, newline-separated keys, little-endian Int16 rows. */
export function parseModel(tags: string, keys: string, bytes: Uint8Array, tablesAfter = TABLES_AFTER): TaggerModel {
  const tagList = tags.split(' ');
  const T = tagList.length;
  const weights = alignedWeights(bytes);
  const index = new Map<string, number>();
  const keyList = keys.split('\n');
  for (let i = 0; i < keyList.length && (i + 1) * T <= weights.length; i++) index.set(keyList[i]!, i * T);
  return modelFrom(tagList, index, weights, tablesAfter);
}

/** A model from a file's parts: over its stored feature table when it has one (nothing to build), else as parseModel. */
export function parseModelParts(parts: ModelParts, tablesAfter = TABLES_AFTER): TaggerModel {
  if (!parts.table) return parseModel(parts.tags, parts.keys, parts.weights, tablesAfter);
  const tagList = parts.tags.split(' ');
  return modelFrom(tagList, new HashedFeatureIndex(parts.table, tagList.length, () => parts.keys), alignedWeights(parts.weights), tablesAfter);
}

/** The weights copied into an aligned buffer; the rows were written little-endian, as every Lambda CPU reads them. */
function alignedWeights(bytes: Uint8Array): Int16Array {
  const aligned = new ArrayBuffer(bytes.length & ~1);
  new Uint8Array(aligned).set(bytes.subarray(0, aligned.byteLength));
  return new Int16Array(aligned);
}

function modelFrom(tagList: string[], index: FeatureIndex, weights: Int16Array, tablesAfter: number): TaggerModel {
  const T = tagList.length;
  const names = ['<s>', ...tagList];
  const prevRows = Int32Array.from(names, (p) => index.get(tagFeatures(p, '<s>', '')[0]) ?? -1);
  const prev2Rows = Int32Array.from(names.flatMap((p2) => names.map((p) => index.get(tagFeatures(p, p2, '')[1]) ?? -1)));
  const allowed = new Uint8Array(names.length * T);
  for (let p = 0; p < names.length; p++) {
    for (let t = 0; t < T; t++) {
      const tag = tagList[t]!;
      allowed[p * T + t] = tag.charCodeAt(0) === 73 && names[p]!.slice(2) !== tag.slice(2) ? 0 : 1;
    }
  }

  const constant = {} as TaggerModel['constant'];
  for (const f of CONSTANT_FEATURES) constant[f] = index.get(f) ?? -1;
  const model: TaggerModel = {
    tags: tagList,
    index,
    weights,
    prevRows,
    prev2Rows,
    allowed,
    tables: null,
    tablesAfter,
    tagged: 0,
    historyRows: new Map(),
    constant,
    history: new Int32Array(0),
    gazIds: new Map(),
    gazLabels: [],
    gazTriples: new Map(),
    words: [new Map(), new Map()],
    boundary: [new Int32Array(0), new Int32Array(0)],
  };
  model.boundary = [boundarySums(model, ''), boundarySums(model, 'A')];
  const history = new Int32Array(names.length * names.length * T);
  for (let p2 = 0; p2 < names.length; p2++) {
    for (let p = 0; p < names.length; p++) {
      const at = (p2 * names.length + p) * T;
      for (const r of [constant.b, prevRows[p]!, prev2Rows[p2 * names.length + p]!]) if (r >= 0) for (let t = 0; t < T; t++) history[at + t]! += weights[r + t]!;
    }
  }
  model.history = history;
  return model;
}

/** Sentences tagged by string lookups before the integer tables are built (see TaggerModel.tables). */
const TABLES_AFTER = 300;

function buildTables(model: TaggerModel): PairTables {
  const names = ['<s>', ...model.tags];
  // Integer views of the keys of the contextual features. Keys with a '|' inside a word are
  // entered under every reading, so a lookup finds a row exactly when the string key exists.
  // (Two passes over the keys, the first only counting, so the tables are sized once: this runs
  // at cold start.)
  let nBefore = 0;
  let nAfter = 0;
  let nTagWord = 0;
  let nShape = 0;
  for (const [key] of model.index.entries()) {
    if (key.startsWith('w-1w=')) nBefore++;
    else if (key.startsWith('ww+1=')) nAfter++;
    else if (key.startsWith('tw=')) nTagWord++;
    else if (key.startsWith('ss=')) nShape++;
  }
  const vocab = new Map<string, number>();
  const shapes = new Map<string, number>();
  const pairBefore = new IntTable(nBefore);
  const pairAfter = new IntTable(nAfter);
  const tagWord = new IntTable(nTagWord);
  // ss= keys with an 'A' (all-caps sentence) prefix have two readings.
  const shapeTriples = new IntTable(2 * nShape);
  for (const [key, row] of model.index.entries()) {
    const c0 = key.charCodeAt(0);
    if (c0 === 119 /* w */ && (key.startsWith('w-1w=') || key.startsWith('ww+1='))) {
      const table = key.charCodeAt(1) === 45 /* - */ ? pairBefore : pairAfter;
      for (const [x, y] of splits(key.slice(5), 2)) table.set(idOf(vocab, x!), idOf(vocab, y!), 0, row);
    } else if (c0 === 116 /* t */ && key.startsWith('tw=')) {
      const rest = key.slice(3);
      for (let p = 0; p < names.length; p++) {
        const name = names[p]!;
        if (rest.startsWith(name) && rest.charCodeAt(name.length) === 124 /* | */) tagWord.set(p, idOf(vocab, rest.slice(name.length + 1)), 0, row);
      }
    } else if (c0 === 115 /* s */ && key.startsWith('ss=')) {
      const rest = key.slice(3);
      for (let ac = 0; ac < (rest.charCodeAt(0) === 65 /* A */ ? 2 : 1); ac++) {
        for (const [x, y, z] of splits(ac ? rest.slice(1) : rest, 3)) shapeTriples.set(idOf(shapes, x!) * 2 + ac, idOf(shapes, y!), idOf(shapes, z!), row);
      }
    }
  }

  return { vocab, shapes, pairBefore, pairAfter, tagWord, shapeTriples };
}

let loaded: TaggerModel | null = null;

/** The shipped model (`model/ner-model.bin`), read and parsed on first call. */
export function shippedModel(): TaggerModel {
  if (!loaded) {
    loaded = parseModelParts(readModelFile());
  }
  return loaded;
}

/** Add the rows of the features present in the model into sums[at … at+T). */
function addFeatures(model: TaggerModel, feats: string[], sums: Int32Array, at: number): void {
  const T = model.tags.length;
  const W = model.weights;
  for (const f of feats) {
    const r = model.index.get(f);
    if (r === undefined) continue;
    for (let t = 0; t < T; t++) sums[at + t]! += W[r + t]!;
  }
}

const OFFSETS = [-2, -1, 1, 2] as const;

function wordEntry(model: TaggerModel, w: string, ac: string): WordEntry {
  const cache = model.words[ac ? 1 : 0];
  let e = cache.get(w);
  if (e) return e;
  const T = model.tags.length;
  const l = w.toLowerCase();
  const sh = shape(w);
  const sums = new Int32Array(5 * T);
  addFeatures(model, wordFeatures(w, l, sh, ac), sums, 0);
  for (let k = 0; k < 4; k++) addFeatures(model, neighbourFeatures(w, l, sh, ac, OFFSETS[k]!), sums, (k + 1) * T);
  e = { sums, lower: l, shape: sh, vid: model.tables?.vocab.get(l) ?? -1, sid: model.tables?.shapes.get(sh) ?? -1, cap: isCap(w), orgHead: isOrgHead(w), gazMax: firstTokenMax(l) };
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(w, e);
  return e;
}

function boundarySums(model: TaggerModel, ac: string): Int32Array {
  const T = model.tags.length;
  const sums = new Int32Array(5 * T);
  for (let k = 0; k < 4; k++) {
    const d = OFFSETS[k]!;
    const b = d < 0 ? '<s>' : '</s>';
    addFeatures(model, neighbourFeatures(b, b, b, ac, d), sums, (k + 1) * T);
  }
  return sums;
}

/** Small id of a gazetteer label (or boundary marker). */
function gazId(model: TaggerModel, label: string): number {
  let id = model.gazIds.get(label);
  if (id === undefined) {
    id = model.gazLabels.length;
    model.gazLabels.push(label);
    model.gazIds.set(label, id);
  }
  return id;
}

const GAZ_KEY = 1024;

/** Summed weights of g=OWN, g-1=PREVIOUS and g+1=NEXT (labels by id); cached per triple. */
function gazTriple(model: TaggerModel, prev: number, own: number, next: number): Int32Array {
  // Ids stay far below GAZ_KEY (two labels per gazetteer kind), so the key is a small integer;
  // were there ever more labels, the sums would be made afresh rather than cached under a clashing key.
  const cacheable = prev < GAZ_KEY && own < GAZ_KEY && next < GAZ_KEY;
  const key = (prev * GAZ_KEY + own) * GAZ_KEY + next;
  let v = cacheable ? model.gazTriples.get(key) : undefined;
  if (!v) {
    const L = model.gazLabels;
    v = new Int32Array(model.tags.length);
    addFeatures(model, [`g=${L[own]}`, `g-1=${L[prev]}`, `g+1=${L[next]}`], v, 0);
    if (cacheable) model.gazTriples.set(key, v);
  }
  return v;
}

function addRow(w: Int16Array, base: number | undefined, scores: Int32Array, T: number): void {
  if (base === undefined || base < 0) return;
  for (let t = 0; t < T; t++) scores[t]! += w[base + t]!;
}

/**
 * Scratch arrays reused by every call (typed-array allocation costs more than the tagging of a
 * short sentence); tagSentence is synchronous and never re-entered, so one set suffices.
 */
let gidBuffer = new Int32Array(256);
let scoreBuffer = new Int32Array(16);

/**
 * Tag one sentence. With `margins`, each token's confidence is written there too: how far the
 * chosen tag's score is ahead of the best other tag the history allowed (model units, ≥ 0).
 */
export function tagSentence(model: TaggerModel, tokens: string[], doc: DocContext, margins?: number[], seen?: PredictionHistory): string[] {
  const T = model.tags.length;
  const W = model.weights;
  const n = tokens.length;
  const allCaps = sentenceAllCaps(tokens);
  const ac = allCaps ? 'A' : '';
  // Before any word entry is looked up: entries made without tables carry no ids.
  if (!model.tables && model.tagged++ >= model.tablesAfter) {
    model.tables = buildTables(model);
    // Cached words were made without ids: start the cache afresh.
    model.words = [new Map(), new Map()];
  }
  const entries = new Array<WordEntry>(n);
  const lower = new Array<string>(n);
  if (gidBuffer.length < n) gidBuffer = new Int32Array(Math.max(n, 2 * gidBuffer.length));
  const gids = gidBuffer;
  for (let i = 0; i < n; i++) {
    const e = wordEntry(model, tokens[i]!, ac);
    entries[i] = e;
    lower[i] = e.lower;
    gids[i] = e.gazMax;
  }
  const gaz = gazetteerLabelsFrom(tokens, lower, allCaps, gids);
  const boundary = model.boundary[allCaps ? 1 : 0];
  const { constant, allowed } = model;
  const tables = model.tables;
  const acFlag = allCaps ? 1 : 0;
  const startVid = tables?.vocab.get('<s>') ?? -1;
  const endVid = tables?.vocab.get('</s>') ?? -1;
  const startSid = tables?.shapes.get('<s>') ?? -1;
  const endSid = tables?.shapes.get('</s>') ?? -1;
  // The buffer held each word's firstTokenMax for the labelling; now it holds the labels' ids.
  for (let i = 0; i < n; i++) gids[i] = gazId(model, gaz[i]!);
  const startGaz = gazId(model, '<s>');
  const endGaz = gazId(model, '</s>');
  const history = model.history;
  const H = T + 1;
  if (scoreBuffer.length < T) scoreBuffer = new Int32Array(T);
  const scores = scoreBuffer;
  const out = new Array<string>(n);
  let prev = 0; // index into ['<s>', ...tags]
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i]!;
    const w = tokens[i]!;
    const l = e.lower;
    // In one pass over the tags: the word's own features, its neighbours' (-2, -1, +1, +2), the
    // gazetteer labels g=, g-1=, g+1=, and 'b' with the tag history t=, tt=.
    const own = e.sums;
    const m2 = i >= 2 ? entries[i - 2]!.sums : boundary;
    const m1 = i >= 1 ? entries[i - 1]!.sums : boundary;
    const p1 = i + 1 < n ? entries[i + 1]!.sums : boundary;
    const p2 = i + 2 < n ? entries[i + 2]!.sums : boundary;
    const gz = gazTriple(model, i > 0 ? gids[i - 1]! : startGaz, gids[i]!, i + 1 < n ? gids[i + 1]! : endGaz);
    const hb = (prev2 * H + prev) * T;
    for (let t = 0; t < T; t++) {
      scores[t] = own[t]! + m2[T + t]! + m1[2 * T + t]! + p1[3 * T + t]! + p2[4 * T + t]! + gz[t]! + history[hb + t]!;
    }
    // The rest of contextFeatures(), feature by feature.
    if (tables) {
      const vPrev = i > 0 ? entries[i - 1]!.vid : startVid;
      const vNext = i + 1 < n ? entries[i + 1]!.vid : endVid;
      if (e.vid >= 0) {
        if (vPrev >= 0) addRow(W, tables.pairBefore.get(vPrev, e.vid, 0), scores, T);
        if (vNext >= 0) addRow(W, tables.pairAfter.get(e.vid, vNext, 0), scores, T);
      }
      const sPrev = i > 0 ? entries[i - 1]!.sid : startSid;
      const sNext = i + 1 < n ? entries[i + 1]!.sid : endSid;
      if (sPrev >= 0 && e.sid >= 0 && sNext >= 0) addRow(W, tables.shapeTriples.get(sPrev * 2 + acFlag, e.sid, sNext), scores, T);
    } else {
      // The same features as strings (contextFeatures' spelling), until the tables exist.
      const p1 = i > 0 ? entries[i - 1]!.lower : '<s>';
      const n1 = i + 1 < n ? entries[i + 1]!.lower : '</s>';
      const ps1 = i > 0 ? entries[i - 1]!.shape : '<s>';
      const ns1 = i + 1 < n ? entries[i + 1]!.shape : '</s>';
      addRow(W, model.index.get(`w-1w=${p1}|${l}`), scores, T);
      addRow(W, model.index.get(`ww+1=${l}|${n1}`), scores, T);
      addRow(W, model.index.get(`ss=${ac}${ps1}|${e.shape}|${ns1}`), scores, T);
    }
    if (i === 0) addRow(W, model.index.get(`first=${ac}${e.shape}`), scores, T);
    if (i + 1 < n && entries[i + 1]!.orgHead) addRow(W, constant.nexthead, scores, T);
    if (!allCaps && e.cap) {
      if (doc.lowerSeen.has(l)) addRow(W, constant.lcseen, scores, T);
      if (i === 0 || tokens[i - 1] === '"') addRow(W, doc.capSeen.has(w) ? constant.capseen : constant.capunseen, scores, T);
    }
    if (allCaps && l.length > 1) {
      // In headlines, borrow the casing the word has in the body.
      const titled = w[0] + l.slice(1);
      addRow(W, doc.capSeen.has(titled) || doc.capSeen.has(w) ? constant.hcap : doc.lowerSeen.has(l) ? constant.hlow : constant.hnone, scores, T);
    }
    // What the tagger decided for this word earlier in the document.
    if (seen && (allCaps || e.cap)) {
      const v = seen.get(l);
      if (v !== undefined) {
        let r = model.historyRows.get(v);
        if (r === undefined) model.historyRows.set(v, (r = model.index.get(`ph=${v}`) ?? -1));
        addRow(W, r, scores, T);
      }
    }
    // Tag history.
    if (tables) {
      if (e.vid >= 0) addRow(W, tables.tagWord.get(prev, e.vid, 0), scores, T);
    } else addRow(W, model.index.get(`tw=${prev === 0 ? '<s>' : model.tags[prev - 1]}|${l}`), scores, T);
    let best = 0;
    const allow = prev * T;
    for (let t = 1; t < T; t++) {
      if (allowed[allow + t] && scores[t]! > scores[best]!) best = t;
    }
    out[i] = model.tags[best]!;
    if (seen) recordHistory(seen, w, l, ac, out[i]);
    if (margins) {
      let second = -Infinity;
      for (let t = 0; t < T; t++) if (t !== best && allowed[allow + t] && scores[t]! > second) second = scores[t]!;
      margins[i] = second === -Infinity ? 0 : scores[best]! - second;
    }
    prev2 = prev;
    prev = best + 1;
  }
  return out;
}

/**
 * The reference decoder: every feature string of features.ts (the training view) looked up in
 * the model. Slow; tagSentence must give exactly its tags (the unit tests compare them).
 */
export function tagSentenceReference(model: TaggerModel, tokens: string[], doc: DocContext, history?: PredictionHistory): string[] {
  const T = model.tags.length;
  const W = model.weights;
  const p = prepare(tokens);
  const scores = new Int32Array(T);
  const out: string[] = [];
  let prevName = '<s>';
  let prev2Name = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    const f = wordFeatures(tokens[i]!, p.lower[i]!, p.shapes[i]!, p.ac);
    for (const d of OFFSETS) {
      const j = i + d;
      const inside = j >= 0 && j < tokens.length;
      const b = d < 0 ? '<s>' : '</s>';
      f.push(...neighbourFeatures(inside ? tokens[j]! : b, inside ? p.lower[j]! : b, inside ? p.shapes[j]! : b, p.ac, d));
    }
    f.push(...contextFeatures(p, i, doc), ...tagFeatures(prevName, prev2Name, p.lower[i]!));
    const ph = history && historyFeature(history, tokens[i]!, p.lower[i]!, p.ac);
    if (ph) f.push(ph);
    for (const x of f) addRow(W, model.index.get(x), scores, T);
    let best = 0;
    for (let t = 1; t < T; t++) {
      const tag = model.tags[t]!;
      if (tag.charCodeAt(0) === 73 && prevName.slice(2) !== tag.slice(2)) continue;
      if (scores[t]! > scores[best]!) best = t;
    }
    out.push(model.tags[best]!);
    if (history) recordHistory(history, tokens[i]!, p.lower[i]!, p.ac, model.tags[best]!);
    prev2Name = prevName;
    prevName = model.tags[best]!;
  }
  return out;
}

/**
 * Tag every sentence of one document (document context and the prediction history are shared
 * across its sentences, which are tagged in order). With
 * `margins`, margins[i] receives sentence i's per-token confidences (see tagSentence).
 */
export function tagDocument(sentences: string[][], model: TaggerModel = shippedModel(), ctx?: DocContext, margins?: number[][]): string[][] {
  const doc = ctx ?? docContext(sentences);
  const out = new Array<string[]>(sentences.length);
  const history: PredictionHistory = new Map();
  for (let i = 0; i < sentences.length; i++) {
    const m = margins ? (margins[i] = new Array<number>(sentences[i]!.length)) : undefined;
    out[i] = tagSentence(model, sentences[i]!, doc, m, history);
  }
  // The first sentence (a headline, when the article has one) came before everything it could
  // borrow from: tag it again with the whole document's decisions ("as National wins" after the
  // body's "National Party"). Its own words' entries are overwritten by later mentions, if any.
  if (sentences.length > 1) {
    const m = margins ? (margins[0] = new Array<number>(sentences[0]!.length)) : undefined;
    out[0] = tagSentence(model, sentences[0]!, doc, m, new Map(history));
  }
  return out;
}
