/**
 * Page metadata from the places news sites state it: JSON-LD, Open Graph / Twitter / Dublin Core
 * meta tags, link rel, microdata, and visible bylines. Every value is plain text (the DOM decoded
 * entities; markup never reaches a field) and bounded in length.
 */
import { languageCode, publisherName, splitPeople } from '../meta.ts';
import { Parser } from 'htmlparser2';
import { absoluteUrl, all, attr, collapse, first, textOf, type Doc, type El } from './dom.ts';

/** The article-ish JSON-LD object and the whole set, for fields looked up across objects. */
export interface JsonLd {
  article: Record<string, unknown> | null;
  objects: Record<string, unknown>[];
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Report)$/;
const MAX_LD_BYTES = 2_000_000;
const MAX_LD_OBJECTS = 200;

/** Parses every JSON-LD script, flattening @graph and arrays; bad JSON is skipped, never thrown. */
export function readJsonLd(doc: Doc): JsonLd {
  const objects: Record<string, unknown>[] = [];
  for (const s of all(doc, 'script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]').slice(0, 50)) {
    const raw = s.textContent ?? '';
    if (!raw || raw.length > MAX_LD_BYTES) continue;
    let v: unknown;
    try {
      // Some CMSs wrap JSON-LD in HTML comments or CDATA.
      v = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, ''));
    } catch {
      continue;
    }
    // Breadth-first over arrays and @graph; bounded.
    const queue: unknown[] = [v];
    while (queue.length && objects.length < MAX_LD_OBJECTS) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x.slice(0, MAX_LD_OBJECTS));
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        objects.push(o);
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]).slice(0, MAX_LD_OBJECTS));
        // mainEntity of a WebPage is often the article itself
        if (o['mainEntity'] && typeof o['mainEntity'] === 'object') queue.push(o['mainEntity']);
      }
    }
  }
  const isArticle = (o: Record<string, unknown>) => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
  };
  // Prefer the article with the longest headline/body pair: a page may list teasers as Articles too.
  const articles = objects.filter(isArticle);
  articles.sort((a, b) => weight(b) - weight(a));
  return { article: articles[0] ?? null, objects };
}

function weight(o: Record<string, unknown>): number {
  const body = typeof o['articleBody'] === 'string' ? (o['articleBody'] as string).length : 0;
  return (typeof o['headline'] === 'string' ? 1000 : 0) + (o['datePublished'] ? 500 : 0) + Math.min(body, 100_000);
}

/** meta[name|property|itemprop] → content, first occurrence of each key (lower-cased). */
export function readMetaTags(doc: Doc): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of all(doc, 'meta').slice(0, 2000)) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.trim().toLowerCase();
    const content = attr(el, 'content');
    if (!key || content === null) continue;
    const v = plain(content.slice(0, 4000))?.slice(0, 2000);
    if (v && !m.has(key)) m.set(key, v);
  }
  return m;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return plain(v.slice(0, 4000))?.slice(0, 2000) ?? null;
  return null;
}

/** A character reference with its semicolon: "&#8217;", "&#x2019;", "&amp;", "&oacute;". */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * Decodes character references left in a value. JSON-LD is not HTML, so the parser never decoded its
 * strings ("Her &#39;Ride&#39;"), and CMSs often escape meta content twice ("&amp;#8211;"); two passes
 * at most. The page's own parser does the decoding, so every named entity HTML knows is covered.
 */
export function decodeEntities(s: string): string {
  let t = s;
  for (let pass = 0; pass < 2 && ENTITY.test(t); pass++) {
    let out = '';
    const p = new Parser({ ontext: (x) => (out += x) }, { decodeEntities: true });
    // "<" would open a tag: escaped, it comes back as itself.
    p.write(t.replace(/</g, '&lt;'));
    p.end();
    t = out;
  }
  return t;
}

/** Plain text from a meta value that might carry markup ("<b>Headline</b>") or character references: tags out, references decoded. */
export function plain(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = collapse(
    decodeEntities(s)
      // Executable or hidden elements go with their content; an unclosed one takes the rest.
      .replace(/<(script|style|noscript|template|iframe|textarea|title)\b[^<>]{0,500}>[\s\S]{0,5000}?<\/\1\s*>/gi, ' ')
      .replace(/<(?:script|style|noscript|template|iframe|textarea)\b[\s\S]*$/i, ' ')
      .replace(/<\/?[a-z!][^<>]{0,500}>/gi, ' '),
  );
  return t || null;
}

