/**
 * Word clusters (model/word-clusters.txt, learnt by scripts/ner-clusters.ts from the words of the
 * CoNLL train text, no tags): a word's cluster at each cluster count, read on first use. The
 * tagger sees them as features, so a word it met rarely in training shares what its
 * cluster-mates taught it. `NEWS_INGEST_NER_CLUSTERS` points at another file (the held-out
 * model's clusters, or ones learnt on your own text; `none` for a model trained without them).
 */
import { readFileSync } from 'node:fs';
import { ModelDataError, readShippedDataFile } from './model-file.ts';

interface Clusters {
  sizes: number[];
  /** word as written → the rest of its line (cluster ids, tab-separated), split on first use of the word */
  byWord: Map<string, string>;
  /** words already split into feature values ("32:5", …) */
  values: Map<string, string[]>;
}

let cached: Clusters | null = null;

function load(): Clusters {
  const path = process.env.NEWS_INGEST_NER_CLUSTERS;
  let text: string;
  if (path === 'none') return { sizes: [], byWord: new Map(), values: new Map() };
  if (path) {
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new ModelDataError(`word clusters unreadable at ${path}: ${(err as Error).message}`);
    }
  } else text = readShippedDataFile('word-clusters.txt').toString('utf8');
  const lines = text.split('\n');
  const head = lines[0]!.split('\t');
  if (head[0] !== '#sizes') throw new ModelDataError('not a word-clusters file (no #sizes header)');
  const sizes = head.slice(1).map(Number);
  // Cold start matters (the first article waits for this): one pass, two slices per line, and
  // the ids are split only for the words the tagger meets.
  const byWord = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab > 0) byWord.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return { sizes, byWord, values: new Map() };
}

/**
 * The clusters of a word: its own spelling first; in an all-caps sentence its title-cased form
 * ("REUTERS" → "Reuters"); then the lower-cased word. Undefined for a word not clustered.
 */
export function wordClusters(w: string, l: string, ac: string): string[] | undefined {
  cached ??= load();
  const m = cached.byWord;
  const key = m.has(w) ? w : ac && l.length > 1 && m.has(w[0] + l.slice(1)) ? w[0] + l.slice(1) : m.has(l) ? l : undefined;
  if (key === undefined) return undefined;
  let v = cached.values.get(key);
  if (!v) {
    const ids = m.get(key)!.split('\t');
    const sizes = cached.sizes;
    v = ids.length === sizes.length ? sizes.map((s, k) => `${s}:${ids[k]}`) : [];
    cached.values.set(key, v);
  }
  return v.length ? v : undefined;
}
