/**
 * HTML pages: parse into a read-only DOM (lite.ts, htmlparser2's tree rules), read the page's
 * metadata, find the article container and walk it into blocks in reading order, recording what was
 * dropped and collecting related links. Pure and total: never throws, bounded in depth, elements and text.
 *
 * Modules: prescan (nesting cap) → lite (the DOM: document-order elements, selector subset)
 * → dom (parse, bounded text, per-element text counts) → meta (JSON-LD, meta tags, bylines)
 * → tokens/classify (what an element is for) → content (which element holds the story)
 * → walk (blocks in reading order) → outside (the audit trail for the rest of the page).
 */
import type { RelatedLink, Removal } from '#contracts/record.ts';
import type { Block, PageMeta } from '../../types.ts';
import { EMPTY_META } from '../../types.ts';
import { Classifier } from './classify.ts';
import { findContainer, type ContainerChoice } from './content.ts';
import { all, attr, collapse, first, parseDocument, textOf, type Doc, type El } from './dom.ts';
import { plain, readAuthors, readJsonLd, readLanguage, readMetaTags, readPublisher, readTitle, readUrl, type JsonLd } from './meta.ts';
import { pageRemovals } from './outside.ts';
import { readPageDates } from './page-dates.ts';
import { markupDate } from '../date-value.ts';
import { textDate } from '../meta.ts';
import { collectRelated, dropTitleRepeat, standfirstNear, walkContainer } from './walk.ts';

export interface SegmentedPage {
  meta: PageMeta;
  /** Main-content blocks in reading order; the headline, when found, is the first block with kind 'title'. */
  blocks: Block[];
  /** What the DOM stage dropped (navigation, share widgets, related-link lists...), for the audit trail. */
  removed: Removal[];
  /** Related-article links found in related/recommended/"read more" containers, in page order. */
  related: RelatedLink[];
}

/** Largest page parsed; the rest is cut (a 5 MB object is the pipeline's own bound). */
const MAX_HTML = 8 * 1024 * 1024;

/**
 * Segments an HTML page into metadata and main-content blocks.
 * @example segmentHtml('<html lang="en"><body><article><h1>Hi there</h1><p>Body text…</p></article></body></html>')
 */
export function segmentHtml(html: string, now?: number): SegmentedPage {
  try {
    return segment(typeof html === 'string' ? html.slice(0, MAX_HTML) : '', now);
  } catch {
    // Defence in depth: the parts below are written not to throw; a parser bug must not fail the object.
    return { meta: { ...EMPTY_META }, blocks: [], removed: [], related: [] };
  }
}

function segment(html: string, now?: number): SegmentedPage {
  const page = readPage(html, now);
  return page ? segmentAt(page, page.choice.container, page.choice.extras, page.cls) : { meta: { ...EMPTY_META }, blocks: [], removed: [], related: [] };
}

/** A parsed page with its metadata and the container the scoring chose: what every strategy starts from. */
export interface ReadPage {
  doc: Doc;
  body: El;
  ld: JsonLd;
  tags: Map<string, string>;
  publisher: string | null;
  cls: Classifier;
  choice: ContainerChoice;
  /** The reference time (epoch ms): page dates after it are refused. */
  now?: number;
}

/** Parses the page, reads its metadata and scores where the story is; null for a document without a body. */
export function readPage(html: string, now?: number): ReadPage | null {
  const doc = parseDocument(html);
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const cls = new Classifier();
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  // The headline as the metadata states it picks the story when a page holds several.
  const publisher = readPublisher(ld, tags, readUrl(doc, ld, tags));
  const choice = findContainer(doc, cls, readTitle(doc, ld, tags, publisher, null));
  return { doc, body, ld, tags, publisher, cls, choice, now };
}

/**
 * Walks `container` (with sibling `extras`) into blocks and reads the page's metadata around it.
 * `cls` must be a classifier no other container was protected in.
 */
