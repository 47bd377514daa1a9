/**
 * Types internal to the pure core: what flows between decode → segment → clean → extract.
 * The public record and event types live in `lambdas/contracts/`.
 */
import type { Caption, DateSource, Extraction, InputFormat, Rejection, RelatedLink, Removal, RemovalReason, Section } from '#contracts/record.ts';

/** What the caller knows about the object the bytes came from. */
export interface ObjectMeta {
  bucket: string;
  key: string;
  etag: string | null;
  size: number;
  contentType?: string | null;
  /** The page's address as the uploader stated it (S3 user metadata `source-url`…); fills what the content leaves empty. */
  sourceUrl?: string | null;
}

/** Bounds that keep any input from exhausting memory or time. */
export interface Limits {
  /** Largest object accepted as stored (compressed size for .gz). Default 5 MB. */
  maxRawBytes: number;
  /** Largest object after gunzip; decompression stops at this bound. Default 50 MB. */
  maxDecompressedBytes: number;
  /** Largest number of articles taken from one JSON Lines batch. */
  maxArticlesPerObject: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxRawBytes: 5 * 1024 * 1024,
  maxDecompressedBytes: 50 * 1024 * 1024,
  maxArticlesPerObject: 10_000,
};

/** Bytes turned into text, with what was learned on the way. */
export interface DecodedObject {
  format: InputFormat;
  encoding: string;
  gzip: boolean;
  text: string;
}

/** Metadata a page or crawler record states about itself (HTML meta tags, JSON-LD, JSON fields). */
export interface PageMeta {
  url: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: string | null;
  /** Where publishedAt came from, when the segmenter knows. */
  publishedAtSource?: DateSource | null;
  /** The last modification the page states, and where it came from. */
  modifiedAt?: string | null;
  modifiedAtSource?: DateSource | null;
  /** Declared language (html lang, og:locale, JSON field), ISO 639-1 when known. */
  language: string | null;
}

export const EMPTY_META: PageMeta = {
  url: null,
  title: null,
  subtitle: null,
  authors: [],
  publisher: null,
  publishedAt: null,
  language: null,
};

/**
 * A block of text as a format-specific segmenter found it, before junk removal.
 * Text, Markdown, HTML and JSON bodies all become blocks; one shared cleaner then decides what stays.
 */
export interface Block {
  kind: 'title' | 'heading' | 'paragraph' | 'caption' | 'list-item' | 'blockquote';
  text: string;
  /** Caption credit when the markup states it separately (HTML figcaption credit span). */
  credit?: string | null;
  /** A link target when the block is (mostly) one link: related headlines keep it. */
  href?: string | null;
  /** The share of the block's text inside links (0..1), for link-density tests on HTML. */
  linkDensity?: number;
  /**
   * Scraped text: the segmenter already knows the line is junk (a run rule in clean/runs.ts, or the
   * learned classifier with its score, clean/junk-classifier.ts); cleanBlocks removes it for that
   * reason unless one of its own rules takes it first.
   */
  drop?: { reason: RemovalReason; score?: number };
}

/** One article found in an object, cleaned: the input to extraction. */
export interface CleanArticle {
  /** Index of the article within the object (0 for single-article objects). */
  index: number;
  /** 1-based line in a JSON Lines batch; null otherwise. */
  line: number | null;
  title: string;
  subtitle: string | null;
  sections: Section[];
  captions: Caption[];
  credits: string[];
  related: RelatedLink[];
  removed: Removal[];
  meta: PageMeta;
  /** HTML pages: how the body was found (html/strategy.ts). */
  extraction?: Extraction;
}

/** The result of cleaning one object: articles found, and what was rejected (whole or per line). */
export interface CleanResult {
  format: InputFormat | null;
  encoding: string | null;
  gzip: boolean;
  articles: CleanArticle[];
  rejections: Rejection[];
}
