/**
 * Extraction: a clean article + where it came from → the stored record. Pure.
 * Each field has its own module; this file is their composition in one readable place.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, SourceRef } from '#contracts/record.ts';
import { RECORD_SCHEMA_VERSION } from '#contracts/record.ts';
import type { CleanArticle } from '../types.ts';
import { extractDates } from './dates.ts';
import { extractEntities } from './entities/index.ts';
import { fingerprint } from './fingerprint.ts';
import { extractKeywords } from './keywords.ts';
import { detectLanguage } from './language.ts';
import { extractMoney } from './money.ts';
import { extractQuantities } from './quantities.ts';
import { extractQuotes } from './quotes.ts';
import { summarize } from './summary.ts';

/** Bumped whenever extraction output changes, so `reprocess` knows which records are stale. */
export const EXTRACTOR_VERSION = '0.9.1';

const WORDS_PER_MINUTE = 230;

/**
 * A stable article id: the same object and article index always give the same id,
 * so redelivery of a notification can never create a second record.
 * @example articleId('raw', 'incoming/a.jsonl', 3) // 'a1b2…' (32 hex chars)
 */
export function articleId(bucket: string, key: string, index: number): string {
  return createHash('sha256').update(`${bucket}\u0000${key}\u0000${index}`).digest('hex').slice(0, 32);
}

export interface ExtractContext {
  source: SourceRef;
  /** ISO time the record is made; passed in so extraction stays a pure function. */
  ingestedAt: string;
}

export function extractRecord(article: CleanArticle, ctx: ExtractContext): ArticleRecord {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const body = paragraphs.join('\n\n');
  const fullText = [article.title, ...paragraphs].join('\n\n');
  const language = detectLanguage(fullText, article.meta.language);
  const entities = extractEntities({
    title: article.title,
    paragraphs,
    captions: article.captions.map((c) => c.text),
  });
  const words = countWords(body);
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: articleId(ctx.source.bucket, ctx.source.key, article.index),
    source: ctx.source,
    url: article.meta.url,
    title: article.title,
    subtitle: article.subtitle,
    authors: article.meta.authors,
    publisher: article.meta.publisher,
    publishedAt: article.meta.publishedAt,
    ...dateProvenance(article.meta),
    language,
    body,
    sections: article.sections,
    captions: article.captions,
    credits: article.credits,
    related: article.related,
    removed: article.removed,
    ...(article.extraction ? { extraction: article.extraction } : {}),
    summary: summarize(paragraphs),
    keywords: extractKeywords(article.title, paragraphs, language, entities),
    entities,
    quotes: extractQuotes(paragraphs, entities),
    dates: extractDates(body, article.meta.publishedAt),
    money: extractMoney(body),
    quantities: extractQuantities(body),
    stats: {
      words,
      paragraphs: paragraphs.length,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    },
    fingerprint: fingerprint(body),
    extractorVersion: EXTRACTOR_VERSION,
    ingestedAt: ctx.ingestedAt,
  };
}

/** The optional date fields: a source only beside a date, a modified date only with its source. */
function dateProvenance(meta: CleanArticle['meta']): Pick<ArticleRecord, 'publishedAtSource' | 'modifiedAt' | 'modifiedAtSource'> {
  const out: Pick<ArticleRecord, 'publishedAtSource' | 'modifiedAt' | 'modifiedAtSource'> = {};
  if (meta.publishedAt && meta.publishedAtSource) out.publishedAtSource = meta.publishedAtSource;
  if (meta.modifiedAt && meta.modifiedAtSource) {
    out.modifiedAt = meta.modifiedAt;
    out.modifiedAtSource = meta.modifiedAtSource;
  }
  return out;
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
