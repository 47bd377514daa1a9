/**
 * Builds news-ingest to JavaScript ahead of time: esbuild for the code (it is already what tsx and
 * the Lambda bundles use, and builds the CLI in well under a second), tsc for the subscriber
 * package's .d.ts types (esbuild writes none). `npm run build`; `prepare` runs it, so `npm ci`
 * leaves a working CLI.
 *
 *   node scripts/build.mjs           the CLI (when stale) and the package
 *   node scripts/build.mjs --cli     only the CLI, when stale
 *   node scripts/build.mjs --force   rebuild the CLI even when it is current
 *   node scripts/build.mjs --clean   also delete every older CLI build (before `npm pack`)
 *
 * Outputs (git-ignored):
 *   dist/cli/<id>/     the CLI: cli.js, the extract worker, one chunk per command (loaded on first
 *                      use) and shared chunks, extract-core.cjs (the core for `extract`, with its
 *                      V8 code cache written beside it on first use) and model/ (hard links to the
 *                      entity model's files)
 *   dist/cli/build.json   which build is current and what went into it (see bin/build-state.js)
 *   dist/package/      contracts.js and constructs.js, the `exports` of the package
 *   dist/types/        their .d.ts files
 *
 * Plain JavaScript (no tsx) because bin/news-ingest.js imports it to rebuild a stale CLI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { CLI_BUILDS, CLI_MANIFEST, ROOT, readCliManifest, staleReason } from '../bin/build-state.js';

/** Read at run time from beside the code (lambdas/core/extract/entities/model-file.ts), so linked into each build. */
const MODEL_DIR = 'lambdas/core/extract/entities/model';
/** Files that shape a build without being imported by it. */
const BUILD_FILES = ['package.json', 'tsconfig.json', 'scripts/build.mjs', 'bin/build-state.js'];
/** CLI entry points: the command line, and the worker `extract --jobs` runs files in. */
const CLI_ENTRIES = { cli: 'bin/cli.ts', 'extract-worker': 'local/extract-worker.ts' };
/** The core as `extract` loads it (local/extract-core-loader.ts), built a second time as CommonJS. */
const CORE_ENTRY = 'local/extract-core.ts';
/** Older CLI builds are kept this long for processes still running from them (they load chunks lazily). */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/** An esbuild plugin: packages load from node_modules at run time, except the ones named. */
function externalExcept(names) {
  const bundled = new Set(names);
  return {
    name: 'external-except',
    setup(build) {
      // Bare specifiers only: not relative paths, not the project's own `#core/…` imports.
      build.onResolve({ filter: /^[^./#]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

const rel = (abs) => relative(ROOT, abs).split(sep).join('/');

function walk(dir, out = []) {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of names) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile()) out.push(p);
  }
  return out;
}

/** [mtimeMs, size] of every file a build may read, taken before it reads them: an edit during the build then shows as stale. */
function snapshot() {
  const stats = new Map();
  for (const f of [...['bin', 'lambdas', 'local', 'lib'].flatMap((d) => walk(join(ROOT, d))), ...BUILD_FILES.map((f) => join(ROOT, f))]) {
    try {
      const st = statSync(f);
      stats.set(rel(f), [st.mtimeMs, st.size]);
    } catch {
      /* gone since the walk */
    }
  }
  return stats;
}

function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Builds the CLI into a new dist/cli/<id>/ and makes it current. Safe to run from several
 * processes at once: each writes its own directory, and the last pointer written wins.
 * @returns {Promise<import('../bin/build-state.js').CliManifest>}
 */
export async function buildCli({ clean = false } = {}) {
  const before = snapshot();
  const id = `${Date.now().toString(36)}-${process.pid.toString(36)}`;
  const outdir = join(CLI_BUILDS, id);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: CLI_ENTRIES,
    outdir,
    bundle: true,
    // Each dynamic import (one per command in bin/cli.ts) becomes its own chunk, loaded on first use.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies load from node_modules at run time, so upgrading one never needs a rebuild.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  // The core as `extract` runs it, once more as one CommonJS file: a script, which V8's code cache
  // can hold (local/code-cache.ts); ES modules it cannot, on Node 20.
  const core = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { 'extract-core': CORE_ENTRY },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // htmlparser2 and its helpers go inside, under the code cache too: resolved and compiled from
    // node_modules as CommonJS (some forty small files) they took longer than the article.
    plugins: [externalExcept(['htmlparser2', 'entities', 'domhandler', 'domelementtype', 'domutils', 'dom-serializer'])],
    // htmlparser2's parser module alone, as in the Lambda bundles (CORE_BUNDLE_ALIASES in lib/ingest-function.ts).
    alias: { htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js' },
    // The core finds its model folder from its own file (model-file.ts), as in the ES build.
    banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__import_meta_url' },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  mkdirSync(join(outdir, 'model'), { recursive: true });
  const model = walk(join(ROOT, MODEL_DIR));
  for (const f of model) linkOrCopy(f, join(outdir, 'model', relative(join(ROOT, MODEL_DIR), f)));

  const inputs = {};
  for (const f of [...Object.keys(result.metafile.inputs), ...Object.keys(core.metafile.inputs), ...BUILD_FILES, ...model.map(rel)]) {
    const st = before.get(f) ?? statOf(join(ROOT, f));
    if (st) inputs[f] = st;
  }
  const manifest = { id, builtAt: new Date().toISOString(), inputs };
  const tmp = `${CLI_MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 1) + '\n');
  renameSync(tmp, CLI_MANIFEST);
  pruneCliBuilds(id, clean ? 0 : KEEP_OLD_BUILDS_MS);
  return manifest;
}

function statOf(abs) {
  try {
    const st = statSync(abs);
    return [st.mtimeMs, st.size];
  } catch {
    return null;
  }
}

/** Deletes CLI builds other than `keep` that are older than `olderThanMs`. */
function pruneCliBuilds(keep, olderThanMs) {
  const now = Date.now();
  // A code cache belongs to the Node that wrote it: never ship one in a package (`--clean` runs before `npm pack`).
  if (olderThanMs === 0) for (const f of readdirSync(join(CLI_BUILDS, keep))) if (f.endsWith('.v8cache')) rmSync(join(CLI_BUILDS, keep, f), { force: true });
  for (const d of readdirSync(CLI_BUILDS, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name === keep) continue;
    const p = join(CLI_BUILDS, d.name);
    if (now - statSync(p).mtimeMs >= olderThanMs) rmSync(p, { recursive: true, force: true });
  }
}

/** Builds the CLI unless the current build is up to date. */
export async function ensureCli({ force = false, clean = false } = {}) {
  const manifest = readCliManifest();
  if (!force && !staleReason(manifest)) {
    if (clean) pruneCliBuilds(manifest.id, 0);
    return { manifest, built: false };
  }
  return { manifest: await buildCli({ clean }), built: true };
}

/**
 * The subscriber package: `news-ingest/contracts` and `news-ingest/constructs` as JavaScript with
 * .d.ts types. tsc emits the declarations as the sources are written (`./record.ts`,
 * `#contracts/events.ts`); those specifiers are rewritten to the relative `.js` paths a
 * subscriber's TypeScript resolves (node16/nodenext/bundler).
 */
export async function buildPackage() {
  for (const d of ['dist/package', 'dist/types']) rmSync(join(ROOT, d), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { contracts: 'lambdas/contracts/index.ts', constructs: 'lib/index.ts' },
    outdir: 'dist/package',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript-native/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc (declarations) failed:\n${tsc.stdout}${tsc.stderr}`);
  const imports = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).imports ?? {};
  for (const f of walk(join(ROOT, 'dist/types')).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(f, 'utf8');
    const fixed = text.replace(/(['"])([#.][^'"\n]*?)\.ts\1/g, (whole, q, spec) => {
      let target = spec;
      if (spec.startsWith('#')) {
        const [alias, pattern] = Object.entries(imports).find(([k]) => spec.startsWith(k.replace('*', ''))) ?? [];
        if (!alias) return whole;
        const mapped = pattern.replace('*', spec.slice(alias.indexOf('*')));
        target = relative(dirname(f), join(ROOT, 'dist/types', mapped)).split(sep).join('/');
        if (!target.startsWith('.')) target = `./${target}`;
      }
      return `${q}${target}.js${q}`;
    });
    if (fixed !== text) writeFileSync(f, fixed);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = new Set(process.argv.slice(2));
  const t0 = performance.now();
  const { built, manifest } = await ensureCli({ force: args.has('--force'), clean: args.has('--clean') });
  if (!args.has('--cli')) await buildPackage();
  const what = [built ? `CLI dist/cli/${manifest.id}` : 'CLI already current', args.has('--cli') ? null : 'package dist/package + dist/types'].filter(Boolean);
  console.log(`built ${what.join(', ')} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
