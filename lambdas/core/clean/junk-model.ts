/**
 * The learned junk-line model (issue 12): two logistic regressions over hashed features, trained by
 * scripts/train-junk.ts on labelled scraped-text lines. The first scores each line from its own shape,
 * words, place and neighbours' shapes (line-features.ts `lineFeatureKeys`); the second rescores it
 * from its first score beside its neighbours' (`contextFeatureKeys`), since junk comes in runs.
 *
 * The weights ship as `junk-lines.json` in the shipped model folder beside the entity model
 * (lambdas/core/extract/entities/model/, see junk-lines.README.md), which every build copies beside
 * its code: inlined, their 46 KB took the Lambda bundle past 1 MB. The file is read and the tables
 * decoded on first use. `NEWS_INGEST_JUNK_MODEL` points at another weights file (a model
 * retrained on your own data).
 */
import { readFileSync } from 'node:fs';
import { readShippedDataFile } from '../extract/entities/model-file.ts';
import { contextFeatureKeys, contextPage, hashKey, lineFeatureKeys, lineInfo, linePlaces, type LineInfo } from './line-features.ts';

/** One weight table in the file: Int16 weights (little-endian, base64), each `scale` apart, one per hash bucket. */
export interface WeightTable {
  /** Hash table size, a power of two. */
  size: number;
  scale: number;
  weights: string;
}

export interface JunkModelFile {
  format: 'junk-lines/2';
  lines: WeightTable;
  context: WeightTable;
  /** A line is junk at a probability of at least this (chosen on held-out pages). */
  threshold: number;
  /** Lines of the story's own kinds (quotes, list items, subheadings, datelines, short sentences by a paragraph) need this much. */
  strongThreshold: number;
  trainedOn?: string;
}

export interface JunkModel {
  lines: Float32Array;
  context: Float32Array;
  threshold: number;
  strongThreshold: number;
}

/** The weights file could not be read or is not a junk-line model: a broken deployment, not a bad article. */
export class JunkModelDataError extends Error {
  override name = 'JunkModelDataError';
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeTable(t: WeightTable | undefined): Float32Array {
  if (!t || !Number.isInteger(t.size) || t.size <= 0 || (t.size & (t.size - 1)) !== 0 || typeof t.weights !== 'string') {
    throw new JunkModelDataError('junk-line model: a weight table is missing or its size is not a power of two');
  }
  const bytes = Buffer.from(t.weights, 'base64');
  if (bytes.length !== t.size * 2) throw new JunkModelDataError(`junk-line model: a table holds ${bytes.length / 2} weights, expected ${t.size}`);
  // An aligned copy read as Int16 in one go (the file is little-endian, as are the hosts Node runs on
  // in Lambda and CI; a big-endian host reads it value by value).
  const out = new Float32Array(t.size);
  if (LITTLE_ENDIAN) {
    const ints = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    for (let i = 0; i < t.size; i++) out[i] = ints[i]! * t.scale;
  } else for (let i = 0; i < t.size; i++) out[i] = bytes.readInt16LE(i * 2) * t.scale;
  return out;
}

function encodeTable(w: Float32Array): WeightTable {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes = Buffer.alloc(w.length * 2);
  for (let i = 0; i < w.length; i++) bytes.writeInt16LE(Math.round(w[i]! / scale), i * 2);
  return { size: w.length, scale, weights: bytes.toString('base64') };
}

export function decodeJunkModel(file: JunkModelFile): JunkModel {
  if (file?.format !== 'junk-lines/2') throw new JunkModelDataError('not a news-ingest junk-line model (format)');
  return { lines: decodeTable(file.lines), context: decodeTable(file.context), threshold: file.threshold, strongThreshold: file.strongThreshold };
}

export function encodeJunkModel(model: JunkModel, trainedOn?: string): JunkModelFile {
  return {
    format: 'junk-lines/2',
    threshold: model.threshold,
    strongThreshold: model.strongThreshold,
    ...(trainedOn ? { trainedOn } : {}),
    lines: encodeTable(model.lines),
    context: encodeTable(model.context),
  };
}

let loaded: JunkModel | null = null;

/** The model in use: the shipped one (or NEWS_INGEST_JUNK_MODEL's), decoded once. */
export function junkModel(): JunkModel {
  if (loaded) return loaded;
  const path = process.env.NEWS_INGEST_JUNK_MODEL;
  if (path) {
    let file: JunkModelFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as JunkModelFile;
    } catch (err) {
      throw new JunkModelDataError(`junk-line model unreadable at ${path}: ${(err as Error).message}`);
    }
    loaded = decodeJunkModel(file);
  } else loaded = decodeJunkModel(JSON.parse(readShippedDataFile('junk-lines.json').toString('utf8')) as JunkModelFile);
  return loaded;
}

/** Replaces the model in use (training and evaluation); null goes back to the shipped one. */
export function useJunkModel(model: JunkModel | null): void {
  loaded = model;
}

/**
 * Feature strings already hashed, per table size: most repeat across lines and texts (shape bins,
 * common words), and a Map lookup is cheaper than hashing them again. Bounded: cleared when full.
 */
const hashed = new Map<number, Map<string, number>>();
const MAX_HASHED = 50_000;

/** The sum of a table's weights over feature strings. */
export function sumWeights(table: Float32Array, keys: string[]): number {
  const size = table.length;
  let cache = hashed.get(size);
  if (!cache) hashed.set(size, (cache = new Map()));
  if (cache.size >= MAX_HASHED) cache.clear();
  let z = 0;
  for (const k of keys) {
    let h = cache.get(k);
    if (h === undefined) cache.set(k, (h = hashKey(k, size)));
    z += table[h]!;
  }
  return z;
}

/** First-pass logits of every line. */
export function lineLogits(infos: LineInfo[], title: string | null, table: Float32Array): Float64Array {
  const places = linePlaces(infos, title);
  const z = new Float64Array(infos.length);
  const keys: string[] = [];
  for (let i = 0; i < infos.length; i++) z[i] = sumWeights(table, lineFeatureKeys(infos, i, places[i]!, keys));
  return z;
}

/** The junk probability of every line, given all lines of the text and its title. */
export function scoreLines(texts: string[], title: string | null, model: JunkModel = junkModel()): Float64Array {
  const infos = texts.map(lineInfo);
  const z = lineLogits(infos, title, model.lines);
  const out = new Float64Array(texts.length);
  const keys: string[] = [];
  const page = contextPage(z, infos);
  for (let i = 0; i < texts.length; i++) out[i] = 1 / (1 + Math.exp(-sumWeights(model.context, contextFeatureKeys(page, i, keys))));
  return out;
}
