/**
 * The pure core in one call: bytes of one object → article records and rejections.
 * No AWS here: the ingest handler and the CLI both call this.
 */
import type { ArticleRecord, Rejection, SourceRef } from '#contracts/record.ts';
import { BudgetExceeded, DEFAULT_BUDGET, TimeBudget, type BudgetSettings } from './budget.ts';
import { warmUpOnce } from './warm-up.ts';
import { cleanObject, timedOut } from './clean/index.ts';
import { ModelDataError } from './extract/entities/model-file.ts';
import { extractRecord } from './extract/index.ts';
import type { Limits, ObjectMeta } from './types.ts';
import { DEFAULT_LIMITS } from './types.ts';

export interface ProcessOptions {
  limits?: Limits;
  /** ISO time stamped on records; defaults to now. */
  ingestedAt?: string;
  /** Time allowed for the object (default 1 s + 1 s per MB); past it, what is unfinished is rejected as `timeout`. */
  budget?: BudgetSettings;
  /** Milliseconds from a fixed origin; tests inject a clock that makes every stage slow. */
  clock?: () => number;
}

export interface ProcessResult {
  records: ArticleRecord[];
  rejections: Rejection[];
}

/**
 * Clean and extract every article in one object. Never throws on any input: a failure inside
 * cleaning or extraction of one article becomes a rejection of that article, and the others go on.
 * The one exception is a broken installation (the entity model's data files missing), which is no
 * fault of the article: it throws `ModelDataError` so the delivery is retried, not quarantined.
 * @example processObject(bytes, { bucket: 'raw', key: 'incoming/a.txt', etag: null, size: bytes.length })
 */
export function processObject(bytes: Uint8Array, meta: ObjectMeta, options: ProcessOptions = {}): ProcessResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  // Loading the models is the process's cost, not this object's: pay it before the budget starts.
  // (A broken installation throws ModelDataError from here, as it would from the object itself.)
  warmUpOnce();
  const budget = new TimeBudget(options.budget ?? DEFAULT_BUDGET, options.clock).sizeIs(bytes.length);
  let cleaned;
  try {
    cleaned = cleanObject(bytes, meta, limits, budget, Date.parse(ingestedAt));
  } catch (err) {
    return { records: [], rejections: [{ code: 'no-article', reason: `cleaning failed: ${oneLine(err)}`, line: null, index: 0 }] };
  }
  const records: ArticleRecord[] = [];
  const rejections = [...cleaned.rejections];
  for (const article of cleaned.articles) {
    const source: SourceRef = {
      bucket: meta.bucket,
      key: meta.key,
      etag: meta.etag,
      size: meta.size,
      format: cleaned.format ?? 'text',
      encoding: cleaned.encoding ?? 'utf-8',
      gzip: cleaned.gzip,
      line: article.line,
    };
    try {
      budget.check(`extracting article ${article.index + 1}`);
      records.push(extractRecord(article, { source, ingestedAt }));
    } catch (err) {
      if (err instanceof ModelDataError) throw err;
      if (err instanceof BudgetExceeded) {
        rejections.push(timedOut(err, article.line, article.index));
        continue;
      }
      rejections.push({ code: 'no-article', reason: `extraction failed: ${oneLine(err)}`, line: article.line, index: article.index });
    }
  }
  return { records, rejections };
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 300);
}
