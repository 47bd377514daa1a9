/**
 * Trains the averaged-perceptron entity tagger on CoNLL-format data and writes the compact
 * shipped model to lambdas/core/extract/entities/model/ner-model.bin.
 *
 * Usage: npm run train:ner -- --data DIR [--holdout] [--epochs 10] [--prune 0.3] [--own-history] [--out FILE]
 *   DIR/train.txt is required; DIR/dev.txt, if present, is scored after training. The data is read
 *   from outside the project (e.g. ../shared/data/conll2003) and never copied in.
 *   --holdout trains without the validation documents (every 5th train document, see
 *   splitTrain in ner-conll.ts), scores them, and writes to a temporary file (holdoutModelPath)
 *   instead of the shipped model: that model is the one `eval:ner -- --split val` scores.
 *   The shuffle is seeded, so the same data and options give the same weights.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { docContext, historyFeature, recordHistory, sentenceAllCaps, sentenceFeatures, tagFeatures, type PredictionHistory } from '../lambdas/core/extract/entities/features.ts';
import { encodeModel } from '../lambdas/core/extract/entities/model-file.ts';
import { parseModel, tagDocument, type TaggerModel } from '../lambdas/core/extract/entities/tagger.ts';
import { buildClusters } from './ner-clusters.ts';
import { holdoutModelPath, readConll, requireFile, spans, splitTrain, type ConllDoc } from './ner-conll.ts';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const T = TAGS.length;
const SCALE = 100;
/** Tag history while training: the gold tags (default) or, with --own-history, the tagger's own guesses. */
const GOLD_HISTORY = !process.argv.includes('--own-history');
/** The prediction-history feature (features.ts); --no-prediction-history trains without it. */
const HISTORY = !process.argv.includes('--no-prediction-history');

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

/** Averaged perceptron with lazy averaging (each weight remembers when it last changed). */
class Perceptron {
  w = new Map<string, Float64Array>();
  total = new Map<string, Float64Array>();
  stamp = new Map<string, Float64Array>();
  step = 0;

  score(feats: string[], scores: Float64Array): void {
    for (const f of feats) {
      const w = this.w.get(f);
      if (!w) continue;
      for (let t = 0; t < T; t++) scores[t]! += w[t]!;
    }
  }

  update(feats: string[], tag: number, delta: number): void {
    for (const f of feats) {
      let w = this.w.get(f);
      let tot = this.total.get(f);
      let st = this.stamp.get(f);
      if (!w || !tot || !st) {
        w = new Float64Array(T);
        tot = new Float64Array(T);
        st = new Float64Array(T);
        this.w.set(f, w);
        this.total.set(f, tot);
        this.stamp.set(f, st);
      }
      tot[tag]! += (this.step - st[tag]!) * w[tag]!;
      st[tag] = this.step;
      w[tag]! += delta;
    }
  }

  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, w] of this.w) {
      const tot = this.total.get(f)!;
      const st = this.stamp.get(f)!;
      const avg = new Float64Array(T);
      for (let t = 0; t < T; t++) avg[t] = (tot[t]! + (this.step - st[t]!) * w[t]!) / Math.max(1, this.step);
      out.set(f, avg);
    }
    return out;
  }
}

/** Deterministic shuffle (xorshift) so training runs are reproducible. */
function shuffle<X>(xs: X[], seed: number): X[] {
  let s = seed >>> 0 || 1;
  for (let i = xs.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

interface Example {
  tokens: string[];
  gold: string[];
  feats: string[][];
  ac: string;
}

/** Sentences of one document, in order (the prediction history runs through a document). */
type DocExamples = Example[];

function examples(docs: ConllDoc[]): DocExamples[] {
  return docs.map((d) => {
    const ctx = docContext(d.sentences.map((s) => s.tokens));
    return d.sentences.map((s) => ({ tokens: s.tokens, gold: s.tags, feats: sentenceFeatures(s.tokens, ctx), ac: sentenceAllCaps(s.tokens) ? 'A' : '' }));
  });
}

/**
 * Documents are shuffled (seeded), their sentences kept in order: the prediction-history
 * feature carries the tagger's own earlier guesses through each document, as at run time.
 */
function train(docs: DocExamples[], epochs: number): Perceptron {
  const p = new Perceptron();
  const scores = new Float64Array(T);
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let total = 0;
    for (const doc of shuffle(docs.slice(), e + 7)) {
     const history: PredictionHistory = new Map();
     for (const ex of doc) {
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < ex.tokens.length; i++) {
        const w = ex.tokens[i]!;
        const l = w.toLowerCase();
        const feats = ex.feats[i]!.concat(tagFeatures(prev, prev2, l));
        const ph = HISTORY ? historyFeature(history, w, l, ex.ac) : undefined;
        if (ph) feats.push(ph);
        scores.fill(0);
        p.score(feats, scores);
        let best = 0;
        for (let t = 1; t < T; t++) if (scores[t]! > scores[best]!) best = t;
        const gold = TAGS.indexOf(ex.gold[i]!);
        p.step++;
        if (best !== gold) {
          errors++;
          p.update(feats, gold, 1);
          p.update(feats, best, -1);
        }
        total++;
        if (HISTORY) recordHistory(history, w, l, ex.ac, TAGS[best]!);
        // History: gold tags (teacher forcing), or the tagger's own guess with --own-history.
        prev2 = prev;
        prev = GOLD_HISTORY ? ex.gold[i]! : TAGS[best]!;
      }
     }
    }
    console.log(`epoch ${e + 1}: token error ${(errors / total).toFixed(4)}, features ${p.w.size}`);
  }
  return p;
}

