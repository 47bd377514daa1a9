/**
 * The publication date of an HTML page, and its last-modified date, with the place each came from.
 * Sources in order of trust, each tried until one gives a valid day (date-value.ts checks every candidate the same
 * way: a real day, from 1995 on, not after `now`):
 *
 *   json-ld   datePublished of the article object (then of the page object, then dateCreated)
 *   meta      article:published_time, og:published_time, DC.date.issued, parsely-pub-date, sailthru.date, …
 *   time      <time datetime>, itemprop=datePublished, abbr.published[title] near the article header
 *   url       a full date in the canonical URL's path
 *   text      a date printed near the headline or byline, or in a date-classed element, in the page's language;
 *             failing that, the date the page's text states most often, away from comments and teasers
 *
 * Traps: a date labelled "updated/modified/aktualisiert" is the modified date; a date after "©" is a copyright;
 * dates inside comment threads, related/teaser lists, navigation and footers are not the article's.
 */
import type { DateSource } from '#contracts/record.ts';
import { datesInText } from '../date-text.ts';
import { markupDate, validDay, dayIso, type DateBounds } from '../date-value.ts';
import { dateFromUrl } from '../url-date.ts';
import { all, attr, isHidden, SKIP_TAGS, TEXT, CDATA, ELEMENT, type Doc, type El, type Node0 } from './dom.ts';
import type { JsonLd } from './meta.ts';
import { nameTokens, rolesOf } from './tokens.ts';

export interface PageDates {
  publishedAt: string | null;
  publishedAtSource: DateSource | null;
  modifiedAt: string | null;
  modifiedAtSource: DateSource | null;
}

export interface PageDateInput {
  doc: Doc;
  ld: JsonLd;
  tags: Map<string, string>;
  /** The article container and the headline element, when found. */
  container: El | null;
  h1: El | null;
  /** The page's canonical URL. */
  url: string | null;
  /** The raw language tag (`en-US`, `de`), for day-first or month-first numeric dates. */
  languageTag: string | null;
  /** Reference time in epoch ms (ingestion); dates after it are refused. */
  now?: number;
}

/** Meta names that state the publication, in order of trust. */
const PUBLISHED_TAGS = ['article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time', 'datepublished', 'date_published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dc:date', 'dcterms.date', 'citation_publication_date', 'citation_date', 'bepress_citation_date', 'prism.publicationdate', 'publish-date', 'publish_date', 'publishdate', 'publication_date', 'pubdate', 'pub_date', 'article.published', 'article_date_original', 'article.created', 'originalpublicationdate', 'date', 'created', 'displaydate', 'dat', 'og:pubdate', 'shareaholic:article_published_time', 'rnews:datepublished', 'ptime', 'release_date', 'publication-date', 'firstpublishedtime', 'date.available'];
const MODIFIED_TAGS = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified', 'modified_time', 'datemodified', 'date_modified', 'last-modified', 'lastmod', 'dc.date.modified', 'dcterms.modified', 'parsely-updated', 'shareaholic:article_modified_time', 'utime', 'revised'];
/** Meta names not in the lists that still name a publication: "…published…", "…pubdate…", "…issued…". */
const GENERIC_PUBLISHED = /publish|pubdate|pub_date|issued|datecreated|date_created|creation_date|erstellt|upload/;
const GENERIC_EXCLUDED = /modif|updat|expir|revis|birth|event|start|end|valid|review|rating|copyright/;

/** Class/id tokens of elements that hold a page's dates. */
const DATEISH = new Set(['date', 'dates', 'datum', 'time', 'timestamp', 'datetime', 'published', 'publish', 'publishdate', 'pubdate', 'posted', 'postdate', 'postdatum', 'dateline', 'meta', 'postmeta', 'postinfo', 'byline', 'subline', 'info', 'fecha', 'data', 'zeit', 'created', 'erstellt', 'calendar', 'stamp', 'day', 'entrydate', 'submitted', 'article-date']);

