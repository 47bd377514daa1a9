/** The news-ingest command as a user runs it: a child process, its stdout, stderr and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'bin/news-ingest.js');
function cli(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-ingest-cli-'));
  mkdirSync(join(dir, 'in'));
  const article = (t: string, extra = '') =>
    `${t}\n\nThe regional parliament approved the budget on Thursday after a long debate about school funding.${extra}\n\nTeachers' unions welcomed the decision, while the opposition called it a missed chance.\n`;
  writeFileSync(join(dir, 'in/one.txt'), article('Budget passes after long debate'));
  writeFileSync(join(dir, 'in/two.txt'), article('Second story of the day', ' Farmers protested outside.'));
  writeFileSync(join(dir, 'in/copy-of-one.txt'), article('Budget passes after long debate'));
  writeFileSync(join(dir, 'in/empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('news-ingest extract', () => {
  it('prints one JSON record per line with source.key the path as given, exit 0', () => {
    const r = cli(['extract', 'in/one.txt', 'in/two.txt', '--json'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.key)).toEqual(['in/one.txt', 'in/two.txt']);
    expect(lines[0].title).toBe('Budget passes after long debate');
  });

  it('exits 2 with one error line per rejection and no stack trace', () => {
    const r = cli(['extract', 'in/one.txt', 'in/empty.txt', 'in/missing.txt', '--json'], dir);
    expect(r.code).toBe(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: in\/empty\.txt: .+/);
    expect(errors[1]).toMatch(/^error: in\/missing\.txt: .+/);
    expect(r.stderr).not.toMatch(/\n[ \t]+at /);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints a readable summary without --json', () => {
    const r = cli(['extract', 'in/one.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('title      Budget passes after long debate');
  });
});

describe('news-ingest run', () => {
  it('accounts for every article, and stores nothing on a second run of the same files', () => {
    const first = cli(['run', 'in', '--json', '--data-dir', 'state'], dir);
    expect(first.code).toBe(0);
    const c1 = JSON.parse(first.stdout.trim().split('\n').pop()!);
    expect(c1).toEqual({ objects: 4, articles: 4, stored: 2, duplicates: 1, rejected: 1, events: 3, quarantined: 1 });

    const second = cli(['run', 'in', '--json', '--data-dir', 'state'], dir);
    const c2 = JSON.parse(second.stdout.trim().split('\n').pop()!);
    expect(c2.stored).toBe(0);
    expect(c2.articles).toBe(c2.stored + c2.duplicates + c2.rejected);
    expect(c2.events).toBe(c2.stored + c2.rejected);

    const events = readFileSync(join(dir, 'state/events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.filter((e) => e['detail-type'] === 'Article Ingested')).toHaveLength(2);
    expect(events[0].source).toBe('news.ingest');
  });

  it('reads the store back: get, list by entity-less filter, events', () => {
    const events = cli(['events', '--data-dir', 'state'], dir);
    expect(events.code).toBe(0);
    const ingested = events.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e['detail-type'] === 'Article Ingested');
    const got = cli(['get', ingested.detail.id, '--data-dir', 'state'], dir);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout).id).toBe(ingested.detail.id);
    const list = cli(['list', '--data-dir', 'state'], dir);
    expect(list.stdout).toContain('Budget passes after long debate');
    expect(cli(['get', 'nope', '--data-dir', 'state'], dir).code).toBe(1);
  });
});

describe('news-ingest list --story', () => {
  it('lists a story: the first article, then the near-copy that joined it, with its match', async () => {
    const { WIRE_TEXT, REPUBLISHED_TEXT, OTHER_STORY_TEXT } = await import('../fixtures/stories/articles.ts');
    const sdir = mkdtempSync(join(tmpdir(), 'news-ingest-cli-story-'));
    try {
      mkdirSync(join(sdir, 'in'));
      writeFileSync(join(sdir, 'in/a-wire.txt'), WIRE_TEXT);
      writeFileSync(join(sdir, 'in/b-copy.txt'), REPUBLISHED_TEXT);
      writeFileSync(join(sdir, 'in/c-other.txt'), OTHER_STORY_TEXT);
      expect(cli(['run', 'in', '--data-dir', 'state'], sdir).code).toBe(0);
      const events = cli(['events', '--data-dir', 'state'], sdir)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l).detail);
      // `run` ingests files concurrently: either copy may found the story, the other joins it.
      const wire = events.find((d) => d.title.startsWith('Harbour authority'));
      const copy = events.find((d) => d.title.startsWith('Port gets green light'));
      expect(copy.storyId).toBe(wire.storyId);
      const founder = [wire, copy].find((d) => d.firstInStory);
      const joined = [wire, copy].find((d) => !d.firstInStory);
      const story = cli(['list', '--story', wire.storyId, '--data-dir', 'state'], sdir);
      expect(story.code).toBe(0);
      const lines = story.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(founder.id);
      expect(lines[0]).toContain('first in story');
      expect(lines[1]).toContain(joined.id);
      expect(lines[1]).toMatch(new RegExp(`copy of ${founder.id.slice(0, 8)} \\(0\\.\\d\\d\\)`));
    } finally {
      rmSync(sdir, { recursive: true, force: true });
    }
  });
});
