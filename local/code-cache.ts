/**
 * Loads a CommonJS bundle through V8's code cache. A one-file `news-ingest extract` spent about a fifth
 * of its CPU compiling the core: the bundle's top level, then each function on its first call. V8 can
 * serialise the compiled code of a script, including the functions compiled while it ran, and take
 * it back in a later process instead of compiling again. Node 20 has no built-in compile cache for
 * modules (`module.enableCompileCache` arrives in Node 22), so this does what it does, for one file:
 * `vm.Script` with `cachedData`, saved beside the bundle once the first article has run.
 *
 * V8 checks the cache against the source, its own version and flags, and a checksum: a stale or
 * corrupt file is rejected and the script compiles as usual (then the cache is written again). A
 * cache that cannot be written (a read-only install) only costs the speed-up. NEWS_INGEST_CODE_CACHE=0
 * turns it off (for measuring).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';

export type CacheState = 'used' | 'rejected' | 'none' | 'off';

export interface CachedModule<T> {
  exports: T;
  /** What became of the cache when the bundle was compiled. */
  cache: CacheState;
  /** Writes the cache (once), when it was missing or rejected; call it after the code has done some work. */
  save(): void;
}

export function loadWithCodeCache<T>(file: string, cacheFile = `${file}.v8cache`): CachedModule<T> {
  const off = process.env.NEWS_INGEST_CODE_CACHE === '0';
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (!off) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      /* no cache yet */
    }
  }
  // No `importModuleDynamically`: the bundle has no `import()` (the core is synchronous and
  // self-contained), and a script without one is what V8 caches most simply.
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const cache: CacheState = off ? 'off' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  const fn = script.runInThisContext() as (exports: T, require: NodeRequire, module: { exports: T }, filename: string, dirname: string) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  let saved = cache === 'used' || cache === 'off';
  return {
    exports: module.exports,
    cache,
    save() {
      if (saved) return;
      saved = true;
      // Written under a unique name, then renamed: readers (other processes, other workers) see a
      // whole file or none.
      const tmp = `${dirname(cacheFile)}/.${basename(cacheFile)}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}
