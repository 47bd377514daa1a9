/**
 * Cleaning entry point: bytes + object metadata → clean articles and rejections. Pure.
 *
 *   decode (gunzip, encoding, normalise, format)
 *     → segment by format (text | Markdown | JSON | JSON Lines | HTML) into blocks + page metadata
 *     → cleanBlocks: one junk cleaner for every format, with the audit trail
 */
import type { InputFormat, Rejection } from '#contracts/record.ts';
import { BudgetExceeded, type TimeBudget } from '../budget.ts';
import { decodeObject } from '../decode/index.ts';
import type { Block, CleanArticle, CleanResult, Limits, ObjectMeta, PageMeta } from '../types.ts';
import { EMPTY_META } from '../types.ts';
import { cleanBlocks, type CleanOptions } from './blocks.ts';
import { extractHtml } from './html/strategy.ts';
import { segmentJsonRecord } from './json.ts';
import { segmentMarkdown } from './markdown.ts';
import { fillFromSourceUrl, metaFromSourceUrl } from './source-url.ts';
import { segmentText } from './text.ts';

export { cleanBlocks } from './blocks.ts';

/**
 * @example cleanObject(bytes, { bucket: 'raw', key: 'incoming/a.jsonl', etag: null, size: bytes.length }, DEFAULT_LIMITS)
 */
export function cleanObject(bytes: Uint8Array, meta: ObjectMeta, limits: Limits, budget?: TimeBudget, now?: number): CleanResult {
  const decoded = decodeObject(bytes, meta, limits);
  if (!decoded.ok) return { format: null, encoding: null, gzip: false, articles: [], rejections: [decoded.rejection] };
  const { format, encoding, gzip, text } = decoded.value;
  const result: CleanResult = { format, encoding, gzip, articles: [], rejections: [] };
  budget?.sizeIs(text.length);
  try {
    budget?.check('decoding');
    segmentAndClean(format, text, limits, result, budget, now, meta.sourceUrl ?? null);
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
    result.rejections.push(timedOut(err, null, result.articles.length + result.rejections.length));
  }
  for (const article of result.articles) fillFromSourceUrl(article, meta.sourceUrl, now);
  return result;
}

/** The rejection for what was not finished in time. */
export function timedOut(err: BudgetExceeded, line: number | null, index: number, rest = ''): Rejection {
  return { code: 'timeout', reason: err.message + rest, line, index };
}

function segmentAndClean(format: InputFormat, text: string, limits: Limits, result: CleanResult, budget: TimeBudget | undefined, now: number | undefined, sourceUrl: string | null): void {
  const take = (out: CleanArticle | Rejection) => {
    if ('code' in out) result.rejections.push(out);
    else result.articles.push(out);
  };
  const single: CleanOptions = { index: 0, line: null, budget, now };

  switch (format) {
    case 'text': {
      const blocks = segmentText(text);
      budget?.check('segmenting the text');
      // A text states nothing about itself: the stated address gives the publisher whose name a title may carry.
      take(cleanBlocks(blocks, metaFromSourceUrl({ ...EMPTY_META }, sourceUrl), single));
      break;
    }
    case 'markdown': {
      const { meta: pageMeta, blocks } = segmentMarkdown(text);
      budget?.check('segmenting the Markdown');
      take(cleanBlocks(blocks, metaFromSourceUrl(pageMeta, sourceUrl), single));
      break;
    }
    case 'html': {
      // The budget (in `single`) is checked after each strategy's walk (html/strategy.ts).
      take(extractHtml(text, single));
      break;
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        // A .json file that is really JSON Lines is read as such.
        if (looksLikeJsonLines(text)) {
          cleanJsonLines(text, limits, take, budget);
          result.format = 'jsonl';
          break;
        }
        take({ code: 'malformed-json', reason: `malformed JSON: ${jsonError(err)}`, line: null, index: 0 });
        break;
      }
      if (Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
        // An array of records is a batch, like JSON Lines without the lines.
        value.slice(0, limits.maxArticlesPerObject).forEach((v, i) => take(cleanRecord(v, { index: i, line: null, budget })));
        break;
      }
      take(cleanRecord(value, single));
      break;
    }
    case 'jsonl':
      cleanJsonLines(text, limits, take, budget);
      break;
  }
}

function cleanRecord(value: unknown, opts: CleanOptions): CleanArticle | Rejection {
  const seg = segmentJsonRecord(value);
  if (typeof seg === 'string') return { code: 'no-article', reason: seg, line: opts.line, index: opts.index };
  return cleanBlocks(seg.blocks, seg.meta, { ...opts, removed: seg.removed, related: seg.related });
}

/** One article per line; a bad line is rejected with its number and the rest go on. */
function cleanJsonLines(text: string, limits: Limits, take: (out: CleanArticle | Rejection) => void, budget?: TimeBudget): void {
  const lines = text.split('\n');
  let articles = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const n = i + 1;
    // index counts the batch's records (blank lines skipped); line is where the record is in the file.
    const index = articles;
    if (++articles > limits.maxArticlesPerObject) {
      take({ code: 'too-large', reason: `batch has more than ${limits.maxArticlesPerObject} articles; lines from ${n} on were not read`, line: n, index });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      take({ code: 'malformed-json', reason: `malformed JSON: ${jsonError(err)}`, line: n, index });
      continue;
    }
    try {
      budget?.check(`line ${n}`);
      take(cleanRecord(value, { index, line: n, budget }));
    } catch (err) {
      // Records finished before the budget ran out are kept; the rest of the batch is one rejection.
      if (!(err instanceof BudgetExceeded)) throw err;
      take(timedOut(err, n, index, `; lines from ${n} on were not read`));
      return;
    }
  }
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n', 50).filter((l) => l.trim());
  if (lines.length < 2) return false;
  let ok = 0;
  for (const l of lines) {
    try {
      JSON.parse(l);
      ok++;
    } catch {
      /* counted as bad */
    }
  }
  return ok >= 1 && ok >= lines.length / 2;
}

function jsonError(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
}

// Re-exported for tests and for callers that segment on their own.
export type { Block, PageMeta };
