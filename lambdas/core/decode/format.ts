/** Which segmenter reads an object: by key suffix first, by content when the suffix says nothing. */
import type { InputFormat } from '#contracts/record.ts';

const BY_SUFFIX: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  md: 'markdown',
  markdown: 'markdown',
};

export function detectFormat(key: string, contentType: string | null, text: string): InputFormat {
  const name = key.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  const bySuffix = dot >= 0 ? BY_SUFFIX[name.slice(dot + 1)] : undefined;
  const head = text.slice(0, 2048).trimStart();
  // Scrapers often save whole pages as .txt: a document that opens like HTML is HTML.
  if (looksLikeHtmlDocument(head)) return 'html';
  // A reader service's export ("Title: …", "URL Source: …", "Markdown Content:") is Markdown whatever its name.
  if (isReaderExport(head)) return 'markdown';
  if (bySuffix) return bySuffix;
  if (contentType?.includes('html')) return 'html';
  if (contentType?.includes('json')) return 'json';
  if (head.startsWith('{') || head.startsWith('[')) {
    const lines = text.slice(0, 65536).split('\n').filter((l) => l.trim());
    return lines.length > 1 && lines.slice(0, 5).every((l) => l.trimStart().startsWith('{')) ? 'jsonl' : 'json';
  }
  if (/^---\n[\s\S]{0,2000}?\n---\n/.test(head) || /^#{1,2} \S/.test(head)) return 'markdown';
  return 'text';
}

export function looksLikeHtmlDocument(head: string): boolean {
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]{0,500}?-->\s*)*<(!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}

/** The header a reader service (r.jina.ai and its kind) puts before a page turned into Markdown. */
export function isReaderExport(head: string): boolean {
  return /^Title: [^\n]{1,500}\n/.test(head) && /^Markdown Content:/m.test(head.slice(0, 4096));
}
