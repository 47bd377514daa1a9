/**
 * The Lambda bundles stay under 1 MB minified (issue 15's limit): a bigger bundle is parsed and
 * compiled on every cold start. Built by bench/bundle.ts's `bundle`, as lib/ingest-function.ts has
 * CDK build them (esbuild, CommonJS, minified, the AWS SDK clients bundled), so a new dependency or a
 * large inlined table that would push a handler past the limit fails here instead of surfacing as a
 * slower cold start in production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/bundle.ts';

const LIMIT_BYTES = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Lambda bundle size', () => {
  for (const [name, entry] of [
    ['ingest', 'lambdas/ingest/handler.ts'],
    ['reprocess', 'lambdas/ingest/reprocess.ts'],
  ] as const) {
    it(`${name} handler bundles to less than 1 MB minified, SDK included`, async () => {
      const { bytes, inputs } = await bundle(entry, join(dir, name, 'index.js'), false);
      // htmlparser2's parser alone (CORE_BUNDLE_ALIASES): none of DomUtils and its serializer's copy of `entities`.
      expect(inputs.some((f) => f.includes('htmlparser2/dist/esm/Parser.js'))).toBe(true);
      expect(inputs.filter((f) => /dom-serializer|domutils/.test(f))).toEqual([]);
      // Credentials from the environment alone (LAMBDA_BUNDLE_ALIASES): none of the SDK's SSO, ini-file,
      // process and web-identity providers, nor the nested STS and SSO clients they bring.
      expect(inputs.some((f) => f.endsWith('lambdas/adapters/lambda-credentials.ts'))).toBe(true);
      expect(inputs.filter((f) => /credential-provider-(?:node|sso|ini|process|web-identity|login)|nested-clients/.test(f))).toEqual([]);
      // A floor as well: an empty or broken bundle would pass the limit trivially.
      expect(bytes).toBeGreaterThan(100 * 1024);
      expect(bytes).toBeLessThan(LIMIT_BYTES);
    });
  }
});
