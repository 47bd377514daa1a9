/** Configuration from the environment, read once per container. */
import { DEFAULT_BUDGET } from '#core/budget.ts';
import { DEFAULT_LIMITS } from '#core/types.ts';
import { DEFAULT_EVENT_SOURCE } from '#contracts/events.ts';
import type { IngestConfig } from './ingest-object.ts';

export interface RuntimeConfig extends IngestConfig {
  eventBusName: string;
  eventSource: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    eventBusName: required(env, 'EVENT_BUS_NAME'),
    eventSource: env.EVENT_SOURCE || DEFAULT_EVENT_SOURCE,
    incomingPrefix: env.INCOMING_PREFIX || 'incoming/',
    recordsPrefix: env.RECORDS_PREFIX || 'records/',
    quarantinePrefix: env.QUARANTINE_PREFIX || 'quarantine/',
    limits: {
      maxRawBytes: intOr(env.MAX_OBJECT_BYTES, DEFAULT_LIMITS.maxRawBytes),
      maxDecompressedBytes: intOr(env.MAX_DECOMPRESSED_BYTES, DEFAULT_LIMITS.maxDecompressedBytes),
      maxArticlesPerObject: intOr(env.MAX_ARTICLES_PER_OBJECT, DEFAULT_LIMITS.maxArticlesPerObject),
    },
    maxItemBytes: intOr(env.MAX_ITEM_BYTES, 300_000),
    publishLeaseMs: intOr(env.PUBLISH_LEASE_MS, 60_000),
    timeBudget: {
      baseMs: intOr(env.TIME_BUDGET_BASE_MS, DEFAULT_BUDGET.baseMs),
      perMbMs: intOr(env.TIME_BUDGET_PER_MB_MS, DEFAULT_BUDGET.perMbMs),
    },
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new Error(`environment variable ${name} is required`);
  return v;
}

function intOr(v: string | undefined, fallback: number): number {
  const n = v ? Number.parseInt(v, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
