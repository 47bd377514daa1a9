/**
 * Scores the entity extractor on CoNLL-format data, per type (person / organization / location;
 * MISC is ignored in gold, and a prediction never counts as MISC):
 *   1. mention level: the tagger on the gold tokens (exact span and type);
 *   2. per article, gold tokens: unique (name, type) pairs per -DOCSTART- document;
 *   3. per article, prose: each document detokenized into ordinary text and run through the real
 *      extractEntities (names and aliases count as that entity's names);
 *   4. the same per-article prose measure for `compromise` (people/organizations/places).
 *
 * Usage: npm run eval:ner -- --data FILE_OR_DIR [--split dev|val] [--model FILE] [--no-compromise]
 *                             [--confusions [KIND|all]] [--errors TYPE] [--json]
 *   A directory means DIR/dev.txt; with --split val, DIR/train.txt's validation documents (every
 *   5th, see splitTrain in ner-conll.ts), scored by default with the model `train:ner -- --holdout`
 *   wrote (the shipped one has seen them). The data is read from outside the project (e.g.
 *   ../shared/data/conll2003); the script exits with a message when it is missing.
 *   --confusions counts the per-article errors by kind (scripts/ner-confusions.ts); --json ends
 *   with one line `JSON {…}` of the per-article prose figures, for bench/ner.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../lambdas/core/extract/entities/index.ts';
import { tagDocument } from '../lambdas/core/extract/entities/tagger.ts';
import { classifyErrors, KINDS, type Kind } from './ner-confusions.ts';
import { detokenize, holdoutClustersPath, holdoutModelPath, readConll, requireFile, spans, splitTrain, type ConllDoc } from './ner-conll.ts';

const TYPES = ['person', 'organization', 'location'] as const;
type Type = (typeof TYPES)[number];
const FROM_CONLL: Record<string, Type> = { PER: 'person', ORG: 'organization', LOC: 'location' };

class Score {
  tp = new Map<Type, number>();
  fp = new Map<Type, number>();
  fn = new Map<Type, number>();
  add(gold: Set<string>, pred: Set<string>): void {
    for (const p of pred) this.bump(gold.has(p) ? this.tp : this.fp, p);
    for (const g of gold) if (!pred.has(g)) this.bump(this.fn, g);
  }
  private bump(m: Map<Type, number>, key: string): void {
    const t = key.slice(0, key.indexOf(':')) as Type;
    m.set(t, (m.get(t) ?? 0) + 1);
  }
  prf(types: readonly Type[]): [number, number, number] {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const t of types) {
      tp += this.tp.get(t) ?? 0;
      fp += this.fp.get(t) ?? 0;
      fn += this.fn.get(t) ?? 0;
    }
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : 0];
  }
  row(label: string): string {
    const cells = [...TYPES.map((t) => this.prf([t])), this.prf(TYPES)].map(([p, r, f]) => `${p.toFixed(3)}/${r.toFixed(3)}/${f.toFixed(3)}`);
    return `${label.padEnd(34)} ${cells.map((c) => c.padEnd(18)).join(' ')}`;
  }
}

/** Comparable form of a name: case, spacing and a trailing possessive do not matter. */
export function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[\s"“”]+/g, '')
    .replace(/(?<![.,;:])[.,;:]+$/, '');
}

function goldSets(doc: ConllDoc): { mentions: Set<string>[]; article: Set<string>; names: Map<string, string>; misc: Set<string> } {
  const article = new Set<string>();
  const names = new Map<string, string>();
  const misc = new Set<string>();
  const mentions = doc.sentences.map((s) => {
    const set = new Set<string>();
    for (const [type, a, b] of spans(s.tags)) {
      const t = FROM_CONLL[type];
      const name = s.tokens.slice(a, b).join(' ');
      if (!t) {
        if (type === 'MISC') misc.add(norm(detokenize(s.tokens.slice(a, b))));
        continue;
      }
      set.add(`${t}:${a}:${b}`);
      const key = `${t}:${norm(detokenize(s.tokens.slice(a, b)))}`;
      article.add(key);
      if (!names.has(key)) names.set(key, name);
    }
    return set;
  });
  return { mentions, article, names, misc };
}

/** The documents to score: --split val is the held-out part of DIR/train.txt, else dev (or the file given). */
function loadSplit(arg: string, split: string): { file: string; docs: ConllDoc[] } {
  const dir = existsSync(arg) && statSync(arg).isDirectory();
  if (split === 'val') {
    const file = dir ? join(arg, 'train.txt') : arg;
    requireFile(file, 'CoNLL train split');
    return { file: `${file} (validation: every 5th document)`, docs: splitTrain(readConll(file)).val };
  }
  const file = dir ? join(arg, 'dev.txt') : arg;
  requireFile(file, 'CoNLL dev split');
  return { file, docs: readConll(file) };
}

/** The document as prose: one paragraph per sentence, the first (headline) as the title. */
function prose(doc: ConllDoc): { title: string; paragraphs: string[]; captions: string[] } {
  const sents = doc.sentences.map((s) => detokenize(s.tokens));
  return { title: sents[0] ?? '', paragraphs: sents.slice(1), captions: [] };
}

type Nlp = (text: string) => {
  people(): { out(f: 'array'): string[] };
  organizations(): { out(f: 'array'): string[] };
  places(): { out(f: 'array'): string[] };
};

