/**
 * The page's address as the uploader stated it beside the content. A scraped text holds no URL, and a
 * saved HTML page often lacks its canonical link; a crawler that knows the address can put it in the
 * object's user metadata (`aws s3 cp page.txt s3://bucket/incoming/ --metadata source-url=https://…`).
 * The content's own statements win: the stated address only fills what the content leaves empty, the
 * URL itself, the publisher (its host made readable) and the publication day in its path.
 */
import type { CleanArticle, PageMeta } from '../types.ts';
import { hostName } from './html/meta.ts';
import { urlValue } from './meta.ts';
import { dateFromUrl } from './url-date.ts';

/** User-metadata keys (S3's `x-amz-meta-…` without the prefix, lower case) that name the page's address, in order of preference. */
export const SOURCE_URL_METADATA_KEYS = ['source-url', 'source_url', 'sourceurl', 'url', 'original-url', 'page-url', 'canonical-url', 'link'] as const;

/** The first http(s) address among an object's user metadata, or null. */
export function sourceUrlFromMetadata(metadata: Record<string, string | undefined> | null | undefined): string | null {
  if (!metadata) return null;
  const lower = new Map(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of SOURCE_URL_METADATA_KEYS) {
    const v = urlValue(lower.get(k));
    if (v) return v;
  }
  return null;
}

/** The metadata a text with no statements of its own starts from: the stated address and its host as publisher. */
export function metaFromSourceUrl(base: PageMeta, sourceUrl: string | null | undefined): PageMeta {
  const url = urlValue(sourceUrl);
  if (!url) return base;
  return { ...base, url: base.url ?? url, publisher: base.publisher ?? hostName(url) };
}

/** Fills what the article's content left empty from the stated address (the article is changed in place). */
export function fillFromSourceUrl(article: CleanArticle, sourceUrl: string | null | undefined, now?: number): void {
  const url = urlValue(sourceUrl);
  if (!url) return;
  const meta = article.meta;
  const filled = metaFromSourceUrl(meta, url);
  if (meta.publishedAt === null && (meta.url === null || meta.url === url)) {
    // Only when the content names no other address: a page's own canonical URL is the better source of a URL date.
    const day = dateFromUrl(url, now);
    if (day) {
      filled.publishedAt = day;
      filled.publishedAtSource = 'url';
    }
  }
  article.meta = filled;
}
