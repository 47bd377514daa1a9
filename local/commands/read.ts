/** `news-ingest events | get | list`: read the local store and bus log. */
import { createReadStream, existsSync, readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack } from '../local-stack.ts';
import { getById, listArticles } from '../queries.ts';

export async function eventsCommand(opts: { dataDir: string; follow: boolean }): Promise<number> {
  const path = join(opts.dataDir, 'events.jsonl');
  if (!existsSync(path) && !opts.follow) {
    process.stderr.write(`error: no events yet (${path} does not exist); run \`news-ingest run\` first\n`);
    return 1;
  }
  if (existsSync(path)) process.stdout.write(readFileSync(path));
  if (!opts.follow) return 0;
  // --follow: print what is appended, until interrupted.
  let offset = existsSync(path) ? statSync(path).size : 0;
  await new Promise<void>(() => {
    const poll = () => {
      if (!existsSync(path)) return;
      const size = statSync(path).size;
      if (size > offset) {
        createReadStream(path, { start: offset, end: size - 1 }).pipe(process.stdout, { end: false });
        offset = size;
      }
    };
    try {
      watch(opts.dataDir, poll);
    } catch {
      /* fall back to polling only */
    }
    setInterval(poll, 500);
  });
  return 0;
}

export async function getCommand(id: string | undefined, opts: { dataDir: string }): Promise<number> {
  if (!id) {
    process.stderr.write('error: get needs an article id\n');
    return 64;
  }
  const stack = await startLocalStack({ dataDir: opts.dataDir });
  try {
    const found = await getById(stack, id);
    if (!found.item && !found.rejection) {
      process.stderr.write(`error: no article with id ${id}\n`);
      return 1;
    }
    const out = found.article ?? found.item ?? found.rejection;
    process.stdout.write(JSON.stringify(found.article ? out : { ...found.item, ...(found.rejection ? { rejection: found.rejection } : {}) }, null, 2) + '\n');
    return 0;
  } finally {
    await stack.close();
  }
}

export async function listCommand(opts: {
  dataDir: string;
  entity?: string;
  publisher?: string;
  day?: string;
  story?: string;
  limit?: number;
}): Promise<number> {
  const stack = await startLocalStack({ dataDir: opts.dataDir });
  try {
    const items = await listArticles(stack, opts);
    for (const a of items) {
      const copy = a.story ? `  ${a.story.nearDuplicateOf ? `copy of ${a.story.nearDuplicateOf.id.slice(0, 8)} (${a.story.nearDuplicateOf.similarity.toFixed(2)})` : 'first in story'}` : '';
      process.stdout.write(`${a.id}  ${(a.publishedAt ?? '-').slice(0, 10)}  ${(a.publisher ?? '-').padEnd(16).slice(0, 16)}  ${a.title}${copy}\n`);
    }
    if (items.length === 0) process.stderr.write('no articles match\n');
    return 0;
  } finally {
    await stack.close();
  }
}
