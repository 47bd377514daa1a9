/**
 * The entity extractor's data files (`model/`): the tagger's weights and the gazetteer, shipped
 * beside the code instead of 1.9 MB of string literals in it, so the Lambda bundle stays small and
 * they are read only when the first article is tagged.
 *
 * Layout (little-endian), written by train:ner (scripts/train-ner.ts) through encodeModel:
 * "NER2", u32 byte length + UTF-8 tags (space-separated), u32 byte length + UTF-8 feature keys
 * (newline-separated; key i owns weight row i), u32 byte length + Int16 weights (one row of `tags`
 * numbers per key), zero padding to a multiple of 4, then the feature table (feature-index.ts):
 * u32 seed, u32 slot count S, S u32 slots, S u32 fingerprints. "NER1" files (no length before the
 * weights, which run to the end, and no table) still load: their index is built as a Map.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFeatureTable, type FeatureTable } from './feature-index.ts';

export interface ModelParts {
  tags: string;
  /** Decoded from the file on first read: a table-backed model never needs them to tag. */
  keys: string;
  /** Raw little-endian Int16 rows. */
  weights: Uint8Array;
  /** The stored feature table (NER2 files); absent for NER1 files and models built in memory. */
  table?: FeatureTable;
}

const MAGIC = 'NER2';
const OLD_MAGIC = 'NER1';

/**
 * The shipped data could not be read: a broken deployment, not a bad article. The pipeline lets it
 * through instead of rejecting the article, so the message is retried and lands in the DLQ (with
 * its alarm) rather than every article being quarantined.
 */
export class ModelDataError extends Error {
  override name = 'ModelDataError';
}

function readData(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new ModelDataError(`entity model data unreadable at ${path}: ${(err as Error).message}`);
  }
}

/**
 * Where the shipped model lives. In the source tree it is `model/ner-model.bin` next to this file;
 * in a Lambda bundle `import.meta.url` is the bundle's own file, and the stack copies the model to
 * `model/ner-model.bin` beside it, so the same expression resolves in both. `NEWS_INGEST_NER_MODEL`
 * points at another file (a model retrained on your own data).
 */
export function shippedModelPath(): string {
  return process.env.NEWS_INGEST_NER_MODEL || dataPath('ner-model.bin');
}

/**
 * A data file of the shipped `model/` folder, read whole: the folder every build copies beside its
 * code, so it holds the junk-line model too (lambdas/core/clean/junk-model.ts), not only the entity
 * model. A missing file throws ModelDataError (a broken installation).
 */
export function readShippedDataFile(name: string): Buffer {
  return readData(dataPath(name));
}

/** A file of the shipped `model/` folder (the same beside the source and beside a bundle). */
function dataPath(name: string): string {
  return fileURLToPath(new URL(`./model/${name}`, import.meta.url));
}

/** The gazetteer's compact lists (see scripts/build-gazetteer.ts for their line formats). */
export interface GazetteerData {
  COUNTRIES: string;
  DEMONYMS: string;
  PLACES: string;
  ORGS: string;
  FIRST_NAMES: string;
  LAST_NAMES: string;
  LEX_ORGS: string;
  LEX_PLACES: string;
  COMMON_WORDS: string;
  ORG_HEADS: string;
}

export function readGazetteerFile(path: string = dataPath('gazetteer.json')): GazetteerData {
  return JSON.parse(readData(path).toString('utf8')) as GazetteerData;
}

/** The file for a model's parts; the feature table is built here from the keys (the parts' own table is ignored). */
export function encodeModel(parts: Pick<ModelParts, 'tags' | 'keys' | 'weights'>): Buffer {
  const tags = Buffer.from(parts.tags, 'utf8');
  const keys = Buffer.from(parts.keys, 'utf8');
  const head = Buffer.alloc(4 + 4 + tags.length + 4 + keys.length + 4);
  let o = head.write(MAGIC, 0, 'latin1');
  o = head.writeUInt32LE(tags.length, o);
  o += tags.copy(head, o);
  o = head.writeUInt32LE(keys.length, o);
  o += keys.copy(head, o);
  head.writeUInt32LE(parts.weights.length, o);
  const pad = Buffer.alloc((4 - ((head.length + parts.weights.length) % 4)) % 4);
  const table = buildFeatureTable(parts.keys.split('\n'));
  const tableHead = Buffer.alloc(8);
  tableHead.writeUInt32LE(table.seed, 0);
  tableHead.writeUInt32LE(table.slots.length, 4);
  const le = (a: Uint32Array) => {
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i++) b.writeUInt32LE(a[i]!, i * 4);
    return b;
  };
  return Buffer.concat([head, parts.weights, pad, tableHead, le(table.slots), le(table.fingerprints)]);
}

export function decodeModel(buf: Buffer): ModelParts {
  const magic = buf.length >= 12 ? buf.toString('latin1', 0, 4) : '';
  if (magic !== MAGIC && magic !== OLD_MAGIC) throw new ModelDataError('not a news-ingest NER model file (bad magic)');
  const truncated = () => new ModelDataError('truncated NER model file');
  let o = 4;
  const tagsLen = buf.readUInt32LE(o);
  o += 4;
  if (o + tagsLen + 4 > buf.length) throw truncated();
  const tags = buf.toString('utf8', o, o + tagsLen);
  o += tagsLen;
  const keysLen = buf.readUInt32LE(o);
  o += 4;
  if (o + keysLen > buf.length) throw truncated();
  const keysAt = o;
  let keys: string | undefined;
  const lazyKeys = () => (keys ??= buf.toString('utf8', keysAt, keysAt + keysLen));
  o += keysLen;
  if (magic === OLD_MAGIC) return { tags, keys: lazyKeys(), weights: buf.subarray(o) };
  if (o + 4 > buf.length) throw truncated();
  const weightsLen = buf.readUInt32LE(o);
  o += 4;
  if (o + weightsLen > buf.length) throw truncated();
  const weights = buf.subarray(o, o + weightsLen);
  o += weightsLen;
  o += (4 - (o % 4)) % 4;
  if (o + 8 > buf.length) throw truncated();
  const seed = buf.readUInt32LE(o);
  const size = buf.readUInt32LE(o + 4);
  o += 8;
  if (size === 0 || (size & (size - 1)) !== 0) throw new ModelDataError('NER model file: feature table size is not a power of two');
  if (o + size * 8 > buf.length) throw truncated();
  const table: FeatureTable = { seed, slots: u32(buf, o, size), fingerprints: u32(buf, o + size * 4, size) };
  return {
    tags,
    get keys() {
      return lazyKeys();
    },
    weights,
    table,
  };
}

/** A little-endian u32 view of `count` numbers at `at` (copied when the bytes are not 4-aligned in memory). */
function u32(buf: Buffer, at: number, count: number): Uint32Array {
  const start = buf.byteOffset + at;
  if (start % 4 === 0) return new Uint32Array(buf.buffer, start, count);
  const copy = new Uint8Array(count * 4);
  copy.set(buf.subarray(at, at + count * 4));
  return new Uint32Array(copy.buffer);
}

export function readModelFile(path: string = shippedModelPath()): ModelParts {
  return decodeModel(readData(path));
}
