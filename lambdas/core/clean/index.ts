/**
 * Cleaning entry point: bytes + object metadata → clean articles and rejections. Pure.
 * FIRST SIMPLE VERSION: UTF-8 plain text only; issue 3 replaces it.
 */
import type { CleanResult, Limits, ObjectMeta } from '../types.ts';
import { EMPTY_META } from '../types.ts';

export function cleanObject(bytes: Uint8Array, meta: ObjectMeta, limits: Limits): CleanResult {
  const base = { format: 'text' as const, encoding: 'utf-8', gzip: false, articles: [] };
  if (bytes.byteLength > limits.maxRawBytes) {
    return { ...base, rejections: [{ code: 'too-large', reason: `object is ${bytes.byteLength} bytes, over the ${limits.maxRawBytes}-byte limit`, line: null, index: 0 }] };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0) return { ...base, rejections: [{ code: 'empty', reason: 'object is empty', line: null, index: 0 }] };
  const [title, ...paragraphs] = lines;
  return {
    ...base,
    rejections: [],
    articles: [{ index: 0, line: null, title: title!, subtitle: null, sections: [{ heading: null, paragraphs }], captions: [], credits: [], related: [], removed: [], meta: { ...EMPTY_META } }],
  };
}
