/**
 * The averaged-perceptron BIO tagger at run time: parses the shipped weights lazily (first use)
 * and decodes sentences greedily left to right with tag-history features.
 */
import { docContext, sentenceFeatures, tagFeatures, type DocContext } from './features.ts';
import { MODEL } from './model/weights.ts';

export interface TaggerModel {
  tags: string[];
  /** feature string → row offset into weights (row = tags.length numbers) */
  index: Map<string, number>;
  weights: Float32Array;
}

/**
 * Parse the text model format: first line "TAG TAG … scale", then one "feature\tv,v,…" line per
 * feature with integer weights (empty = 0), divided by scale.
 */
export function parseModel(text: string): TaggerModel {
  let nl = text.indexOf('\n');
  if (nl < 0) nl = text.length;
  const head = text.slice(0, nl).split(' ');
  const scale = Number(head.pop()) || 1;
  const tags = head;
  const T = tags.length;
  const lines = text.slice(nl + 1).split('\n');
  const weights = new Float32Array(lines.length * T);
  const index = new Map<string, number>();
  let row = 0;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const base = row * T;
    let t = 0;
    let start = tab + 1;
    for (let i = tab + 1; i <= line.length && t < T; i++) {
      if (i === line.length || line.charCodeAt(i) === 44) {
        if (i > start) weights[base + t] = Number(line.slice(start, i)) / scale;
        t++;
        start = i + 1;
      }
    }
    index.set(line.slice(0, tab), base);
    row++;
  }
  return { tags, index, weights };
}

let loaded: TaggerModel | null = null;

/** The shipped model, parsed on first call. */
export function shippedModel(): TaggerModel {
  if (!loaded) loaded = parseModel(MODEL);
  return loaded;
}

function addFeature(model: TaggerModel, f: string, scores: Float64Array): void {
  const base = model.index.get(f);
  if (base === undefined) return;
  const w = model.weights;
  for (let t = 0; t < scores.length; t++) scores[t]! += w[base + t]!;
}

/** Tag one sentence given its precomputed observation features. */
export function tagSentence(model: TaggerModel, tokens: string[], feats: string[][]): string[] {
  const T = model.tags.length;
  const scores = new Float64Array(T);
  const out: string[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    for (const f of feats[i]!) addFeature(model, f, scores);
    for (const f of tagFeatures(prev, prev2, tokens[i]!.toLowerCase())) addFeature(model, f, scores);
    let best = 0;
    for (let t = 1; t < T; t++) {
      // An I- tag may only continue a span of the same type.
      const tag = model.tags[t]!;
      if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) continue;
      if (scores[t]! > scores[best]!) best = t;
    }
    const bestTag = model.tags[best]!;
    const tag = bestTag.startsWith('I-') && prev.slice(2) !== bestTag.slice(2) ? 'O' : bestTag;
    out.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return out;
}

/** Tag every sentence of one document (document context is shared across its sentences). */
export function tagDocument(sentences: string[][], model: TaggerModel = shippedModel(), ctx?: DocContext): string[][] {
  const doc = ctx ?? docContext(sentences);
  return sentences.map((s) => tagSentence(model, s, sentenceFeatures(s, doc)));
}