/** Words before a date that make it the publication, the modification, or something else. */
const PUBLISHED_WORDS = new Set(['published', 'posted', 'publié', 'publiée', 'publie', 'publicado', 'publicada', 'veröffentlicht', 'pubblicato', 'pubblicata', 'gepubliceerd', 'opublikowano', 'опубликовано', 'erschienen', 'erstellt', 'written', 'created', 'geschrieben', 'publication', 'date', 'datum', 'fecha', 'data', 'le', 'am', 'on', 'el', 'il', 'op', 'em', 'du', 'vom', 'von', 'by', 'par', 'por']);
/** Words that say outright the date is the publication, with the labels of a metadata box ("Mise en ligne", "Erscheinungsdatum"). */
const STRONG_PUBLISHED = new Set(['published', 'veröffentlicht', 'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'pubblicata', 'erschienen', 'posted', 'gepubliceerd', 'publication', 'publicación', 'pubblicazione', 'publicação', 'erscheinungsdatum', 'veröffentlichungsdatum', 'publikationsdatum', 'publicatiedatum']);
const MODIFIED_WORDS = new Set(['updated', 'update', 'modified', 'aktualisiert', 'geändert', 'änderung', 'aktualisierung', 'stand', 'actualizado', 'actualizada', 'actualización', 'mis', 'modifié', 'modifiée', 'aggiornato', 'aggiornata', 'atualizado', 'atualizada', 'bijgewerkt', 'обновлено', 'updated:', 'edited', 'revised', 'reviewed', 'last', 'letzte', 'zuletzt']);
const OTHER_WORDS = new Set(['copyright', 'born', 'geboren', 'né', 'née', 'nacido', 'deadline', 'until', 'bis', 'frist', 'expires', 'gültig', 'valid', 'event', 'termin', 'veranstaltung', 'from', 'ab', 'seit', 'since', 'depuis', 'desde', 'registered', 'joined', 'mitglied', 'member', 'dabei', 'registriert', 'beigetreten']);

const MAX_STREAM_CHARS = 300_000;
/** The text read around the headline to cross-check a stated date: before it, after it (characters). */
const NEAR_BEFORE = 400;
const NEAR_AFTER = 3000;
const MAX_STREAM_NODES = 60_000;

/**
 * Published and modified dates of a parsed page.
 * @example readPageDates({ doc, ld, tags, container, h1, url: null, languageTag: 'de', now: Date.now() })
 */
export function readPageDates(input: PageDateInput): PageDates {
  return decideDates(dateEvidence(input));
}

/** A date a page states, with the place it was stated. */
export interface Stated {
  iso: string;
  source: DateSource;
}

/** What a page says about its dates, source by source, before any is chosen. */
export interface DateEvidence {
  /** The first stated publication in order of trust: JSON-LD, then meta tags. */
  stated: Stated | null;
  /** The modified date from JSON-LD or meta. */
  modified: Stated | null;
  /** <time>/itemprop markup near the header. */
  markup: { published: string | null; modified: string | null };
  url: string | null;
  /** Printed dates: the best near the header (with its score), the modified one, the most stated one. */
  text: TextDates;
}

/**
 * Every source of a page's dates, read once. The printed text is read even when markup states a date: the date a
 * reader sees under the headline is what tells a stated publication from a re-indexing or a UTC day shift.
 * @example dateEvidence({ doc, ld, tags, container, h1, url: null, languageTag: 'de' }).stated?.source // 'json-ld'
 */
export function dateEvidence(input: PageDateInput): DateEvidence {
  const bounds: DateBounds = { now: input.now ?? Number.POSITIVE_INFINITY };
  const dayFirst = dayFirstFor(input.languageTag);
  const val = (v: unknown) => markupDate(v, bounds, dayFirst);
  const art = input.ld.article;

  const ldMod = val(art?.['dateModified']);
  const metaMod = MODIFIED_TAGS.map((k) => val(input.tags.get(k))).find(Boolean) ?? null;
  const modified: Stated | null = ldMod ? { iso: ldMod, source: 'json-ld' } : metaMod ? { iso: metaMod, source: 'meta' } : null;

  // JSON-LD: the article, then a page-like object, then the article's dateCreated; then the meta tags: the known
  // names, then any name that says "published".
  const pageObjects = input.ld.objects.filter((o) => o !== art && PAGE_TYPES.test(typeName(o)));
  const ld = val(art?.['datePublished']) ?? pageObjects.map((o) => val(o['datePublished'])).find(Boolean) ?? val(art?.['dateCreated']);
  let stated: Stated | null = ld ? { iso: ld, source: 'json-ld' } : null;
  if (!stated) {
    for (const k of PUBLISHED_TAGS) {
      const v = val(input.tags.get(k));
      if (v) {
        stated = { iso: v, source: 'meta' };
        break;
      }
    }
  }
  if (!stated) {
    for (const [k, v] of input.tags) {
      const iso = GENERIC_PUBLISHED.test(k) && !GENERIC_EXCLUDED.test(k) ? val(v) : null;
      if (iso) {
        stated = { iso, source: 'meta' };
        break;
      }
    }
  }
  const scan = new TrapScan(input.container, input.h1);
  return {
    stated,
    modified,
    // Markup is a source of its own only when nothing is stated (a page-wide query, skipped when not needed).
    markup: stated ? { published: null, modified: null } : markupDates(input, scan, val),
    url: dateFromUrl(input.url, bounds.now, dayFirst),
    text: textDates(input, scan, bounds, dayFirst, stated !== null),
  };
}

/**
 * The published and modified dates from a page's evidence. In order of trust: a stated date (JSON-LD, meta),
 * <time> markup, the URL's day, the printed date. A stated date is cross-checked against what the reader sees
 * (see `crossCheck`).
 */
export function decideDates(e: DateEvidence): PageDates {
  const out: PageDates = { publishedAt: null, publishedAtSource: null, modifiedAt: e.modified?.iso ?? null, modifiedAtSource: e.modified?.source ?? null };
  if (!out.modifiedAt && e.markup.modified) {
    out.modifiedAt = e.markup.modified;
    out.modifiedAtSource = 'time';
  }
  if (!out.modifiedAt && e.text.modified) {
    out.modifiedAt = e.text.modified;
    out.modifiedAtSource = 'text';
  }
  const set = (iso: string | null, source: DateSource): PageDates => {
    out.publishedAt = iso;
    out.publishedAtSource = iso ? source : null;
    return finish(out);
  };
  if (e.stated) {
    if (urlFiledFirst(e.stated, e)) return set(e.url, 'url');
    const seen = crossCheck(e.stated, e);
    return seen ? set(seen, 'text') : set(e.stated.iso, e.stated.source);
  }
  if (e.markup.published) return set(e.markup.published, 'time');
  if (e.url) return set(e.url, 'url');
  if (e.text.best) return set(e.text.best.iso, 'text');
  // A page that states only when it was last changed ("Updated 12 March", "Stand: …", a wiki's "last modified"):
  // that day is the nearest to a publication it gives, and places the page better than no date, or than a day
  // its text merely repeats.
  if (e.text.bestModified) return set(e.text.bestModified.iso, 'text');
  if (e.text.published) return set(e.text.published, 'text');
  if (out.modifiedAt && out.modifiedAtSource) return set(out.modifiedAt, out.modifiedAtSource);
  return finish(out);
}

const DAY = 86_400_000;
/** How far after a stated date a printed one may be and still be the same story's release, in days. */
const MAX_RELEASE_LAG = 60;

/**
 * The printed date under the headline when it should win over a stated one (null: keep the stated date). The
 * printed day is what the page shows its readers; a stated date disagrees with it in known ways:
 *  - the printed day is the stated modified day: the page shows (and dates itself by) its update;
 *  - the URL names the printed day: two sources against one;
 *  - the printed day is a few days to weeks after the stated one: the CMS stamped the draft, the story went out later;
 *  - one day apart, with the stated time in UTC on the side of midnight that moves the day: the printed day is the
 *    publisher's own (a US evening story is stated as the next day in UTC).
 * A printed date before the stated one by more than a day is more often an event the story mentions: ignored.
 * With no printed publication, an "Updated …" date under the headline later than the stated one wins.
 */
function crossCheck(stated: Stated, e: DateEvidence): string | null {
  const day = (iso: string) => Date.parse(iso.slice(0, 10));
  const seen = e.text.best;
  // Under the headline only "Updated 6 March": the page dates itself by its update.
  const update = e.text.bestModified;
  if (!seen) return update && day(update.iso) > day(stated.iso) ? update.iso : null;
  const lag = Math.round((day(seen.iso) - day(stated.iso)) / DAY);
  if (lag === 0) return null;
  if (e.modified && day(e.modified.iso) === day(seen.iso)) return seen.iso;
  if (e.url && day(e.url) === day(seen.iso)) return seen.iso;
  if (lag >= 2 && lag <= MAX_RELEASE_LAG) return seen.iso;
  if (Math.abs(lag) === 1 && seen.score >= 5 && utcShift(stated.iso, lag)) return seen.iso;
  return null;
}

/**
 * The URL names a day before the stated one, and the page does not print the stated day under its headline: the
 * URL kept the day the story was filed, the stated date is a later re-stamp (a move to a new CMS, a re-indexing).
 */
function urlFiledFirst(stated: Stated, e: DateEvidence): e is DateEvidence & { url: string } {
  if (!e.url) return false;
  const day = (iso: string) => Date.parse(iso.slice(0, 10));
  if (day(stated.iso) - day(e.url) <= DAY) return false;
  return !e.text.best || day(e.text.best.iso) !== day(stated.iso);
}

/**
 * A stated UTC time whose day a publisher's own zone would move by `lag`: a time before 11:00 UTC is the previous
 * evening west of Greenwich, one from 12:00 UTC on is the next morning east of it. A stated local offset says the
 * day is already the publisher's.
 */
function utcShift(iso: string, lag: number): boolean {
  if (!iso.endsWith('Z')) return false;
  const hour = Number(iso.slice(11, 13));
  return lag < 0 ? hour < 11 : hour >= 12 || hour === 0;
}

/** A modified date before the published one is a mistake of the page: it is dropped. */
function finish(out: PageDates): PageDates {
  if (out.modifiedAt && out.publishedAt && Date.parse(out.modifiedAt) < Date.parse(out.publishedAt) - 86_400_000) {
    out.modifiedAt = null;
    out.modifiedAtSource = null;
  }
  return out;
}

const PAGE_TYPES = /(?:WebPage|Article|Posting|Report|CreativeWork|Blog|Recipe|HowTo|Review|NewsArticle|ItemPage|AboutPage|CollectionPage|ProfilePage|QAPage|FAQPage|MediaObject|VideoObject|Photograph|ImageObject|Dataset|Book|Episode|Clip)$/;

function typeName(o: Record<string, unknown>): string {
  const t = o['@type'];
  const first = Array.isArray(t) ? t.find((x) => typeof x === 'string') : t;
  return typeof first === 'string' ? first : '';
}

/**
 * Day-first reading of numeric dates like 04/03/2020: US English reads month first; every other language
 * reads day first. A bare "en" could be either: such dates are read only when a part is over 12.
 */
export function dayFirstFor(tag: string | null): boolean | null {
  if (!tag) return true;
  const t = tag.trim().toLowerCase().replace('_', '-');
  if (t.startsWith('en-us')) return false;
  if (t === 'en') return null;
  if (t.startsWith('en-')) return true;
  return true;
}

/** Per-element memo of why an element's dates are not the article's: comment, related, navigation, or none. */
class TrapScan {
  private memo = new Map<El, Trap>();
  private dateish = new Map<El, boolean>();
  /**
   * The article container, the headline, and the elements around them: what holds the story or its headline is no
   * comment thread, teaser or menu (a page header classed like one holds the headline and its date line).
   */
  private holders = new Set<El>();

  constructor(container: El | null = null, headline: El | null = null) {
    for (const start of [container, headline]) for (let e = start, k = 0; e && k < 400; e = e.parentElement, k++) this.holders.add(e);
  }

  /** The trap of an element: its own roles, else its parent's. Iterative, memoised (linear over a page). */
  trapOf(el: El | null): Trap {
    const chain: El[] = [];
    let e = el;
    let found: Trap | undefined;
    while (e && chain.length < 400) {
      const m = this.memo.get(e);
      if (m !== undefined) {
        found = m;
        break;
      }
      chain.push(e);
      e = e.parentElement;
    }
    let t: Trap = found ?? null;
    for (let k = chain.length - 1; k >= 0; k--) {
      const c = chain[k]!;
      // <body> and <html> name the page's layout ("one-sidebar", "nav-open"), never a trap.
      const own = this.holders.has(c) || c.localName === 'body' || c.localName === 'html' ? null : ownTrap(c);
      t = t === 'comment' ? t : (own ?? t);
      this.memo.set(c, t);
    }
    return t;
  }

  /** The element or one of its three nearest ancestors is named for a date (class/id tokens, itemprop, <time>). */
  isDateish(el: El | null): boolean {
    let e = el;
    for (let k = 0; e && k < 4; k++, e = e.parentElement) {
      let v = this.dateish.get(e);
      if (v === undefined) {
        v = ownDateish(e);
        this.dateish.set(e, v);
      }
      if (v) return true;
    }
    return false;
  }
}

type Trap = 'comment' | 'related' | 'navigation' | null;

function ownTrap(el: El): Trap {
  const tag = el.localName;
  if (tag === 'footer' || tag === 'nav' || tag === 'aside' || tag === 'menu') return tag === 'aside' ? 'related' : 'navigation';
  const roles = rolesOf(el as unknown as Parameters<typeof rolesOf>[0]);
  if (roles.includes('comments')) return 'comment';
  if (roles.includes('related-block')) return 'related';
  if (roles.includes('navigation')) return 'navigation';
  return null;
}

function ownDateish(el: El): boolean {
  if (el.localName === 'time') return true;
  const ip = attr(el, 'itemprop');
  if (ip && /date/i.test(ip)) return true;
  for (const name of [attr(el, 'class'), attr(el, 'id')]) {
    if (!name || name.length > 300) continue;
    for (const part of name.split(/\s+/, 20)) for (const t of nameTokens(part)) if (DATEISH.has(t)) return true;
  }
  return false;
}

/** Document-order position of an element (lite DOM), for distances to the headline. */
function orderOf(el: El | null): number {
  const o = (el as unknown as { order?: number } | null)?.order;
  return typeof o === 'number' ? o : -1;
}

/**
 * <time datetime>, [itemprop=datePublished], abbr.published/[title] in or near the article header: the one nearest
 * after the headline wins (then the nearest before it); those in comments or teaser lists are skipped. A date named
 * as modified (class "updated", itemprop dateModified) is the modified date.
 */
function markupDates(input: PageDateInput, scan: TrapScan, val: (v: unknown) => string | null): { published: string | null; modified: string | null } {
  const els = all(input.doc, 'time, [itemprop="datePublished"], [itemprop="dateModified"], [itemprop="dateCreated"], abbr[title], [data-date-time], [data-published], [pubdate]').slice(0, 500);
  const h1 = orderOf(input.h1);
  const inScope = (el: El) => !input.container || input.container.contains(el);
  let best: { iso: string; rank: number } | null = null;
  let modified: string | null = null;
  for (const el of els) {
    const trap = scan.trapOf(el);
    if (trap === 'comment' || trap === 'related') continue;
    const ip = (attr(el, 'itemprop') ?? '').toLowerCase();
    const cls = (attr(el, 'class') ?? '').toLowerCase();
    const raw = attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'data-date-time') ?? attr(el, 'data-published') ?? (el.localName === 'abbr' ? attr(el, 'title') : null) ?? (ip.startsWith('date') ? el.textContent : null);
    if (el.localName === 'abbr' && !/published|date|time|updated/.test(cls)) continue;
    const iso = val(raw);
    if (!iso) continue;
    if (ip === 'datemodified' || /\b(?:updated|modified)\b/.test(cls)) {
      modified ??= iso;
      if (!/published/.test(cls)) continue;
    }
    // Nearest the headline, after it first; stated publication (itemprop, pubdate, class) before plain <time>.
    const o = orderOf(el);
    const dist = h1 >= 0 && o >= 0 ? (o >= h1 ? o - h1 : (h1 - o) * 3) : o;
    const stated = ip === 'datepublished' || el.hasAttribute('pubdate') || /published|pubdate/.test(cls) ? 0 : 1;
    const rank = stated * 1_000_000 + (inScope(el) ? 0 : 200_000) + (trap === 'navigation' ? 400_000 : 0) + dist;
    if (!best || rank < best.rank) best = { iso, rank };
  }
  return { published: best?.iso ?? null, modified };
}

/** "2015-01" from a URL path with /2015/01/ (year and month, no day), or null. */
export function monthInUrl(url: string | null): string | null {
  if (!url) return null;
  let segs: string[];
  try {
    segs = new URL(url).pathname.slice(0, 500).split('/');
  } catch {
    return null;
  }
  for (let i = 0; i + 1 < segs.length; i++) {
    const y = segs[i]!;
    const m = segs[i + 1]!;
    if (/^(?:19|20)\d\d$/.test(y) && /^(?:0?[1-9]|1[0-2])$/.test(m)) return `${y}-${m.padStart(2, '0')}`;
  }
  return null;
}

/** Printed dates: the one chosen as published, the modified one, and the near-header date with its score. */
export interface TextDates {
  published: string | null;
  modified: string | null;
  /** The printed date vouched for by its place (near the headline, date-classed, after "published"); score ≥ 4. */
  best: { iso: string; score: number } | null;
  /** The same for a date labelled as an update ("Updated", "Aktualisiert am", "Stand:"). */
  bestModified: { iso: string; score: number } | null;
}

interface Piece {
  el: El;
  start: number;
}

/** The page's visible text as one string, with the element each piece came from. Bounded. */
function textStream(root: El, stopAfter?: { order: number; chars: number }): { text: string; pieces: Piece[] } {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let total = 0;
  const stack: Node0[] = [];
  const pushKids = (p: El) => {
    const kids: Node0[] = [];
    for (let c = p.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  };
  pushKids(root);
  let steps = 0;
  let limit = MAX_STREAM_CHARS;
  while (stack.length && total < limit && steps++ < MAX_STREAM_NODES * 4 && pieces.length < MAX_STREAM_NODES) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const d = node.data ?? '';
      if (!d.trim()) continue;
      // Only the text up to `chars` past the anchor is wanted: stop there.
      if (stopAfter && limit === MAX_STREAM_CHARS && orderOf(node.parentElement) >= stopAfter.order) limit = Math.min(limit, total + stopAfter.chars);
      pieces.push({ el: node.parentElement!, start: total });
      parts.push(d, ' ');
      total += d.length + 1;
    } else if (node.nodeType === ELEMENT) {
      const el = node as unknown as El;
      if (SKIP_TAGS.has(el.localName) || isHidden(el)) continue;
      pushKids(el);
    }
  }
  return { text: parts.join(''), pieces };
}

