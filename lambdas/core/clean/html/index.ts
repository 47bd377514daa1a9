/**
 * HTML pages → page metadata + main-content blocks, with a real DOM parser (linkedom).
 *
 *   prescan (cap nesting) → parse → metadata (JSON-LD, meta tags) → find the article container
 *     → walk it into blocks, dropping and recording junk → title block first
 *
 * Pure and bounded: never throws, iterates with explicit stacks, caps depth and element counts.
 */
import type { RelatedLink, Removal } from '#contracts/record.ts';
import type { Block, PageMeta } from '../../types.ts';
import { EMPTY_META } from '../../types.ts';
import { Classifier } from './classify.ts';
import { findContainer } from './content.ts';
import { all, collapse, first, parseDocument, textOf, type Doc, type El } from './dom.ts';
import { emitBlocks, truncate } from './emit.ts';
import { readAuthors, readJsonLd, readLanguage, readMetaTags, readPublishedAt, readPublisher, readTitle, readUrl } from './meta.ts';

export interface SegmentedPage {
  meta: PageMeta;
  /** Main-content blocks in reading order; the headline, when found, is the first block with kind 'title'. */
  blocks: Block[];
  /** What the DOM stage dropped (navigation, share widgets, related-link lists...), for the audit trail. */
  removed: Removal[];
  /** Related-article links found in related/recommended/"read more" containers, in page order. */
  related: RelatedLink[];
}

/** Pages beyond this many characters are cut before parsing (the decoder already bounds bytes). */
const MAX_HTML_CHARS = 20 * 1024 * 1024;

/**
 * Segments one HTML page. Never throws: on any internal failure it returns what the text alone gives.
 * @example segmentHtml('<html lang="en"><body><article><h1>Title</h1><p>Body text…</p></article></body></html>')
 */
export function segmentHtml(html: string): SegmentedPage {
  try {
    return segment(typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '');
  } catch {
    return { meta: { ...EMPTY_META }, blocks: [], removed: [], related: [] };
  }
}

function segment(html: string): SegmentedPage {
  const doc: Doc = parseDocument(html); // runs the nesting prescan first
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const publisher = readPublisher(ld, tags);
  const url = readUrl(doc, ld, tags);
  const language = readLanguage(doc, ld, tags);

  const cls = new Classifier();
  const body = doc.body ?? doc.documentElement;
  if (!body) return { meta: { ...EMPTY_META, url, publisher, language }, blocks: [], removed: [], related: [] };
  const choice = findContainer(doc, cls);
  let container = choice.container;
  for (let a: El | null = container; a; a = a.parentElement) cls.protected.add(a);

  const h1 = pickH1(doc, container);
  const title = readTitle(doc, ld, tags, publisher, h1);
  const out = emitBlocks(container, cls, { title, baseUrl: url });

  // JSON-LD articleBody: the fallback when the markup gave little prose (JS-rendered pages).
  const ldBody = typeof ld.article?.['articleBody'] === 'string' ? (ld.article['articleBody'] as string) : '';
  const proseChars = out.blocks.filter((b) => b.kind === 'paragraph').reduce((n, b) => n + b.text.length, 0);
  if (ldBody && collapse(ldBody).length > Math.max(200, proseChars * 2)) {
    out.blocks = ldParagraphs(ldBody);
    container = body;
  }

  const blocks: Block[] = [];
  if (title) blocks.push({ kind: 'title', text: title, linkDensity: 0 });
  blocks.push(...out.blocks);

  const authors = readAuthors(doc, ld, tags, container, publisher);
  for (const n of out.bylines) if (!authors.some((a) => a.toLowerCase() === n.toLowerCase())) authors.push(n);
  // Names stated in markup first; the visible byline adds co-authors the tags left out.

  const meta: PageMeta = {
    url,
    title,
    subtitle: pickSubtitle(out.standfirst, tags, title, out.blocks),
    authors: authors.slice(0, 20),
    publisher,
    publishedAt: readPublishedAt(doc, ld, tags, container),
    language,
  };
  return { meta, blocks, removed: out.removed.map((r) => ({ reason: r.reason, text: truncate(r.text) })), related: out.related };
}

/** The headline element: the first <h1> in the article, else on the page. */
function pickH1(doc: Doc, container: El): string | null {
  const h = first(container, 'h1') ?? first(doc, 'article h1') ?? first(doc, 'h1');
  if (!h) return null;
  const t = collapse(textOf(h, 1000).text);
  return t.length >= 3 ? t : null;
}

/**
 * The subtitle: a standfirst in the markup, else og:description / meta description when it reads
 * as a real standfirst — a sentence that is not the opening of the first paragraph nor the title.
 */
function pickSubtitle(standfirst: string | null, tags: Map<string, string>, title: string | null, blocks: Block[]): string | null {
  if (standfirst) return standfirst;
  const desc = tags.get('og:description') ?? tags.get('description') ?? tags.get('twitter:description') ?? null;
  if (!desc) return null;
  const d = collapse(desc.replace(/<[^<>]{0,500}>/g, ' '));
  if (d.length < 30 || d.length > 400) return null;
  if (/(\.\.\.|…)$/.test(d)) return null; // a truncated lede
  const k = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const dk = k(d);
  if (title && k(title) === dk) return null;
  const firstPara = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 60);
  if (firstPara) {
    const fk = k(firstPara.text);
    if (fk.startsWith(dk.slice(0, Math.min(dk.length, 60))) || fk.includes(dk)) return null;
  }
  // Site slogans and SEO boilerplate are not standfirsts.
  if (/\b(latest news|breaking news|read more|click here|subscribe|official site|find out more|the best|news and analysis|all the latest)\b/i.test(d)) return null;
  return d;
}

/** JSON-LD articleBody text → paragraphs (blank lines, else single newlines). */
function ldParagraphs(body: string): Block[] {
  const text = body.slice(0, 1_000_000).replace(/<[^<>]{0,500}>/g, ' ');
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return parts
    .map((p) => collapse(p))
    .filter(Boolean)
    .slice(0, 5000)
    .map((t) => ({ kind: 'paragraph' as const, text: t, linkDensity: 0 }));
}

// Exposed for tests of the parts.
export { all as _all };
