/**
 * The built CLI never runs stale code: in a temporary copy of the project, edit a source and the
 * next call runs the edit (bin/news-ingest.js sees the changed file and rebuilds).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReason } from '../../bin/build-state.js';

let root: string;
const cli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [join(root, 'bin/news-ingest.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const manifestIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'dist/cli/build.json'), 'utf8'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'news-ingest-build-'));
  for (const p of ['bin', 'lambdas', 'local', 'lib', 'scripts', 'package.json', 'tsconfig.json']) cpSync(p, join(root, p), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('builds on first use, then reuses the build while the sources are unchanged', () => {
    const first = cli(['--help']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^usage: news-ingest/);
    expect(first.stderr).toBe('');
    const id = manifestIn(root).id;
    expect(cli(['--help']).code).toBe(0);
    expect(manifestIn(root).id).toBe(id);
  });

  it('runs an edited source at once: a changed command and a changed core file', () => {
    const id = manifestIn(root).id;
    const cliTs = join(root, 'bin/cli.ts');
    writeFileSync(cliTs, readFileSync(cliTs, 'utf8').replace('usage: news-ingest <command>', 'usage (edited): news-ingest <command>'));
    const help = cli(['--help']);
    expect(help.stdout).toMatch(/^usage \(edited\): news-ingest/);
    expect(manifestIn(root).id).not.toBe(id);

    const extractTs = join(root, 'local/extract-file.ts');
    writeFileSync(extractTs, readFileSync(extractTs, 'utf8').replace('`   title      ${r.title}`', '`   TITLE      ${r.title}`'));
    writeFileSync(join(root, 'a.txt'), 'A headline for the test\n\nThe council approved the new budget on Thursday after a long debate about schools.\n');
    const out = cli(['extract', 'a.txt']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('TITLE      A headline for the test');
  });

  it('extracts through the core bundle, writes its code cache after the first file, and prints the same with it', () => {
    writeFileSync(join(root, 'b.txt'), 'Harbour plan approved\n\nThe port authority approved the harbour plan on Monday after a vote of the board.\n');
    const dir = join(root, 'dist/cli', manifestIn(root).id);
    const cacheFile = join(dir, 'extract-core.cjs.v8cache');
    rmSync(cacheFile, { force: true });
    const args = ['extract', '--json', '--ingested-at', '2026-01-01T00:00:00.000Z', 'b.txt'];
    const cold = cli(args);
    expect(cold.code).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
    const warm = cli(args);
    expect(warm.stdout).toBe(cold.stdout);
    expect(cli(args, { NEWS_INGEST_CODE_CACHE: '0' }).stdout).toBe(cold.stdout);
    expect(JSON.parse(cold.stdout).title).toBe('Harbour plan approved');
  });

  it('calls a build stale when an input file is touched or removed', () => {
    const m = manifestIn(root);
    expect(staleReason(m, root)).toBeNull();
    const file = Object.keys(m.inputs).find((f) => f.startsWith('lambdas/core/'))!;
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, file), later, later);
    expect(staleReason(m, root)).toBe(`${file} changed`);
    rmSync(join(root, file));
    expect(staleReason(m, root)).toBe(`${file} is gone`);
  });

  it('runs from source, saying so in one line, when it cannot rebuild', () => {
    // A syntax error esbuild refuses: the run falls back to tsx, which reports the same error.
    const helpTouched = join(root, 'local/files.ts');
    writeFileSync(helpTouched, readFileSync(helpTouched, 'utf8') + '\nexport const broken = ;\n');
    const r = cli(['--help']);
    const notice = r.stderr.split('\n').filter((l) => l.startsWith('news-ingest: running from source'));
    expect(notice).toHaveLength(1);
    // --help loads no command module, so from source it still prints the usage.
    expect(r.stdout).toMatch(/^usage \(edited\)/);
  });
});
