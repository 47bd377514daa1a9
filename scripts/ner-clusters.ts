/**
 * Word clusters for the entity tagger, learnt from the words of the CoNLL train text alone (no
 * tags): the bidirectional exchange algorithm (Kneser & Ney 1993; Uszkoreit & Brants 2008's
 * predictive form, both directions), which groups words that follow and precede the same words,
 * run at several cluster counts. The tagger uses a word's cluster at each count as features
 * (features.ts), so a rare word borrows what its cluster-mates taught the model.
 *
 * Usage: node --import tsx scripts/ner-clusters.ts --data DIR [--holdout] [--out FILE]
 *   Without --holdout: every train document, written to model/word-clusters.txt (shipped).
 *   With --holdout: only the documents the held-out model is fitted on (the validation documents'
 *   words stay unseen), written to a temporary file (holdoutClustersPath). `train:ner` runs this
 *   itself first, so the README's one command still rebuilds everything.
 * Deterministic: no randomness; words are visited by frequency, ties by spelling.
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { holdoutClustersPath, readConll, requireFile, splitTrain } from './ner-conll.ts';

/** Cluster counts: coarse to fine. */
export const CLUSTER_SIZES = [32, 128, 512];
/** Words seen fewer times are not clustered (their contexts are too few to place them). */
const MIN_COUNT = 2;
const ITERATIONS = 12;

/** Cluster every word of `sentences` seen at least MIN_COUNT times; returns word → cluster per size. */
export function clusterWords(sentences: string[][], sizes: number[] = CLUSTER_SIZES, log = false): Map<string, number[]> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const V = words.length;
  // Ids: 0..V-1 the clustered words, V the rare words (one clustered pseudo-word), V+1 the sentence boundary (context only).
  const RARE = V;
  const BOUND = V + 1;
  const id = new Map(words.map((w, i) => [w, i]));
  const pairs = new Map<number, number>();
  let total = 0;
  const unigram = new Float64Array(V + 1);
  for (const s of sentences) {
    let prev = BOUND;
    for (const w of [...s, null]) {
      const cur = w === null ? BOUND : (id.get(w) ?? RARE);
      const key = prev * (V + 2) + cur;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      if (cur !== BOUND) {
        unigram[cur]! += 1;
        total++;
      }
      prev = cur;
    }
  }
  // Per clustered word: its distinct predecessors and successors with counts.
  const pred: [number, number][][] = Array.from({ length: V + 1 }, () => []);
  const succ: [number, number][][] = Array.from({ length: V + 1 }, () => []);
  for (const [key, n] of pairs) {
    const a = Math.floor(key / (V + 2));
    const b = key % (V + 2);
    if (b <= RARE) pred[b]!.push([a, n]);
    if (a <= RARE) succ[a]!.push([b, n]);
  }
  const xlogx = new Float64Array(total + 2);
  for (let i = 1; i < xlogx.length; i++) xlogx[i] = i * Math.log(i);
  const out = new Map<string, number[]>(words.map((w) => [w, []]));
  for (const C of sizes) {
    const cls = new Int32Array(V + 1);
    for (let w = 0; w <= V; w++) cls[w] = w % C;
    // left[v * C + c]: how often context word v precedes a word of class c; right[u * C + c]: follows one.
    const left = new Int32Array((V + 2) * C);
    const right = new Int32Array((V + 2) * C);
    const size = new Float64Array(C);
    const place = (w: number, c: number, sign: number) => {
      for (const [v, n] of pred[w]!) left[v * C + c]! += sign * n;
      for (const [u, n] of succ[w]!) right[u * C + c]! += sign * n;
      size[c]! += sign * unigram[w]!;
    };
    for (let w = 0; w <= V; w++) place(w, cls[w]!, 1);
    const gain = new Float64Array(C);
    for (let it = 0; it < ITERATIONS; it++) {
      let moved = 0;
      for (let w = 0; w <= V; w++) {
        const from = cls[w]!;
        place(w, from, -1);
        // Objective change of adding w to class c: Σ f(N(v,c)+n) − f(N(v,c)) over its contexts, − 2 (f(N(c)+n(w)) − f(N(c))).
        const nw = unigram[w]!;
        for (let c = 0; c < C; c++) gain[c] = -2 * (xlogx[size[c]! + nw]! - xlogx[size[c]!]!);
        for (const [v, n] of pred[w]!) {
          const row = v * C;
          for (let c = 0; c < C; c++) {
            const x = left[row + c]!;
            if (x) gain[c]! += xlogx[x + n]! - xlogx[x]!;
            else gain[c]! += xlogx[n]!;
          }
        }
        for (const [u, n] of succ[w]!) {
          const row = u * C;
          for (let c = 0; c < C; c++) {
            const x = right[row + c]!;
            if (x) gain[c]! += xlogx[x + n]! - xlogx[x]!;
            else gain[c]! += xlogx[n]!;
          }
        }
        let best = from;
        for (let c = 0; c < C; c++) if (gain[c]! > gain[best]! + 1e-9) best = c;
        if (best !== from) moved++;
        cls[w] = best;
        place(w, best, 1);
      }
      if (log) console.log(`clusters ${C}: iteration ${it + 1}, ${moved} words moved`);
      if (moved < V / 500) break;
    }
    words.forEach((w, i) => out.get(w)!.push(cls[i]!));
  }
  return out;
}

/** The file format: a header line with the sizes, then `word TAB cluster TAB cluster …` per word. */
export function formatClusters(clusters: Map<string, number[]>, sizes: number[] = CLUSTER_SIZES): string {
  const lines = [`#sizes\t${sizes.join('\t')}`];
  for (const [w, cs] of clusters) if (!w.includes('\t') && !w.includes('\n')) lines.push(`${w}\t${cs.join('\t')}`);
  return `${lines.join('\n')}\n`;
}

/** Build and write the clusters of the train text (the fitted part with `holdout`); returns the file written. */
export function buildClusters(dataDir: string, holdout: boolean, outFile?: string): string {
  const trainPath = join(dataDir, 'train.txt');
  requireFile(trainPath, 'CoNLL train split');
  const all = readConll(trainPath);
  const docs = holdout ? splitTrain(all).fit : all;
  const here = dirname(fileURLToPath(import.meta.url));
  const file = outFile ?? (holdout ? holdoutClustersPath() : join(here, '..', 'lambdas', 'core', 'extract', 'entities', 'model', 'word-clusters.txt'));
  const t0 = Date.now();
  const clusters = clusterWords(
    docs.flatMap((d) => d.sentences.map((s) => s.tokens)),
    CLUSTER_SIZES,
    true,
  );
  writeFileSync(file, formatClusters(clusters));
  console.log(`wrote ${file}: ${clusters.size} words in ${CLUSTER_SIZES.join('/')} clusters, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

if (process.argv[1]?.endsWith('ner-clusters.ts')) {
  const i = process.argv.indexOf('--data');
  const o = process.argv.indexOf('--out');
  if (i < 0) {
    console.error('usage: node --import tsx scripts/ner-clusters.ts --data DIR [--holdout] [--out FILE]');
    process.exit(2);
  }
  buildClusters(process.argv[i + 1]!, process.argv.includes('--holdout'), o >= 0 ? process.argv[o + 1] : undefined);
}
