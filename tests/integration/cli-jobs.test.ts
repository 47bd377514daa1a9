/**
 * `news-ingest extract --jobs N`: worker threads give the same output, byte for byte and in input
 * order, as one process; a file that crashes its worker is that file's error; the file list is
 * taken in a bounded window.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInWorkers } from '../../local/extract-pool.ts';
import type { WalkEntry } from '../../local/files.ts';

const CLI = join(process.cwd(), 'bin/news-ingest.js');
// A fixed stamp: records carry the time they were ingested, the one field a run may not repeat.
const STAMP = ['--ingested-at', '2026-03-01T12:00:00Z'];
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const names: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-ingest-jobs-'));
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  const places = ['Lisbon', 'Nairobi', 'Osaka', 'Toronto', 'Cairo'];
  for (let i = 0; i < 24; i++) {
    const name = i === 7 ? 'in/a07-empty.txt' : i === 15 ? 'in/sub/b15.jsonl' : `in/${i < 12 ? 'a' : 'sub/b'}${String(i).padStart(2, '0')}.txt`;
    const place = places[i % places.length];
    const text = `Council in ${place} backs plan ${i}\n\nThe council in ${place} approved plan ${i} on Thursday after a debate about schools, said Maria Okafor of the Ministry of Finance.\n\n"We waited ${i + 3} years," she said, adding that ${i * 100} families would benefit.\n`;
    const body = i === 7 ? '' : i === 15 ? JSON.stringify({ title: `Batch story ${i}`, text: text.split('\n\n').slice(1).join('\n\n') }) + '\n{broken\n' : text;
    writeFileSync(join(dir, name), body);
    names.push(name);
  }
  names.sort();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news-ingest extract --jobs', () => {
  it('prints the same bytes, in input order, with 3 workers as in one process', () => {
    const one = cli(['extract', 'in', 'missing.txt', '--json', '--jobs', '1', ...STAMP]);
    const three = cli(['extract', 'in', 'missing.txt', '--json', '--jobs', '3', ...STAMP]);
    expect(one.code).toBe(2);
    expect(three.code).toBe(2);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    const keys = one.stdout.trim().split('\n').map((l) => JSON.parse(l).source.key);
    expect(keys).toEqual(names.filter((n) => !n.includes('empty')));
    expect(one.stderr.split('\n').filter(Boolean)).toEqual([
      'error: in/a07-empty.txt: object is empty',
      expect.stringMatching(/^error: in\/sub\/b15\.jsonl:2: /),
      'error: missing.txt: no such file',
    ]);
    expect(JSON.parse(one.stdout.split('\n')[0]!).ingestedAt).toBe('2026-03-01T12:00:00.000Z');
  });

  it('reports a file that crashes its worker as that file\'s error, and the rest go on', () => {
    const r = cli(['extract', 'in', '--json', '--jobs', '2', ...STAMP], { NEWS_INGEST_TEST_CRASH_WORKER_ON: 'a05.txt' });
    const ok = cli(['extract', 'in', '--json', '--jobs', '1', ...STAMP]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: in\/a05\.txt: worker crashed: injected crash on in\/a05\.txt$/m);
    expect(r.stderr).not.toMatch(/\n[ \t]+at /);
    const expected = ok.stdout.split('\n').filter((l) => l && !l.includes('"key":"in/a05.txt"'));
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(expected);
  });

  it('rejects a bad --jobs as a usage error', () => {
    const r = cli(['extract', 'in', '--jobs', 'many']);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^error: --jobs takes a whole number/);
  });

  it('takes files from the list only as fast as outcomes are handed on (a bounded window)', async () => {
    let pulled = 0;
    let consumed = 0;
    let widest = 0;
    const file = join(dir, 'in/a00.txt');
    function* entries(): Generator<WalkEntry> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        widest = Math.max(widest, pulled - consumed);
        yield { file };
      }
    }
    for await (const o of extractInWorkers(entries(), { json: true, jobs: 2, window: 6 })) {
      expect(o.err).toBe('');
      consumed++;
    }
    expect(consumed).toBe(200);
    expect(widest).toBeLessThanOrEqual(6 + 1);
  });
});
