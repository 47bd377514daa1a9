/** V8's code cache for the CLI's core bundle: written once, taken back later, refused safely when stale. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWithCodeCache } from '../../../local/code-cache.ts';

let dir: string;
let file: string;
const SOURCE = `
const path = require('node:path');
function words(s) { return s.split(/\\s+/).filter(Boolean).length; }
exports.words = words;
exports.base = path.basename(__filename);
exports.dirOk = __dirname.length > 0;
`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-ingest-code-cache-'));
  file = join(dir, 'bundle.cjs');
  writeFileSync(file, SOURCE);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Bundle = { words(s: string): number; base: string; dirOk: boolean };

describe('loadWithCodeCache', () => {
  it('runs the bundle as CommonJS (require, __filename, __dirname) and reports no cache the first time', () => {
    const m = loadWithCodeCache<Bundle>(file);
    expect(m.cache).toBe('none');
    expect(m.exports.words('three little words')).toBe(3);
    expect(m.exports.base).toBe('bundle.cjs');
    expect(m.exports.dirOk).toBe(true);
    expect(existsSync(`${file}.v8cache`)).toBe(false);
  });

  it('writes the cache on save, once, and a later load takes it back', () => {
    const first = loadWithCodeCache<Bundle>(file);
    first.exports.words('compile this function first');
    first.save();
    const written = readFileSync(`${file}.v8cache`);
    expect(written.byteLength).toBeGreaterThan(0);
    first.save();
    const again = loadWithCodeCache<Bundle>(file);
    expect(again.cache).toBe('used');
    expect(again.exports.words('a b')).toBe(2);
  });

  it('refuses a cache that does not belong to the source, compiles as usual and writes a good one', () => {
    writeFileSync(`${file}.v8cache`, Buffer.from('not a V8 code cache at all, only bytes'));
    const m = loadWithCodeCache<Bundle>(file);
    expect(m.cache).toBe('rejected');
    expect(m.exports.words('still works')).toBe(2);
    m.save();
    expect(loadWithCodeCache<Bundle>(file).cache).toBe('used');

    // The source changed after the cache was written: V8 refuses it.
    writeFileSync(file, SOURCE + '\nexports.extra = 1;\n');
    const changed = loadWithCodeCache<Bundle & { extra: number }>(file);
    expect(changed.cache).toBe('rejected');
    expect(changed.exports.extra).toBe(1);
  });

  it('is off with NEWS_INGEST_CODE_CACHE=0: reads none, writes none', () => {
    loadWithCodeCache<Bundle>(file).save();
    rmSync(`${file}.v8cache`);
    process.env.NEWS_INGEST_CODE_CACHE = '0';
    try {
      const m = loadWithCodeCache<Bundle>(file);
      expect(m.cache).toBe('off');
      m.save();
      expect(existsSync(`${file}.v8cache`)).toBe(false);
    } finally {
      delete process.env.NEWS_INGEST_CODE_CACHE;
    }
  });

  it('only loses the speed-up when the cache cannot be written (a read-only install)', () => {
    // A folder that does not exist stands for one the user may not write to (the suite may run as root).
    const cacheFile = join(dir, 'not-there', 'bundle.cjs.v8cache');
    const m = loadWithCodeCache<Bundle>(file, cacheFile);
    expect(() => m.save()).not.toThrow();
    expect(existsSync(cacheFile)).toBe(false);
    expect(m.exports.words('works anyway')).toBe(2);
  });
});
