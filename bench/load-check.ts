/**
 * Drops a generated corpus into the local stack and checks the books balance afterwards:
 * every article is stored, a duplicate or rejected; one event per stored or rejected article;
 * no event twice; the table holds exactly the stored articles. Shared by bench/load.ts and the CI test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { localFiles } from '../local/files.ts';
import { INCOMING_PREFIX, runLocal, type RunCounts } from '../local/runner.ts';
import { startLocalStack } from '../local/local-stack.ts';
import { expectedCounts, generateCorpus, writeCorpus } from './corpus.ts';

export interface LoadReport {
  expected: ReturnType<typeof expectedCounts>;
  counts: RunCounts;
  eventsInLog: number;
  distinctEventIds: number;
  storedItems: number;
  deadLettered: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  problems: string[];
}

export async function loadRun(articles: number, seed = 7): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'news-ingest-load-'));
  try {
    const corpus = generateCorpus({ articles, seed });
    writeCorpus(join(dir, 'in'), corpus);
    const expected = expectedCounts(corpus);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = performance.now();
    const result = await runLocal({ dataDir: join(dir, 'state'), files: localFiles([join(dir, 'in')], INCOMING_PREFIX) });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const events = readFileSync(join(dir, 'state/events.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const distinct = new Set(events.map((e) => `${e['detail-type']}:${e.detail.id}`));
    const stack = await startLocalStack({ dataDir: join(dir, 'state') });
    let storedItems = 0;
    try {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await stack.clients.doc.send(new ScanCommand({ TableName: stack.table, ExclusiveStartKey: start }));
        storedItems += (out.Items ?? []).filter((i) => i.sk === 'ARTICLE' && i.status === 'stored').length;
        start = out.LastEvaluatedKey;
      } while (start);
    } finally {
      await stack.close();
    }

    const c = result.counts;
    const problems: string[] = [];
    const check = (ok: boolean, msg: string) => ok || problems.push(msg);
    check(c.articles === expected.articles, `lost articles: generated ${expected.articles}, accounted ${c.articles}`);
    check(c.articles === c.stored + c.duplicates + c.rejected, 'articles != stored + duplicates + rejected');
    check(c.events === c.stored + c.rejected, 'events != stored + rejected');
    check(events.length === c.events, `event log holds ${events.length}, run counted ${c.events}`);
    check(distinct.size === events.length, `${events.length - distinct.size} events emitted twice`);
    check(storedItems === c.stored, `table holds ${storedItems} stored articles, run counted ${c.stored}`);
    check(c.rejected === expected.rejected, `rejected ${c.rejected}, expected ${expected.rejected}`);
    check(c.duplicates === expected.duplicates, `duplicates ${c.duplicates}, expected ${expected.duplicates}`);
    check(result.deadLettered === 0, `${result.deadLettered} messages dead-lettered`);
    return {
      expected,
      counts: c,
      eventsInLog: events.length,
      distinctEventIds: distinct.size,
      storedItems,
      deadLettered: result.deadLettered,
      seconds,
      articlesPerSecond: c.articles / seconds,
      peakRssMb: peak / 1024 / 1024,
      problems,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
