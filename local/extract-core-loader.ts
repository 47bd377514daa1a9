/**
 * Where `news-ingest extract` gets the core from. Built (dist/cli/<id>/), it is the sibling bundle
 * `extract-core.cjs`, loaded through V8's code cache (local/code-cache.ts); from source (tsx, tests)
 * it is the TypeScript module. Loaded once per thread.
 */
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache, type CacheState } from './code-cache.ts';
import type * as ExtractCoreModule from './extract-core.ts';

export type ExtractCore = typeof ExtractCoreModule;

export interface LoadedCore {
  core: ExtractCore;
  cache: CacheState;
  /** Saves the code cache if this thread compiled the core itself; call it after the first file. */
  saveCodeCache(): void;
}

let loaded: Promise<LoadedCore> | null = null;

export function loadExtractCore(): Promise<LoadedCore> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<LoadedCore> {
  if (import.meta.url.endsWith('.js')) {
    const m = loadWithCodeCache<ExtractCore>(fileURLToPath(new URL('./extract-core.cjs', import.meta.url)));
    return { core: m.exports, cache: m.cache, saveCodeCache: m.save };
  }
  return { core: await import('./extract-core.ts'), cache: 'off', saveCodeCache: () => {} };
}
