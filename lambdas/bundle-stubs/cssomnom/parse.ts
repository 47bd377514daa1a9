/**
 * Stand-in for `cssomnom/parse` in the Lambda bundles (esbuild alias, see lib/ingest-function.ts).
 * linkedom imports that CSS parser only to build `HTMLStyleElement.sheet`; the cleaner never reads
 * a style sheet (it drops <style> whole), and the parser is 190 KB of the bundle. Tests and the
 * CLI run the real package; this stub only ever runs if someone starts reading `.sheet`.
 */
export function parse(): never {
  throw new Error('CSS parsing is not bundled into news-ingest Lambdas (HTMLStyleElement.sheet is unused)');
}
