/**
 * The core as a Lambda runs it: bundled by esbuild into one file with the model data copied beside
 * it (as lib/ingest-function.ts does), then imported by a fresh Node process. Proves the extractor
 * finds its data files from inside a bundle, and that a missing data folder is a loud failure of the
 * installation, not a quiet rejection of every article.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { CORE_BUNDLE_ALIASES, ESM_REQUIRE_BANNER, MODEL_DATA_BUNDLED, MODEL_DATA_SOURCE, PROJECT_ROOT } from '../../lib/ingest-function.ts';

let dir: string;

const PROBE = `
const { processObject } = await import('./core.mjs');
const text = 'Harbour board approves expansion\\n\\nPORTSMOUTH, England - Mayor Alice Whitcombe said on Monday that the Portsmouth Harbour Authority would spend money on a new quay.\\n\\n"We are ready," Whitcombe told reporters in London.';
try {
  const r = processObject(new TextEncoder().encode(text), { bucket: 'b', key: 'incoming/a.txt', etag: null, size: text.length });
  console.log(JSON.stringify({ entities: r.records[0]?.entities.map((e) => [e.name, e.type]), rejections: r.rejections.length }));
} catch (err) {
  console.log(JSON.stringify({ thrown: err.name, message: err.message }));
}`;

function run(folder: string): Record<string, unknown> {
  writeFileSync(join(folder, 'probe.mjs'), PROBE);
  return JSON.parse(execFileSync(process.execPath, ['probe.mjs'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').pop()!);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-data-'));
  await build({
    entryPoints: [join(PROJECT_ROOT, 'lambdas/core/pipeline.ts')],
    outfile: join(dir, 'with-model', 'core.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    alias: CORE_BUNDLE_ALIASES,
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
  });
  cpSync(join(dir, 'with-model'), join(dir, 'without-model'), { recursive: true });
  cpSync(join(PROJECT_ROOT, MODEL_DATA_SOURCE), join(dir, 'with-model', MODEL_DATA_BUNDLED), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled core', () => {
  it('reads the model and gazetteer beside the bundle and finds people, organizations and places', () => {
    const out = run(join(dir, 'with-model')) as { entities: [string, string][]; rejections: number };
    expect(out.rejections).toBe(0);
    expect(out.entities).toContainEqual(['Alice Whitcombe', 'person']);
    expect(out.entities).toContainEqual(['London', 'location']);
  });

  it('throws ModelDataError (retry, DLQ) instead of rejecting the article when the data folder is missing', () => {
    const out = run(join(dir, 'without-model'));
    expect(out.thrown).toBe('ModelDataError');
    expect(out.message).toMatch(/ner-model\.bin|gazetteer\.json|junk-lines\.json/);
  });
});
