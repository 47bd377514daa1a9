/**
 * The reading-order walk over the article container: turns elements into blocks, drops junk
 * containers (recording why), collects related links and caption credits.
 *
 * One explicit stack, no recursion. Text is gathered into a single "run" that is flushed at every
 * block boundary, so mixed content (`<div>text<p>more</p>tail</div>`) and <div>-only pages come
 * out as separate paragraphs in order. Two <br>s in a row also end a paragraph.
 */
import type { RelatedLink, Removal, RemovalReason } from '#contracts/record.ts';
import type { Block } from '../../types.ts';
import { splitCaptionCredit } from '../credits.ts';
import { looksLikePerson, namesIn as bylineNames } from './meta.ts';
import { RELATED_WORDS, metaLineReason, type Classifier, type Verdict } from './classify.ts';
import { BLOCKISH, CDATA, ELEMENT, FORMATTING, MAX_ELEMENTS, SKIP_TAGS, TEXT, absoluteUrl, all, attr, collapse, first, textCounts, textOf, type El, type Node0 } from './dom.ts';

/** Children read per element: flat pages of tiny paragraphs are read this far, and no further. */
const MAX_CHILDREN = 200_000;

/** Removal texts are cut to this length: the audit trail says what went, not all of it. */
export const REMOVAL_TEXT = 200;
/** Links to the site's own policies and standards pages. */
const SITE_POLICY = /\b(?:our standards|trust principles|editorial (?:standards|guidelines|policy)|corrections? policy|privacy (?:policy|notice)|terms (?:of|and) (?:use|service|conditions)|cookie policy|code of (?:conduct|ethics))\b/i;
/** A "junk" element holding this much low-link prose is article text with an unlucky class name. */
const KEEP_IF_PROSE = 1500;
/** Bylines and datelines longer than this are not bylines. */
const MAX_META_LINE = 200;
/** An author-named box this long at most (after the story) is the author's bio, not text. */
const AUTHOR_BOX_MAX = 600;
/** Body characters out before an author-named box can be a bio below the story. */
const AUTHOR_BOX_AFTER = 500;

type Kind = Block['kind'];

