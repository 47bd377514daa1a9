/**
 * What `news-ingest extract` needs of the core, as one module: the built CLI compiles it on its own
 * into `extract-core.cjs` and loads it through V8's code cache (local/code-cache.ts), in the main
 * thread for `--jobs 1` and in each worker of `--jobs N`. One entry for both keeps a single copy of
 * the core (and of `ModelDataError`, which the worker tests with `instanceof`) per thread.
 */
export { extractFile, type ExtractOptions, type FileOutcome } from './extract-file.ts';
export { ModelDataError } from '#core/extract/entities/model-file.ts';