export function segmentAt(page: ReadPage, container: El, extras: El[], cls: Classifier): SegmentedPage {
  const { doc, body, ld, tags, publisher, choice, now } = page;
  for (let a: El | null = container; a; a = a.parentElement) cls.protected.add(a);

  const stated = new Set([ld.article?.['headline'], tags.get('og:title'), tags.get('twitter:title')].filter((x): x is string => typeof x === 'string').map((x) => keyOf(plain(x) ?? '')));
  const h1 = headlineElement(doc, container, cls, publisher, stated);
  const h1Text = h1 ? collapse(textOf(h1, 2000).text) || null : null;
  let title = readTitle(doc, ld, tags, publisher, h1Text);
  const url = readUrl(doc, ld, tags);

  const walk = walkContainer(container, cls, { title, base: url, extras, rawProseOf: choice.rawProseOf, rawPageProse: choice.rawPageProse, holdsStoryMark: choice.holdsStoryMark });
  // A "Headline - Site" title whose bare headline opens the text: the suffix was the site's name.
  // Not when the page's visible headline prints the whole title: then "Kicker: Headline" is the headline.
  const shownWhole = !!title && !!h1Text && keyOf(h1Text) === keyOf(title);
  const bare = title && !shownWhole ? confirmedBareTitle(title, walk.blocks) : null;
  if (bare && title) {
    title = bare;
    dropTitleRepeat(walk.blocks, title, walk.removed);
  }
  let blocks = walk.blocks;
  // A container that missed the article (script-rendered pages) falls back to JSON-LD articleBody.
  const bodyText = typeof ld.article?.['articleBody'] === 'string' ? (ld.article['articleBody'] as string) : '';
  const walked = blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.length : 0), 0);
  if (bodyText.length > 200 && walked < bodyText.length * 0.4) blocks = articleBodyBlocks(bodyText);

  const outside = pageRemovals(body, [container, ...extras], cls);
  const removed = [...walk.removed, ...outside.removed];
  const related = walk.related;
  // Related boxes outside the container (after the article, in the sidebar) still name related stories.
  for (const el of relatedOutside(body, [container, ...extras], cls)) collectRelated(el, url, related);

  const dates = readPageDates({ doc, ld, tags, container, h1, url, languageTag: languageTag(doc, tags), now });
  // A dateline the walk took off the top of the body is trusted before a date read elsewhere in the text.
  const top = dates.publishedAtSource === 'text' || !dates.publishedAt ? datelineAtTop(walk.removed, now) : null;
  const shown = walk.standfirst ?? (h1 && !container.contains(h1) ? standfirstNear(h1, cls) : null);
  // A standfirst the page shows (a line under the headline, a "dek" box) is the story's lead: it is
  // the record's subtitle and also the body's first paragraph, as a reader of the page reads it.
  if (shown && !blocks.some((b) => b.text.includes(shown))) blocks = [{ kind: 'paragraph', text: shown, linkDensity: 0 }, ...blocks];
  const subtitle = readSubtitle(tags, shown, title, blocks, publisher);
  // The page's description, when the page also shows it as text outside the container (a teaser
  // paragraph in the header): the story's lead as well.
  if (!shown && subtitle && !blocks.some((b) => b.text.includes(subtitle)) && shows(body, subtitle)) blocks = [{ kind: 'paragraph', text: subtitle, linkDensity: 0 }, ...blocks];
  const meta: PageMeta = {
    url,
    title,
    subtitle,
    authors: readAuthors(doc, ld, tags, container, publisher, [...walk.removed.filter((r) => r.reason === 'byline').map((r) => r.text), ...outside.bylinesBefore]),
    publisher,
    publishedAt: top ?? dates.publishedAt,
    publishedAtSource: top ? 'text' : dates.publishedAtSource,
    modifiedAt: dates.modifiedAt,
    modifiedAtSource: dates.modifiedAtSource,
    language: readLanguage(doc, ld, tags),
  };
  const out: Block[] = title ? [{ kind: 'title', text: title, linkDensity: 0 }, ...blocks] : blocks;
  return { meta, blocks: out, removed, related };
}

/** Whether the page's visible text holds `text` (whitespace aside). */
function shows(body: El, text: string): boolean {
  return collapse(textOf(body, 2_000_000).text).includes(text);
}

/** The page's language tag as written (`en-US`), for the order of numeric dates. */
function languageTag(doc: Doc, tags: Map<string, string>): string | null {
  return attr(doc.documentElement, 'lang') ?? tags.get('og:locale') ?? tags.get('content-language') ?? tags.get('language') ?? null;
}

/**
 * A page without a stated date (a print view): the dateline the walk took off the top of the body,
 * "2 October 2026" or "Published 2 October 2026", when exactly one such date was there.
 */
function datelineAtTop(removed: Removal[], now = Number.POSITIVE_INFINITY): string | null {
  const dates = new Set<string>();
  for (const r of removed.slice(0, 12)) {
    if (r.reason !== 'dateline') continue;
    const d = textDate(r.text);
    if (d && markupDate(d.iso, { now })) dates.add(d.iso);
  }
  return dates.size === 1 ? [...dates][0]! : null;
}