/** Headings that introduce a list of links to other stories, in the languages we see. */
const RELATED_HEADING = new RegExp(`^(?:${RELATED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

/** A paragraph opening with a "read more" label and a colon: "Lee también: …", "READ MORE: …". */
const READ_MORE_LINE = new RegExp(`^(?:${RELATED_WORDS})\\s*[:：|»›>-]\\s*`, 'iu');

/** Elements that can be a standfirst: a "lead-image" figure or a "summary" section cannot. */
const STANDFIRST_TAGS = new Set(['p', 'div', 'h2', 'h3', 'span', 'strong', 'em', 'b']);

/** A list whose words are only share targets: "Facebook Twitter Email Copy link". */
const SHARE_ONLY = /^(?:[\s,|·•/x]|share(?:\s+(?:this|on|via|article|story))?|teilen|compartir|partager|facebook|twitter|email|e-mail|mail|whatsapp|linkedin|print|drucken|imprimer|imprimir|copy(?:\s+link)?|link|reddit|pinterest|telegram|messenger|flipboard|bluesky|threads|tumblr|xing|comments?)+$/i;

const TAG_KIND: Record<string, Kind> = {
  p: 'paragraph',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'blockquote',
  figcaption: 'caption',
  pre: 'paragraph',
};

export interface WalkResult {
  blocks: Block[];
  removed: Removal[];
  related: RelatedLink[];
  /** A standfirst found in the body (`.dek`, `.standfirst`, an h2 right under the h1). */
  standfirst: string | null;
}

export interface WalkOptions {
  /** The headline: an <h1> (or first heading) saying the same is not repeated as a block. */
  title: string | null;
  /** Base for resolving related links. */
  base: string | null;
  /** Siblings of the container that hold more of the article, walked with it in page order. */
  extras?: El[];
  /** Prose under an element before any junk judgement (content.ts), and on the whole page. */
  rawProseOf?: (el: El) => number;
  rawPageProse?: number;
  /** Whether an element holds a mark of the story (content.ts): a junk-named wrapper of most of the prose must. */
  holdsStoryMark?: (el: El) => boolean;
}

/** Share of the page's prose above which a junk-named element is the article's wrapper, not junk. */
const MOST_OF_THE_PROSE = 0.5;
/** A <noscript> holding this much prose is the page as readers without JavaScript see it. */
const NOSCRIPT_PROSE = 200;

/** Frames on the walk stack: an element to enter, or the end of one (to flush and restore). */
type Frame = { node: Node0; link: number; afterElement?: boolean } | { exit: El; kind: Kind; link: number; captionCredit: boolean };

export function walkContainer(root: El, cls: Classifier, opts: WalkOptions): WalkResult {
  const blocks: Block[] = [];
  const removed: Removal[] = [];
  const related: RelatedLink[] = [];
  const forced = new Map<El, RemovalReason>();
  let standfirst: string | null = null;
  const titleKey = opts.title ? keyOf(opts.title) : null;
  /** The title and its parts around " | " / " - " separators: a line holding one is the headline's. */
  const titleParts = opts.title ? opts.title.split(/(?<!\s)\s+(?:[|–—·•:»~-]|::|\/\/)\s+/).map(keyOf).filter((t) => t.length >= 10) : [];
  let sawH1 = false;
  const rawOf = opts.rawProseOf ?? (() => 0);
  const rawPage = opts.rawPageProse ?? 0;
  // Class words ("read-more", "related", "promo", "share") may lower a node's score, never delete the
  // node holding most of the page's prose: that node is the article's wrapper, whatever it is called.
  // (Comment threads are the exception: a long thread can outweigh its story; the fallbacks catch a
  // story that only comments hold.)
  // A sidebar or popup that outweighs a short story holds no mark of the story (headline, article markup).
  const storyMark = opts.holdsStoryMark ?? (() => true);
  const holdsMostProse = (el: El) => rawPage >= NOSCRIPT_PROSE && rawOf(el) >= MOST_OF_THE_PROSE * rawPage && linkShare(el) < 0.3 && storyMark(el);

  // The current run of inline text.
  let parts: string[] = [];
  let linkChars = 0;
  /** Targets of the links in the run: absolute URLs, or null when there is no base to resolve against. */
  let hrefs: Array<string | null> = [];
  let pendingBreaks = 0;
  let kind: Kind = 'paragraph';
  let credit: string | null = null;
  /** Credits seen inside the current <figure> but outside its caption. */
  let figureCredit: string | null = null;
  let figureCaptionAt = -1;
  /** How many <figure>s the walk is inside: short text there, outside the caption, is a credit. */
  let figureDepth = 0;
  /** The caption text gathered before a credit span, set aside while the credit is read. */
  const savedCaption: string[][] = [];
  let paragraphsOut = 0;
  let paragraphChars = 0;
  let longParagraphsOut = 0;
  let nonCaptionsOut = 0;
  /** Caption children that are credits by position (the last short name in a figcaption). */
  const creditEls = new Set<El>();
  /** Standfirst elements taken into meta, not repeated as blocks. */
  const skipSilently = new Set<El>();

  const flush = (k: Kind) => {
    const raw = parts.join('');
    parts = [];
    const text = collapse(raw);
    const lc = linkChars;
    const hs = hrefs;
    const url = (h: string | null | undefined) => absoluteUrl(h ?? null, opts.base);
    linkChars = 0;
    hrefs = [];
    pendingBreaks = 0;
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
    const linkDensity = Math.min(1, Math.round((lc / Math.max(1, text.length)) * 1000) / 1000);
    const block: Block = { kind: k, text, linkDensity };
    if (hs.length === 1 && linkDensity >= 0.6) block.href = url(hs[0]);
    // Short text in a figure but outside its caption ("PA Media" over the photo) is the credit;
    // viewer controls ("Enlarge this image", "3 of 12") are not text at all.
    if (figureDepth > 0 && k === 'paragraph' && text.length <= 100) {
      if (VIEWER_CONTROL.test(text)) removed.push({ reason: 'boilerplate', text });
      else {
        figureCredit ??= cleanCredit(text);
        removed.push({ reason: 'caption', text });
      }
      return;
    }
    // A row of short links ("News - Obituaries - Classified Ads") is a menu, wherever it sits.
    if (hs.length >= 3 && linkDensity >= 0.7 && text.length <= 40 * hs.length && text.split(' ').length <= 4 * hs.length) {
      removed.push({ reason: 'navigation', text: text.slice(0, REMOVAL_TEXT) });
      return;
    }
    // A bare address as a paragraph (a print view's page URL): not text.
    if (text.length <= 300 && /^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
      removed.push({ reason: 'boilerplate', text: text.slice(0, REMOVAL_TEXT) });
      return;
    }
    // Copyright lines at the foot of old pages.
    if (text.length <= 300 && /^(?:copyright|©|\(c\))\s/i.test(text)) {
      removed.push({ reason: 'copyright', text });
      return;
    }
    // Labels left by emptied ad slots, and buttons asking to subscribe: not text.
    if (text.length <= 40 && READING_TIME.test(text)) {
      removed.push({ reason: 'boilerplate', text });
      return;
    }
    if (text.length <= 60 && AD_LABEL.test(text)) {
      removed.push({ reason: 'advertisement', text });
      return;
    }
    if (text.length <= 80 && linkDensity >= 0.8 && (CALL_TO_ACTION.test(text) || /newsletter|abonn|suscr|subscri|inscri|anmeld/i.test(text))) {
      removed.push({ reason: 'newsletter-prompt', text });
      return;
    }
    // A link to the site's own policies ("Our Standards: The … Trust Principles") is boilerplate, not a story.
    if (k === 'paragraph' && linkDensity >= 0.8 && text.length <= 160 && SITE_POLICY.test(text)) {
      removed.push({ reason: 'boilerplate', text });
      return;
    }
    // A paragraph that is one link and nothing else (a story card inside the text) points elsewhere.
    if (k === 'paragraph' && hs.length === 1 && linkDensity >= 0.95 && text.length <= 160 && text.split(' ').length >= 3 && paragraphsOut > 0) {
      const u = url(hs[0]);
      if (related.length < 50 && !related.some((r) => (u && r.url === u) || r.title === text)) related.push({ title: text, url: u });
      removed.push({ reason: 'related-block', text });
      return;
    }
    // Metadata lines without telling markup: "By Mere Tawhiri | 12 June 2026", "Updated 3 hours ago".
    if (k === 'paragraph' && text.length <= 120) {
      // "By Megan Price<br>2 October 2026": a byline on the first of a short block's lines.
      const nl = raw.indexOf('\n');
      const firstLine = nl > 0 ? collapse(raw.slice(0, nl)) : '';
      if (firstLine && firstLine.length < text.length && BYLINE_START.test(firstLine) && bylineNames(firstLine).length > 0) {
        removed.push({ reason: 'byline', text: firstLine });
        const rest = collapse(raw.slice(nl));
        if (rest) removed.push({ reason: 'dateline', text: rest });
        return;
      }
      // A bare name under the headline, before any text: the byline without its "By".
      if (paragraphsOut === 0 && sawH1 && text.length <= 60 && looksLikePerson(text)) {
        removed.push({ reason: 'byline', text });
        return;
      }
      if (BYLINE_START.test(text) && bylineNames(text).length > 0) {
        removed.push({ reason: 'byline', text });
        return;
      }
      if (EDITOR_LINE.test(text)) {
        removed.push({ reason: 'byline', text });
        return;
      }
      if (DATELINE_TEXT.test(text)) {
        removed.push({ reason: 'dateline', text });
        return;
      }
      // Above the story's first real paragraph, a short line carrying a date and no sentence end
      // is a meta line ("NEWS PROVIDED BY Acme Jul 08, 2026, 09:00 ET").
      if (longParagraphsOut === 0 && !/[.!?]["”»]?$/.test(text) && HAS_DATE.test(text) && !titleParts.some((t) => keyOf(text).includes(t))) {
        removed.push({ reason: 'dateline', text });
        return;
      }
    }
    // "Read more: <a>Another story</a>" inside the text: a related link, not a paragraph.
    if (k === 'paragraph' && linkDensity >= 0.5 && hs.length >= 1) {
      const m = READ_MORE_LINE.exec(text);
      if (m) {
        const title = text.slice(m[0].length).trim();
        if (title.length >= 12 && related.length < 50 && !related.some((r) => r.title === title)) related.push({ title, url: url(hs[0]) });
        removed.push({ reason: 'related-block', text: text.slice(0, REMOVAL_TEXT) });
        return;
      }
    }
    if (k === 'caption') {
      if (credit) {
        block.credit = credit;
      } else {
        const split = splitCaptionCredit(text);
        // "… at 16 (Ruth Calloway)": a person's name in closing brackets is the photographer.
        // "… station Cantinolle. © Photo Thomas Martin": a copyright sign before the credit.
        const copy = split.credit ? null : /(?<!\s)\s*©\s*(?:(?:photo|foto|photographie|bild)\s*(?::\s*)?)?([^©.\s][^©.]{1,59})$/iu.exec(text);
        if (copy && copy.index > 0) {
          split.text = text.slice(0, copy.index).trim();
          split.credit = copy[1]!.trim();
        }
        const paren = split.credit ? null : /(?<!\s)\s*\((?:(?:foto|photo|ph|bild|imagen|image|credit|crédit|crédito)\.?:?\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}(?:\s?\/\s?[\p{L} ]{2,30})?)\)\s*$/iu.exec(text);
        if (paren) {
          split.text = text.slice(0, paren.index).trim();
          split.credit = paren[1]!;
        }
        if (split.credit) split.credit = cleanCredit(split.credit) || split.credit;
        if (split.credit && split.text) {
          // Keep the caption's own full stop, which the credit split takes with it.
          const at = text.indexOf(split.text);
          block.text = at >= 0 && text[at + split.text.length] === '.' && !split.text.endsWith('.') ? split.text + '.' : split.text;
          block.credit = split.credit;
        }
      }
      credit = null;
      figureCaptionAt = blocks.length;
    }
    blocks.push(block);
    // Counters instead of scans over `blocks`: a page of 100,000 tiny paragraphs stays linear.
    if (k !== 'caption') nonCaptionsOut++;
    if (k === 'paragraph') {
      paragraphsOut++;
      paragraphChars += block.text.length;
      if (block.text.length >= 80) longParagraphsOut++;
    }
  };

  const drop = (el: El, reason: RemovalReason) => {
    if (reason === 'related-block') collectRelated(el, opts.base, related);
    const t = collapse(textOf(el, 4000).text);
    if (t) removed.push({ reason, text: t.length > REMOVAL_TEXT ? t.slice(0, REMOVAL_TEXT - 1) + '…' : t });
  };

  const stack: Frame[] = [];
  const pushChildren = (el: El, link: number) => {
    const kids: Node0[] = [];
    let n = 0;
    for (let c = el.firstChild; c && n++ < MAX_CHILDREN; c = c.nextSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k]!, link, afterElement: k > 0 && kids[k - 1]!.nodeType === ELEMENT });
  };
  // The container first, with sibling wrappers adopted beside it, in document order.
  const roots = [root, ...(opts.extras ?? [])];
  const ordered = root.parentElement ? siblingsInOrder(root.parentElement, roots) : [root];
  let rootProse = 0;
  for (const r of ordered) rootProse += textCounts(r).len;
  for (let i = ordered.length - 1; i >= 0; i--) {
    stack.push({ exit: ordered[i]!, kind: 'paragraph', link: 0, captionCredit: false });
    pushChildren(ordered[i]!, 0);
  }

  let steps = 0;
  let inCaptionCredit = false;
  while (stack.length && steps++ < MAX_ELEMENTS) {
    const f = stack.pop()!;
    if ('exit' in f) {
      const el = f.exit;
      const tag = el.localName;
      if (f.captionCredit) {
        // End of a credit span inside a caption: its text became the credit, not caption text.
        const c = cleanCredit(parts.join(''));
        parts = savedCaption.pop() ?? [];
        inCaptionCredit = false;
        if (c) {
          const last = blocks[blocks.length - 1];
          const captionDone = last && last.kind === 'caption' && !last.credit && figureCaptionAt === blocks.length - 1 && !collapse(parts.join(''));
          // <figcaption><p>Text</p><small>Credit</small>: the caption block is already out.
          if (kind === 'caption' && captionDone) last.credit = c;
          else if (kind === 'caption') credit = c;
          else if (last && last.kind === 'caption' && !last.credit && figureCaptionAt === blocks.length - 1) last.credit = c;
          else figureCredit = c;
        }
        continue;
      }
      if (BLOCKISH.has(tag) || TAG_KIND[tag]) flush(kind);
      if (tag === 'figure') {
        figureDepth = Math.max(0, figureDepth - 1);
        if (figureCredit && figureCaptionAt >= 0 && !blocks[figureCaptionAt]!.credit) blocks[figureCaptionAt]!.credit = figureCredit;
        figureCredit = null;
        figureCaptionAt = -1;
      }
      // A credit never carries over to a later caption.
      if (f.kind !== 'caption' && kind === 'caption') credit = null;
      kind = f.kind;
      continue;
    }
    const node = f.node;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const d = node.data ?? '';
      if (pendingBreaks >= 2 && kind === 'paragraph' && /\S/.test(d)) flush(kind);
      if (/\S/.test(d)) pendingBreaks = 0;
      parts.push(d);
      if (f.link) linkChars += collapse(d).length;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as unknown as El;
    const tag = el.localName;
    if (tag === 'br') {
      parts.push('\n');
      pendingBreaks++;
      continue;
    }
    if (tag === 'hr') {
      flush(kind);
      continue;
    }
    // A <noscript> copy of the story (a script renders the other) is read like any box.
    if (SKIP_TAGS.has(tag) && !(tag === 'noscript' && rawOf(el) >= NOSCRIPT_PROSE)) continue;

    // Junk containers and metadata lines.
    const forcedReason = forced.get(el);
    const v: Verdict = forcedReason ?? cls.verdict(el);
    // Hidden boxes go, unless one holds the article itself (aria-hidden left on <main> by a menu script).
    if (v === 'hidden' && !(el.contains(root) || isProse(el, rootProse, storyMark))) continue;
    // An author box after the story ("Jane has covered the coast since 2009…"): named for the author,
    // a few sentences long, far less than the story. It goes whole, with its paragraphs.
    if (v === 'byline' && !inCaptionCredit && paragraphChars >= AUTHOR_BOX_AFTER && isAuthorBox(el, rootProse)) {
      drop(el, 'boilerplate');
      continue;
    }
    if (v && !inCaptionCredit) {
      // "image__metadata" around a caption is not a meta line: captions inside are read.
      const holdsCaption = (v === 'byline' || v === 'dateline') && all(el, 'figcaption, p, [class*="caption"]').length > 0;
      if ((v === 'byline' || v === 'dateline') && holdsCaption) {
        // fall through to the ordinary walk
      } else if (v === 'byline' || v === 'dateline') {
        // Pieces in separate elements ("<span>By Gareth Pryce</span><span>Wales correspondent</span>") stay apart.
        const t = collapse(textOf(el, 1000, ' | ').text).replace(/^\|\s*/, '');
        if (t.length <= MAX_META_LINE) {
          const reason = metaLineReason(el, v, cls);
          if (t) removed.push({ reason, text: t });
          continue;
        }
      } else if (!forcedReason && v === 'share-prompt' && !looksLikeShareBox(el)) {
        // "share-list-of-findings": a share widget is a few short links, never sentences.
      } else if (!forcedReason && (v !== 'comments' || (sawH1 === false && all(el, 'h1').length > 0)) && isProse(el, rootProse, storyMark)) {
        // fall through: an article body with an unlucky class name
      } else if (!forcedReason && v !== 'comments' && v !== 'related-block' && v !== 'hidden' && holdsMostProse(el)) {
        // fall through: the wrapper of most of the page's prose
      } else {
        drop(el, v as RemovalReason);
        continue;
      }
    }
    if (tag === 'time' && !inCaptionCredit && !TAG_KIND[el.parentElement?.localName ?? ''] && collapse(parts.join('')) === '') {
      // A <time> standing on its own line is the article's dateline, not prose.
      const t = collapse(textOf(el, 300).text);
      if (t) removed.push({ reason: 'dateline', text: t });
      continue;
    }
    if (tag === 'header' && !all(el, 'h1, h2, h3').length && el.parentElement === root) {
      // A header that does not hold the headline is page chrome, even inside <article>.
      if (collapse(textOf(el, 2000).text).length < 300) {
        drop(el, 'navigation');
        continue;
      }
    }
    if ((tag === 'ul' || tag === 'ol' || tag === 'div') && isShareList(el)) {
      drop(el, 'share-prompt');
      continue;
    }
    if ((tag === 'ul' || tag === 'ol') && isTagList(el)) {
      drop(el, 'navigation');
      continue;
    }
    if (tag === 'figcaption') markUnlabelledCredit(el, creditEls);

    const roles = cls.rolesOf(el);
    // A credit span inside a caption or figure becomes the credit.
    if ((roles.includes('credit-box') || creditEls.has(el) || (tag === 'small' && kind === 'caption')) && collapse(textOf(el, 500).text).length <= 120) {
      savedCaption.push(parts);
      parts = [];
      inCaptionCredit = true;
      stack.push({ exit: el, kind, link: f.link, captionCredit: true });
      pushChildren(el, f.link);
      continue;
    }

    if (tag === 'h1') {
      const t = collapse(textOf(el, 2000).text);
      if (!sawH1 && (!titleKey || keyOf(t) === titleKey || similar(keyOf(t), titleKey))) {
        sawH1 = true;
        flush(kind);
        // Short labels above the headline ("Vivienda", "Exclusive") are kickers, not text.
        for (let i = blocks.length - 1; i >= 0; i--) {
          const b = blocks[i]!;
          if (b.kind !== 'caption' && b.text.length < 50 && !/[.!?…]["”»]?$/.test(b.text)) {
            removed.push({ reason: 'navigation', text: b.text });
            blocks.splice(i, 1);
          }
        }
        const sub = standfirstAfter(el, cls);
        if (sub) {
          standfirst ??= collapse(textOf(sub, 2000).text) || null;
          skipSilently.add(sub);
        }
        continue;
      }
    }
    if (skipSilently.has(el)) continue;
    // A standfirst is one short run of text; a "summary" box with a list or headings is content.
    if (roles.includes('standfirst') && STANDFIRST_TAGS.has(tag) && !standfirst && nonCaptionsOut === 0 && !all(el, 'li, h2, h3, h4, p + p').length) {
      const t = collapse(textOf(el, 2000).text);
      if (t.length >= 20 && t.length <= 600) {
        standfirst = t;
        continue;
      }
    }

    // Headings that open a list of links to other stories.
    // (Or a paragraph that is only such a label: "<p><strong>Related</strong></p>" over a list of links.)
    if (/^h[2-6]$/.test(tag) || tag === 'p') {
      const t = collapse(textOf(el, 300).text);
      if (RELATED_HEADING.test(t) && t.length < (tag === 'p' ? 40 : 80) && (tag !== 'p' || !/[.!?,]/.test(t))) {
        const next = el.nextElementSibling;
        if (next && linkShare(next) >= 0.5) {
          removed.push({ reason: 'related-block', text: t });
          forced.set(next, 'related-block');
          continue;
        }
      }
    }

    // A row of a data table (short cells, no blocks inside): one block, cells joined by "; ", as the
    // Markdown segmenter reads table rows; a layout table's cells hold whole stories and are walked.
    if (tag === 'tr' && kind !== 'caption' && kind !== 'heading') {
      const row = dataRow(el);
      if (row) {
        flush(kind);
        parts = [row.text];
        linkChars = row.linkChars;
        hrefs = row.hrefs;
        flush('paragraph');
        continue;
      }
    }

    const blockish = BLOCKISH.has(tag) || TAG_KIND[tag] !== undefined;
    const isCaptionBox = tag === 'figcaption' || (roles.includes('caption-box') && tag !== 'figure' && collapse(textOf(el, 2000).text).length < 1000);
    if (blockish || isCaptionBox) {
      flush(kind);
      const outer = kind;
      stack.push({ exit: el, kind: outer, link: f.link, captionCredit: false });
      if (isCaptionBox) kind = 'caption';
      else if (kind === 'caption' || kind === 'heading') {
        // blocks nested inside a caption or heading stay part of it
      } else if (TAG_KIND[tag]) {
        // A <p> inside a blockquote or list item stays a quote / list item.
        kind = (outer === 'blockquote' || outer === 'list-item') && tag === 'p' ? outer : TAG_KIND[tag]!;
      } else if (outer !== 'blockquote' && outer !== 'list-item') {
        kind = 'paragraph';
      }
      if (tag === 'figure') {
        figureDepth++;
        figureCredit = null;
        figureCaptionAt = -1;
      }
      pushChildren(el, f.link);
      continue;
    }
    // Inline element: its text joins the run, apart from an element right before it
    // ("<a>One</a><a>Two</a>"), except for styling inside a word ("<b>Hel</b><i>lo</i>").
    if (f.afterElement && !FORMATTING.has(tag)) parts.push(' ');
    const isLink = tag === 'a' && attr(el, 'href') !== null;
    if (isLink) {
      // Resolved only when used (block href, related link): new URL() per link is costly on huge pages.
      if (hrefs.length < 5) hrefs.push(attr(el, 'href'));
    }
    stack.push({ exit: el, kind, link: f.link, captionCredit: false });
    pushChildren(el, f.link || (isLink ? 1 : 0));
  }
  flush(kind);
  dropTitleRepeat(blocks, opts.title, removed);
  // Section labels and kickers above the story ("Business", "World › Asia"): short, all link.
  let lead = 0;
  while (lead < blocks.length && blocks[lead]!.kind !== 'caption' && (blocks[lead]!.linkDensity ?? 0) >= 0.9 && blocks[lead]!.text.length < 60) lead++;
  // (An author's name linked to their page is the byline.)
  if (lead > 0 && lead < blocks.length) for (const b of blocks.splice(0, lead)) removed.unshift({ reason: bylineNames(b.text).length ? 'byline' : 'navigation', text: b.text });
  // Footer links at the end of the story ("Our Standards: …", "Topics: …"): short, all link.
  let tail = blocks.length;
  const footerLink = (b: Block) => b.kind === 'paragraph' && b.text.length < 100 && ((b.linkDensity ?? 0) >= 0.8 || ((b.linkDensity ?? 0) >= 0.5 && /^[^:]{2,40}:\s/.test(b.text)));
  while (tail > 0 && footerLink(blocks[tail - 1]!)) tail--;
  if (tail > 0 && tail < blocks.length) for (const b of blocks.splice(tail)) removed.push({ reason: 'boilerplate', text: b.text });
  return { blocks, removed, related, standfirst };

}

/**
 * The headline again in a plain element ("story-title" div, a big <font>), possibly run together
 * with the byline after a <br>: the title part goes, a "By …" rest is recorded as the byline.
 */
export function dropTitleRepeat(blocks: Block[], title: string | null, removed: Removal[]): void {
  if (!title) return;
  const t = title.toLowerCase();
  for (let i = 0; i < Math.min(4, blocks.length); i++) {
    const b = blocks[i]!;
    if (b.kind === 'caption') continue;
    const low = b.text.toLowerCase();
    if (keyOf(b.text) === keyOf(title)) {
      blocks.splice(i, 1);
      return;
    }
    if (low.endsWith(' ' + t) && b.text.length - title.length <= 60) {
      // "Verbraucherpreise: Inflation sinkt…": a kicker run into the headline.
      removed.push({ reason: 'navigation', text: b.text.slice(0, b.text.length - title.length).replace(/(?<![\s:|–—-])[\s:|–—-]+$/, '') });
      blocks.splice(i, 1);
      return;
    }
    if (low.startsWith(t + ' ')) {
      const rest = b.text.slice(title.length).trim();
      if (BYLINE_START.test(rest) && rest.length <= MAX_META_LINE) {
        removed.push({ reason: 'byline', text: rest });
        blocks.splice(i, 1);
      } else b.text = rest;
      return;
    }
  }
}

const BYLINE_START = /^(?:(?:posted|written|words|reporting|published|text|story|interview|interviewed)\s+by|by|por|par|von|di|door|av|af)\s/i;

/** Photo viewer buttons and counters printed inside figures. */
const VIEWER_CONTROL = /^(?:enlarge|expand|open|view|zoom|close|play|watch|show|see)\b.{0,30}$|^\d+\s*(?:of|\/|de|von|di|sur)\s*\d+$|^(?:image|photo|gallery|galerie|video)\s*\d*$/i;

/** A reading-time or media-length label: "4 min", "6 min read", "3 minutes". */
const READING_TIME = /^(?:\d{1,3}\s*(?:min|mins|minutes?|minuten|minutos)\.?(?:\s+(?:read|de\s+lectura|lesezeit|lecture))?|(?:reading|read)\s+time:?\s*\d{1,3}\s*(?:min|minutes?))$/i;

/** The whole text of an ad slot's label, in the languages we see. */
const AD_LABEL = /^(?:(?:story|article|text)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|advertisement\s*(?:[-–—:]\s*)?(?:scroll|continue)[\w\s]*|advertisement|advertising|ad|ads|sponsored(?:\s+content)?|publicidad|publicidade|publicité|pubblicità|anzeige|werbung|reklame|reklama|advertentie|annonce|mainos|rekl[aá]m|реклама|إعلان|广告|廣告|広告|광고|פרסומת)$/iu;

/** A link that is only a call to subscribe, sign in or support. */
const CALL_TO_ACTION = /^(?:leave\s+a\s+(?:comment|reply)|(?:view|show|read)\s+(?:all\s+)?(?:\d+\s*)?comments|share(?:\s+this)?|give\s+a\s+gift|upgrade\s+to\s+paid|listen(?:\s+to\s+this)?|print(?:\s+this)?|subscribe|sign\s+up|sign\s+in|log\s+in|register|donate|support\s+us|become\s+a\s+(?:member|subscriber)|join\s+(?:now|us|today)|get\s+(?:the\s+app|started|access)|start\s+(?:your\s+)?(?:free\s+)?trial|suscr[ií]bete|abonnieren|s'abonner|abonnez-vous|assine|abbonati)\b.{0,50}$/i;

/** A date or clock time somewhere in a line: "Jul 08, 2026", "12/05/2026", "2026-05-12", "09:41". */
const HAS_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|ene|abr|ago|dic|mär|okt|dez)[a-zéû]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|déc|ene|abr|ago|dic|mär|okt|dez)[a-zéû]*|de\s+\w+)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:h.]\d{2}\s*(?:am|pm|uhr|et|gmt|utc|bst|cet)?\b/i;

/** Editor, source and reporter lines: "（责任编辑：王芳）", "来源：江南日报 作者：李明", "(Edited by Susan Fenton)". */
const EDITOR_LINE = /^[（(]?\s*(?:责任编辑|編集|编辑|来源|來源|作者|记者|記者|出典|기자|edited\s+by|editing\s+by|additional\s+reporting\s+by)\s*(?:[:：]\s*)?[^.!?。！？\s][^.!?。！？]{0,79}[）)]?$/i;

/** A line that only states when the story was published or updated. */
const DATELINE_TEXT = /^(?:(?:last\s+)?updated|published|posted|first\s+published|actualizado|publicado|mis\s+à\s+jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato)\b[^.!?]{0,80}$|^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;

/** A credit as printed, without "Photo:"/"©" labels. */
function cleanCredit(raw: string): string {
  return collapse(raw)
    .replace(/^(?:©|\(c\)|copyright)\s*/i, '')
    .replace(/^(?:photo|photograph|foto|picture|image|imagen|bild|credit|crédit|crédito)\s*(?:by|:)\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    // "(foto Andrea Zennaro)": a lower-case label before the name.
    .replace(/^(?:foto|photo|ph\.|bild|imagen|image|fotografía|fotografia)\s+(?=\p{Lu})/u, '')
    .trim();
}

/** The members of `set` that are children of parent, in document order (root always kept). */
function siblingsInOrder(parent: El, set: El[]): El[] {
  const want = new Set(set);
  const out: El[] = [];
  let n = 0;
  for (let c = parent.firstElementChild; c && n++ < 5000; c = c.nextElementSibling) if (want.has(c)) out.push(c);
  if (!out.length) return [set[0]!];
  // Roots elsewhere on the page (a recipe's ingredient box) go in document order around the others.
  const apart = set.filter((e) => e.parentElement !== parent);
  return apart.length ? [...out, ...apart].sort((a, b) => before(a, b)) : out;
}

/** Document order of two elements (the lite DOM numbers them; another DOM keeps the given order). */
function before(a: El, b: El): number {
  const oa = (a as { order?: number }).order;
  const ob = (b as { order?: number }).order;
  return typeof oa === 'number' && typeof ob === 'number' ? oa - ob : 0;
}

/** A lower-case letters-and-digits key for comparing titles. */
function keyOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One title contains the other (an h1 without the " | Site" suffix, or with a kicker). */
function similar(a: string, b: string): boolean {
  if (!a || !b) return false;
  return (a.length >= 10 && b.includes(a)) || (b.length >= 10 && a.includes(b));
}

/** The element right after the h1 that is a standfirst: an h2 or a `.dek`/`.standfirst`-like element. */
export function standfirstAfter(h1: El, cls: Classifier): El | null {
  const next = h1.nextElementSibling;
  if (!next) return null;
  const t = collapse(textOf(next, 1000).text);
  if (t.length < 20 || t.length > 600) return null;
  if (!STANDFIRST_TAGS.has(next.localName) || cls.verdict(next) || all(next, 'li, h2, h3, h4, p + p').length) return null;
  // An h2 (or h3) right under the headline, or anything named like a standfirst ("content__standfirst").
  if (next.localName === 'h2' || cls.rolesOf(next).includes('standfirst')) return next;
  return null;
}

/**
 * The standfirst near a headline that lies outside the article container (a header block beside
 * the body): right after the h1, or a standfirst-named element in the h1's header.
 */
export function standfirstNear(h1: El, cls: Classifier): string | null {
  const direct = standfirstAfter(h1, cls);
  if (direct) return collapse(textOf(direct, 2000).text) || null;
  const scope = h1.parentElement;
  if (!scope) return null;
  for (const el of all(scope, 'p, div, h2, h3, span').slice(0, 40)) {
    if (el.contains(h1) || !cls.rolesOf(el).includes('standfirst') || cls.verdict(el)) continue;
    const t = collapse(textOf(el, 1000).text);
    if (t.length >= 20 && t.length <= 600) return t;
  }
  return null;
}

/** A data-table row: two or more short cells without block content; its cells' text joined, or null. */
function dataRow(tr: El): { text: string; linkChars: number; hrefs: Array<string | null> } | null {
  const cells: string[] = [];
  let linkChars = 0;
  let n = 0;
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
    if (++n > 30 || (c.localName !== 'td' && c.localName !== 'th')) return null;
    for (let k = c.firstElementChild; k; k = k.nextElementSibling) if (BLOCKISH.has(k.localName) || k.localName === 'img') return null;
    const { text, linkChars: lc } = textOf(c, 400);
    const t = collapse(text);
    if (t.length > 200 || text.includes('\n\n')) return null;
    if (t) cells.push(t);
    linkChars += lc;
  }
  if (n < 2 || cells.length === 0) return null;
  return { text: cells.join('; '), linkChars, hrefs: all(tr, 'a[href]').slice(0, 5).map((a) => attr(a, 'href')) };
}

/** Share of an element's text inside links. */
function linkShare(el: El): number {
  const { len, linkChars } = textCounts(el);
  return len ? linkChars / len : 0;
}

/**
 * Enough low-link prose that the element is article text whatever its class says
 * ("article-body-commercial-selector"): a long run of paragraphs, or most of the container's text.
 */
function isProse(el: El, rootProse: number, storyMark: (el: El) => boolean): boolean {
  const { len, linkChars } = textCounts(el);
  if (len < 200 || linkChars / len >= 0.2 || (len < KEEP_IF_PROSE && len < 0.5 * rootProse)) return false;
  const paragraphs = all(el, 'p').length;
  // Half the container's text is the article only when it holds a mark of the story: a sidebar's
  // "about" box beside a two-paragraph post can be longer than the post.
  return (len >= KEEP_IF_PROSE && paragraphs >= 3) || (len >= 0.5 * rootProse && len >= 200 && paragraphs >= 2 && storyMark(el));
}

/**
 * An author-named element too long for a byline and short beside the story, holding no headline,
 * no story markup and no caption: the author's bio box.
 */
function isAuthorBox(el: El, rootProse: number): boolean {
  const { len } = textCounts(el);
  if (len <= MAX_META_LINE || len > AUTHOR_BOX_MAX || len > 0.3 * rootProse) return false;
  return !first(el, 'h1, article, figcaption, [itemprop="articleBody"]');
}

/** Share widgets are short and made of links or buttons; unlinked sentences are text. */
function looksLikeShareBox(el: El): boolean {
  const { text, linkChars } = textOf(el, 2000);
  const len = collapse(text).length;
  return len === 0 || linkChars / len >= 0.3 || collapse(text).split(' ').length <= 12;
}

/** A list of two or more items that are each one short link ("Sequía", "Cataluña"): topic tags. */
function isTagList(el: El): boolean {
  let items = 0;
  for (let li = el.firstElementChild; li && items < 60; li = li.nextElementSibling) {
    if (li.localName !== 'li') return false;
    const { text, linkChars } = textOf(li, 200);
    const t = collapse(text);
    if (!t || t.split(' ').length > 4 || linkChars < 0.9 * t.length) return false;
    items++;
  }
  return items >= 2;
}

/**
 * "<figcaption><span>Text.</span><span>Albert Garcia</span></figcaption>": a last child that is a
 * short name (or agency) after the caption text is the credit, even without a "credit" class.
 */
function markUnlabelledCredit(fig: El, out: Set<El>): void {
  const kids: El[] = [];
  for (let c = fig.firstElementChild; c && kids.length < 10; c = c.nextElementSibling) kids.push(c);
  if (kids.length < 2) return;
  const last = kids[kids.length - 1]!;
  if (!['span', 'em', 'i', 'cite', 'small', 'p', 'div'].includes(last.localName)) return;
  const t = collapse(textOf(last, 200).text);
  const before = collapse(textOf(fig, 2000).text).length - t.length;
  if (before < 10 || t.length < 2 || t.length > 60 || /[.!?]$/.test(t) || t.split(' ').length > 6) return;
  if (/^(?:(?:photo|foto|picture|image|bild|imagen|credit|crédit|crédito)\b|©|\p{Lu})/iu.test(t)) out.add(last);
}

/** A short list or box whose words are only share targets. */
function isShareList(el: El): boolean {
  const t = collapse(textOf(el, 400).text);
  if (!t || t.length >= 150 || !SHARE_ONLY.test(t)) return false;
  return el.localName !== 'div' || all(el, 'a, button').length >= 2;
}

/** Headline-like links in a related box: [{title, url}], absolute, de-duplicated, in page order. */
export function collectRelated(el: El, base: string | null, out: RelatedLink[]): void {
  for (const a of all(el, 'a[href]').slice(0, 100)) {
    const title = collapse(textOf(a, 400).text);
    // Headline-like: three words or more; CJK headlines have no spaces, so count characters there.
    const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(title);
    if (cjk ? title.length < 6 : title.length < 12 || title.split(' ').length < 3) continue;
    const url = absoluteUrl(attr(a, 'href'), base);
    if (out.some((r) => r.title === title || (url && r.url === url))) continue;
    if (out.length >= 50) return;
    out.push({ title, url });
  }
}
