/**
 * Where the built CLI is and whether it is still current. Plain JavaScript with no dependencies,
 * because `bin/news-ingest.js` runs it on every call before anything else (it costs well under a
 * millisecond: one small JSON file and one stat per source file).
 *
 * A build lives in `dist/cli/<id>/`; `dist/cli/build.json` names the current one and records the
 * modification time and size of every file that went into it (sources, package.json, tsconfig, the
 * model data). The build is stale as soon as any of them differs, so an edited source never
 * silently runs as old code. A new build gets a new directory and the pointer is replaced
 * atomically, so CLI processes running at the same time never see half a build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (bin/ sits directly under it). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUILDS = join(ROOT, 'dist', 'cli');
export const CLI_MANIFEST = join(CLI_BUILDS, 'build.json');

/**
 * @typedef {{ id: string, builtAt: string, inputs: Record<string, [number, number]> }} CliManifest
 * `inputs`: path relative to the root → [mtimeMs, size] as they were before the build read them.
 */

/** @returns {CliManifest | null} the current build's manifest, or null when there is none. */
export function readCliManifest() {
  try {
    return JSON.parse(readFileSync(CLI_MANIFEST, 'utf8'));
  } catch {
    return null;
  }
}

/** A checkout has the TypeScript sources; an installed package ships only the build. */
export function hasSources(root = ROOT) {
  return existsSync(join(root, 'bin', 'cli.ts'));
}

/**
 * Why the build cannot be used as it is, or null when it is current.
 * @param {CliManifest | null} manifest
 * @param {string} [root]
 * @returns {string | null}
 */
export function staleReason(manifest, root = ROOT) {
  if (!manifest) return 'there is no build';
  for (const f of ['cli.js', 'extract-core.cjs']) if (!existsSync(join(root, 'dist', 'cli', manifest.id, f))) return `build ${manifest.id} is missing`;
  // An installed package has no sources to compare with: its build is what it ships.
  if (!hasSources(root)) return null;
  for (const [rel, [mtimeMs, size]] of Object.entries(manifest.inputs)) {
    let st;
    try {
      st = statSync(join(root, rel));
    } catch {
      return `${rel} is gone`;
    }
    if (st.mtimeMs !== mtimeMs || st.size !== size) return `${rel} changed`;
  }
  return null;
}

/** The built CLI's entry module of a manifest. */
export function cliEntry(manifest, root = ROOT) {
  return join(root, 'dist', 'cli', manifest.id, 'cli.js');
}
