/**
 * The package as a subscriber installs it: `npm pack`, the tarball unpacked into a fresh project
 * (plain Node ESM, TypeScript `moduleResolution: "node16"`), which type-checks a use of
 * `ArticleIngestedDetail`, synthesizes a stack with `ArticleSubscription` and runs the `bin`.
 *
 * The tarball's own dependencies are not downloaded (aws-cdk-lib alone would take most of a
 * minute): each one its package.json declares is linked from this project's node_modules, which
 * `npm ci` installed from the same lock file. So the test checks what the tarball holds and
 * declares, the way npm would lay it out, without the registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
let dir: string;
let pkg: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };

// Exactly the README's subscriber example, in a stack of its own.
const SUBSCRIBER_TS = `import { App, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DetailType, type ArticleIngestedDetail } from 'news-ingest/contracts';
import { ArticleSubscription } from 'news-ingest/constructs';

/** What a desk does with an event: its detail is typed. */
export function headline(detail: ArticleIngestedDetail): string {
  return \`\${detail.title} [\${detail.language}] \${detail.entityNames.join(', ')}\`;
}

const app = new App();
const stack = new Stack(app, 'Desk');
const bus = events.EventBus.fromEventBusArn(stack, 'News', 'arn:aws:events:eu-west-1:123456789012:event-bus/news-ingest-prod');
const deskQueue = new sqs.Queue(stack, 'DeskQueue');
new ArticleSubscription(stack, 'AfghanistanDesk', {
  bus,
  target: new targets.SqsQueue(deskQueue),
  languages: ['en'],
  entities: ['Taliban', 'Kabul'],
});
const template = app.synth().getStackByName('Desk').template;
console.log(JSON.stringify({ detailType: DetailType.ArticleIngested, template }));
`;
// The types are real, not \`any\`: misuses must fail the check.
const MISUSE_TS = `import type { ArticleIngestedDetail } from 'news-ingest/contracts';
import { ArticleSubscription } from 'news-ingest/constructs';
// @ts-expect-error entityNames is a list of strings
export const wrong: ArticleIngestedDetail['entityNames'] = [1];
// @ts-expect-error the props are required
export const noProps = () => new ArticleSubscription(undefined as never, 'x');
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-ingest-subscriber-'));
  // The build is current (bin/news-ingest.js would rebuild it too); pack without re-running it.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
  const tarball = join(dir, packed[0].filename);
  const into = join(dir, 'app/node_modules/news-ingest');
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
  pkg = JSON.parse(readFileSync(join(into, 'package.json'), 'utf8'));
  // Its dependencies, and what a TypeScript subscriber has anyway.
  for (const dep of [...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), 'typescript', '@types/node']) {
    const link = join(dir, 'app/node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', dep), link, 'dir');
  }
  writeFileSync(join(dir, 'app/package.json'), JSON.stringify({ name: 'desk', private: true, type: 'module', dependencies: { 'news-ingest': `file:${tarball}` } }));
  writeFileSync(
    join(dir, 'app/tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', strict: true, skipLibCheck: true, outDir: 'out', types: ['node'] }, include: ['*.ts'] }),
  );
  writeFileSync(join(dir, 'app/subscriber.ts'), SUBSCRIBER_TS);
  writeFileSync(join(dir, 'app/misuse.ts'), MISUSE_TS);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package, installed by a subscriber', () => {
  it('holds the built JavaScript, the types and the schemas, and no TypeScript sources', () => {
    const app = join(dir, 'app/node_modules/news-ingest');
    for (const f of ['dist/package/contracts.js', 'dist/package/constructs.js', 'dist/types/lambdas/contracts/index.d.ts', 'dist/types/lib/index.d.ts', 'schemas/article-ingested.schema.json', 'bin/news-ingest.js']) {
      expect(existsSync(join(app, f)), f).toBe(true);
    }
    expect(existsSync(join(app, 'lambdas'))).toBe(false);
    for (const dep of Object.keys(pkg.dependencies ?? {})) expect(existsSync(join(ROOT, 'node_modules', dep)), dep).toBe(true);
  });

  it('type-checks with moduleResolution node16, and the types catch misuse', () => {
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript-native/bin/tsc'), '-p', '.'], { cwd: join(dir, 'app'), encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('synthesizes a stack with ArticleSubscription under plain Node', () => {
    const out = execFileSync(process.execPath, ['out/subscriber.js'], { cwd: join(dir, 'app'), encoding: 'utf8' });
    const { detailType, template } = JSON.parse(out);
    expect(detailType).toBe('Article Ingested');
    const rules = Object.values(template.Resources as Record<string, { Type: string; Properties: { EventPattern: Record<string, unknown> } }>).filter((r) => r.Type === 'AWS::Events::Rule');
    expect(rules).toHaveLength(1);
    const pattern = rules[0]!.Properties.EventPattern as { 'detail-type': string[]; detail: { language: string[] } };
    expect(pattern['detail-type']).toContain('Article Ingested');
    expect(pattern.detail.language).toEqual(['en']);
  });

  it('runs its command line from the installed package', () => {
    writeFileSync(join(dir, 'app/a.txt'), 'Council backs the new budget\n\nThe council in Lisbon approved the budget on Thursday after a long debate about schools.\n');
    const r = spawnSync(process.execPath, ['node_modules/news-ingest/bin/news-ingest.js', 'extract', 'a.txt', '--json'], { cwd: join(dir, 'app'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).title).toBe('Council backs the new budget');
  });
});
