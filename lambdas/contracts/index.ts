/**
 * The public contract of news-ingest, for subscribers: the record type and the event types.
 * `import type { ArticleIngestedDetail, ArticleRecord } from 'news-ingest/contracts'`
 */
export * from './record.ts';
export * from './events.ts';
