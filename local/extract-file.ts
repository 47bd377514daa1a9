/**
 * One file through the pure core, as `news-ingest extract` prints it: the text for stdout (JSON
 * Lines or the readable summary) and the error lines for stderr. The in-process loop and the
 * worker threads of `--jobs` both call this, so their output is the same by construction.
 */
import { readFileSync, statSync } from 'node:fs';
import { processObject } from '#core/pipeline.ts';
import type { ArticleRecord } from '#contracts/record.ts';

/** Files larger than this are refused unread. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ExtractOptions {
  json: boolean;
  /** ISO time stamped on every record instead of the time each file is processed (reproducible output). */
  ingestedAt?: string;
}

export interface FileOutcome {
  /** For stdout: one JSON line per record, or one summary block per record. */
  out: string;
  /** For stderr: `error: <file>[:<line>]: <reason>` lines, each ending in a newline. */
  err: string;
  /** Inputs rejected (whole file or JSON Lines lines). */
  rejected: number;
}

/** Reads and extracts one file; never throws, except `ModelDataError` (a broken installation). */
export function extractFile(file: string, opts: ExtractOptions): FileOutcome {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new Error('file is over 64 MB');
    bytes = readFileSync(file);
  } catch (err) {
    return { out: '', err: `error: ${file}: ${(err as Error).message.split('\n')[0]}\n`, rejected: 1 };
  }
  const result = processObject(bytes, { bucket: 'local', key: file, etag: null, size: bytes.byteLength }, { ingestedAt: opts.ingestedAt });
  let err = '';
  for (const r of result.rejections) err += `error: ${file}${r.line ? `:${r.line}` : ''}: ${r.reason}\n`;
  let out = '';
  for (const record of result.records) out += opts.json ? JSON.stringify(record) + '\n' : summary(record);
  return { out, err, rejected: result.rejections.length };
}

function summary(r: ArticleRecord): string {
  const ents = r.entities.slice(0, 8).map((e) => `${e.name} (${e.type[0]}${e.mentions > 1 ? `×${e.mentions}` : ''})`);
  return [
    `── ${r.source.key}${r.source.line ? `:${r.source.line}` : ''}  [${r.source.format}, ${r.source.encoding}]`,
    `   title      ${r.title}`,
    r.authors.length ? `   authors    ${r.authors.join(', ')}` : null,
    r.publisher ? `   publisher  ${r.publisher}` : null,
    r.publishedAt ? `   published  ${r.publishedAt}` : null,
    `   language   ${r.language}   words ${r.stats.words}   paragraphs ${r.stats.paragraphs}   sections ${r.sections.length}`,
    `   summary    ${r.summary.slice(0, 200)}${r.summary.length > 200 ? '…' : ''}`,
    ents.length ? `   entities   ${ents.join(', ')}` : null,
    r.quotes.length ? `   quotes     ${r.quotes.length} (${r.quotes.filter((q) => q.speaker).length} attributed)` : null,
    r.keywords.length ? `   keywords   ${r.keywords.slice(0, 8).join(', ')}` : null,
    r.captions.length ? `   captions   ${r.captions.length}   credits ${r.credits.join(', ') || '-'}` : null,
    `   removed    ${r.removed.length} junk line(s)${r.removed.length ? ': ' + [...new Set(r.removed.map((x) => x.reason))].join(', ') : ''}`,
    '',
  ]
    .filter((l) => l !== null)
    .join('\n') + '\n';
}
