/**
 * The article record: what the pipeline stores (DynamoDB, or S3 `records/` when large)
 * and what `news-ingest extract --json` prints. This file is the contract; the JSON Schema
 * in `schemas/article-record.schema.json` mirrors it and a test keeps the two in step.
 *
 * Subscribers import these types from `news-ingest/contracts`.
 */

/** Bump when a field changes meaning or disappears; adding an optional field does not bump it. */
export const RECORD_SCHEMA_VERSION = 1 as const;

/** The formats the pipeline accepts, after gunzip. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'markdown';

/** Where the article came from. */
export interface SourceRef {
  bucket: string;
  /** The object key, decoded (spaces as spaces, not `+`). Locally, the path as given. */
  key: string;
  etag: string | null;
  /** Size of the object as stored (compressed size when gzipped). */
  size: number;
  format: InputFormat;
  /** The character encoding the bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  /** True when the object was gzip-compressed. */
  gzip: boolean;
  /** 1-based line for JSON Lines batches; null for single-article objects. */
  line: number | null;
}

/** One removal made by the cleaner, so a reader can see why a line went. */
export interface Removal {
  reason: RemovalReason;
  text: string;
  /** Reason `classifier` only: the learned model's junk probability for the line (0..1). */
  score?: number;
}

export type RemovalReason =
  | 'ad-marker'
  | 'shortcode'
  | 'source-link'
  | 'related-block'
  | 'share-prompt'
  | 'newsletter-prompt'
  | 'cookie-notice'
  | 'paywall-notice'
  | 'advertisement'
  | 'image-filename'
  | 'duplicate-caption'
  | 'caption'
  | 'wire-credit'
  | 'copyright'
  | 'byline'
  | 'dateline'
  | 'boilerplate'
  | 'navigation'
  | 'comments'
  | 'duplicate-paragraph'
  | 'control-characters'
  /** Scraped text: removed by the learned line classifier (see `score`), no explicit rule having matched. */
  | 'classifier';

export interface Section {
  /** Null for the part before the first subheading. */
  heading: string | null;
  paragraphs: string[];
}

export interface Caption {
  text: string;
  /** The photo credit, e.g. `AP`, `Reuters/John Smith`; null when none is given. */
  credit: string | null;
}

export interface RelatedLink {
  title: string;
  url: string | null;
}

export type EntityType = 'person' | 'organization' | 'location';

export interface Entity {
  /** Canonical (longest, most complete) name. */
  name: string;
  type: EntityType;
  /** How many times the entity is mentioned, across all its aliases. */
  mentions: number;
  /** Other surface forms that refer to the same entity ("Kabulov" for "Zamir Kabulov"). */
  aliases: string[];
  /** ISO 3166-1 alpha-2, for countries and for places in one country; null otherwise. */
  countryCode: string | null;
}

export interface Quote {
  text: string;
  /** An entity name (matching `entities[].name`), or null when the speaker is unknown. */
  speaker: string | null;
}

export interface DateMention {
  text: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD), resolved against publishedAt when relative; null when unresolvable. */
  value: string | null;
}

export interface MoneyMention {
  text: string;
  amount: number;
  /** ISO 4217 code, e.g. USD, EUR, JPY. */
  currency: string;
}

export interface QuantityMention {
  text: string;
  value: number;
  /** Normalized unit: km, mi, kg, t, %, people, m, ... */
  unit: string;
}

export interface Fingerprint {
  /** SHA-256 (hex) of the normalized body: equal bodies, equal hashes. */
  sha256: string;
  /** 64-bit SimHash (16 hex digits) of body shingles: near-duplicates differ in few bits. */
  simhash: string;
  /**
   * MinHash signature of the body's word 3-shingles (64 values, 8 hex digits each): the story index
   * estimates from it how much two bodies share. Absent in records made before extractor 0.4.0.
   */
  minhash?: string;
  /** Distinct word 3-shingles of the normalized body (for containment from the signatures). */
  shingles?: number;
}

/** The stored article this one was found to be a copy of, when it joined that article's story. */
export interface NearDuplicate {
  id: string;
  /** Estimated share of the shorter body's shingles found in the other (0–1). */
  similarity: number;
}

/** The strategies that can produce an HTML page's body, in the order they are tried. */
export type ExtractionStrategy = 'main' | 'candidate' | 'density' | 'paragraphs' | 'grown' | 'script';

/**
 * How an HTML page's body was found: the strategy kept and why the ones tried before it were set aside.
 * `main` is the container the prose scoring chose; `candidate` its runner-up number `candidate`;
 * `density` the scoring with class/id names not read; `paragraphs` the page's paragraph-like elements;
 * `grown` the main container's lowest ancestor holding most of the page's prose (a story split across boxes);
 * `script` the story read from the inline scripts' data of a page rendered by JavaScript.
 */
export interface Extraction {
  strategy: ExtractionStrategy;
  /** 1-based rank of the runner-up container, for `candidate`. */
  candidate?: number;
  /** Characters of body text the strategy gave. */
  chars: number;
  setAside: Array<{ strategy: ExtractionStrategy; candidate?: number; chars: number; reason: string }>;
}

/**
 * Where a page's date was found: its JSON-LD, its meta tags, a `<time>`/microdata element, the URL's path, or the
 * text printed near the headline; `front-matter` and `field` for Markdown front matter and JSON records.
 */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text' | 'front-matter' | 'field';

export interface ArticleStats {
  words: number;
  paragraphs: number;
  readingMinutes: number;
}

export interface ArticleRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  /** Stable: derived from the source object (bucket, key) and the article index within it. */
  id: string;
  source: SourceRef;
  url: string | null;
  title: string;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  /** ISO 8601, or null when the source gives no date. Keeps the page's own zone offset when it states one. */
  publishedAt: string | null;
  /** Where `publishedAt` came from; absent when there is none or the format says nothing (text, JSON fields). */
  publishedAtSource?: DateSource;
  /** ISO 8601 of the last modification the page states, when it states one apart from the publication. */
  modifiedAt?: string;
  /** Where `modifiedAt` came from. */
  modifiedAtSource?: DateSource;
  /** ISO 639-1. */
  language: string;
  /** Paragraphs separated by a blank line. Headings are not in the body; see `sections`. */
  body: string;
  sections: Section[];
  captions: Caption[];
  credits: string[];
  related: RelatedLink[];
  removed: Removal[];
  /** HTML pages only: which extraction strategy produced the body, and why others were set aside. */
  extraction?: Extraction;
  /** The lede: the first one to three sentences, at most 500 characters. */
  summary: string;
  keywords: string[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  money: MoneyMention[];
  quantities: QuantityMention[];
  stats: ArticleStats;
  fingerprint: Fingerprint;
  /**
   * The story this article belongs to: the id of the story's first article (its own id when it
   * founded the story). Set by the store at ingest; absent in records the core returns alone.
   */
  storyId?: string;
  /** When the article joined another article's story: that article and how alike they are. */
  nearDuplicateOf?: NearDuplicate | null;
  extractorVersion: string;
  ingestedAt: string;
}

/** Why an object, or one line of a batch, was rejected. Codes are stable; reasons are for people. */
export type RejectionCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'malformed-json'
  | 'no-article'
  | 'unsupported-format'
  | 'not-found'
  | 'changed'
  | 'timeout';

export interface Rejection {
  code: RejectionCode;
  /** One line, for people: "file is empty", "JSON parse error at position 12: Unexpected token". */
  reason: string;
  /** 1-based line for a JSON Lines batch; null when the whole object is rejected. */
  line: number | null;
  /** Index of the article within the object (0 for single-article objects). */
  index: number;
}
