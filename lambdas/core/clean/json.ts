/**
 * Crawler JSON → blocks and metadata. Accepts the common shapes: title/headline, body/text/content/
 * articleBody (a string or an array of paragraphs), html, url/link, author(s)/byline, published/date/
 * datePublished, source/publisher, language; an `article`/`data`/`item` wrapper is unwrapped.
 */
import type { Block, PageMeta } from '../types.ts';
import { EMPTY_META } from '../types.ts';
import { segmentHtml } from './html/index.ts';
import { MAX_BLOCK_CHARS } from './text.ts';
import { isoDate, languageCode, people, publisherName, urlValue } from './meta.ts';
import type { RelatedLink, Removal } from '#contracts/record.ts';

export interface SegmentedRecord {
  meta: PageMeta;
  blocks: Block[];
  removed: Removal[];
  related: RelatedLink[];
}

type Json = Record<string, unknown>;

const WRAPPERS = ['article', 'data', 'item', 'story', 'post', 'document', 'doc', 'result', 'content'];
const TITLE = ['title', 'headline', 'heading', 'name'];
const BODY = ['body', 'text', 'content', 'articleBody', 'article_body', 'fullText', 'full_text', 'story', 'maintext', 'article_text', 'body_text', 'plain_text', 'raw_text'];
const HTML = ['html', 'body_html', 'content_html', 'raw_html', 'articleHtml', 'article_html', 'rawHtml'];
// `canonical_link` is newspaper's; `source` is trafilatura's (an address there, a name elsewhere: only an http(s) value is taken).
const URL_KEYS = ['url', 'link', 'canonical_url', 'canonicalUrl', 'canonical_link', 'canonicalLink', 'article_url', 'articleUrl', 'permalink', 'source_url', 'sourceUrl', 'uri'];
const AUTHORS = ['authors', 'author', 'byline', 'creator', 'creators', 'writers', 'writer'];
const DATES = ['datePublished', 'published', 'publishedAt', 'published_at', 'publish_date', 'publishDate', 'published_date', 'publication_date', 'date_published', 'pubDate', 'pub_date', 'date', 'date_publish', 'created_at', 'createdAt', 'time', 'timestamp'];
/** news-please's `date_modify`, schema.org's `dateModified`, CMS exports' `updated_at`. */
const MODIFIED = ['dateModified', 'date_modified', 'date_modify', 'modified', 'modifiedAt', 'modified_at', 'updated', 'updatedAt', 'updated_at', 'lastModified', 'last_modified'];
// news-please's `source_domain`; trafilatura's `sitename` (`source-hostname` in its JSON) before its `hostname`.
const PUBLISHER = ['publisher', 'source', 'site_name', 'siteName', 'sitename', 'source-hostname', 'site', 'outlet', 'source_name', 'sourceName', 'source_domain', 'domain', 'hostname'];
const LANGUAGE = ['language', 'lang', 'inLanguage', 'locale', 'meta_lang'];
const SUBTITLE = ['subtitle', 'subheadline', 'dek', 'standfirst', 'description', 'summary', 'excerpt', 'meta_description'];

const first = (o: Json, keys: string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
  return undefined;
};

/** The record's address: the first key holding an http(s) URL (a `source` that is a name is passed over). */
function firstUrl(o: Json): string | null {
  for (const k of [...URL_KEYS, 'source']) {
    const v = urlValue(o[k]);
    if (v) return v;
  }
  return null;
}

