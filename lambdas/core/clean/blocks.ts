/**
 * The one junk cleaner every format shares: blocks (from the text, Markdown, JSON or HTML segmenter)
 * → the clean article, with every removal recorded as {reason, text}.
 */
import type { TimeBudget } from '../budget.ts';
import type { Caption, Rejection, RelatedLink, Removal, Section } from '#contracts/record.ts';
import type { Block, CleanArticle, PageMeta } from '../types.ts';
import { markupDate } from './date-value.ts';
import { collapseSpaces } from '../decode/normalize.ts';
import { agenciesIn, creditsOf, isWireCredit, looksLikeCredit, splitCaptionCredit } from './credits.ts';
import { isoDate, textDate } from './meta.ts';
import { cleanTitle } from './title.ts';
import { INLINE_SHORTCODE, RELATED_HEADER, RELATED_INLINE, bylineNames, isRoleLine, junkReason, looksLikeHeadline } from './junk.ts';

/** Related-link lists longer than this are not one block of related headlines. */
const MAX_RELATED_RUN = 12;
/** Bylines and datelines only count near the top. */
const HEADER_ZONE = 5;
/** Removed text is kept for the audit trail, but not without bound. */
const MAX_REMOVED_TEXT = 500;

export interface CleanOptions {
  index: number;
  line: number | null;
  /** Extra removals and related links a segmenter already made (the HTML DOM stage). */
  removed?: Removal[];
  related?: RelatedLink[];
  /** Checked between blocks: past it, cleaning stops with `BudgetExceeded` (see core/budget.ts). */
  budget?: TimeBudget;
  /** The reference time (epoch ms, the ingestion time): a page's date after it is refused. */
  now?: number;
}

