/**
 * Per-element verdicts, cached: is this element junk (and why), hidden, a caption box, a byline?
 * Combines the tag name with the class/id/role tokens from `tokens.ts`.
 */
import type { RemovalReason } from '#contracts/record.ts';
import { all, collapse, isHidden, type El } from './dom.ts';
import { rolesOf, type Role } from './tokens.ts';

/** Why a whole element goes; null when it stays. `byline`/`dateline` keep their meaning. */
export type Verdict = RemovalReason | 'hidden' | null;

/** Reasons that are containers of junk (as opposed to metadata such as bylines). */
const JUNK_ROLES = new Set<Role>(['comments', 'cookie-notice', 'paywall-notice', 'newsletter-prompt', 'share-prompt', 'related-block', 'advertisement', 'navigation', 'boilerplate']);

/** Tags dropped whole, with the reason recorded. */
const TAG_VERDICT: Record<string, RemovalReason> = {
  nav: 'navigation',
  footer: 'navigation',
  aside: 'related-block',
  form: 'boilerplate',
  menu: 'navigation',
  dialog: 'boilerplate',
  'amp-ad': 'advertisement',
  'amp-embed': 'advertisement',
  'amp-sticky-ad': 'advertisement',
  'amp-auto-ads': 'advertisement',
  'amp-social-share': 'share-prompt',
  'amp-consent': 'cookie-notice',
  'amp-user-notification': 'cookie-notice',
};

export interface ClassifierOptions {
  /**
   * False for the density fallback: class/id/role words are not read (only "hidden" ones), and only
   * the tags that are never the article (nav, footer, aside, menu) are junk, so a page whose every
   * wrapper has an unlucky name is judged on its text alone.
   */
  classWords?: boolean;
}

/** Tags still junk when class words are not read: a <form> or <dialog> may wrap a whole page. */
const STRUCTURAL_TAGS = new Set(['nav', 'footer', 'aside', 'menu']);

export class Classifier {
  private roles = new Map<El, Role[]>();
  private junkMemo = new Map<El, boolean>();
  readonly classWords: boolean;

  constructor(opts: ClassifierOptions = {}) {
    this.classWords = opts.classWords ?? true;
  }

  /** Elements never judged junk: the article container and its ancestors. */
  protected: Set<El> = new Set();

  rolesOf(el: El): Role[] {
    let r = this.roles.get(el);
    if (!r) {
      try {
        r = rolesOf(el);
        if (!this.classWords) r = r.filter((x) => x === 'hidden');
      } catch {
        r = [];
      }
      this.roles.set(el, r);
    }
    return r;
  }

  has(el: El, role: Role): boolean {
    return this.rolesOf(el).includes(role);
  }

  /**
   * The reason an element (with everything in it) is dropped, or null.
   * `header` is judged by the caller (an article header stays; a site header goes).
   */
  verdict(el: El): Verdict {
    if (this.protected.has(el)) return null;
    const tag = el.localName;
    if (tag === 'html' || tag === 'body' || tag === 'main') return null;
    if (isHidden(el)) return 'hidden';
    const roles = this.rolesOf(el);
    // "d-none d-md-block": hidden on phones, shown on desktops, so it was seen.
    if (roles.includes('hidden') && !/\bd-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|grid|table)/.test(el.getAttribute('class') ?? '')) return 'hidden';
    const t = TAG_VERDICT[tag];
    if (t && (this.classWords || STRUCTURAL_TAGS.has(tag))) {
      // An <aside> is a related box unless it says otherwise (an ad, a newsletter box).
      const specific = roles.find((r) => JUNK_ROLES.has(r));
      return (specific as RemovalReason | undefined) ?? t;
    }
    for (const r of roles) {
      if (JUNK_ROLES.has(r)) {
        // A body container that also carries a junk-sounding class ("post-content social-share-scope"):
        // positive hints on the same element win for the structural words.
        // ("story-footer" has no paragraphs of its own and still goes.)
        if (roles.includes('article-body') && (r === 'navigation' || r === 'share-prompt' || r === 'boilerplate') && all(el, 'p').length >= 3) return null;
        return r as RemovalReason;
      }
    }
    // A box that opens with "6 comments" / "Comments (12)" / "Leave a reply" holds the comments,
    // whatever its (hashed) class names say.
    if (BOXES.has(tag) && this.classWords) {
      const opener = openingHeading(el);
      if (opener && COMMENTS_HEADING.test(opener)) return 'comments';
      // "More from the Gazette" over a list of stories; or a grid of linked headlines with teasers.
      // (A label, not a headline that happens to start "Read more books…".)
      if (opener && opener.length <= 40 && !/[,.!?]/.test(opener) && RELATED_BOX_HEADING.test(opener)) return 'related-block';
      if (isTeaserGrid(el)) return 'related-block';
    }
    // Bylines and datelines: dropped from the text by the walker when they are short.
    // (The walker keeps long ones: a "story-meta" wrapper around the whole text is not a dateline.)
    if (roles.includes('byline')) return 'byline';
    if (roles.includes('dateline')) return 'dateline';
    if (tag === 'address') return 'byline';
    return null;
  }

  /** True when el or an ancestor below `stop` is junk. Memoised, iterative. */
  inJunk(el: El, stop: El | null): boolean {
    const chain: El[] = [];
    let cur: El | null = el;
    let result = false;
    let guard = 0;
    while (cur && cur !== stop && guard++ < 1000) {
      const m = this.junkMemo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      chain.push(cur);
      const v = this.verdict(cur);
      if (v && v !== 'byline' && v !== 'dateline') {
        result = true;
        break;
      }
      cur = cur.parentElement;
    }
    for (const c of chain) this.junkMemo.set(c, result);
    return result;
  }
}