async function main(): Promise<void> {
  const i = process.argv.indexOf('--data');
  const arg = i >= 0 ? process.argv[i + 1] : undefined;
  if (!arg) {
    console.error('usage: npm run eval:ner -- --data FILE_OR_DIR [--no-compromise] [--errors person|organization|location]');
    process.exit(2);
  }
  const sp = process.argv.indexOf('--split');
  const split = sp >= 0 ? (process.argv[sp + 1] ?? 'dev') : 'dev';
  const mi = process.argv.indexOf('--model');
  const modelFile = mi >= 0 ? process.argv[mi + 1] : split === 'val' ? holdoutModelPath() : undefined;
  if (modelFile) {
    requireFile(modelFile, split === 'val' ? 'model trained without the validation documents (npm run train:ner -- --data DIR --holdout)' : 'model');
    // Read on first use (model-file.ts), so setting it before the first call is enough.
    process.env.NEWS_INGEST_NER_MODEL = modelFile;
    // The held-out model was trained with clusters learnt without the validation text: use those.
    if (modelFile === holdoutModelPath() && !process.env.NEWS_INGEST_NER_CLUSTERS) process.env.NEWS_INGEST_NER_CLUSTERS = holdoutClustersPath();
  }
  const { file, docs } = loadSplit(arg, split);
  // --confusions [KIND]: count errors by kind; with a kind ("headline", "results table", "all"), list them too.
  const ci = process.argv.indexOf('--confusions');
  const confusions = ci >= 0;
  const named = confusions ? process.argv[ci + 1] : undefined;
  const listKind: Kind | true | undefined = named === 'all' ? true : (KINDS as readonly string[]).includes(named ?? '') ? (named as Kind) : undefined;
  const kindCounts = new Map<Kind, number>();
  const withCompromise = !process.argv.includes('--no-compromise');
  // --errors TYPE: list each document's false positives and misses of that type (prose path).
  const e = process.argv.indexOf('--errors');
  const showErrors = e >= 0 ? (process.argv[e + 1] ?? '') : '';
  const nlp: Nlp | null = withCompromise ? ((await import('compromise')).default as unknown as Nlp) : null;

  const mention = new Score();
  const articleTok = new Score();
  const articleProse = new Score();
  const articleComp = new Score();
  let ms = 0;
  let msComp = 0;
  for (const doc of docs) {
    const gold = goldSets(doc);
    const tags = tagDocument(doc.sentences.map((s) => s.tokens));
    const predArticle = new Set<string>();
    doc.sentences.forEach((s, k) => {
      const pred = new Set<string>();
      for (const [type, a, b] of spans(tags[k]!)) {
        const t = FROM_CONLL[type];
        if (!t) continue;
        pred.add(`${t}:${a}:${b}`);
        predArticle.add(`${t}:${norm(detokenize(s.tokens.slice(a, b)))}`);
      }
      mention.add(gold.mentions[k]!, pred);
    });
    articleTok.add(gold.article, predArticle);

    const input = prose(doc);
    let t0 = performance.now();
    const ents = extractEntities(input);
    ms += performance.now() - t0;
    const predProse = new Set<string>();
    const predNames = new Map<string, string>();
    for (const e of ents)
      for (const n of [e.name, ...e.aliases]) {
        const key = `${e.type}:${norm(n)}`;
        predProse.add(key);
        if (!predNames.has(key)) predNames.set(key, n);
      }
    articleProse.add(gold.article, predProse);
    if (confusions) classifyErrors(doc, { gold: gold.names, pred: predNames, misc: gold.misc }, kindCounts, listKind);
    if (showErrors) {
      const fp = [...predProse].filter((x) => !gold.article.has(x) && x.startsWith(showErrors));
      const fn = [...gold.article].filter((x) => !predProse.has(x) && x.startsWith(showErrors));
      if (fp.length || fn.length) console.log(`doc ${docs.indexOf(doc)}: FP ${fp.join(', ')} | FN ${fn.join(', ')}`);
    }

    if (nlp) {
      t0 = performance.now();
      const d = nlp([input.title, ...input.paragraphs].join('\n\n'));
      const predComp = new Set<string>();
      for (const n of d.people().out('array')) predComp.add(`person:${norm(n)}`);
      for (const n of d.organizations().out('array')) predComp.add(`organization:${norm(n)}`);
      for (const n of d.places().out('array')) predComp.add(`location:${norm(n)}`);
      msComp += performance.now() - t0;
      articleComp.add(gold.article, predComp);
    }
  }
  console.log(`${file}: ${docs.length} documents (P/R/F1; MISC ignored)`);
  console.log(`${''.padEnd(34)} ${[...TYPES, 'all three'].map((c) => c.padEnd(18)).join(' ')}`);
  console.log(mention.row('mention level, gold tokens'));
  console.log(articleTok.row('per article, gold tokens'));
  console.log(articleProse.row('per article, prose (extractEntities)'));
  if (nlp) console.log(articleComp.row('per article, prose (compromise)'));
  if (confusions) {
    let total = 0;
    for (const c of [...articleProse.fp.values(), ...articleProse.fn.values()]) total += c;
    console.log(`errors by kind (per-article prose; ${total} false positives + misses; one error may fit several kinds):`);
    for (const k of KINDS) console.log(`  ${k.padEnd(24)} ${String(kindCounts.get(k) ?? 0).padStart(5)}`);
  }
  if (process.argv.includes('--json')) {
    const f1 = (sc: Score) => Object.fromEntries([...TYPES.map((t) => [t, sc.prf([t])[2]]), ['all', sc.prf(TYPES)[2]]]);
    console.log(`JSON ${JSON.stringify({ split, documents: docs.length, ours: f1(articleProse), compromise: nlp ? f1(articleComp) : null, msPerArticle: ms / docs.length })}`);
  }
  console.log(`time: extractEntities ${(ms / docs.length).toFixed(2)} ms/article${nlp ? `, compromise ${(msComp / docs.length).toFixed(2)} ms/article` : ''}`);
}

if (process.argv[1]?.endsWith("eval-ner.ts")) void main();
