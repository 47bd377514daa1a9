/**
 * Lambda bundle size and cold start: builds the handlers as the stack does (esbuild, CommonJS, minified,
 * AWS SDK bundled), reports minified and gzipped size, and the median time for a new Node process to
 * import the bundle (handler ready), against a bundle with the AWS SDK left external as the baseline.
 * `node --import tsx bench/bundle.ts`
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CJS_BANNER, CJS_DEFINE, LAMBDA_BUNDLE_ALIASES, MODEL_DATA_BUNDLED, MODEL_DATA_SOURCE, PROJECT_ROOT } from '../lib/ingest-function.ts';

const OUT = join(process.cwd(), 'bench/.out');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** Builds one handler as the stack does; also used by tests/infra/bundle-size.test.ts. `inputs`: the files bundled. */
export async function bundle(entry: string, outfile: string, sdkExternal: boolean): Promise<{ bytes: number; gzip: number; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    minify: true,
    banner: { js: CJS_BANNER },
    define: CJS_DEFINE,
    alias: LAMBDA_BUNDLE_ALIASES,
    absWorkingDir: PROJECT_ROOT,
    external: sdkExternal ? ['@aws-sdk/*', '@smithy/*'] : [],
    metafile: true,
    logLevel: 'silent',
  });
  // As the stack deploys it: the entity model and gazetteer are data files beside the bundle.
  cpSync(join(PROJECT_ROOT, MODEL_DATA_SOURCE), join(dirname(outfile), MODEL_DATA_BUNDLED), { recursive: true });
  const code = readFileSync(outfile);
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength, inputs: Object.keys(result.metafile.inputs) };
}

/** Median wall time of `node -e "await import(bundle)"`, minus the median of an empty Node process. */
export function coldStartMs(file: string): { median: number; baseline: number } {
  const time = (script: string) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, AWS_REGION: 'us-east-1' } });
      if (r.status !== 0) throw new Error(r.stderr.toString());
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)]!;
  };
  const baseline = time('');
  const full = time(`const m = await import(${JSON.stringify(file)}); if (typeof m.handler !== 'function') process.exit(3);`);
  return { median: full - baseline, baseline };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const rows: Record<string, Record<string, string>> = {};
  for (const [name, entry] of [
    ['ingest', 'lambdas/ingest/handler.ts'],
    ['reprocess', 'lambdas/ingest/reprocess.ts'],
  ] as const) {
    for (const external of [false, true]) {
      const file = join(OUT, `${name}${external ? '-sdk-external' : ''}.cjs`);
      const size = await bundle(entry, file, external);
      const cold = coldStartMs(file);
      rows[`${name}${external ? ' (SDK external, baseline)' : ''}`] = {
        minified: kb(size.bytes),
        gzipped: kb(size.gzip),
        'handler ready (median ms)': cold.median.toFixed(0),
      };
    }
  }
  console.table(rows);
  console.log(`cold start = new Node process importing the bundle, minus an empty Node process; ${RUNS} runs each`);
}
