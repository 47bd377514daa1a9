/** Decoding: gzip (bounded), binary detection, encodings, normalisation and format detection. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeObject } from '#core/decode/index.ts';
import { processObject } from '#core/pipeline.ts';
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

/** Bytes of `s` in a legacy encoding, from the reverse of Node's own decoder (no encoder in the platform). */
function encodeLegacy(s: string, encoding: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = dec.decode(Uint8Array.from(bytes));
      if (ch.length > 0 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      /* not a character in this encoding */
    }
  };
  for (let a = 0; a < 256; a++) add([a]);
  if (['gbk', 'gb18030', 'shift_jis', 'euc-kr', 'big5'].includes(encoding)) {
    for (let a = 0x81; a < 0xff; a++) for (let c = 0x40; c < 0xff; c++) add([a, c]);
  }
  const out: number[] = [];
  for (const ch of s) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${JSON.stringify(ch)} is not in ${encoding}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

describe('legacy encodings: declared, guessed, never rejected as binary', () => {
  const russian =
    'Городской совет утвердил бюджет на следующий год.\n\nПо словам председателя комиссии, расходы на ремонт дорог вырастут на треть, ' +
    'а новые школы откроются в двух районах. Депутаты спорили почти четыре часа, но проект приняли большинством голосов. ' +
    'Жители смогут обсудить изменения на публичных слушаниях в марте.';
  const chinese =
    '市政府昨天公布了新的公共交通计划。\n\n根据计划，明年将新增三条公交线路，并延长地铁的运营时间。交通局负责人表示，' +
    '这些措施将缓解早晚高峰的拥堵问题。市民可以在官方网站上提出意见和建议，征求意见期为一个月。';
  const czech =
    'Městská rada schválila rozpočet na příští rok.\n\nPodle předsedy komise porostou výdaje na opravy silnic o třetinu a nové školy ' +
    'se otevřou ve dvou čtvrtích. Zastupitelé se přeli téměř čtyři hodiny, ale návrh nakonec přijali většinou hlasů.';

  it('reads undeclared Cyrillic text in windows-1251 and KOI8-R (it used to be rejected as binary)', () => {
    for (const enc of ['windows-1251', 'koi8-r']) {
      const r = decode(encodeLegacy(russian, enc));
      expect(r.ok && r.value.encoding).toBe(enc);
      expect(text(r)).toBe(russian);
    }
  });

  it('reads undeclared Chinese text in GBK', () => {
    const r = decode(encodeLegacy(chinese, 'gbk'));
    expect(r.ok && ['gbk', 'gb18030'].includes(r.value.encoding)).toBe(true);
    expect(text(r)).toBe(chinese);
  });

  it("follows the page's <meta charset> and the Content-Type's charset, the header first", () => {
    const page = (charset: string) =>
      Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>Rada</title></head><body><p>`), encodeLegacy(czech, 'windows-1250'), Buffer.from('</p></body></html>')]);
    const fromMeta = decode(page('windows-1250'), 'incoming/a.html');
    expect(fromMeta.ok && fromMeta.value.encoding).toBe('windows-1250');
    expect(text(fromMeta)).toContain('Zastupitelé se přeli téměř čtyři hodiny');
    const header = decodeObject(page('iso-8859-1'), { ...meta('incoming/a.html'), contentType: 'text/html; charset="windows-1250"' }, DEFAULT_LIMITS);
    expect(header.ok && header.value.encoding).toBe('windows-1250');
  });

  it('ignores a UTF-8 label on bytes that are not UTF-8, and keeps Western text in Windows-1252', () => {
    const french = 'Le maire a annoncé hier que la fête du village aurait lieu en été, près de la mairie, comme chaque année. Les élèves présenteront une pièce.';
    const b = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), encodeLegacy(french, 'windows-1252'), Buffer.from('</p></body></html>')]);
    const r = decode(b, 'incoming/a.html');
    expect(r.ok && r.value.encoding).toBe('windows-1252');
    expect(text(r)).toContain(french);
    const plain = decode(encodeLegacy(french, 'windows-1252'));
    expect(plain.ok && plain.value.encoding).toBe('windows-1252');
  });

  it('gives an undeclared windows-1251 article a record, with its encoding in the source', () => {
    const article = `Новый мост откроют весной\n\n${russian}\n\nСтроительство моста через реку началось два года назад. Подрядчик обещает закончить работы к апрелю.`;
    const bytes = encodeLegacy(article, 'windows-1251');
    const result = processObject(bytes, { bucket: 'raw', key: 'incoming/most.txt', etag: null, size: bytes.length }, { ingestedAt: '2026-12-04T00:00:00.000Z' });
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.source.encoding).toBe('windows-1251');
    expect(result.records[0]!.title).toBe('Новый мост откроют весной');
  });

  it('still rejects high-byte noise that no encoding explains', () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 7919 + 13) % 128)));
    const r = decode(noise);
    expect(r.ok).toBe(false);
  });
});
