/**
 * What an element is for, judged from its class, id, role, aria-label and data-* names.
 *
 * Names are split into word tokens ("share-tools" → share, tools; "relatedStories" → related,
 * stories) and matched whole, so "header-image" is not a header, "shadow" is not an ad and
 * "download" is not a comment. Multi-word patterns match consecutive tokens of one name.
 */
import type { RemovalReason } from '#contracts/record.ts';

export type Role =
  | RemovalReason // a junk container, dropped with this reason
  | 'article-body' // a positive hint for the main content
  | 'caption-box'
  | 'credit-box'
  | 'standfirst'
  | 'hidden';

/** Pattern table: each entry is a space-separated token sequence. Order matters: first match wins. */
const PATTERNS: Array<[Role, string[]]> = [
  ['hidden', ['hidden', 'd none', 'is hidden', 'visually hidden', 'sr only', 'screen reader text', 'screenreader', 'offscreen', 'print only', 'visuallyhidden']],
  ['comments', ['comments', 'comment list', 'comment section', 'comments section', 'commentlist', 'disqus', 'respond', 'discussion', 'reader comments', 'comment form', 'comment respond', 'replies', 'coral talk', 'talk embed', 'comment']],
  ['cookie-notice', ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebanner', 'cookie banner', 'cookie notice', 'onetrust']],
  ['paywall-notice', ['paywall', 'meter', 'metered', 'piano', 'subscriber wall', 'regwall', 'premium teaser', 'subscription wall', 'tp modal']],
  ['newsletter-prompt', ['newsletter', 'newsletters', 'signup', 'sign up', 'subscribe', 'subscription', 'email signup', 'mailing list', 'optin', 'opt in', 'donation', 'donations', 'donate', 'donation box', 'spenden', 'spendenaufruf', 'support us']],
  ['share-prompt', ['share', 'shares', 'sharing', 'sharebar', 'share bar', 'social', 'socials', 'social share', 'social links', 'sharethis', 'addthis', 'share tools', 'share buttons', 'sharedaddy', 'follow us', 'print email', 'a2a', 'addtoany', 'shariff', 'article tools', 'story tools', 'article actions', 'story actions', 'post actions', 'tools', 'twitter tweet', 'instagram media', 'tiktok embed']],
  ['related-block', ['related', 'relatedposts', 'related posts', 'recommended', 'recommendations', 'recirculation', 'recirc', 'more stories', 'more news', 'more articles', 'more from', 'more on', 'read more', 'readmore', 'read next', 'up next', 'most read', 'mostread', 'most popular', 'popular', 'trending', 'teasers', 'teaser list', 'teaser grid', 'also read', 'see also', 'you may like', 'you might like', 'dont miss', 'further reading', 'yarpp', 'top stories', 'latest news', 'mehr zum thema', 'lesen sie auch', 'weitere artikel', 'lea tambien', 'lee tambien', 'ver tambien', 'relacionadas', 'noticias relacionadas', 'lire aussi', 'a lire aussi', 'sur le meme sujet', 'leggi anche', 'lees ook', 'meer nieuws', 'headlines', 'link list', 'story list', 'card list', 'links block', 'rich link', 'more like this', 'read also', 'relatedlinks', 'relatedarticles', 'relatedstories', 'relatednews', 'relatedcontent', 'en savoir plus', 'savoir plus', 'link box', 'linkbox', 'breaker', 'content breaker']],
  ['advertisement', ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad slot', 'ad unit', 'adunit', 'adsense', 'adsbygoogle', 'ad container', 'ad wrapper', 'dfp', 'gpt', 'sponsor', 'sponsored', 'sponsors', 'promo', 'promoted', 'promotion', 'banner ad', 'billboard', 'mpu', 'leaderboard', 'skyscraper', 'native ad', 'partner content', 'outbrain', 'taboola', 'plista', 'ob widget', 'revcontent', 'zergnet', 'anzeige', 'publicidad', 'publicidade', 'pubblicita', 'pubblicit', 'reklame', 'reklama', 'advertentie', 'annonce', 'mainos', 'publicite', 'werbung', 'pub']],
  ['navigation', ['nav', 'navbar', 'navigation', 'menu', 'mega menu', 'megamenu', 'breadcrumb', 'breadcrumbs', 'site header', 'global header', 'page header', 'masthead', 'site footer', 'global footer', 'page footer', 'footer', 'sidebar', 'side bar', 'widget area', 'skip link', 'skip to content', 'pagination', 'pager', 'toolbar', 'topbar', 'top bar', 'tags', 'tag list', 'tag cloud', 'taglist', 'topics', 'keywords', 'categories', 'post categories', 'cat links', 'tag links', 'search form', 'searchform', 'site search', 'login', 'user menu', 'lang switcher', 'language switcher', 'logo', 'site title', 'site name', 'site branding', 'branding', 'kicker', 'antetitulo', 'cintillo', 'dachzeile', 'surtitre', 'occhiello', 'chapeu', 'eyebrow', 'overline', 'rubric', 'section label', 'skiplink', 'prev next', 'nav previous', 'nav next', 'next post', 'previous post', 'nav links', 'post navigation']],
  ['byline', ['byline', 'by line', 'by', 'story by', 'written by', 'autor', 'auteur', 'autore', 'firma', 'author', 'authors', 'author name', 'contributor', 'contributors', 'post author', 'writer', 'reporter']],
  ['dateline', ['dateline', 'timestamp', 'date', 'pubdate', 'publish date', 'published', 'post date', 'posted on', 'entry date', 'updated', 'article date', 'time', 'meta', 'post meta', 'entry meta', 'article meta', 'story meta', 'metadata', 'reading time', 'read time']],
  ['boilerplate', ['postmetadata', 'author bio', 'about author', 'author box', 'authorbox', 'author info', 'bio', 'copyright', 'disclaimer', 'correction policy', 'modal', 'popup', 'overlay', 'lightbox', 'toast', 'alert bar', 'breaking banner', 'app promo', 'download app', 'appstores', 'app stores', 'app store', 'app badges', 'feedback', 'rating', 'post ratings', 'star rating', 'star ratings', 'reactions', 'emoji reactions', 'audio player', 'video player', 'player', 'tooltip']],
  ['caption-box', ['caption', 'captions', 'image caption', 'photo caption', 'wp caption text', 'figcaption', 'img caption', 'media caption', 'caption text', 'legende', 'legend', 'bildunterschrift', 'pie de foto', 'pie foto']],
  ['credit-box', ['credit', 'credits', 'image credit', 'photo credit', 'photographer', 'copyright holder', 'source', 'fotograf', 'credito']],
  ['standfirst', ['standfirst', 'dek', 'subtitle', 'sub title', 'subheadline', 'sub headline', 'subhead', 'strapline', 'kicker text', 'summary', 'article summary', 'intro', 'teaser text', 'deck', 'lede', 'lead', 'chapo', 'chapeau', 'entradilla', 'vorspann', 'sumario', 'sommario', 'catenaccio', 'bajada', 'linha fina', 'olho']],
  ['article-body', ['article body', 'articlebody', 'article content', 'article text', 'story body', 'storybody', 'story content', 'story text', 'entry content', 'post content', 'post body', 'post entry', 'content body', 'body text', 'bodytext', 'article', 'story', 'entry', 'post', 'text', 'prose', 'rich text', 'richtext', 'articletext', 'main content', 'maincontent', 'artikel', 'articulo', 'cuerpo', 'contenu']],
];

interface Compiled {
  role: Role;
  seq: string[];
}
const COMPILED: Compiled[] = PATTERNS.flatMap(([role, list]) => list.map((p) => ({ role, seq: p.split(' ') })));
/** Single-token lookups first (most patterns), then sequences. */
const SINGLE = new Map<string, Role>();
const MULTI: Compiled[] = [];
for (const c of COMPILED) {
  if (c.seq.length === 1) {
    if (!SINGLE.has(c.seq[0]!)) SINGLE.set(c.seq[0]!, c.role);
  } else MULTI.push(c);
}
const ROLE_ORDER = new Map<Role, number>(PATTERNS.map(([r], i) => [r, i]));

/**
 * Split one name into lower-case word tokens: "relatedStories_v2" → related, stories, v2.
 * Bounded: names longer than 200 characters are cut.
 */
export function nameTokens(name: string): string[] {
  const s = name.length > 200 ? name.slice(0, 200) : name;
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const lower = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (upper) {
      // camelCase boundary: "relatedStories" → related | stories; "ABCNews" stays one run until a lower follows.
      const prev = s.charCodeAt(i - 1);
      const nextLower = i + 1 < s.length && s.charCodeAt(i + 1) >= 97 && s.charCodeAt(i + 1) <= 122;
      const prevLower = prev >= 97 && prev <= 122;
      const prevUpper = prev >= 65 && prev <= 90;
      if (cur && (prevLower || (prevUpper && nextLower))) {
        out.push(cur);
        cur = '';
      }
      cur += ch.toLowerCase();
    } else if (lower) {
      cur += ch;
    } else {
      if (cur) out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

const RESPONSIVE = /^(?:hidden|visible|hide|show|d)-(?:xs|sm|md|lg|xl|xxl|mobile|tablet|desktop|phone|small|medium|large|print)\b|^(?:hidden|hide|show)-(?:on|for|until|from)-|^d-(?:xs|sm|md|lg|xl|xxl)-/i;

const FLAG_FIRST = new Set(['has', 'with', 'without', 'no', 'not', 'enable', 'disable', 'allow', 'supports', 'can', 'needs', 'show', 'node']);
const FLAG_LAST = new Set(['enabled', 'disabled', 'allowed', 'active', 'inactive', 'loaded', 'count', 'counter', 'icon', 'icons']);

/** First tokens of a CMS's taxonomy classes on a post ("category-news", "tag-brexit"). */
const TAXONOMY_FIRST = new Set(['category', 'tag']);
/** Tokens that make a taxonomy-prefixed name a box of links ("tag-list", "category-links"). */
const TAXONOMY_BOX = new Set(['list', 'lists', 'cloud', 'links', 'link', 'box', 'wrap', 'wrapper', 'container', 'area', 'block', 'items', 'item', 'nav', 'menu', 'bar', 'label', 'labels', 'name', 'title', 'widget']);
/** Last tokens of layout names: the page's grid, not a part of it. */
const LAYOUT_LAST = new Set(['layout', 'layouts']);

/** Tokens that make a "time" in a name a recipe's duration. */
const RECIPE_TIME = new Set(['prep', 'preparation', 'cook', 'cooking', 'bake', 'baking', 'total', 'wait', 'waiting', 'rest', 'resting', 'recipe', 'zubereitung', 'backzeit', 'kochzeit']);

/** Parts of an element whose hiding a class name states: "label-hidden" hides the label only. */
const HIDDEN_PART = new Set(['label', 'labels', 'title', 'heading', 'caption', 'icon', 'legend']);

/** Roles per name, memoised: a page repeats its class names on hundreds of elements. Bounded. */
const NAME_MEMO = new Map<string, Role[]>();
const NAME_MEMO_MAX = 50_000;

/** The roles one name (a class, an id, an aria-label) suggests, best first by table order. */
export function rolesOfName(name: string): Role[] {
  const hit = NAME_MEMO.get(name);
  if (hit) return hit;
  const r = computeRolesOfName(name);
  if (NAME_MEMO.size >= NAME_MEMO_MAX) NAME_MEMO.clear();
  NAME_MEMO.set(name, r);
  return r;
}

function computeRolesOfName(name: string): Role[] {
  // Responsive utilities hide on some screens only ("hidden-xs", "d-md-none", "hide-mobile"):
  // the saved page's reader saw them, so they say nothing.
  if (RESPONSIVE.test(name)) return [];
  const toks = nameTokens(name);
  if (toks.length === 0) return [];
  // State flags on a page or article ("has-comments", "share-enabled", "no-ads", "with-sidebar")
  // say what the page has elsewhere, not what this element is.
  // ("node-promoted", "not-front": a CMS's state of the page, not a promotion box.)
  if (toks.length > 1 && (FLAG_FIRST.has(toks[0]!) || FLAG_LAST.has(toks[toks.length - 1]!))) return [];
  // "field-label-hidden", "title-hidden": a part of the element is hidden (its label), not the element.
  if (toks.length > 1 && toks[toks.length - 1] === 'hidden' && HIDDEN_PART.has(toks[toks.length - 2]!)) return [];
  // "category-top-stories", "tag-social": a post's taxonomy (the CMS labels the post with its
  // categories and tags), not what the element is; "tag-list", "cat-links" are still boxes of tags.
  if (toks.length > 1 && TAXONOMY_FIRST.has(toks[0]!) && !toks.slice(1).some((t) => TAXONOMY_BOX.has(t))) return [];
  // "sidebar-layout", "c-fixed-sidebar-layout--300@md": how the page is laid out around the content
  // (judged on the name before its BEM modifier).
  const block = name.includes('--') ? nameTokens(name.slice(0, name.indexOf('--'))) : toks;
  if (block.length > 1 && LAYOUT_LAST.has(block[block.length - 1]!)) return [];
  // "prep-time", "wprm-recipe-cook-time", "preparation__time": how long a recipe takes, part of the
  // recipe, not the story's date line.
  if (toks.includes('time') && toks.some((t) => RECIPE_TIME.has(t))) return [];
  const found: Role[] = [];
  // A name that is a single token, or a token sequence, matching a pattern.
  for (const t of toks) {
    const r = SINGLE.get(t);
    if (r && !found.includes(r)) found.push(r);
  }
  if (toks.length > 1) {
    for (const m of MULTI) {
      if (found.includes(m.role)) continue;
      for (let i = 0; i + m.seq.length <= toks.length; i++) {
        let ok = true;
        for (let k = 0; k < m.seq.length; k++) {
          if (toks[i + k] !== m.seq[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          found.push(m.role);
          break;
        }
      }
    }
  }
  return found.sort((a, b) => ROLE_ORDER.get(a)! - ROLE_ORDER.get(b)!);
}

const NONE: Role[] = [];

const ARIA_ROLES: Record<string, Role> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  complementary: 'related-block',
  dialog: 'boilerplate',
  alertdialog: 'boilerplate',
  alert: 'boilerplate',
  tooltip: 'boilerplate',
  toolbar: 'share-prompt',
};

/** Minimal element surface used here, so tests can pass plain objects. */
export interface NamedElement {
  getAttribute(name: string): string | null;
  hasAttributes?(): boolean;
}

/** Every role an element's attributes suggest, from class, id, role, aria-label and data-* names. */
export function rolesOf(el: NamedElement): Role[] {
  // Most elements carry no attributes at all: skip the eight lookups.
  if (typeof el.hasAttributes === 'function' && !el.hasAttributes()) return NONE;
  const roles: Role[] = [];
  const add = (rs: Role[]) => {
    for (const r of rs) if (!roles.includes(r)) roles.push(r);
  };
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/, 30)) if (c) add(rolesOfName(c));
  const id = el.getAttribute('id');
  if (id) add(rolesOfName(id));
  for (const a of ['data-component', 'data-module', 'data-testid', 'data-type', 'data-block', 'data-role']) {
    const v = el.getAttribute(a);
    if (v) add(rolesOfName(v));
  }
  const role = el.getAttribute('role');
  if (role) {
    const r = ARIA_ROLES[role.trim().toLowerCase()];
    if (r) add([r]);
  }
  const aria = el.getAttribute('aria-label');
  if (aria && aria.length < 80) add(rolesOfName(aria).filter((r) => r !== 'article-body' && r !== 'standfirst' && r !== 'dateline'));
  return roles.sort((a, b) => ROLE_ORDER.get(a)! - ROLE_ORDER.get(b)!);
}
