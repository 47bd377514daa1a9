/** Finds the files named on the command line (directories walked) and the S3 keys they get. */
import { readdirSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { LocalFile } from './runner.ts';

/** Walks directories (sorted, hidden entries skipped); files are taken as given. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else if (st.isFile()) {
      out.push(p);
    }
  };
  for (const p of paths) walk(p);
  return out;
}

/** One entry of {@link walkFiles}: a file, or why a path given on the command line cannot be read. */
export type WalkEntry = { file: string; error?: undefined } | { file?: undefined; path: string; error: string };

/**
 * Like {@link collectFiles}, lazily: yields files one at a time (a directory's sorted names are read
 * when the walk reaches it), so millions of files never sit in memory. A path that cannot be read
 * yields an error entry in its place and the walk goes on.
 */
export function* walkFiles(paths: Iterable<string>): Generator<WalkEntry> {
  function* walk(p: string): Generator<WalkEntry> {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) yield* walk(join(p, name));
    } else if (st.isFile()) {
      yield { file: p };
    }
  }
  for (const p of paths) {
    try {
      yield* walk(p);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield { path: p, error: e.code === 'ENOENT' ? 'no such file' : e.message.split('\n')[0]! };
    }
  }
}

/** `seeds/a.txt` → `incoming/seeds/a.txt`; leading `../` and `/` are dropped so keys stay under incoming/. */
export function keyFor(path: string, prefix: string): string {
  const parts = normalize(path).split(sep).filter((p) => p && p !== '.' && p !== '..');
  return prefix + parts.join('/');
}

export function localFiles(paths: string[], prefix: string): LocalFile[] {
  return collectFiles(paths).map((path) => ({ path, key: keyFor(path, prefix) }));
}