/**
 * The page's headline element: the <h1> in or just before the container, else the first <h1>
 * that is not the site's logo (an <h1> holding the site name or a link home); an <h1> that repeats a stated
 * headline (`stated`: JSON-LD headline, og:title, twitter:title as keys) is never taken for a logo.
 */
function headlineElement(doc: Doc, container: El, cls: Classifier, publisher: string | null, stated: Set<string>): El | null {
  const isLogo = (h: El) => {
    const t = collapse(textOf(h, 300).text).toLowerCase();
    if (!t || (publisher && t === publisher.toLowerCase())) return true;
    // The headline the metadata states, even when the page prints it in a breadcrumb bar or a teaser box.
    if (stated.has(keyOf(t))) return false;
    for (let a: El | null = h, k = 0; a && k < 3; a = a.parentElement, k++) if (cls.verdict(a) === 'navigation') return true;
    const link = first(h, 'a[href]');
    return !!link && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? '');
  };
  const inside = all(container, 'h1').find((h) => !isLogo(h));
  if (inside) return inside;
  for (let a: El | null = container.parentElement, k = 0; a && k < 4; a = a.parentElement, k++) {
    const h = all(a, 'h1').find((x) => !isLogo(x));
    if (h) return h;
  }
  return all(doc, 'h1').find((h) => !isLogo(h)) ?? null;
}

/**
 * The standfirst: one found in the body, else og:description / meta description when it is a real
 * standfirst (a sentence, not a copy of the first paragraph or the title, not a site slogan).
 */
function readSubtitle(tags: Map<string, string>, fromBody: string | null, title: string | null, blocks: Block[], publisher: string | null): string | null {
  if (fromBody) return fromBody.slice(0, 600);
  const d = tags.get('og:description') ?? tags.get('description') ?? tags.get('twitter:description') ?? null;
  if (!d) return null;
  const t = collapse(d);
  if (t.length < 30 || t.length > 400 || (title && t.toLowerCase() === title.toLowerCase())) return null;
  if (/(?:…|\.\.\.)$/.test(t)) return null; // a truncated first paragraph
  const firstPara = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  // A copy of the first paragraph (or its opening words) is not a standfirst.
  const head = keyOf(t).slice(0, 40);
  if (keyOf(firstPara).includes(head)) return null;
  if (/\b(?:latest news|breaking news|read the latest|official site|homepage|home page|subscribe|news, sport|local news)\b/i.test(t)) return null;
  // A description that names the site is the site's slogan, not the story's standfirst.
  if (publisher && publisher.length >= 4 && t.toLowerCase().includes(publisher.toLowerCase())) return null;
  return t;
}

/**
 * "Headline - Site" or "Site :: Headline": the bare headline when one of the first blocks starts
 * with exactly it (so the other part was the site's name, not part of the headline).
 */
function confirmedBareTitle(title: string, blocks: Block[]): string | null {
  const seps = [...title.matchAll(/(?<!\s)\s+(?:[|–—·•:»~-]|::|\/\/)\s+/gu)].slice(0, 6);
  if (!seps.length) return null;
  const first = seps[0]!;
  const last = seps[seps.length - 1]!;
  const candidates = [title.slice(0, last.index).trim(), title.slice(first.index! + first[0].length).trim()].filter((c) => c.length >= 10);
  for (const c of candidates) {
    const head = keyOf(c);
    for (const b of blocks.slice(0, 4)) {
      const k = keyOf(b.text);
      if (k === head || k.startsWith(head + ' ')) return c;
    }
  }
  return null;
}

function keyOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Paragraphs from JSON-LD articleBody (blank lines or newlines between them). */
function articleBodyBlocks(text: string): Block[] {
  const src = text.slice(0, 500_000);
  const parts = src.includes('\n\n') ? src.split(/\n\s*\n/) : src.split('\n');
  return parts
    .map((p) => collapse(p.replace(/<[^<>]{0,500}>/g, ' ')))
    .filter((p) => p.length > 0)
    .slice(0, 5000)
    .map((p) => ({ kind: 'paragraph' as const, text: p, linkDensity: 0 }));
}

/** Related-story boxes outside the article container, not nested in one another. */
function relatedOutside(body: El, walked: El[], cls: Classifier): El[] {
  const out: El[] = [];
  for (const el of all(body, 'aside, section, div, ul, nav').slice(0, 50_000)) {
    if (cls.verdict(el) !== 'related-block') continue;
    if (walked.some((w) => w.contains(el) || el.contains(w))) continue;
    if (out.some((o) => o.contains(el))) continue;
    out.push(el);
    if (out.length >= 10) break;
  }
  return out;
}

export type { JsonLd };
