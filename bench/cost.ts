/**
 * Cost per million articles, from measured per-article figures: core CPU time, item sizes written,
 * entity index items, events and requests, priced with bench/prices.ts. `npm run bench:cost`
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processObject } from '#core/pipeline.ts';
import type { ArticleRecord } from '#contracts/record.ts';
import { MAX_INDEXED_ENTITIES } from '#adapters/article-table.ts';
import { bandKeys } from '#core/extract/minhash.ts';
import { generateCorpus } from './corpus.ts';
import { DEPLOYMENT, PRICES } from './prices.ts';

export interface PerArticle {
  coreMs: number;
  itemKb: number;
  entityItems: number;
  largeShare: number;
  /** Story index writes per article: band values claimed (new to the index) and the member item. */
  storyWrites: number;
  /** Story index reads per article: the band claims looked up (consistent, one unit each, found or not). */
  storyReads: number;
}

/**
 * The story index's writes and reads for records ingested in this order (adapters/story-index.ts):
 * every article writes its member item, and claims each of its band values nobody holds yet.
 */
export function storyIndexUnits(records: ArticleRecord[]): { writes: number; reads: number } {
  const held = new Set<string>();
  let writes = 0;
  let reads = 0;
  for (const r of records) {
    const f = r.fingerprint;
    const bands = f.minhash && f.shingles !== undefined ? bandKeys({ minhash: f.minhash, shingles: f.shingles }) : [];
    reads += bands.length;
    writes += 1;
    for (const b of bands) {
      if (held.has(b)) continue;
      held.add(b);
      writes++;
    }
  }
  return { writes: writes / Math.max(1, records.length), reads: reads / Math.max(1, records.length) };
}

/** Measures the core over a generated corpus plus the seeds. */
export function measure(articles = 2000): PerArticle {
  const inputs: { name: string; bytes: Uint8Array }[] = generateCorpus({ articles, seed: 11, badShare: 0, duplicateShare: 0 }).map((f) => ({
    name: f.name,
    bytes: typeof f.body === 'string' ? Buffer.from(f.body) : f.body,
  }));
  for (const name of readdirSync('seeds')) inputs.push({ name, bytes: readFileSync(join('seeds', name)) });
  const records: ArticleRecord[] = [];
  // Warm up the JIT, then time.
  for (const i of inputs.slice(0, 50)) processObject(i.bytes, { bucket: 'b', key: `incoming/${i.name}`, etag: null, size: i.bytes.length });
  const t = performance.now();
  for (const i of inputs) records.push(...processObject(i.bytes, { bucket: 'b', key: `incoming/${i.name}`, etag: null, size: i.bytes.length }).records);
  const ms = performance.now() - t;
  const sizes = records.map((r) => Buffer.byteLength(JSON.stringify(r)));
  const story = storyIndexUnits(records);
  return {
    storyWrites: story.writes,
    storyReads: story.reads,
    coreMs: ms / records.length,
    itemKb: sizes.reduce((a, b) => a + Math.min(b, 300_000), 0) / records.length / 1024,
    entityItems: records.reduce((a, r) => a + Math.min(MAX_INDEXED_ENTITIES, r.entities.length), 0) / records.length,
    largeShare: sizes.filter((s) => s > 300_000).length / records.length,
  };
}

export function costPerMillion(m: PerArticle) {
  const n = 1e6;
  const gbSeconds = ((m.coreMs + DEPLOYMENT.ioMsPerObject) / 1000) * (DEPLOYMENT.memoryMb / 1024) * n;
  const writeUnits =
    1 + // fingerprint claim
    1 + // STATE item (conditional)
    Math.ceil(m.itemKb) + // ARTICLE item
    m.entityItems + // entity index items (each < 1 KB)
    1 + // byPublisherDay GSI: the ARTICLE item's small projection (keys, title, url, dates)
    m.entityItems + // byEntity GSI: each entity item's projection, < 1 KB
    1 + // publish mark on STATE
    m.storyWrites; // story index: new band claims and the member item (< 1 KB each)
  const readUnits = 1 + m.storyReads; // consistent GetItem of the STATE item, the band claims
  const lines: [string, number][] = [
    ['Lambda compute (arm64 GB-s)', gbSeconds * PRICES.lambdaArmGbSecond],
    ['Lambda requests (batches of 10)', (n / DEPLOYMENT.sqsBatchSize) * PRICES.lambdaRequest],
    [`DynamoDB writes (${writeUnits.toFixed(1)} WRU/article)`, writeUnits * n * PRICES.dynamoWriteUnit],
    [`DynamoDB reads (${readUnits.toFixed(1)} RRU/article)`, readUnits * n * PRICES.dynamoReadUnit],
    ['EventBridge events', n * PRICES.eventBridgeEvent],
    ['SQS (send by S3, receive + delete batched)', (n + (2 * n) / DEPLOYMENT.sqsBatchSize) * PRICES.sqsRequest],
    ['S3 GET (+ PUT for large records)', n * PRICES.s3Get + m.largeShare * n * PRICES.s3Put],
    ['CloudWatch Logs', ((DEPLOYMENT.logBytesPerObject * n) / 1024 ** 3) * PRICES.logsIngestGb],
  ];
  return { lines, total: lines.reduce((a, [, v]) => a + v, 0), writeUnits };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const m = measure();
  console.log(`measured: core ${m.coreMs.toFixed(2)} ms/article, record ${m.itemKb.toFixed(1)} KB, ${m.entityItems.toFixed(1)} entity items, ${(m.largeShare * 100).toFixed(1)}% large`);
  const c = costPerMillion(m);
  console.table(Object.fromEntries(c.lines.map(([k, v]) => [k, { 'USD per million articles': v.toFixed(2) }])));
  console.log(`total ≈ $${c.total.toFixed(2)} per million articles (${DEPLOYMENT.memoryMb} MB, ${DEPLOYMENT.ioMsPerObject} ms I/O wait per object assumed)`);
  const top = [...c.lines].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k]) => k);
  console.log(`main drivers: ${top.join('; ')}`);
  const entityWru = 2 * m.entityItems;
  console.log(
    `write units per article: entity index ${entityWru.toFixed(1)} (${m.entityItems.toFixed(1)} items, each written to the table and the byEntity index; ` +
      `capped at ${MAX_INDEXED_ENTITIES}), article item ${Math.ceil(m.itemKb)} + its index projection 1, fingerprint claim, state and publish mark 3, ` +
      `story index ${m.storyWrites.toFixed(1)} (band claims new to the index and the member item; at most 8)`,
  );
}
