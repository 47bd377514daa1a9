#!/usr/bin/env node
// The `news-ingest` command. It runs the CLI built ahead of time (scripts/build.mjs, run by `npm ci`
// through `prepare`). In a checkout it first checks, with one stat per source file, that the build
// is current; when a source changed it rebuilds (esbuild, a fraction of a second) and, if that is
// impossible, runs from the TypeScript sources through tsx with a one-line notice. Stale code never
// runs silently. NEWS_INGEST_FROM_SOURCE=1 always runs from the sources.
import { pathToFileURL } from 'node:url';
import { cliEntry, hasSources, readCliManifest, staleReason } from './build-state.js';

// The SDK warns that its 2027 releases need Node 22; the lock file pins a version that runs on 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function loadMain() {
  if (process.env.NEWS_INGEST_FROM_SOURCE === '1') return fromSource();
  let manifest = readCliManifest();
  const stale = staleReason(manifest);
  if (stale) {
    if (!hasSources()) {
      process.stderr.write(`news-ingest: the package's build is broken (${stale}); reinstall it\n`);
      process.exit(70);
    }
    try {
      const { buildCli } = await import('../scripts/build.mjs');
      manifest = await buildCli();
    } catch (err) {
      const why = String(err?.message ?? err).split('\n')[0];
      process.stderr.write(`news-ingest: running from source (slower): the build is stale (${stale}) and rebuilding failed: ${why}\n`);
      return fromSource();
    }
  }
  return (await import(pathToFileURL(cliEntry(manifest)).href)).main;
}

async function fromSource() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('./cli.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