const SEPARATORS = /(?<!\s)\s+(?:[|–—·•:»~-]|::|\/\/)\s+/;

/**
 * The headline: JSON-LD headline, og:title, twitter:title, the <h1>, then <title>;
 * a " | Site" suffix is removed when the site is named or another source confirms the bare title.
 */
export function readTitle(doc: Doc, ld: JsonLd, tags: Map<string, string>, publisher: string | null, h1: string | null): string | null {
  const docTitle = first(doc, 'title')?.textContent ?? null;
  const og = tags.get('og:title') ?? null;
  // Independent statements of the headline; twitter:title is nearly always a copy of og:title.
  const sources = [str(ld.article?.['headline']), og, og ? null : (tags.get('twitter:title') ?? null), h1].map(plain);
  const candidates = [...sources, str(docTitle)].filter((x): x is string => !!x && x.length >= 2);
  if (!candidates.length) return null;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const keys = new Set(candidates.map(key));
  let t = agreed(sources, key, str(docTitle)) ?? candidates[0]!;
  // Strip trailing " | Section | Site" parts: confirmed by another candidate, or naming the publisher/host.
  for (let k = 0; k < 3; k++) {
    const parts = splitLast(t);
    if (!parts) break;
    const [head, tail] = parts;
    const tailKey = key(tail);
    const pub = publisher ? key(publisher) : '';
    const siteLike = (pub && (tailKey.includes(pub) || (tailKey.length >= 4 && pub.includes(tailKey)))) || /\b(com|org|net|news|times|post|gazette|herald|tribune|journal|daily|online|press|magazine|blog|tv|radio|zeitung|diario|journal)\b/.test(tailKey);
    if (keys.has(key(head)) || (siteLike && head.length >= 10)) t = head;
    else break;
  }
  return t.slice(0, 500);
}

/**
 * The statement most other sources repeat, in the order of trust on a tie: a CMS that fills JSON-LD with a
 * placeholder ("escenic") or a shorter print headline is outvoted by og:title and the visible <h1>. The
 * <title> counts half, when it holds the statement.
 */
function agreed(sources: (string | null)[], key: (s: string) => string, docTitle: string | null): string | null {
  const keys = sources.map((s) => (s && s.length >= 2 ? key(s) : ''));
  const titleKey = docTitle ? key(docTitle) : '';
  let best: string | null = null;
  let bestVotes = 0;
  keys.forEach((k, i) => {
    if (!k) return;
    const votes = keys.filter((o) => o === k).length + (titleKey.includes(k) ? 0.5 : 0);
    if (votes > bestVotes) [best, bestVotes] = [sources[i]!, votes];
  });
  return best;
}

function splitLast(t: string): [string, string] | null {
  // The last separator; a linear scan, no regex backtracking on long titles.
  let best = -1;
  let len = 0;
  const re = new RegExp(SEPARATORS.source, 'g');
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(t)) && guard++ < 50) {
    best = m.index;
    len = m[0].length;
  }
  if (best <= 0) return null;
  return [t.slice(0, best).trim(), t.slice(best + len).trim()];
}

/** Canonical URL: link[rel=canonical], og:url, JSON-LD url / mainEntityOfPage; absolute http(s) only. */
export function readUrl(doc: Doc, ld: JsonLd, tags: Map<string, string>): string | null {
  const og = absoluteUrl(tags.get('og:url') ?? null, null);
  const canon = attr(first(doc, 'link[rel="canonical"]'), 'href');
  const mep = ld.article?.['mainEntityOfPage'];
  const ldUrl = str(ld.article?.['url']) ?? (typeof mep === 'string' ? mep : str((mep as Record<string, unknown> | undefined)?.['@id']));
  return absoluteUrl(canon, og) ?? og ?? absoluteUrl(ldUrl, null) ?? absoluteUrl(tags.get('twitter:url') ?? null, null);
}

const ORGANISATION_TYPES = /^(?:NewsMediaOrganization|Organization|Corporation|OnlineBusiness|LocalBusiness)$/;