/** The publisher: the first key naming one; an address (trafilatura's `source`) gives its host only when no key names it. */
function firstPublisher(o: Json): string | null {
  let host: string | null = null;
  for (const k of PUBLISHER) {
    const v = o[k];
    const name = publisherName(v);
    if (!name) continue;
    if (typeof v === 'string' && /^https?:\/\//i.test(v.trim())) host ??= name;
    else return name;
  }
  return host;
}

/** Finds the article object inside a crawler record, unwrapping one or two levels of wrapper. */
export function articleObject(v: unknown): Json | null {
  let o = v;
  for (let depth = 0; depth < 3; depth++) {
    if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
    const obj = o as Json;
    if (first(obj, TITLE) !== undefined && (first(obj, BODY) !== undefined || first(obj, HTML) !== undefined)) return obj;
    const wrapper = WRAPPERS.find((w) => obj[w] && typeof obj[w] === 'object' && !Array.isArray(obj[w]));
    if (!wrapper) return obj;
    o = obj[wrapper];
  }
  return o as Json;
}

/** A JSON value (already parsed) → blocks, or a one-line reason it holds no article. */
export function segmentJsonRecord(value: unknown): SegmentedRecord | string {
  const o = articleObject(value);
  if (!o) return Array.isArray(value) ? 'JSON array is not an article record' : 'JSON value is not an object';
  const meta: PageMeta = {
    ...EMPTY_META,
    url: firstUrl(o),
    title: textValue(first(o, TITLE)),
    subtitle: null,
    authors: people(first(o, AUTHORS)),
    publisher: firstPublisher(o),
    publishedAt: isoDate(first(o, DATES)),
    publishedAtSource: 'field',
    language: languageCode(first(o, LANGUAGE)),
  };
  const modified = isoDate(first(o, MODIFIED));
  if (modified) {
    meta.modifiedAt = modified;
    meta.modifiedAtSource = 'field';
  }
  const subtitle = textValue(first(o, SUBTITLE));

  let blocks: Block[] = [];
  let removed: Removal[] = [];
  let related: RelatedLink[] = [];
  const html = first(o, HTML);
  const body = first(o, BODY);
  const parts = Array.isArray(body) ? arrayBlocks(body) : null;
  const bodyText = parts ? parts.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n\n') : textValue(body, false);
  if (typeof html === 'string' || (bodyText && /<(p|div|br|h[1-6]|article)[\s>/]/i.test(bodyText.slice(0, 5000)))) {
    const page = segmentHtml(typeof html === 'string' ? html : bodyText!);
    blocks = page.blocks;
    removed = page.removed;
    related = page.related;
    for (const k of Object.keys(meta) as (keyof PageMeta)[]) {
      if ((meta[k] === null || (Array.isArray(meta[k]) && (meta[k] as unknown[]).length === 0)) && page.meta[k]) (meta as unknown as Json)[k] = page.meta[k];
    }
  } else if (parts && parts.length > 0) {
    blocks = parts.flatMap((b) => (b.kind === 'paragraph' ? paragraphs(b.text).map((text) => ({ kind: 'paragraph' as const, text })) : [b]));
  } else if (bodyText) {
    blocks = paragraphs(bodyText).map((text) => ({ kind: 'paragraph' as const, text }));
  } else {
    return 'JSON record has no article body (expected body, text, content, articleBody or html)';
  }
  // The description is a subtitle only when it is not just the body's first words.
  if (subtitle && !(blocks[0]?.text ?? '').startsWith(subtitle.slice(0, 60))) meta.subtitle = subtitle;
  if (meta.title) blocks = [{ kind: 'title', text: meta.title }, ...blocks.filter((b) => b.kind !== 'title')];
  return { meta, blocks, removed, related };
}

/** Body parts a CMS export keeps as an array. */
const MAX_PARTS = 5_000;

/**
 * A body given as an array: strings are paragraphs; objects ({type, text}, {content}, {html}) become
 * blocks by their type (heading, caption, list item), and ad, embed or image parts without a caption are skipped.
 */
function arrayBlocks(items: unknown[]): Block[] {
  const out: Block[] = [];
  for (const item of items.slice(0, MAX_PARTS)) {
    if (typeof item === 'string') {
      if (item.trim()) out.push({ kind: 'paragraph', text: item });
      continue;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const o = item as Json;
    const type = String(o.type ?? o.kind ?? o._type ?? o.tag ?? '').toLowerCase();
    const text = textValue(o.caption ?? o.text ?? o.content ?? o.body ?? o.value ?? o.html, false);
    if (!text || !text.trim()) continue;
    if (/caption|image|photo|figure/.test(type)) out.push({ kind: 'caption', text, credit: textValue(o.credit ?? o.copyright) });
    else if (/^(ad|ads|advert|advertisement|embed|script|related)/.test(type)) continue;
    else if (/head|title|^h[1-6]$/.test(type)) out.push({ kind: 'heading', text });
    else if (/list/.test(type)) out.push({ kind: 'list-item', text });
    else out.push({ kind: 'paragraph', text });
  }
  return out;
}

function textValue(v: unknown, short = true): string | null {
  if (typeof v === 'string') return short ? v.trim().slice(0, 1000) || null : v.slice(0, 5_000_000);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const inner = (v as Json).text ?? (v as Json).value ?? (v as Json)['#text'] ?? (v as Json).rendered;
    if (typeof inner === 'string') return textValue(inner, short);
  }
  if (typeof v === 'number') return String(v);
  return null;
}

/** Body text → paragraphs: split on blank lines, or on single newlines when there are none. */
export function paragraphs(text: string): string[] {
  const byBlank = text.split(/\n[ \t]*\n/);
  const parts = byBlank.length > 1 ? byBlank.flatMap((p) => (p.includes('\n') && p.split('\n').every((l) => l.length < 300) && p.split('\n').length <= 3 ? p.split('\n') : [p.replace(/\n/g, ' ')])) : text.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim().slice(0, MAX_BLOCK_CHARS)).filter(Boolean);
}
