import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docContext, historyValue, sentenceFeatures, tagFeatures, type PredictionHistory } from '../../../lambdas/core/extract/entities/features.ts';
import { readModelFile } from '../../../lambdas/core/extract/entities/model-file.ts';
import { parseModel, parseModelParts, tagDocument, tagSentence, tagSentenceReference } from '../../../lambdas/core/extract/entities/tagger.ts';
import { splitSentences, tokenize } from '../../../lambdas/core/extract/entities/tokenize.ts';
import { ARTICLES } from './articles.ts';

/** Tokens that stress the fast path: '|' inside words (ambiguous keys), sentence markers as words, initials, all caps. */
const TRICKY = ['a|b', 'b', 'a', 'b|c', 'c', '|', '||', '<s>', '</s>', 'A.', '.', 'A', 'AB', 'B', 'Kabul', 'KABUL', 'Kabulov', 'said', 'the', 'Ministry', '"', 'U.S.', "'s", 'Ünal', 'ÉTÉ', '2020', 'x|Y'];

const sentence = fc.array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 12 });

describe('tagger fast path', () => {
  it('gives exactly the reference decoder’s tags with the shipped model, before and after its integer tables are built', () => {
    const { tags, keys, weights } = readModelFile();
    const model = parseModel(tags, keys, weights, 40);
    const docs = ARTICLES.map((a) => [a.input.title, ...a.input.paragraphs, ...a.input.captions].flatMap((t) => splitSentences(tokenize(t))));
    docs.push([tokenize('GLAMORGAN BEAT KENT AT CARDIFF .'), tokenize('A. Dale 69 , H. Morris 69 ; D. Blenkiron 4-43 .')]);
    for (const doc of docs) {
      const ctx = docContext(doc);
      // Each decoder keeps its own prediction history through the document.
      const fast: PredictionHistory = new Map();
      const ref: PredictionHistory = new Map();
      for (const s of doc) expect(tagSentence(model, s, ctx, undefined, fast)).toEqual(tagSentenceReference(model, s, ctx, ref));
      expect(fast).toEqual(ref);
    }
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (doc) => {
        const ctx = docContext(doc);
        const fast: PredictionHistory = new Map();
        const ref: PredictionHistory = new Map();
        for (const s of doc) expect(tagSentence(model, s, ctx, undefined, fast)).toEqual(tagSentenceReference(model, s, ctx, ref));
      }),
      { numRuns: 200, seed: 11 },
    );
    expect(model.tables).not.toBeNull();
  });

  it('gives exactly the reference decoder’s tags with a model that weighs every feature, words with a bar included', () => {
    // A dense synthetic model: every feature string these sentences produce gets a weight, so any
    // feature the fast path missed or misread would change some tag.
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
    const names = ['<s>', ...tags];
    const docs = fc.sample(fc.array(sentence, { minLength: 1, maxLength: 3 }), { numRuns: 60, seed: 5 });
    const keys = new Set<string>();
    for (const doc of docs) {
      const ctx = docContext(doc);
      for (const s of doc) {
        for (const f of sentenceFeatures(s, ctx)) for (const x of f) keys.add(x);
        for (const t of s) for (const p of names) for (const p2 of names) for (const x of tagFeatures(p, p2, t.toLowerCase())) keys.add(x);
      }
    }
    for (const t of tags) for (const ac of ['', 'A']) keys.add(`ph=${historyValue(t, ac)}`);
    const keyList = [...keys];
    const weights = new Int16Array(keyList.length * tags.length);
    let seed = 12345;
    for (let i = 0; i < weights.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      weights[i] = (seed >>> 16) % 2001 - 1000;
    }
    // Both lookup paths: integer tables from the first sentence, and strings throughout.
    for (const tablesAfter of [0, Infinity]) {
      const model = parseModel(tags.join(' '), keyList.join('\n'), new Uint8Array(weights.buffer), tablesAfter);
      let tagged = 0;
      for (const doc of docs) {
        const ctx = docContext(doc);
        const fast: PredictionHistory = new Map();
        const refHistory: PredictionHistory = new Map();
        for (const s of doc) {
          const ref = tagSentenceReference(model, s, ctx, refHistory);
          expect(tagSentence(model, s, ctx, undefined, fast)).toEqual(ref);
          tagged += ref.filter((t) => t !== 'O').length;
        }
      }
      expect(tagged).toBeGreaterThan(20);
      expect(model.tables === null).toBe(tablesAfter === Infinity);
    }
  });

  it('tags the same over the model file’s stored feature table as over a Map of its keys, before and after the integer tables', () => {
    const parts = readModelFile();
    expect(parts.table).toBeDefined();
    const stored = parseModelParts(parts, 40);
    const mapped = parseModel(parts.tags, parts.keys, parts.weights, 40);
    const docs = ARTICLES.map((a) => [a.input.title, ...a.input.paragraphs, ...a.input.captions].flatMap((t) => splitSentences(tokenize(t))));
    for (const doc of [...docs, ...docs]) expect(tagDocument(doc, stored)).toEqual(tagDocument(doc, mapped));
    expect(stored.tables).not.toBeNull();
  });

  it('tags a document the same whatever was tagged before it (the word cache never mixes casing modes)', () => {
    // "A." in ordinary text and "." in an all-caps sentence once shared a cache key.
    const { tags, keys, weights } = readModelFile();
    const doc = [tokenize('A. Gurusinha run out 16')];
    const fresh = tagDocument(doc, parseModel(tags, keys, weights));
    const model = parseModel(tags, keys, weights);
    tagDocument([tokenize('SCORES AT THE CLOSE .')], model);
    expect(tagDocument(doc, model)).toEqual(fresh);
    expect(fresh[0]!.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
  });
});

describe('prediction history', () => {
  it('lets what the tagger decided for a word earlier in the document decide a later, bare mention', () => {
    // A tiny model: "Mr." before a word makes it a person; a word last tagged a person is one
    // again (ph=PER); anything else is O. The bare "Zed" is a person only after "Mr. Zed".
    const tags = ['O', 'B-PER', 'I-PER'];
    const rows: Record<string, number[]> = { b: [5, 0, 0], 'w-1=mr.': [0, 10, 0], 'ph=PER': [0, 20, 0] };
    const keys = Object.keys(rows);
    const weights = new Int16Array(keys.flatMap((k) => rows[k]!));
    const model = parseModel(tags.join(' '), keys.join('\n'), new Uint8Array(weights.buffer));
    expect(tagDocument([['Zed', 'spoke']], model)).toEqual([['O', 'O']]);
    expect(tagDocument([['Mr.', 'Zed', 'spoke'], ['Zed', 'left']], model)).toEqual([
      ['O', 'B-PER', 'O'],
      ['B-PER', 'O'],
    ]);
    // Only capitalised words carry a history: "spoke" after "Mr. spoke" would not.
    expect(tagDocument([['Mr.', 'spoke'], ['spoke']], model)[1]).toEqual(['O']);
  });
});