function pieceAt(pieces: Piece[], pos: number): Piece | null {
  const at = pieceIndexAt(pieces, pos);
  return at >= 0 ? pieces[at]! : null;
}

/** The few words before a date, lower-cased, nearest first. */
function wordsBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  return before.split(/[^\p{L}©]+/u).filter(Boolean).reverse().slice(0, 3);
}

/** A day number and a span word or dash just before a date: "6.–", "23.-", "4 and", "du 3 au", "del 2 al". */
const SPAN_BEFORE = /(?:^|[^\d.,:/])(?:0?[1-9]|[12]\d|3[01])\.?(?:\s{0,2}[-–—]\s{0,2}|\s{1,2}(?:und|bis|and|to|through|et|au|al|en|tot|og|och|do|[aeiy])\s{1,2})$/i;

/** A time of day just after a date, after an optional comma, dash or bar and "um/at/à/alle/a las/kl.". */
const TIME_AFTER = /^\s{0,3}(?:[,|·•–—-]\s{0,3})?(?:(?:um|at|à|a\s+las|alle|om|kl\.?|o)\s{1,2})?(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d\s?(?:uhr|h)\b)/i;

/** Words after a date that go on a byline or a stamp, not a sentence: "by", "um", "at", "Uhr". */
const STAMP_AFTER = new Set(['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'um', 'at', 'à', 'a', 'alle', 'om', 'kl', 'uhr', 'h', 'gmt', 'utc', 'cet', 'cest', 'am', 'pm', 'in', 'en', 'im', 'aus', 'from']);

/**
 * The date stands inside running prose: in one text node, after a lower-case word of the sentence and before one
 * ("… seinem Beitrag von 5. Januar 2015 erörtert …", "… on 28 September 2014 the council voted …").
 */
function inSentence(text: string, pieces: Piece[], start: number, end: number): boolean {
  const i = pieceIndexAt(pieces, start);
  if (i < 0) return false;
  const from = pieces[i]!.start;
  const to = i + 1 < pieces.length ? pieces[i + 1]!.start : text.length;
  if (end > to) return false;
  const before = text.slice(Math.max(from, start - 60), start);
  const after = text.slice(end, Math.min(to, end + 40));
  const a = /^[,;]?\s{1,3}(\p{Ll}[\p{L}'’-]*)/u.exec(after);
  if (!a || STAMP_AFTER.has(a[1]!)) return false;
  // Two words of the sentence before it, the nearest lower-case (a label is one or two words after a break), or
  // a sentence that opens on the date and goes on ("am 28. September wollen wir …").
  const ws = before.split(/\s+/).filter(Boolean);
  const last = ws[ws.length - 1] ?? '';
  const lower = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w);
  const words = ws.length >= 2 && /\s$/.test(before) && (lower(last) || (last.length <= 4 && ws.length >= 3 && lower(ws[ws.length - 2])));
  return words || to - end >= 60;
}

/** The index of the last piece starting at or before `pos` (binary search), or -1. */
function pieceIndexAt(pieces: Piece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The date at `start` closes a span of days begun by a bare day number just before it. */
function endsSpan(text: string, start: number): boolean {
  return SPAN_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * Printed dates in the page's text, scored: near the headline (just after it most), inside a date-classed element,
 * after a "published" word; refused after "©" or "updated"-like words (which make it the modified date) and inside
 * comments or teaser lists. With no date near the header, the date printed most often outside traps wins.
 */
function textDates(input: PageDateInput, scan: TrapScan, bounds: DateBounds, dayFirst: boolean | null, nearOnly = false): TextDates {
  const none: TextDates = { published: null, modified: null, best: null, bestModified: null };
  const root = input.doc.body;
  if (!root) return none;
  // Where the headline's text starts in the stream (or the container's).
  const anchorEl = input.h1 ?? input.container;
  const anchorOrder = orderOf(anchorEl);
  // To cross-check a stated date only the text around the headline is read: a page's cost stays that of its head.
  if (nearOnly && anchorOrder < 0) return none;
  const { text, pieces } = textStream(root, nearOnly ? { order: anchorOrder, chars: NEAR_AFTER } : undefined);
  if (!text) return none;
  let anchorPos = -1;
  if (anchorOrder >= 0) {
    for (const p of pieces) {
      if (orderOf(p.el) >= anchorOrder) {
        anchorPos = p.start;
        break;
      }
    }
  }
  if (nearOnly && anchorPos < 0) return none;
  const from = nearOnly ? Math.max(0, anchorPos - NEAR_BEFORE) : 0;
  const found = datesInText(from ? text.slice(from) : text, { dayFirst, max: 2000 }).map((f) => (from ? { ...f, start: f.start + from, end: f.end + from } : f));
  const urlMonth = monthInUrl(input.url);
  let best: { iso: string; score: number; pos: number } | null = null;
  let anyBest: { iso: string; score: number; pos: number } | null = null;
  let modified: string | null = null;
  let bestModified: { iso: string; score: number } | null = null;
  const counts = new Map<string, { n: number; pos: number }>();
  for (const f of found) {
    const t = validDay(f.y, f.m, f.d, bounds);
    if (t === null) continue;
    const piece = pieceAt(pieces, f.start);
    const el = piece?.el ?? null;
    const trap = scan.trapOf(el);
    if (trap === 'comment') continue;
    const words = wordsBefore(text, f.start);
    const near = words.slice(0, 2);
    if (near.some((w) => w === '©' || w.includes('©') || w === 'copyright')) continue;
    const iso = dayIso(t);
    const isModified = near.some((w) => MODIFIED_WORDS.has(w));
    if (!isModified && near.some((w) => OTHER_WORDS.has(w))) continue;
    // The last day of a span ("6.–7. März 2020", "23.-26.8.2017", "4 and 5 May 2024"): an event's, not a stamp.
    if (endsSpan(text, f.start)) continue;
    let score = 0;
    if (scan.isDateish(el)) score += 3;
    if (!isModified && near.some((w) => PUBLISHED_WORDS.has(w))) score += 1;
    if (!isModified && (words.some((w) => STRONG_PUBLISHED.has(w)) || words.join(' ') === 'ligne en mise')) score += 3;
    if (f.guessedOrder) score -= 1;
    // A date inside a sentence ("in his piece of 5 January 2015 he argues"): one the story mentions.
    if (inSentence(text, pieces, f.start, f.end)) score -= 3;
    // A time of day beside it ("02.02.2022 10:16 Uhr", "24 July 2017 - 18:55", "le 3 mai 2024 à 9h30"): a stamp.
    if (!nearOnly && TIME_AFTER.test(text.slice(f.end, f.end + 24))) score += 1;
    if (anchorPos >= 0) {
      const d = f.start - anchorPos;
      if (d >= 0 && d < 600) score += 4;
      else if (d < 0 && d > -400) score += 3;
      else if (d >= 0 && d < 3000) score += 1;
    }
    if (input.container && el && input.container.contains(el)) score += 1;
    // A URL with /2015/01/ in its path names the month: a printed date of another month is not the story's.
    if (urlMonth) score += urlMonth === iso.slice(0, 7) ? 3 : -3;
    if (trap === 'related' || trap === 'navigation') score -= 4;
    // "Updated 12 March": the modified date, and the one a reader sees when it stands under the headline.
    if (isModified) {
      if (!trap) modified ??= iso;
      if (score >= 4 && (!bestModified || score > bestModified.score)) bestModified = { iso, score };
      continue;
    }
    if (!trap) {
      const c = counts.get(iso);
      if (c) c.n++;
      else counts.set(iso, { n: 1, pos: f.start });
    }
    if (score >= 4 && (!best || score > best.score)) best = { iso, score, pos: f.start };
    if (!anyBest || score > anyBest.score) anyBest = { iso, score, pos: f.start };
  }
  const vouched = best ? { iso: best.iso, score: best.score } : null;
  if (best) return { published: best.iso, modified, best: vouched, bestModified };
  // Only dates inside navigation or teasers: the best of them when something vouches for it (a date-classed
  // element, a "published" word) — a page that states its date only in a footer line "Erschienen am …".
  if (!counts.size) return { published: anyBest && anyBest.score >= 0 ? anyBest.iso : null, modified, best: null, bestModified };
  // No date near the header: the one the page states most often (ties: the first), outside traps.
  let top: { iso: string; n: number; pos: number } | null = null;
  for (const [iso, c] of counts) if (!top || c.n > top.n || (c.n === top.n && c.pos < top.pos)) top = { iso, ...c };
  return { published: top?.iso ?? null, modified, best: null, bestModified };
}