/** Serialise: prune features whose largest |weight| is below `prune`; Int16 weights at a fixed scale. */
function serialise(weights: Map<string, Float64Array>, prune: number): { keys: string; bytes: Buffer; scale: number } {
  const kept: [string, Float64Array][] = [];
  let max = 0;
  for (const [f, w] of weights) {
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(w[t]!));
    if (m < prune || f.includes('\n')) continue;
    kept.push([f, w]);
    max = Math.max(max, m);
  }
  const scale = Math.min(SCALE, 32_000 / Math.max(1e-9, max));
  const buf = Buffer.alloc(kept.length * T * 2);
  kept.forEach(([, w], i) => {
    for (let t = 0; t < T; t++) buf.writeInt16LE(Math.round(w[t]! * scale), (i * T + t) * 2);
  });
  return { keys: kept.map(([f]) => f).join('\n'), bytes: buf, scale };
}

function mentionF1(docs: ConllDoc[], model: TaggerModel): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const pred = tagDocument(d.sentences.map((s) => s.tokens), model);
    d.sentences.forEach((s, i) => {
      const g = new Set(spans(s.tags).map((x) => x.join(':')));
      const p = new Set(spans(pred[i]!).map((x) => x.join(':')));
      for (const x of p) (g.has(x) ? tp++ : fp++);
      for (const x of g) if (!p.has(x)) fn++;
    });
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / Math.max(1e-9, P + R)).toFixed(3)} (all types, mention level)`;
}

const dataDir = arg('data');
if (!dataDir) {
  console.error('usage: npm run train:ner -- --data DIR [--holdout] [--epochs N] [--prune X] [--out FILE]');
  process.exit(2);
}
const epochs = Number(arg('epochs', '10'));
const prune = Number(arg('prune', '0.3'));
const here = dirname(fileURLToPath(import.meta.url));
const holdout = process.argv.includes('--holdout');
const outFile = arg('out', holdout ? holdoutModelPath() : join(here, '..', 'lambdas', 'core', 'extract', 'entities', 'model', 'ner-model.bin'))!;

const t0 = Date.now();
// Word clusters first (features read them): learnt from the same documents the tagger is fitted
// on, unless NEWS_INGEST_NER_CLUSTERS names a file already (or 'none', to train without them).
if (!process.env.NEWS_INGEST_NER_CLUSTERS) {
  const file = buildClusters(dataDir, holdout);
  if (holdout) process.env.NEWS_INGEST_NER_CLUSTERS = file;
}
const trainPath = join(dataDir, 'train.txt');
requireFile(trainPath, 'CoNLL train split');
const allTrain = readConll(trainPath);
const { fit, val } = splitTrain(allTrain);
const trainDocs = holdout ? fit : allTrain;
const exs = examples(trainDocs);
console.log(`train: ${trainDocs.length} docs, ${exs.reduce((n, d) => n + d.length, 0)} sentences, features in ${Date.now() - t0} ms`);
const p = train(exs, epochs);
const model = serialise(p.averaged(), prune);
const body = encodeModel({ tags: TAGS.join(' '), keys: model.keys, weights: model.bytes });
writeFileSync(outFile, body);
const nKeys = model.keys.split('\n').length;
console.log(`wrote ${outFile}: ${nKeys} features (scale ${model.scale.toFixed(2)}), ${body.length} bytes raw, ${gzipSync(body).length} bytes gzipped; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const trained = parseModel(TAGS.join(' '), model.keys, model.bytes);
if (holdout) console.log(`validation (${val.length} held-out train documents):`, mentionF1(val, trained));
const devPath = join(dataDir, 'dev.txt');
if (existsSync(devPath)) console.log('dev:', mentionF1(readConll(devPath), trained));
