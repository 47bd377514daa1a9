/** `news-ingest extract`: the pure core over local files, one process, no AWS. */
import { readFileSync, statSync } from 'node:fs';
import { processObject } from '#core/pipeline.ts';
import type { ArticleRecord } from '#contracts/record.ts';
import { collectFiles } from '../files.ts';

export async function extractCommand(paths: string[], opts: { json: boolean }): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('error: extract needs at least one file\n');
    return 64;
  }
  let rejected = 0;
  const out = process.stdout;
  for (const arg of paths) {
    let files: string[];
    try {
      files = collectFiles([arg]);
    } catch (err) {
      process.stderr.write(`error: ${arg}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
      rejected++;
      continue;
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        if (statSync(file).size > 64 * 1024 * 1024) throw new Error('file is over 64 MB');
        bytes = readFileSync(file);
      } catch (err) {
        process.stderr.write(`error: ${file}: ${(err as Error).message.split('\n')[0]}\n`);
        rejected++;
        continue;
      }
      const result = processObject(bytes, { bucket: 'local', key: file, etag: null, size: bytes.byteLength });
      for (const r of result.rejections) {
        rejected++;
        process.stderr.write(`error: ${file}${r.line ? `:${r.line}` : ''}: ${r.reason}\n`);
      }
      for (const record of result.records) {
        // Write with backpressure so thousands of files do not pile up in memory.
        const text = opts.json ? JSON.stringify(record) + '\n' : summary(record);
        if (!out.write(text)) await new Promise((r) => out.once('drain', r));
      }
    }
  }
  return rejected > 0 ? 2 : 0;
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
