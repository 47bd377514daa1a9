/**
 * Bytes → text: bounded gunzip, binary detection, encoding detection, normalisation, format.
 * Every failure is a rejection with one line a person can act on; nothing here throws.
 */
import { gunzipSync } from 'node:zlib';
import type { InputFormat, Rejection } from '#contracts/record.ts';
import type { DecodedObject, Limits, ObjectMeta } from '../types.ts';
import { detectEncoding, decodeText } from './encoding.ts';
import { detectFormat } from './format.ts';
import { normalizeText } from './normalize.ts';

export type DecodeResult = { ok: true; value: DecodedObject } | { ok: false; rejection: Rejection };

const reject = (code: Rejection['code'], reason: string): DecodeResult => ({ ok: false, rejection: { code, reason, line: null, index: 0 } });

/** File signatures of formats that are certainly not text articles. */
const BINARY_MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RIFF media (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['Zstandard archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['MP4/ISO media', [0x00, 0x00, 0x00]], // checked with 'ftyp' below
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

function binaryKind(b: Uint8Array): string | null {
  for (const [name, sig] of BINARY_MAGIC) {
    if (name === 'MP4/ISO media') {
      if (b.length > 8 && b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) return name;
      continue;
    }
    if (startsWith(b, sig)) return name;
  }
  return null;
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * @example decodeObject(bytes, { bucket: 'b', key: 'incoming/a.txt.gz', etag: null, size: bytes.length }, DEFAULT_LIMITS)
 */
export function decodeObject(input: Uint8Array, meta: ObjectMeta, limits: Limits): DecodeResult {
  if (input.byteLength > limits.maxRawBytes) {
    return reject('too-large', `object is ${input.byteLength} bytes, over the ${limits.maxRawBytes}-byte limit`);
  }
  let bytes = input;
  let gzip = false;
  if (isGzip(bytes)) {
    gzip = true;
    try {
      // maxOutputLength makes zlib stop as soon as the bound is passed: a gzip bomb costs at most the bound.
      bytes = gunzipSync(bytes, { maxOutputLength: limits.maxDecompressedBytes });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        return reject('too-large', `gzip data expands past the ${limits.maxDecompressedBytes}-byte limit`);
      }
      return reject('undecodable', `gzip data is corrupt (${(err as Error).message.split('\n')[0]})`);
    }
  }
  if (bytes.byteLength === 0) return reject('empty', gzip ? 'object is empty after gunzip' : 'object is empty');

  const kind = binaryKind(bytes);
  if (kind) return reject('binary', `object is binary (${kind}), not text`);

  const encoding = detectEncoding(bytes, { contentType: meta.contentType ?? null });
  if (encoding === 'binary') return reject('binary', 'object is binary: too many control bytes, or high bytes that no text encoding explains');
  const decoded = decodeText(bytes, encoding);
  if (decoded === null) return reject('undecodable', `object could not be decoded as ${encoding}`);
  const text = normalizeText(decoded);
  if (text.trim().length === 0) return reject('empty', 'object holds only whitespace');
  const replacement = countChar(text, '\uFFFD');
  if (replacement > 16 && replacement > text.length / 50) {
    return reject('undecodable', `object is not valid text in any supported encoding (${replacement} undecodable characters)`);
  }
  const format: InputFormat = detectFormat(meta.key, meta.contentType ?? null, text);
  return { ok: true, value: { format, encoding, gzip, text } };
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}
