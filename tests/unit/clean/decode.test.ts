/** Decoding: gzip (bounded), binary detection, encodings, normalisation and format detection. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeObject } from '#core/decode/index.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';

const meta = (key: string) => ({ bucket: 'b', key, etag: null, size: 0 });
const decode = (bytes: Uint8Array, key = 'incoming/a.txt', limits = DEFAULT_LIMITS) => decodeObject(bytes, meta(key), limits);
const text = (r: ReturnType<typeof decode>) => (r.ok ? r.value.text : `REJECTED ${r.rejection.code}`);

describe('decodeObject', () => {
  it('reads UTF-8 with and without BOM the same', () => {
    const plain = Buffer.from('Zürich café “quotes”');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(text(decode(plain))).toBe('Zürich café “quotes”');
    expect(text(decode(bom))).toBe('Zürich café “quotes”');
  });

  it('reads UTF-16 with a BOM (LE and BE) and without one', () => {
    const s = 'Ferry strike ends — “finally”';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]));
    const noBom = Buffer.from(s, 'utf16le');
    for (const b of [le, be, noBom]) expect(text(decode(b))).toBe(s);
    const r = decode(noBom);
    expect(r.ok && r.value.encoding).toBe('utf-16le');
  });

  it('falls back to Windows-1252 for invalid UTF-8, with curly quotes, dashes and the euro sign right', () => {
    const b = Buffer.concat([Buffer.from('The owner said '), Buffer.from([0x93]), Buffer.from('Caf'), Buffer.from([0xe9, 0x94, 0x20, 0x96, 0x20, 0x80]), Buffer.from('9 a plate, it'), Buffer.from([0x92]), Buffer.from('s fair.')]);
    const r = decode(b);
    expect(r.ok && r.value.encoding).toBe('windows-1252');
    expect(text(r)).toBe('The owner said “Café” – €9 a plate, it’s fair.');
  });

  it('normalises line ends, control and invisible characters, non-breaking spaces and to NFC', () => {
    const s = 'Line one\r\nLine\u0000 two\rLine\u00a0three\u200b\u202e\u0007 e\u0301';
    expect(text(decode(Buffer.from(s)))).toBe('Line one\nLine two\nLine three é');
  });

  it('gunzips, by magic bytes, with or without the .gz suffix', () => {
    const gz = gzipSync(Buffer.from('Headline\n\nBody text.'));
    for (const key of ['incoming/a.txt.gz', 'incoming/a.txt']) {
      const r = decode(gz, key);
      expect(r.ok && r.value.gzip).toBe(true);
      expect(text(r)).toBe('Headline\n\nBody text.');
    }
  });

  it('stops a gzip bomb at the decompressed bound', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const r = decode(bomb, 'incoming/a.txt.gz', { ...DEFAULT_LIMITS, maxDecompressedBytes: 8 * 1024 * 1024 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.code).toBe('too-large');
      expect(r.rejection.reason).toBe('gzip data expands past the 8388608-byte limit');
    }
  });

  it('rejects corrupt gzip, objects over the raw bound, empty and whitespace-only objects', () => {
    const corrupt = Buffer.concat([gzipSync(Buffer.from('x'.repeat(1000))).subarray(0, 20), Buffer.alloc(10)]);
    expect(text(decode(corrupt))).toBe('REJECTED undecodable');
    expect(text(decode(Buffer.alloc(100), 'incoming/a.txt', { ...DEFAULT_LIMITS, maxRawBytes: 50 }))).toBe('REJECTED too-large');
    expect(text(decode(Buffer.alloc(0)))).toBe('REJECTED empty');
    expect(text(decode(Buffer.from(' \n\t \u00a0\n')))).toBe('REJECTED empty');
  });

  it('rejects binary files whatever their name: images, PDFs, archives, random bytes', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), Buffer.alloc(100, 1)]);
    const pdf = Buffer.from('%PDF-1.4\n...');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const b of [png, pdf, zip, noise]) expect(text(decode(b))).toBe('REJECTED binary');
    const r = decode(png);
    expect(!r.ok && r.rejection.reason).toBe('object is binary (PNG image), not text');
  });

  it('detects the format from the suffix, and HTML saved as .txt from its content', () => {
    const fmt = (key: string, s: string) => {
      const r = decode(Buffer.from(s), key);
      return r.ok ? r.value.format : null;
    };
    expect(fmt('incoming/a.htm', '<p>x</p>')).toBe('html');
    expect(fmt('incoming/a.ndjson.gz', '{}')).toBe('jsonl');
    expect(fmt('incoming/a.md', '# T')).toBe('markdown');
    expect(fmt('incoming/a.txt', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(fmt('incoming/a.txt', 'Plain headline\n\nBody')).toBe('text');
  });
});
