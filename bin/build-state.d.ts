/** Types of build-state.js (plain JavaScript: bin/news-ingest.js runs it before any compiler). */
export interface CliManifest {
  id: string;
  builtAt: string;
  /** Path relative to the root → [mtimeMs, size] as they were before the build read them. */
  inputs: Record<string, [number, number]>;
}
export const ROOT: string;
export const CLI_BUILDS: string;
export const CLI_MANIFEST: string;
export function readCliManifest(): CliManifest | null;
export function hasSources(root?: string): boolean;
export function staleReason(manifest: CliManifest | null, root?: string): string | null;
export function cliEntry(manifest: CliManifest, root?: string): string;
