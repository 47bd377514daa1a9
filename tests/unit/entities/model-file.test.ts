/** The model file format: what train:ner writes, the tagger reads back; a broken file is a ModelDataError. */
import { describe, expect, it } from 'vitest';
import { buildFeatureTable, HashedFeatureIndex } from '#core/extract/entities/feature-index.ts';
import { decodeModel, encodeModel, ModelDataError, readModelFile } from '#core/extract/entities/model-file.ts';

describe('model file', () => {
  it('round-trips tags, keys and weight bytes', () => {
    const weights = new Uint8Array([1, 0, 255, 255, 7, 0]);
    const back = decodeModel(encodeModel({ tags: 'O B-PER', keys: 'w=kabul\nß=ü', weights }));
    expect(back.tags).toBe('O B-PER');
    expect(back.keys).toBe('w=kabul\nß=ü');
    expect([...back.weights]).toEqual([...weights]);
    const index = new HashedFeatureIndex(back.table!, 2, () => back.keys);
    expect([index.get('w=kabul'), index.get('ß=ü'), index.get('w=kabu'), index.get('')]).toEqual([0, 2, undefined, undefined]);
    expect([...index.entries()]).toEqual([['w=kabul', 0], ['ß=ü', 2]]);
  });

  it('still reads a file of the older layout (NER1: no weights length, no feature table)', () => {
    const tags = Buffer.from('O B-PER');
    const keys = Buffer.from('a\nb');
    const u32 = (n: number) => Buffer.from(new Uint32Array([n]).buffer);
    const old = Buffer.concat([Buffer.from('NER1'), u32(tags.length), tags, u32(keys.length), keys, Buffer.from([1, 0, 2, 0, 3, 0, 4, 0])]);
    const back = decodeModel(old);
    expect([back.tags, back.keys, back.weights.length, back.table]).toEqual(['O B-PER', 'a\nb', 8, undefined]);
  });

  it('the feature table finds every key of the shipped model at its own row, and strings that are not keys nowhere', () => {
    const m = readModelFile();
    const T = m.tags.split(' ').length;
    const index = new HashedFeatureIndex(m.table!, T, () => m.keys);
    const keys = m.keys.split('\n');
    expect(keys.every((k, i) => index.get(k) === i * T)).toBe(true);
    expect(keys.filter((k) => index.get(`${k}\u0001`) !== undefined || index.get(k.slice(1)) === 0)).toEqual([]);
  });

  it('refuses to build a table for duplicate keys (one of them could never be found)', () => {
    expect(() => buildFeatureTable(['w=a', 'w=b', 'w=a'])).toThrow(/duplicate/);
  });

  it('rejects a file with the wrong magic or cut short, and a path that does not exist', () => {
    const good = encodeModel({ tags: 'O B-PER', keys: 'a\nb', weights: new Uint8Array(8) });
    expect(() => decodeModel(Buffer.from('PK\u0003\u0004 not a model'))).toThrow(ModelDataError);
    expect(() => decodeModel(good.subarray(0, 10))).toThrow(ModelDataError);
    expect(() => decodeModel(good.subarray(0, 16))).toThrow(ModelDataError);
    expect(() => decodeModel(good.subarray(0, good.length - 4))).toThrow(ModelDataError);
    expect(() => readModelFile('/nonexistent/ner-model.bin')).toThrow(ModelDataError);
  });

  it('the shipped model has the nine BIO tags and one weight row per key', () => {
    const m = readModelFile();
    const tags = m.tags.split(' ');
    expect(tags).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
    expect(m.weights.length).toBe(m.keys.split('\n').length * tags.length * 2);
  });
});
