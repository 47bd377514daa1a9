/** `news-ingest run`: the whole pipeline locally, then a summary. */
import { existsSync } from 'node:fs';
import { localFiles } from '../files.ts';
import { INCOMING_PREFIX, runLocal, type RunCounts, type RunResult } from '../runner.ts';

export async function runCommand(paths: string[], opts: { json: boolean; dataDir: string }): Promise<number> {
  for (const p of paths) {
    if (!existsSync(p)) {
      process.stderr.write(`error: ${p}: no such file or directory\n`);
      return 2;
    }
  }
  const files = localFiles(paths, INCOMING_PREFIX);
  const tty = process.stderr.isTTY && !opts.json;
  const result = await runLocal({
    dataDir: opts.dataDir,
    files,
    onProgress: tty ? (done, total) => progressBar(done, total) : undefined,
  });
  if (tty) process.stderr.write('\n');
  if (opts.json) {
    for (const o of result.outcomes) {
      for (const a of o.articles) process.stdout.write(JSON.stringify({ key: o.key, ...a }) + '\n');
    }
    process.stdout.write(JSON.stringify(result.counts) + '\n');
  } else {
    printHuman(result);
  }
  return result.deadLettered > 0 ? 1 : 0;
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} objects`);
}

function printHuman(result: RunResult): void {
  const lines: string[] = [];
  for (const o of result.outcomes) {
    if (o.skipped) {
      lines.push(`skipped   ${o.key}: ${o.skipped}`);
      continue;
    }
    for (const a of o.articles) {
      const where = `${o.key}${a.line ? `:${a.line}` : ''}`;
      if (a.kind === 'rejected') lines.push(`rejected  ${where}: ${a.detail}`);
      else if (a.kind === 'duplicate') lines.push(`duplicate ${where} (of ${a.detail})`);
      else lines.push(`${a.kind.padEnd(9)} ${where}\n          ${a.title}\n          id ${a.id}${a.published ? ' · event published' : ''}`);
    }
  }
  process.stdout.write(lines.join('\n') + (lines.length ? '\n\n' : ''));
  if (result.events.length) {
    process.stdout.write(`events published (${result.events.length}):\n`);
    for (const e of result.events) {
      const d = e.detail as { id: string; title?: string; reason?: string; entityNames?: string[] };
      const what = d.title ?? d.reason ?? '';
      const ents = d.entityNames?.length ? `  [${d.entityNames.slice(0, 5).join(', ')}]` : '';
      process.stdout.write(`  ${e.detailType.padEnd(16)} ${d.id.slice(0, 12)}  ${what.slice(0, 70)}${ents}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(table(result.counts) + '\n');
  process.stdout.write(`local store: table ${result.table}, bucket ${result.bucket}; events appended to events.jsonl in the data dir\n`);
  if (result.deadLettered) process.stdout.write(`dead-lettered: ${result.deadLettered} message(s), see dlq.jsonl\n`);
}

function table(c: RunCounts): string {
  const rows = Object.entries(c) as [string, number][];
  const w = Math.max(...rows.map(([k]) => k.length));
  const line = `+${'-'.repeat(w + 2)}+${'-'.repeat(9)}+`;
  return [line, ...rows.map(([k, v]) => `| ${k.padEnd(w)} | ${String(v).padStart(7)} |`), line].join('\n');
}