/**
 * The reason to record for a short metadata line: a "dateline" (story-meta, entry-meta) that holds
 * an author element ("story-author", rel=author, itemprop=author) is the byline.
 */
export function metaLineReason(el: El, v: 'byline' | 'dateline', cls: Classifier): 'byline' | 'dateline' {
  if (v === 'byline') return v;
  if (all(el, '[class], [rel], [itemprop]').slice(0, 30).some((d) => cls.rolesOf(d).includes('byline') || d.getAttribute('rel') === 'author' || d.getAttribute('itemprop') === 'author')) return 'byline';
  return v;
}

/** Headings and labels that introduce links to other stories, in the languages we see. */
export const RELATED_WORDS = String.raw`más\s+información|lo\s+más\s+(?:visto|leído)|plus\s+d['’]infos?|les\s+plus\s+lus|meistgelesen|am\s+meisten\s+gelesen|i\s+più\s+letti|mais\s+lidas|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热点推荐|關聯記事|関連記事|関連ニュース|おすすめ記事|관련\s*기사|추천\s*기사|keep\s+reading|related(?:\s+(?:stories|articles|posts|coverage|content|news|reading|links))?|read\s+(?:more|next|also)|more\s+(?:in\s+[\p{L}]+|on\s+this\s+(?:story|topic)|stories|news|from|like\s+this|coverage)|see\s+also|also\s+read|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|top\s+stories|trending(?:\s+now)?|further\s+reading|lea\s+también|leer\s+más|lee\s+también|ver\s+también|más\s+noticias|noticias\s+relacionadas|te\s+puede\s+interesar|lire\s+aussi|à\s+lire\s+aussi|sur\s+le\s+même\s+sujet|articles\s+liés|mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|leggi\s+anche|veja\s+também|leia\s+também|lees\s+ook|lees\s+meer|meer\s+nieuws|ook\s+interessant|läs\s+(?:också|mer)|læs\s+(?:også|mere)|les\s+også|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|читайте\s+также|смотрите\s+также|по\s+теме|اقرأ\s+أيضا[ًً]?|اقرأ\s+ايضا`;
const RELATED_BOX_HEADING = new RegExp(`^(?:${RELATED_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

/** Headings that introduce reader comments, in the languages we see. */
const COMMENTS_HEADING = /^(?:\d[\d,.]*\s+(?:comments?|replies|responses|reactions|kommentare?|comentarios?|commentaires?|commenti|reacties)|(?:comments?|kommentare|comentarios|commentaires|commenti|reader comments|discussion)(?:\s*\(\d[\d,.]*\))?|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|what\s+do\s+you\s+think\??|\d+\s+thoughts?\s+on\b.*)$/i;

const BOXES = new Set(['div', 'section', 'ol', 'ul', 'aside', 'nav']);

/** The text of a heading that opens the box (its first element child), or null. */
function openingHeading(el: El): string | null {
  const h = el.firstElementChild;
  if (!h || !/^h[2-6]$/.test(h.localName)) return null;
  const t = collapse(h.textContent ?? '');
  return t.length > 0 && t.length < 120 ? t : null;
}

/**
 * Three or more children that each open with a linked headline ("<h3><a>…</a></h3><p>teaser</p>"):
 * a grid of other stories, however much teaser text it carries.
 */
function isTeaserGrid(el: El): boolean {
  let kids = 0;
  let teasers = 0;
  for (let c = el.firstElementChild; c && kids < 60; c = c.nextElementSibling) {
    kids++;
    const first = c.localName === 'li' || c.localName === 'div' || c.localName === 'article' ? c.firstElementChild : null;
    if (!first) continue;
    const linkedHeading = (/^h[2-6]$/.test(first.localName) && first.firstElementChild?.localName === 'a') || (first.localName === 'a' && /^h[2-6]$/.test(first.firstElementChild?.localName ?? ''));
    if (linkedHeading) teasers++;
  }
  return teasers >= 3 && teasers >= 0.6 * kids;
}
