/** The JSON Schemas in schemas/ describe exactly what the pipeline produces. */
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';
import { ingestedDetail, rejectedDetail } from '../../lambdas/ingest/event-details.ts';

const load = (name: string) => JSON.parse(readFileSync(`schemas/${name}`, 'utf8'));
// Both are CommonJS with a `default` export; under NodeNext the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateRecord = ajv.compile(load('article-record.schema.json'));
const validateIngested = ajv.compile(load('article-ingested.schema.json'));
const validateRejected = ajv.compile(load('article-rejected.schema.json'));

const seedRecords = readdirSync('seeds').flatMap((name) => {
  const bytes = readFileSync(`seeds/${name}`);
  return processObject(bytes, { bucket: 'raw', key: `incoming/${name}`, etag: '"e"', size: bytes.length }).records;
});

describe('record and event contracts', () => {
  it('every record made from the seeds validates against the record schema', () => {
    expect(seedRecords.length).toBeGreaterThan(0);
    for (const record of seedRecords) {
      const ok = validateRecord(record);
      expect(ok, JSON.stringify(validateRecord.errors)).toBe(true);
    }
  });

  it('the schema requires exactly the fields a record always has, and lists the optional ones (the two stay in step)', () => {
    const schema = load('article-record.schema.json');
    // extraction: HTML pages only; storyId and nearDuplicateOf: set by the store, not the core; the date sources
    // and modifiedAt only when there is a date.
    const optional = ['extraction', 'storyId', 'nearDuplicateOf', 'publishedAtSource', 'modifiedAt', 'modifiedAtSource'];
    for (const record of seedRecords) expect([...schema.required].sort()).toEqual(Object.keys(record).filter((k) => !optional.includes(k)).sort());
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required, ...optional].sort());
  });

  it('a record from an HTML page says which extraction strategy produced its body', () => {
    const html = seedRecords.find((r) => r.source.format === 'html');
    expect(html?.extraction?.strategy).toBe('main');
    expect(seedRecords.filter((r) => r.source.format !== 'html').every((r) => r.extraction === undefined)).toBe(true);
  });

  it('a dated record says where its date came from: JSON-LD, front matter, a JSON field', () => {
    const byFormat = (f: string) => seedRecords.find((r) => r.source.format === f && r.publishedAt);
    expect(byFormat('html')?.publishedAtSource).toBe('json-ld');
    expect(byFormat('markdown')?.publishedAtSource).toBe('front-matter');
    expect(byFormat('json')?.publishedAtSource).toBe('field');
    for (const r of seedRecords) if (!r.publishedAt) expect(r.publishedAtSource).toBeUndefined();
  });

  it('event details validate and stay small: no body in an event', () => {
    for (const record of seedRecords) {
      const detail = ingestedDetail(record, 'table', null);
      expect(validateIngested(detail), JSON.stringify(validateIngested.errors)).toBe(true);
      expect(JSON.stringify(detail)).not.toContain(record.body.slice(0, 200));
      expect(Buffer.byteLength(JSON.stringify(detail))).toBeLessThan(4_096);
    }
    // As the store writes them: in a story, and a copy of another article.
    const record = { ...seedRecords[0]!, storyId: 'f'.repeat(32), nearDuplicateOf: { id: 'f'.repeat(32), similarity: 0.87 } };
    expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
    expect(validateIngested(ingestedDetail(record, 'table', null)), JSON.stringify(validateIngested.errors)).toBe(true);
    expect(ingestedDetail(record, 'table', null)).toMatchObject({ storyId: 'f'.repeat(32), firstInStory: false });
    const rejected = rejectedDetail('0'.repeat(32), { code: 'empty', reason: 'object is empty', line: null, index: 0 }, { bucket: 'b', key: 'incoming/x.txt' }, null);
    expect(validateRejected(rejected), JSON.stringify(validateRejected.errors)).toBe(true);
  });
});
