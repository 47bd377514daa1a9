// Readability.js on linkedom as a command, for bench/cli.ts: the contender run the same way as
// `news-ingest extract` (a whole process over files). Reads every file named (directories walked,
// sorted), parses it with linkedom, runs @mozilla/readability and writes one JSON line per file
// (title and text length) to stdout. Exit 2 if any page gave no article.
//
//   node bench/readability-cli.mjs <file|dir…>
import { readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

function* walk(p) {
  if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) yield* walk(join(p, name));
  else yield p;
}

let missed = 0;
const lines = [];
for (const arg of process.argv.slice(2)) {
  for (const file of walk(arg)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const article = new Readability(document).parse();
    if (!article) missed++;
    lines.push(JSON.stringify({ file, title: article?.title ?? null, length: article?.length ?? 0 }));
    if (lines.length >= 64) writeSync(1, lines.splice(0).join('\n') + '\n');
  }
}
if (lines.length) writeSync(1, lines.join('\n') + '\n');
process.exitCode = missed > 0 ? 2 : 0;
