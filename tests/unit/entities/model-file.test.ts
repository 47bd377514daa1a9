/** The model file format: what train:ner writes, the tagger reads back; a broken file is a ModelDataError. */
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, ModelDataError, readModelFile } from '#core/extract/entities/model-file.ts';

describe('model file', () => {
  it('round-trips tags, keys and weight bytes', () => {
    const weights = new Uint8Array([1, 0, 255, 255, 7, 0]);
    const back = decodeModel(encodeModel({ tags: 'O B-PER', keys: 'w=kabul\nß=ü', weights }));
    expect(back.tags).toBe('O B-PER');
    expect(back.keys).toBe('w=kabul\nß=ü');
    expect([...back.weights]).toEqual([...weights]);
  });

  it('rejects a file with the wrong magic or cut short, and a path that does not exist', () => {
    const good = encodeModel({ tags: 'O B-PER', keys: 'a\nb', weights: new Uint8Array(8) });
    expect(() => decodeModel(Buffer.from('PK\u0003\u0004 not a model'))).toThrow(ModelDataError);
    expect(() => decodeModel(good.subarray(0, 10))).toThrow(ModelDataError);
    expect(() => decodeModel(good.subarray(0, 16))).toThrow(ModelDataError);
    expect(() => readModelFile('/nonexistent/ner-model.bin')).toThrow(ModelDataError);
  });

  it('the shipped model has the nine BIO tags and one weight row per key', () => {
    const m = readModelFile();
    const tags = m.tags.split(' ');
    expect(tags).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
    expect(m.weights.length).toBe(m.keys.split('\n').length * tags.length * 2);
  });
});
