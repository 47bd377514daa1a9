/**
 * The entity extractor's data files (`model/`): the tagger's weights and the gazetteer, shipped
 * beside the code instead of 1.9 MB of string literals in it, so the Lambda bundle stays small and
 * they are read only when the first article is tagged.
 *
 * Weights layout (little-endian): "NER1", u32 byte length + UTF-8 tags (space-separated), u32 byte length +
 * UTF-8 feature keys (newline-separated; key i owns weight row i), then Int16 weights, one row of
 * `tags` numbers per key.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ModelParts {
  tags: string;
  keys: string;
  /** Raw little-endian Int16 rows. */
  weights: Uint8Array;
}

const MAGIC = 'NER1';

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

export function encodeModel(parts: ModelParts): Buffer {
  const tags = Buffer.from(parts.tags, 'utf8');
  const keys = Buffer.from(parts.keys, 'utf8');
  const head = Buffer.alloc(4 + 4 + tags.length + 4 + keys.length);
  let o = head.write(MAGIC, 0, 'latin1');
  o = head.writeUInt32LE(tags.length, o);
  o += tags.copy(head, o);
  o = head.writeUInt32LE(keys.length, o);
  keys.copy(head, o);
  return Buffer.concat([head, parts.weights]);
}

export function decodeModel(buf: Buffer): ModelParts {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== MAGIC) throw new ModelDataError('not a news-ingest NER model file (bad magic)');
  let o = 4;
  const tagsLen = buf.readUInt32LE(o);
  o += 4;
  if (o + tagsLen + 4 > buf.length) throw new ModelDataError('truncated NER model file');
  const tags = buf.toString('utf8', o, o + tagsLen);
  o += tagsLen;
  const keysLen = buf.readUInt32LE(o);
  o += 4;
  if (o + keysLen > buf.length) throw new ModelDataError('truncated NER model file');
  const keys = buf.toString('utf8', o, o + keysLen);
  o += keysLen;
  return { tags, keys, weights: buf.subarray(o) };
}

export function readModelFile(path: string = shippedModelPath()): ModelParts {
  return decodeModel(readData(path));
}