/**
 * The publisher: og:site_name, JSON-LD publisher (the article's, else the page graph's organisation, else its
 * WebSite), other meta names; else the host of `url` without "www.", so that every page with an address names
 * its publisher.
 */
export function readPublisher(ld: JsonLd, tags: Map<string, string>, url: string | null = null): string | null {
  const typed = (re: RegExp) => ld.objects.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && re.test(t)) && typeof o['name'] === 'string');
  const fromLd = (ld.article ? publisherName(ld.article['publisher']) : null) ?? publisherName(typed(ORGANISATION_TYPES)) ?? publisherName(typed(/^WebSite$/));
  const v = tags.get('og:site_name') ?? fromLd ?? tags.get('application-name') ?? tags.get('publisher') ?? null;
  const named = v ? plain(v)?.slice(0, 200) ?? null : null;
  // A stated name that is itself an address ("https://example.com") reads as its host.
  return (named && !/^https?:/i.test(named) ? named : null) ?? hostName(named) ?? hostName(url);
}

/** "https://www.example-news.co.uk/a/b" → "example-news.co.uk"; null for anything that is not an http(s) URL. */
export function hostName(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|mobile|amp)\./, '');
    return host.includes('.') && !/^[\d.]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** ISO 639-1 from <html lang>, og:locale, content-language, JSON-LD inLanguage. */
export function readLanguage(doc: Doc, ld: JsonLd, tags: Map<string, string>): string | null {
  const inLang = ld.article?.['inLanguage'];
  const cands = [attr(doc.documentElement, 'lang'), attr(doc.documentElement, 'xml:lang'), tags.get('og:locale'), tags.get('content-language'), tags.get('language'), tags.get('dc.language'), typeof inLang === 'string' ? inLang : null];
  for (const c of cands) {
    const code = languageCode(c?.split(',')[0]);
    if (code) return code;
  }
  return null;
}

/** Words that name a role or an organisation, not a person: "Local Democracy Reporter", "Staff". */
const NOT_A_NAME = /\b(staff|reporter|reporters|correspondent|editor|editors|editorial|desk|team|news|agency|agencies|press|associated|reuters|afp|dpa|efe|ansa|wire|newsroom|redaktion|redacción|rédaction|service|services|contributor|writer|columnist|photographer|updated|published|min|read|am|pm|gmt|utc|and|more|view|all|posts|profile|follow|twitter|email|share|video|videos|gallery|galerie|podcast|alle|artikel|beiträge|kontakt|contact|articles|artículos|articoli|de\s+la\s+redacci)\b/i;
/**
 * What names an organisation, never a person: legal forms ("GmbH", "Ltd", "e.V."), kinds of body
 * ("Stiftung", "Ministry", "Verlag"), media words ("Online", "Zeitung", "Magazine"), a web address.
 */
const ORGANISATION = /(?:^|[\s(,-])(?:gmbh|ag|kg|ohg|ug|e\.\s?v\.?|ev|ltd|llc|inc|plc|corp|co\.|s\.a\.|s\.l\.|sarl|sas|srl|spa|bv|nv|oy|ab|as|d\.o\.o\.|online|media|medien|magazin|magazine|verlag|zeitung|zeitschrift|journal|gazette|tribune|herald|chronicle|times|daily|weekly|radio|tv|channel|network|group|gruppe|institut|institute|university|universität|universidad|ministerium|ministry|ministère|ministerio|bundes\p{L}*|stiftung|foundation|fundación|verein|verband|association|asociación|fraktion|partei|party|council|society|club|office|department|amt|polizei|police|portal|blog|programme|program|project|projekt|projet|proyecto|progetto|initiative|iniciativa|international|internacional|internationale|admin|administrator|publisher|webmaster|redaktion\p{L}*|redacci[oó]n|r[ée]daction|redazione|reda[cç][aã]o|redactie|anónimo|anonymous|unknown)(?=$|[\s),.:;-])/iu;
/**
 * A first word that opens a name of a thing, not of a person: "The Economist", "Die Tagespresse", "Il
 * Giornale". Only articles no person's name starts with: "Le", "La", "Les", "El", "Lo", "An" and "A" also
 * begin people's names ("Le Van Thanh", "La Toya Jackson", "Les Murray", "Lo Wai-ming", "An Nguyen").
 */