const TAG = /<\/?[a-z][^<>]{0,500}>/gi;
/** WordPress's [caption …]<img …> Text[/caption]: the text is a caption. */
const WP_CAPTION = /^\[caption(?:\s[^\]]{0,500})?\]([^[]{0,1000})\[\/caption\]$/i;

/** The site-name stripping of titles lives in title.ts; callers importing it from here still find it. */
export { cleanTitle } from './title.ts';

/** Last line of defence: no markup survives into a stored field. */
export function stripMarkup(s: string): string {
  return collapseSpaces(s.replace(TAG, ' ').replace(/\s+/g, ' '));
}

/**
 * @example cleanBlocks([{ kind: 'title', text: 'A headline' }, { kind: 'paragraph', text: 'Body.' }], meta, { index: 0, line: null })
 */
export function cleanBlocks(input: Block[], meta: PageMeta, opts: CleanOptions): CleanArticle | Rejection {
  const removed: Removal[] = [...(opts.removed ?? [])];
  const related: RelatedLink[] = [...(opts.related ?? [])];
  const captions: Caption[] = [];
  const credits: string[] = [];
  const authors = [...meta.authors];
  let publishedAt = meta.publishedAt;
  const remove = (reason: Removal['reason'], text: string, score?: number) =>
    removed.push({ reason, text: text.length > MAX_REMOVED_TEXT ? text.slice(0, MAX_REMOVED_TEXT) + '…' : text, ...(score === undefined ? {} : { score }) });
  const addCredit = (c: string) => {
    if (c && !credits.includes(c)) credits.push(c);
  };

  const blocks: Block[] = [];
  for (const b of input) {
    let text = stripMarkup(b.text);
    if (INLINE_SHORTCODE.test(text) && text.replace(INLINE_SHORTCODE, '').trim()) {
      for (const m of text.match(INLINE_SHORTCODE) ?? []) remove('shortcode', m);
      text = collapseSpaces(text.replace(INLINE_SHORTCODE, ' '));
    }
    INLINE_SHORTCODE.lastIndex = 0;
    if (text) blocks.push({ ...b, text });
  }

  // Title: the segmenter's title block, else the page's, else the first short block.
  let title: string | null = null;
  const titleAt = blocks.findIndex((b) => b.kind === 'title');
  if (titleAt >= 0) {
    title = blocks[titleAt]!.text;
    blocks.splice(titleAt, 1);
  }
  // With no publisher known, the holder of a "© 2026 Site Name" line tells which title suffix is the site.
  title = cleanTitle(title ?? meta.title ?? null, meta.publisher ?? copyrightHolder(blocks), { lines: blocks.map((b) => b.text) });

  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  const seenParagraphs = new Set<string>();
  let subtitle = meta.subtitle;
  let relatedRun = -1; // blocks left in a related list after a "Read more:" header, or -1
  let content = 0; // paragraphs kept so far
  let bylineAt = -2; // index of the last byline removed at the top
  let mediaLabelAt = -2; // index of the last lone media label ("Photo", "Foto") removed
  let tagRun = -1; // topics removed after a lone tags header, or -1

  // Each block's comparison key, computed once (captions are compared with their neighbours).
  const keys = blocks.map((b) => normalizeKey(b.text));
  const titleKey = title ? normalizeKey(title) : null;
  for (let i = 0; i < blocks.length; i++) {
    if ((i & 31) === 0) opts.budget?.check(`block ${i + 1} of ${blocks.length}`);
    const b = blocks[i]!;
    const text = b.text;
    const next = blocks[i + 1];

    // Inside a related list: headlines (or links) follow the header until a paragraph does.
    if (relatedRun >= 0) {
      // Headlines may end in "?" or "!", rarely in a full stop.
      const headline = b.href || b.kind === 'list-item' || (looksLikeHeadline(text) && !/\.["”’]?$/.test(text));
      // A short line followed by a real paragraph is the story's next subheading, not another link.
      const headsParagraph = relatedRun >= 1 && !b.href && b.kind !== 'list-item' && next !== undefined && isProse(next);
      if (relatedRun < MAX_RELATED_RUN && headline && !headsParagraph && !junkReason(text) && !isWireCredit(text)) {
        related.push({ title: text.replace(/^[•·*-]\s*/, ''), url: b.href ?? null });
        remove('related-block', text);
        relatedRun++;
        continue;
      }
      relatedRun = -1;
    }

    // Under a lone "Tags:" / "Mots-clés :" header, one topic per line: short lines that are no sentence.
    if (tagRun >= 0) {
      // A header of another list ("Auch interessant") ends the topics: its own rule reads it next.
      if (tagRun < MAX_TAG_RUN && text.length <= 40 && text.split(' ').length <= 4 && !/[.!?:;,"”»]$/.test(text) && b.kind !== 'heading' && !RELATED_HEADER.test(text) && !junkReason(text)) {
        remove('boilerplate', text);
        tagRun++;
        continue;
      }
      tagRun = -1;
    }
    if (TAGS_HEADER.test(text)) {
      remove('boilerplate', text);
      tagRun = 0;
      continue;
    }
    if (titleKey !== null && keys[i] === titleKey && content === 0) {
      remove('boilerplate', text); // the headline repeated at the top of the body
      continue;
    }
    const wpCaption = WP_CAPTION.exec(text);
    if (wpCaption) {
      const { text: captionText, credit } = splitCaptionCredit(stripMarkup(wpCaption[1]!));
      if (captionText) captions.push({ text: captionText, credit });
      if (credit) creditNames(credit).forEach(addCredit);
      remove('shortcode', text);
      continue;
    }
    if (RELATED_HEADER.test(text)) {
      remove('related-block', text);
      relatedRun = 0;
      continue;
    }
    const inline = RELATED_INLINE.exec(text);
    if (inline && looksLikeHeadline(inline[2]!)) {
      related.push({ title: inline[2]!.trim(), url: b.href ?? null });
      remove('related-block', text);
      continue;
    }
    // Bylines before the junk rules: "Posted by Jane Doe" is a byline, not a date line.
    // (Also right under a first paragraph: a standfirst the page did not mark, then "Par Camille Dubois - Publié le …".)
    if (i < HEADER_ZONE + 1 && (content === 0 || (content === 1 && i <= 2 && sections.length === 1))) {
      const names = bylineNames(text);
      if (names) {
        // "By Jane Doe, Associated Press": the agency is a credit, not an author.
        for (const n of names) {
          if (agenciesIn(n).length > 0 && n.split(/\s+/).length <= 3) agenciesIn(n).forEach(addCredit);
          else if (!authors.includes(n)) authors.push(n);
        }
        // "By Jane Doe | March 3, 2026", "Par Camille Dubois - Publié le 15 septembre 2026": the date after the bar is the publication date.
        const tail = /(?:[|•·]|\s[-–—]\s)\s*([^|•·]{6,60})$/.exec(text);
        if (tail && !publishedAt) publishedAt = textDate(tail[1]!)?.iso ?? isoDate(tail[1]!);
        remove('byline', text);
        bylineAt = i;
        continue;
      }
      // "Wales transport correspondent" on the line under the byline.
      if (bylineAt === i - 1 && isRoleLine(text)) {
        remove('byline', text);
        bylineAt = i;
        continue;
      }
      // "Callum Reid at Meadow Park": the page's author, then where they filed from, before the story.
      if (authorWithPlace(text, authors)) {
        remove('byline', text);
        bylineAt = i;
        continue;
      }
      // "2 October 2026", "Published 2 October 2026" alone above the story: the dateline.
      const date = textDate(text);
      if (date) {
        // "Published: 12 March 2026 09:40 GMT" keeps its time when the line states one in a form Date reads.
        if (!publishedAt) publishedAt = datelineDate(text) ?? date.iso;
        remove(junkReason(text) ?? 'dateline', text);
        continue;
      }
    }

    // "Media contact:" near the end, with the name, address and phone lines under it.
    if (CONTACT_HEADER.test(text) && blocks.length - i <= 10) {
      remove('boilerplate', text);
      while (i + 1 < blocks.length && blocks[i + 1]!.text.length < 100 && !isProse(blocks[i + 1]!)) remove('boilerplate', blocks[++i]!.text);
      continue;
    }
    // A standfirst: the line under the headline that sums it up, without a full stop, before the story.
    // (A byline may sit between the standfirst and the story: "Par Camille Dubois - Publié le …".)
    const after = next !== undefined && !isProse(next) && bylineNames(next.text) ? blocks[i + 2] : next;
    if (!subtitle && content === 0 && sections.length === 1 && isStandfirst(b) && after !== undefined && isProse(after) && keys[i + 1] !== keys[i]) {
      subtitle = text;
      continue;
    }
    // Wire credits first: "(With information from AFP)" also looks like a lone photo credit.
    if (isWireCredit(text)) {
      creditsOf(text).forEach(addCredit);
      remove('wire-credit', text);
      continue;
    }
    const junk = junkReason(text);
    if (junk) {
      // "Subscribe to keep reading" then "• Unlimited articles on any device • Cancel anytime": the offer's list goes with it.
      if (junk === 'paywall-notice' || junk === 'newsletter-prompt') {
        const n = offerListAfter(blocks, i + 1);
        if (n > 0) {
          remove(junk, text);
          for (let k = 0; k < n; k++) remove(junk, blocks[++i]!.text);
          continue;
        }
      }
      // "Published: 12 March 2026 09:40" tells the date when the page did not.
      if (!publishedAt) publishedAt = datelineDate(text);
      // "Source: Reuters", "Quelle: dpa": the agency is still a credit.
      if (junk === 'source-link') agenciesIn(text).forEach(addCredit);
      if (junk === 'caption' && MEDIA_LABEL.test(text)) mediaLabelAt = i;
      remove(junk, text);
      continue;
    }
    // A credit standing alone: "Photo: Getty Images", "(AP Photo/Evan Vucci)", "Image source, Reuters".
    const lone = loneCredit(text);
    if (lone) {
      creditNames(lone).forEach(addCredit);
      remove('caption', text);
      continue;
    }
    // "Bildunterschrift: So soll das Bad aussehen.", "Pie de foto: …": a caption under its label.
    const labelledCaption = CAPTION_LABEL.exec(text);
    if (labelledCaption) {
      const split = splitCaptionCredit(labelledCaption[1]!);
      if (split.text && !captions.some((c) => c.text === split.text)) captions.push({ text: split.text, credit: split.credit });
      if (split.credit) creditNames(split.credit).forEach(addCredit);
      remove('caption', text);
      continue;
    }
    // "Image caption, …" and, scraped without the comma, "Image caption The port was closed".
    const bbcCaption = /^(?:(?:image caption|media caption|caption),\s*|(?:image caption|media caption)\s+(?=\p{Lu}|\d))(.{3,300})$/iu.exec(text);
    if (bbcCaption) {
      captions.push({ text: bbcCaption[1]!, credit: null });
      remove('caption', text);
      continue;
    }
    // The line under a lone "Photo" / "Foto" label left where a picture was is that picture's caption (with the
    // credit line after it, when one follows). Only a short line: a label before a real paragraph is orphaned.
    // Not so under a credit line ("Foto: X"), even with another credit after the line: on real pages the
    // line between two credits is as often the story's paragraph between two pictures as a caption.
    const creditLine = next !== undefined ? loneCredit(next.text) : null;
    if (mediaLabelAt === i - 1 && (b.kind === 'paragraph' || b.kind === 'heading') && text.length <= 220 && !/^["“„«]/.test(text)) {
      const split = splitCaptionCredit(text);
      const credit = split.credit ?? creditLine;
      if (split.text && !captions.some((c) => c.text === split.text)) captions.push({ text: split.text, credit });
      if (credit) creditNames(credit).forEach(addCredit);
      remove('caption', text);
      if (creditLine) remove('caption', blocks[++i]!.text);
      continue;
    }
    // Captions: marked by the segmenter, printed twice in a row, or ending in a photo credit.
    // "Rescuers in Antakya" then "Rescuers in Antakya (Reuters)": the same caption, once with its credit.
    const twice = next !== undefined && sameCaption(text, next.text, keys[i]!, keys[i + 1]!);
    if (b.kind === 'caption' || twice || looksLikeCaption(text, b)) {
      // Of two copies, the one that carries a credit tells it.
      const source = twice && !splitCaptionCredit(text).credit ? next!.text : text;
      const { text: captionText, credit } = b.credit !== undefined && b.credit !== null ? { text, credit: b.credit } : splitCaptionCredit(source);
      if (captionText && !captions.some((c) => c.text === captionText)) captions.push({ text: captionText, credit });
      if (credit) creditNames(credit).forEach(addCredit);
      remove('caption', text);
      if (twice) {
        remove('duplicate-caption', next!.text);
        i++;
      }
      continue;
    }

    // Scraped text: no rule here took the line, the segmenter's run rules or its classifier did (clean/text.ts).
    if (b.drop) {
      remove(b.drop.reason, text, b.drop.score);
      continue;
    }
    if (b.kind === 'heading') {
      if (sections.at(-1)!.paragraphs.length === 0 && sections.at(-1)!.heading !== null) sections.pop();
      sections.push({ heading: text, paragraphs: [] });
      continue;
    }
    const key = keys[i]!;
    if (text.length > 40 && seenParagraphs.has(key)) {
      remove('duplicate-paragraph', text);
      continue;
    }
    seenParagraphs.add(key);
    // "KABUL (Reuters) - …" at the top: the story comes from that agency.
    if (content === 0) {
      const dl = DATELINE_AGENCY.exec(text);
      if (dl) agenciesIn(dl[1]!).forEach(addCredit);
    }
    sections.at(-1)!.paragraphs.push(b.kind === 'list-item' ? `• ${text}` : text);
    content++;
  }

  // A heading with nothing under it (at the very end) is not a section.
  while (sections.length > 1 && sections.at(-1)!.paragraphs.length === 0) {
    remove('boilerplate', sections.pop()!.heading!);
  }
  if (content === 0) {
    const reason = removed.length > 0 ? `no article text left after removing ${removed.length} junk line(s)` : 'no article text found';
    return { code: 'no-article', reason, line: opts.line, index: opts.index };
  }
  if (!title) {
    // No headline anywhere: the first sentence of the first paragraph stands in.
    const first = sections.find((s) => s.paragraphs.length)!.paragraphs[0]!;
    title = truncateWords(first.split(/(?<=[.!?])\s/)[0]!, 120);
  }
  return {
    index: opts.index,
    line: opts.line,
    title,
    subtitle: subtitle && subtitle !== title ? subtitle : null,
    sections,
    captions,
    credits,
    related: dedupeRelated(related),
    removed,
    meta: datedMeta(meta, authors, publishedAt, opts.now),
  };
}

/** A date the cleaner read from a dateline is a printed one, kept when it is a plausible day (date-value.ts). */
function datedMeta(meta: PageMeta, authors: string[], publishedAt: string | null, now?: number): PageMeta {
  if (publishedAt === meta.publishedAt) return { ...meta, authors };
  const valid = publishedAt ? markupDate(publishedAt, { now: now ?? Number.POSITIVE_INFINITY }) : null;
  return valid ? { ...meta, authors, publishedAt: valid, publishedAtSource: 'text' } : { ...meta, authors };
}

/** The credit in a line that is nothing but a credit, or null. */
function loneCredit(text: string): string | null {
  if (text.length > 90) return null;
  const paren = /^\(([^()]{2,80})\)\.?$/.exec(text);
  if (paren && looksLikeCredit(paren[1]!)) return paren[1]!;
  const labelled = /^(?:photo|photos|foto|fotos|photograph|picture|image|imagen|bild|credit|crédito|crédit|image source|file photo|(?:featured|header|cover|top|lead|hero|title|teaser|post) (?:image|photo)|(?:image|photo|picture) (?:credit|courtesy)|photo courtesy(?: of)?|bildquelle|crédito de (?:la )?(?:imagen|foto)|(?:titel|beitrags|aufmacher|header|teaser|vorschau|artikel|cover|symbol)(?:bild|foto)|bildnachweis|bildrechte|fotonachweis|(?:photo|image) de (?:couverture|une|tête)|photo d'illustration|(?:foto|imagen) de (?:portada|cabecera)|(?:foto|immagine) di copertina|foto in evidenza)\s*(?:by|:|,)\s*(.{2,80})$/i.exec(text);
  if (labelled) return labelled[1]!;
  if (/^([\p{L}.' -]{2,40} via )?getty images$/iu.test(text)) return text;
  // "EFE/Marcial Guillén", "Jan Peters/Reuters": an agency and a photographer joined by a slash.
  const pair = /^([\p{L}.' -]{2,40})\s?\/\s?([\p{L}.' -]{2,40})$/u.exec(text);
  if (pair && (agenciesIn(pair[1]!).length > 0 || agenciesIn(pair[2]!).length > 0)) return text;
  // "Image copyright Getty Images", "Image source AFP": a scraped label run into its credit, no colon between.
  const runOn = /^(?:image copyright|image source|copyright image|photo credit|picture credit|image credit|bildquelle|fotoquelle)\s+([\p{Lu}\d].{1,80})$/iu.exec(text);
  if (runOn) return runOn[1]!;
  // "Photographs by Ruth Calloway", "Photos de Jean Dupont", "Fotografie di Marco Rossi", "Words and pictures by …".
  const plural = /^(?:photographs|photography|pictures|images|illustrations?|(?:words and|text and) (?:pictures|photographs|photos)|photos|fotografías|fotografias|fotografie|fotos|bilder|illustrationen)\s(?:by|de|di|von|por|par)\s(.{2,80})$/i.exec(text);
  if (plural && NAMES.test(plural[1]!)) return plural[1]!;
  return null;
}

/** A tags header standing alone, its topics on the lines below. */
const TAGS_HEADER = /^(?:tags|tagged|topics|themen|schlagwörter|schlagworte|stichwörter|mots-clés|mots clés|sujets|étiquettes|etiquetas|temas|argomenti|parole chiave|tag|palavras-chave|trefwoorden|onderwerpen)\s?:?$/iu;
/** At most this many topics follow a tags header. */
const MAX_TAG_RUN = 30;

/** A caption printed after its label. */
const CAPTION_LABEL = /^(?:bildunterschrift|bildtext|bildlegende|légende|legende|pie de foto|pie de imagen|didascalia|legenda|photo caption|caption)\s?:\s?(\S.{2,300})$/iu;

/** A picture's label standing alone, left where the picture was: the next line is its caption. */
const MEDIA_LABEL = /^(?:photo|foto|photograph|fotografía|fotografia|picture|image|imagen|immagine|bild|image caption|photo caption)\s*:?$/i;

/** One to three people's names: "Ruth Calloway", "Ana Ruiz and Jo Tan", "Marco Rossi/LaPresse". */
const NAMES = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|van|von|de|da|del|di|la|le)){0,3}(?:(?:\s(?:and|und|et|y|e)\s|,\s|\/|\s&\s)\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|van|von|de|da|del|di|la|le)){0,3}){0,2}$/u;

/** "Callum Reid at Meadow Park", "Ana Ruiz en Bruselas": an author the page names, then a place, nothing else. */
function authorWithPlace(text: string, authors: string[]): boolean {
  if (text.length > 80) return false;
  for (const a of authors) {
    if (a.length < 4 || !text.startsWith(a)) continue;
    if (/^\s(?:at|in|from|en|à|a|au|aux|desde|da|de|di|em|no|na|bei|aus|in der|im|am)\s\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|del|la|le|di|da|do)){0,4}$/u.test(text.slice(a.length))) return true;
  }
  return false;
}

/**
 * How many list items from `from` on are a subscription offer's benefits ("Unlimited articles on any
 * device", "Cancel anytime"): short, no full stop, up to ten, at least half naming what a subscription gives.
 */
function offerListAfter(blocks: Block[], from: number): number {
  let n = 0;
  let offer = 0;
  for (let k = from; k < blocks.length && n < 11; k++, n++) {
    const b = blocks[k]!;
    if (b.kind !== 'list-item') break;
    if (b.text.length > 80 || /\.$/.test(b.text)) return 0;
    if (OFFER.test(b.text)) offer++;
  }
  return n > 0 && n <= 10 && offer * 2 >= n ? n : 0;
}

const OFFER = /\b(unlimited|access|ad-free|ad free|without ads|cancel|any ?time|any device|all devices|newsletters?|briefings?|app|e-?paper|digital edition|archive|exclusive|subscriber|puzzles|podcasts?|illimité|sans engagement|résiliable|sans publicité|accès|ilimitado|sin publicidad|cancela|acceso|unbegrenzt|jederzeit kündbar|werbefrei|zugang|illimitato|senza pubblicità|disdici|accesso|sem anúncios|cancele|acesso)\b/i;

/** For `credits`: the agencies a credit names, or the credit itself (a photographer). */
function creditNames(credit: string): string[] {
  const agencies = agenciesIn(credit);
  return agencies.length > 0 ? agencies : [credit];
}

/** "ROTTERDAM (Reuters) -", "MADRID, 3 mar (EFE).-": the parenthesis of a wire dateline. */
const DATELINE_AGENCY = /^\p{Lu}[\p{L}\p{N} ,.'-]{1,60}\(([^()]{2,40})\)\s*(?:\.\s*)?[-—–]/u;

const CONTACT_HEADER = /^((media|press|investor|news) (contacts?|enquiries|inquiries)|contacts? (for|presse)|contacto de prensa|pressekontakt|for (more|further) information,? (please )?contact)\s*:?$/i;

/** A subheading-like summary sentence: several words, lower-case text, no closing punctuation. */
function isStandfirst(b: Block): boolean {
  const t = b.text;
  if (b.kind !== 'paragraph' || t.length < 30 || t.length > 250 || junkReason(t) || loneCredit(t)) return false;
  // Not a dateline ("WASHINGTON —") and not a photo credit ("Jane Doe for The Times", "Getty Images").
  if (/^[\p{Lu}\s,.'-]{3,40}\s*[-—–(]/u.test(t) || looksLikeCredit(t) || /\b(for|via) (the )?\p{Lu}/u.test(t) || /\b(photo|photograph|getty|shutterstock|reuters|afp|associated press)\b/i.test(t)) return false;
  // Three sentences or more are the story's first paragraph, however it ends ("… Nun gut… 😀").
  if ((t.match(/[.!?…]\s+\p{Lu}/gu) ?? []).length >= 2) return false;
  return t.split(/\s+/).length >= 5 && /\p{Ll}/u.test(t) && !/[.!?:;,"”»)]$/.test(t);
}

/** A block that reads as running prose: long, or a full sentence of some length. */
function isProse(b: Block): boolean {
  if (b.kind !== 'paragraph' || junkReason(b.text)) return false;
  return b.text.length > 100 || (b.text.length >= 40 && /[.!?"”»]$/.test(b.text) && /\s/.test(b.text));
}

/** The holder named in a copyright line ("© 2026 Notes from the Garden Shed. All rights reserved."). */
function copyrightHolder(blocks: Block[]): string | null {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 8); i--) {
    const m = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*|copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:[,–—-]\s*)?)?([^.,|\s–—-][^.,|]{1,59}?)\s*(?:[.,|]|all rights reserved|alle rechte|tous droits|todos los derechos|$)/iu.exec(blocks[i]!.text);
    if (m && /\p{L}/u.test(m[1]!)) return m[1]!.trim();
  }
  return null;
}

/** Short lines that end with a photo credit: "Rescue workers in Kabul (Reuters)". */
function looksLikeCaption(text: string, b: Block): boolean {
  if (b.kind !== 'paragraph' || text.length > 300) return false;
  const { credit } = splitCaptionCredit(text);
  // "… Foto: Lucía Fernández": a labelled credit is a credit whoever it names.
  const labelled = /(?:^|[.!?|]\s+)(?:photo|photos|foto|fotos|photograph|picture|image|imagen|bild|crédit|crédito|credit)\s*(?:by|:)\s*[^.|]{2,80}\.?$/iu.test(text);
  if (!credit || !(labelled || looksLikeCredit(credit))) return false;
  // A wire dateline "KABUL (Reuters) -" opens a paragraph; a caption ends with its credit.
  return !/^[\p{Lu} ,.'-]{2,40}\((AP|AFP|Reuters|EFE|dpa)\)\s*[-—–]/u.test(text);
}

function datelineDate(line: string): string | null {
  const m = /^(?:published|posted|first published|publicado|publié le|veröffentlicht)(?: on| at| el| am)?:?\s+(.{6,60})$/i.exec(line);
  const named = m ? isoDate(m[1]!.replace(/(?<!\s)\s+(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)$/i, ' $1')) : null;
  if (named) return named;
  // "Publié le 12/03/2026 à 08h15", "Pubblicato il 04/11/2025 ore 07:30", "Veröffentlicht am 05.06.2026":
  // labels of languages that write the day first, so a numeric date reads one way only.
  const numeric = /^(?:publié le|mis en ligne le|pubblicato il|publicado (?:el|em)|veröffentlicht am|gepubliceerd op)\s?:?\s(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/i.exec(line);
  if (!numeric) return null;
  const [d, mo, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  const t = Date.UTC(y, mo - 1, d);
  const date = new Date(t);
  return y >= 1995 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.toISOString() : null;
}

/** Two lines are one caption printed twice: equal, or equal once a trailing credit is taken off either. */
function sameCaption(a: string, b: string, ka: string, kb: string): boolean {
  if (a.length > 400 || b.length > 400) return false;
  if (!ka) return false;
  if (ka === kb) return true;
  // A caption without its credit is a prefix of the caption with it: neither a prefix, no match.
  if (!ka.startsWith(kb) && !kb.startsWith(ka)) return false;
  return normalizeKey(splitCaptionCredit(a).text) === kb || normalizeKey(splitCaptionCredit(b).text) === ka;
}

function normalizeKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim() + '…';
}

function dedupeRelated(list: RelatedLink[]): RelatedLink[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = normalizeKey(r.title);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