const DETERMINER = /^(?:the|die|der|das|los|las|il|gli|het|een)\s/i;
const DOMAIN = /\.[a-z]{2,6}(?:$|[\s/])|^www\.|https?:|\[at\]|\(at\)/i;
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'bin', 'al', 'el', 'ibn', 'y', 'e', 'zu', 'ter', "d'"]);

/** An organisation's or a role's name, whatever the page says it is. */
export function looksLikeOrganisation(s: string): boolean {
  return ORGANISATION.test(s) || DETERMINER.test(s) || DOMAIN.test(s);
}

/** A person's name as bylines state them: 2–5 capitalised words, no digits or handles. */
export function looksLikePerson(s: string): boolean {
  // Chinese, Japanese and Korean names: two to four characters, no spaces.
  if (/^[\u3400-\u9fff\uac00-\ud7af]{2,4}$/.test(s)) return true;
  if (s.length < 4 || s.length > 60 || /[\d@#/\\<>{}|=_]/.test(s) || NOT_A_NAME.test(s) || looksLikeOrganisation(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let caps = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase())) continue;
    // Scripts without letter case (Arabic, Hebrew, Devanagari, Thai…): a short word of letters stands in
    // for a capitalised one; such names are at most four words.
    const caseless = words.length <= 4 && w.length <= 12 && /^[\p{L}\p{M}]+$/u.test(w) && !/[\p{Lu}\p{Ll}]/u.test(w);
    if (!caseless && !/^\p{Lu}/u.test(w)) return false;
    caps++;
  }
  return caps >= 2 || (caps >= 1 && words.length >= 2);
}

/**
 * A name JSON-LD types as a Person: the page's own statement, so the form may be looser than a byline's
 * ("Ela", "Mobasir hassan", "Campact-Team"): 1–5 words of letters opening with a capital, yet never an
 * organisation, a role, a handle or an address.
 */
function looksLikeStatedPerson(s: string): boolean {
  if (looksLikePerson(s)) return true;
  if (s.length < 2 || s.length > 60 || looksLikeOrganisation(s) || /\b(?:staff|reporter|reporters|editor|editors|desk|newsroom|agency|agencies)\b/i.test(s)) return false;
  const words = s.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(s) && words.every((w) => /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u.test(w)) && !/^\p{Lu}{1,3}$/u.test(s);
}

/** Verbs and nouns that open a byline before "by": "Written by", "Recueilli par", "Propos recueillis par". */
const BYLINE_OPENER = /^(?:(?:posted|written|words|reporting|reported|published|compiled|edited|text|texte|story|interview|interviewed|propos|recueilli|recueillie|recueillis|recueillies|réalisé|réalisée|rédigé|rédigée|geschrieben|verfasst|escrito|escrita|scritto|scritta)\s+){1,2}(?:by|par|von|por|di|da|door)\s*:?\s+|^(?:by|por|par|von|di|door|av|af)\s*:?\s+/i;

/** A role label before a name: "Autor: Jane Doe", "Author Jane Doe", "Text: Jane Doe", "Texto: …". */
const ROLE_LABEL = /^(?:autor(?:in|en)?|authors?|auteur(?:e|es|s)?|autore|autrice|autori|text|texte|texto|testo|tekst|verfasser(?:in)?)(?:\s{0,2}:\s{0,2}|\s{1,2})(?=\p{Lu})/iu;
/** Text and pictures by one hand: "Text und Fotos: Jane Doe", "Words and photos: …", "Texto y fotos: …". */
const TEXT_AND_PICTURES = /^(?:text|texte|texto|testo|words)\s{1,2}(?:und|and|et|[&ey])\s{1,2}(?:fotos?|bilder|photos?|pictures|fotografías|images)\s{0,2}:\s{0,2}/i;
/** A picture or source credit, not a byline: "Bild: Agency", "Foto: Jane Doe", "Photo/Agency", "Quelle: …". */
const CREDIT_LABEL = /^(?:bild(?:er)?|fotos?|fotograf(?:ie|ía)?|photos?|photograph|images?|grafik|illustration|credits?|quelle|source|fuente|fonte|video)\s{0,2}[:/]/i;

/** A name with its role label off, or null when it is a credit. */
function unlabelled(s: string): string | null {
  const t = s.trim();
  if (CREDIT_LABEL.test(t)) return null;
  return t.replace(ROLE_LABEL, '').replace(/\s{0,2}:$/, '');
}

/** "PATRICK" → "Patrick": a name word in capitals, as some sites print surnames. */
function nameCase(name: string): string {
  if (!/\p{Ll}/u.test(name) && name.split(/\s+/).length < 2) return name;
  return name.replace(/(?<![\p{L}\p{M}])(\p{Lu})(\p{Lu}{2,})(?![\p{L}\p{M}])/gu, (_, a: string, b: string) => a + b.toLowerCase());
}

/** "By Priya Raman, Local Democracy Reporter" → ["Priya Raman"]. */
export function namesIn(text: string, accept: (s: string) => boolean = looksLikePerson): string[] {
  const t = collapse(text)
    .replace(BYLINE_OPENER, '')
    // Addresses and handles beside a name: "Jane Doe jane@example.org", "Jane Doe - https://example.org".
    .replace(/(?:[-–(]\s?)?(?:https?:\/\/|www\.)\S{0,200}/gi, ' ')
    .replace(/\S{1,64}(?:@|\[at\]|\(at\))\S{1,200}/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/(?<!\s)\s+for\s+(?:the\s+)?\p{Lu}.*$/u, '') // "Jane Doe for The Harbour Times"
    .replace(/(?<!\s)\s+(?:on|at|am|le|el|il|em|op)\s.*$/, '') // "Emma Tregothnan on May 11, 2026 in Heritage"
    .replace(/(?<![\s|·•])\s*[|·•].*$/, '') // "Name | 12 March 2026"
    .replace(/^.*?(?:作者|记者|記者|文|기자)\s*[:：]\s*([\u3400-\u9fff\uac00-\ud7af]{2,4}).*$/, '$1') // "来源：江南日报　作者：李明"
    .replace(/(?<!\s)\s+(?:in|en|à|aus|desde)\s+\p{Lu}[\p{L}-]+$/u, '') // "Name in Kabul"
    .replace(/(?<![\s.])[\s.]+$/, '')
    .trim();
  if (t.length > 300) return [];
  // "Doe, Jane": one surname and one given name, the library order, read as "Jane Doe".
  const inverted = /^(\p{Lu}[\p{L}'’-]+),\s(\p{Lu}[\p{L}'’-]+)$/u.exec(t);
  if (inverted && !accept(inverted[1]!) && !accept(inverted[2]!)) return [nameCase(`${inverted[2]} ${inverted[1]}`)].filter(accept);
  return t
    .replace(TEXT_AND_PICTURES, '')
    .split(/(?<!\s)\s+[-–—/]\s+/)
    .flatMap(splitPeople)
    .flatMap((x) => slashed(x, accept))
    .map(unlabelled)
    .filter((x): x is string => x !== null)
    .map((x) => nameCase(x.replace(BYLINE_OPENER, '').trim()))
    .filter(accept);
}

/**
 * People joined by a slash without spaces ("Jane Doe/John Roe"), or a person and an agency ("Jane Doe/dpa"): the
 * parts that are people. A credit ("Photo/Agency"), an agency pair ("abc/dpa") or a labelled part stays whole and
 * is judged as such.
 */
function slashed(s: string, accept: (s: string) => boolean): string[] {
  if (!s.includes('/') || CREDIT_LABEL.test(s)) return [s];
  const parts = s.split(/(?<=[\p{L}.])\/(?=\p{L})/u).map((x) => x.trim());
  if (parts.length < 2 || parts.length > 4 || parts.some((x) => x.includes(':'))) return [s];
  const people = parts.filter((x) => accept(nameCase(x)));
  return people.length ? people : [s];
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Names JSON-LD states; one it types Person may have a looser form than a byline's. */
function ldAuthorNames(v: unknown, byId: Map<string, Record<string, unknown>>, depth = 0): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v.slice(0, 30) : [v];
  for (const item of list) {
    // A reference into the page graph ({ "@id": "…#/schema/person/…" }) reads as the object it names.
    const ref = item && typeof item === 'object' && typeof (item as Record<string, unknown>)['@id'] === 'string' ? byId.get((item as Record<string, unknown>)['@id'] as string) : undefined;
    const a: unknown = ref && !(item as Record<string, unknown>)['@type'] ? { ...ref, ...(item as Record<string, unknown>), '@type': ref['@type'] } : item;
    if (typeof a === 'string') {
      // Some CMSs put a serialised object in the string: "{ \"@type\": \"Person\", \"name\": \"Jane Doe\" }".
      if (depth === 0 && /^\s*[[{]/.test(a) && a.length < 5000) {
        try {
          out.push(...ldAuthorNames(JSON.parse(a) as unknown, byId, depth + 1));
          continue;
        } catch {
          /* not JSON: read as a name */
        }
      }
      out.push(...namesIn(str(a) ?? ''));
    } else if (a && typeof a === 'object') {
      const o = a as Record<string, unknown>;
      const types = [o['@type']].flat().map((x) => String(x ?? ''));
      // ["Person", "Organization"]: a one-person site (WordPress SEO plugins say so); a person still.
      const person = types.some((x) => /^person$/i.test(x));
      if (!person && types.some((x) => /organi[sz]ation|corporation|newsmediaorganization/i.test(x))) continue;
      const stated = str(o['name']) ?? [str(o['givenName']), str(o['familyName'])].filter(Boolean).join(' ');
      // A Person's account name made of a first and a last name ("jane.doe", "jane_doe"): the person's name.
      const login = person && stated ? /^(\p{Ll}{2,20})[._](\p{Ll}{2,25})$/u.exec(stated) : null;
      const fromLogin = login ? `${cap(login[1]!)} ${cap(login[2]!)}` : null;
      const name = fromLogin && looksLikePerson(fromLogin) ? fromLogin : stated;
      if (name) out.push(...namesIn(name, person ? looksLikeStatedPerson : looksLikePerson));
    }
  }
  return out;
}

/** Authors from JSON-LD and meta tags, else from the visible byline; people only, de-duplicated. */
export function readAuthors(doc: Doc, ld: JsonLd, tags: Map<string, string>, container: El | null, publisher: string | null, bylines: string[] = []): string[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of ld.objects) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  // No article object: the WebPage (or whatever object) that states an author.
  const source = ld.article ?? ld.objects.find((o) => o['author'] || o['creator']) ?? null;
  const fromLd = [...ldAuthorNames(source?.['author'], byId), ...ldAuthorNames(source?.['creator'], byId)];
  const stated: string[] = [...fromLd];
  for (const k of ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']) {
    const v = tags.get(k);
    if (v && !/^https?:/i.test(v)) stated.push(...namesIn(v));
  }
  let names = stated;
  // The visible byline: used when nothing is stated, and to complete a stated list it confirms
  // (meta names the first author, the byline names both).
  const visible = bylines.slice(0, 10).flatMap((b) => namesIn(b));
  const lower = new Set(names.map((n) => n.toLowerCase()));
  if (!names.length || visible.some((v) => lower.has(v.toLowerCase()))) names = [...names, ...visible];
  if (!names.length) {
    const scope = container ?? doc.body;
    const els = [...all(scope, '[rel="author"], [itemprop="author"], .byline, .author, .by-line, .article-byline, .post-author, .author-name')];
    if (!els.length && container) els.push(...all(doc, '[rel="author"], [itemprop="author"], .byline'));
    for (const el of els.slice(0, 20)) {
      const nameEl = first(el, '[itemprop="name"]');
      const src = nameEl ? attr(nameEl, 'content') ?? textOf(nameEl, 500).text : attr(el, 'content') ?? textOf(el, 500).text;
      names.push(...namesIn(src));
    }
  }
  // The site's own name is no byline, even typed Person (CMS accounts named after the site are), nor is a
  // name that holds it once spaces go ("HarbourTimes Online" at "Harbour Times"). A name the site's name
  // holds stays: "Jane Doe" writes "Jane Doe's Kitchen" and janedoe.example.
  const compact = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const pub = publisher ? compact(publisher) : '';
  const isSite = (k: string) => !!pub && (k === pub || (pub.length >= 5 && k.includes(pub)));
  const seen = new Set<string>();
  names = names.filter((n) => {
    const k = compact(n);
    if (!k || seen.has(k) || isSite(k)) return false;
    seen.add(k);
    return true;
  });
  return names.slice(0, 20);
}
