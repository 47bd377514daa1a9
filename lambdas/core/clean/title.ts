/**
 * A page title without the site's name: "Headline | Site Name", "Headline - The Daily Example",
 * "Site Name: Headline" → "Headline". A part is taken for the site's name when it names the publisher,
 * when the text's own lines repeat the other part as the headline, or when it reads like a name (a few
 * capitalised words or a domain) beside a headline several times longer. Splitting is done once on
 * spaced separators, with no regex over the whole title, so any title costs linear time.
 */
import { collapseSpaces } from '../decode/normalize.ts';
import { datesInText } from './date-text.ts';
import { RELATED_HEADER, RELATED_INLINE, bylineNames, junkReason } from './junk.ts';

/** Separators that join a headline and a site name when spaced on both sides. */
const SEPARATORS = new Set(['|', '-', '–', '—', '·', '•', '::', '»', '/', '~']);
/** Words a site's name often holds. */
const SITE_WORD = /\b(?:news|nachrichten|noticias|nouvelles|notizie|times|post|gazette|herald|tribune|journal|zeitung|zeitschrift|blatt|anzeiger|rundschau|kurier|courier|bote|daily|online|bbc|cnn|reuters|guardian|telegraph|express|mail|press|presse|wire|today|magazine|magazin|revue|tv|radio|blog|media|report|review|le monde|el país|diario|periódico|jornal|giornale|gazzetta|corriere|courrier|heraldo|crónica|correio|folha|dagblad|krant|tageblatt|abendblatt|morgenpost|allgemeine)\b/i;
const TAG = /<\/?[a-z][^<>]{0,500}>/gi;
/** A legal form closing an organisation's name. */
const LEGAL_FORM = /\s(?:e\.\s?V\.|gGmbH|GmbH|AG|KG|Ltd\.?|Limited|Inc\.?|LLC|plc|S\.A\.|S\.L\.|SARL|S\.p\.A\.|B\.V\.|N\.V\.|Sp\. z o\.o\.)$/;

export interface TitleHints {
  /** The text's lines (or blocks): a line equal to one part of the title shows which part is the headline. */
  lines?: readonly string[];
}

interface Split {
  head: string;
  tail: string;
  /** Cut at "Name: …" rather than at a spaced separator. */
  colon?: boolean;
}

/**
 * A title part names the publisher: one holds the other as whole words ("the valley courier" and
 * "valley courier"), never a fragment inside a word (a publisher read as "st" is not in "arrest").
 */
function namesPublisher(part: string, pub: string): boolean {
  if (pub.length < 3) return false;
  const a = ` ${part} `,
    b = ` ${pub} `;
  if (a.includes(b) || (part.length >= 3 && b.includes(a))) return true;
  // A publisher known only by its host: "Town Crier" is towncrier.example, "Le Petit Journal" lepetitjournal.example.
  const host = /^([\p{L}\p{N}-]{4,40}) (?:[\p{L}\p{N}-]{1,40} ){0,3}[a-z]{2,12}$/u.exec(pub);
  return host !== null && part.includes(' ') && part.replace(/ /g, '') === host[1]!.replace(/-/g, '');
}

/** Every way to cut the title at one spaced separator: [left, right]. */
function cuts(t: string): Split[] {
  const out: Split[] = [];
  const words = t.split(' ');
  for (let k = 1; k < words.length - 1; k++) {
    if (!SEPARATORS.has(words[k]!)) continue;
    out.push({ head: words.slice(0, k).join(' '), tail: words.slice(k + 1).join(' ') });
  }
  // "Site Name: Headline": a colon straight after a word.
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!;
    if (w.length > 1 && w.endsWith(':') && !w.endsWith('::')) out.push({ head: words.slice(0, k + 1).join(' ').slice(0, -1), tail: words.slice(k + 1).join(' '), colon: true });
  }
  return out;
}

/** Lines of the text searched for a part of the title printed alone (a long menu can push the page's headline past line 400). */
const LINE_WINDOW = 1500;
/** Where a part that reads like a site's name still counts as the printed headline. */
const NAME_WINDOW = 400;

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A host name standing alone: "example.org", "news.example.co.uk". */
function isDomain(s: string): boolean {
  return s.length <= 60 && !s.includes(' ') && /^[\p{L}\p{N}-]{1,40}(?:\.[\p{L}\p{N}-]{1,40}){0,4}\.[a-z]{2,12}$/iu.test(s);
}

/** A site's name: short, and either a domain, holding a site word, or a few capitalised words. */
function nameLike(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  const words = s.split(' ');
  if (words.length > 6) return false;
  if (/\.[a-z]{2,6}$/i.test(s) && !s.includes(' ')) return true;
  // "Naturschutzbund Lindental e.V.", "Example Media GmbH": an organisation's name by its legal form.
  if (LEGAL_FORM.test(s) && /^[\p{Lu}\p{N}]/u.test(s)) return true;
  if (/[.!?,;]$/.test(s)) return false;
  if (SITE_WORD.test(s)) return true;
  const small = new Set(['the', 'of', 'and', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'la', 'le', 'les', 'los', 'las', 'der', 'die', 'das', 'den', 'van', 'von', 'el', 'il', 'lo', 'for', '&', 'und', 'et', 'y', 'e']);
  return words.length <= 4 && words.every((w) => small.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * "Headline | Site Name" → "Headline" when the other part names the site.
 * @example cleanTitle('Bridge to close for repairs - The Valley Courier', null) // 'Bridge to close for repairs'
 */
export function cleanTitle(title: string | null, publisher: string | null, hints: TitleHints = {}): string | null {
  if (!title) return null;
  let t = collapseSpaces(title.replace(TAG, ' ').replace(/\s+/g, ' '));
  const pub = publisher ? key(publisher) : '';
  // Each short line's key, with where it is first printed.
  let lineKeys: Map<string, number> | null = null;
  if (hints.lines) {
    lineKeys = new Map();
    const lines = hints.lines.slice(0, LINE_WINDOW);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.length > 300) continue;
      const k = key(lines[i]!);
      if (!lineKeys.has(k)) lineKeys.set(k, i);
    }
  }
  for (let round = 0; round < 2; round++) {
    const next = stripOnce(t, pub, lineKeys);
    if (next === null || next === t) break;
    t = next;
    // The part taken is printed alone as a line: the text's own headline, not cut again.
    if (round === 0 && lineKeys?.has(key(t))) break;
  }
  return t || null;
}

function stripOnce(t: string, pub: string, lineKeys: Map<string, number> | null): string | null {
  const all = cuts(t);
  // 1. The text repeats one part alone as its headline. The part before the separator first (a site's
  // name is often a line of its own too, in the page's header); the part after only when clearly
  // the longer (a scoreline or a kicker before a colon is the headline's own).
  // The whole title printed too, above the part, is the page's own headline (step 2); printed only
  // below it, it is the <title> again in a footer, a share box or a "back to top" bar.
  const whole = lineKeys?.get(key(t));
  const above = (at: number | undefined) => at !== undefined && (whole === undefined || at < whole);
  if (lineKeys) {
    const words = (s: string) => s.split(' ').length;
    // A longer part before a later separator printed alone too is the headline ("Notes - Notes 4.2 -
    // Bugfix build | Example Forums" over a menu item "Notes" and a line "Notes Notes 4.2 - Bugfix build").
    const longest = (k: number) => {
      let head = all[k]!.head;
      for (let j = k + 1; j < all.length; j++) if (!all[j]!.colon && above(lineKeys.get(key(all[j]!.head)))) head = all[j]!.head;
      return head;
    };
    for (let k = 0; k < all.length; k++) {
      const c = all[k]!;
      const at = lineKeys.get(key(c.head));
      if (c.colon || key(c.head).length < 4 || !above(at)) continue;
      if (words(c.head) >= words(c.tail) || !nameLike(c.head)) return longest(k);
      // A name-like part counts near the top only: a site's name is printed again in its footer.
      if (at! >= NAME_WINDOW) continue;
      // The part before the separator printed alone, the rest nowhere a line of its own: the text
      // shows its headline ("Short Headline - Example Wiki" over a line "Short Headline").
      if (!lineKeys.has(key(c.tail))) return longest(k);
      // Both printed alone: the site's name stands in the page's header, above the headline.
      if (at! > lineKeys.get(key(c.tail))!) return longest(k);
    }
    for (const c of all) {
      if (words(c.tail) >= words(c.head) + 2 && key(c.tail).length >= 10 && above(lineKeys.get(key(c.tail)))) return c.tail;
    }
  }
  // The whole title printed alone as a line of the text (the page's own headline, its <h1>): what it
  // says is the headline as the page prints it, "Update | Crash victims named" and "Chronik: …"
  // included. Only a part naming the publisher is cut from it.
  const printed = (whole !== undefined && whole < NAME_WINDOW) || (lineKeys !== null && printedAfterKicker(key(t), lineKeys));
  // 2. A part names the publisher.
  if (pub) {
    for (const c of all) {
      const tail = key(c.tail),
        head = key(c.head);
      if (tail && namesPublisher(tail, pub) && c.head.length >= 10) return c.head;
      if (head && namesPublisher(head, pub) && c.tail.length >= 10) return c.tail;
    }
  }
  if (printed) return null;
  // 3. The last spaced-separator part reads like a name beside a longer headline (the last cut: "A - B | Site").
  const spaced = all.filter((c) => !c.colon);
  const last = spaced.at(-1);
  if (last && nameLike(last.tail) && last.head.length >= 10 && last.head.split(' ').length >= Math.max(3, last.tail.split(' ').length + 2)) return last.head;
  // "标题-站名", "見出し｜サイト名": CJK titles join the site's name without spaces.
  const cjk = cjkSuffix(t);
  if (cjk !== null) return cjk;
  // "example.org - Headline": a domain first, whatever the separator.
  const firstCut = spaced[0];
  if (firstCut && isDomain(firstCut.head) && (firstCut.tail.split(' ').length >= 3 || key(firstCut.tail).length >= 12)) return firstCut.tail;
  // "Site | Headline": a name first, with a bar (a dash or a colon after a name is more often a headline's own).
  const first = spaced[0];
  if (first && t.includes(' | ') && nameLike(first.head) && !nameLike(first.tail) && first.tail.split(' ').length >= 4) return first.tail;
  return null;
}

/**
 * The whole title printed near the top after a kicker of one to four words run into it ("Property
 * law Bridge to close - Repairs start in May"): the page's headline, its parts its own.
 */
function printedAfterKicker(t: string, lineKeys: Map<string, number>): boolean {
  if (t.length < 20) return false;
  for (const [k, at] of lineKeys) {
    if (at >= NAME_WINDOW || k.length <= t.length || k.length > t.length + 60 || !k.endsWith(t) || k[k.length - t.length - 1] !== ' ') continue;
    if (k.slice(0, k.length - t.length - 1).split(' ').length <= 4) return true;
  }
  return false;
}

/** A CJK headline without the short site name an unspaced separator joins to its end (null: none). */
function cjkSuffix(t: string): string | null {
  if (t.length > 300 || !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t)) return null;
  let at = -1;
  for (let i = t.length - 2; i > 0 && i >= t.length - 14; i--) {
    if ('-_|｜–—'.includes(t[i]!)) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const head = t.slice(0, at).trim(),
    tail = t.slice(at + 1).trim();
  if (tail.length < 2 || tail.includes(' ') || /\p{N}/u.test(tail) || head.length < 6 || head.length < 2 * tail.length) return null;
  return head;
}

/** How far below the title line a scraped text's own headline line is looked for. */
const HEADLINE_WINDOW = 400;

/** Words of a line for comparing it with the title: lower-cased letters and digits. */
const titleWords = (s: string) => key(s).split(' ').filter(Boolean);

/**
 * The line of a scraped text that states its headline, when the first line (the page's `<title>`)
 * is only a version of it: the `<h1>` printed under the menus, worded a little differently
 * ("Mayor quits: council in uproar" under "Mayor quits over budget row | Daily Example"), or the
 * title without the site's name. A line below the title is taken when it shares most of its words
 * with the title both ways (the title's and the line's), reads like a headline (short, not a
 * sentence run on), and sits before the story's first long paragraph. The best-overlapping such line
 * wins; -1 when none does (keep the title line).
 *
 * @example headlineLine(['Mayor quits | Example Times', 'Home', 'Mayor quits', 'The mayor ...'], 0) // 2
 */
export function headlineLine(lines: readonly string[], titleAt: number): number {
  if (titleAt < 0) return -1;
  const title = titleWords(lines[titleAt]!);
  if (title.length < 2) return -1;
  const inTitle = new Map<string, number>();
  for (const w of title) inTitle.set(w, (inTitle.get(w) ?? 0) + 1);
  // The headline side of each cut of the title (the side with more words).
  const parts = new Set(cuts(collapseSpaces(lines[titleAt]!)).map((c) => key(c.head.split(' ').length >= c.tail.split(' ').length ? c.head : c.tail)));
  // The whole title with a kicker run in before it is the title too ("Property law Bridge to close …").
  const whole = title.join(' ');
  parts.add(whole);
  const titleDigit = /^\d/.test(lines[titleAt]!);
  const titleLower = isLower(lines[titleAt]![0]!);
  let best = -1,
    bestScore = 0;
  const end = Math.min(lines.length, titleAt + 1 + HEADLINE_WINDOW);
  for (let i = titleAt + 1; i < end; i++) {
    const l = lines[i]!;
    // The story has begun (two long paragraphs close together): a headline comes before it.
    if (l.length > 250 && (lines[i + 1]?.length ?? 0) + (lines[i + 2]?.length ?? 0) > 300) break;
    // The title's headline part printed alone: the title is the headline with a site's name, cleanTitle's to strip.
    if (parts.has(key(l))) return -1;
    // The same after a kicker run into it ("Property law Retention of title: what buyers should know").
    if (l.length <= 300 && endsWithPart(l, parts)) return -1;
    // The whole title with its standfirst run on after it ("Headline, said plainly The longer teaser …"):
    // the title is the headline, cut where the page's markup ended it.
    if (title.length >= 4 && l.length <= 400 && key(l).startsWith(whole + ' ')) return -1;
    // Not a cut teaser, a URL slug, a breadcrumb trail, a count ("2 comments on …").
    if (l.length < 8 || l.length > 300 || !l.includes(' ') || l.endsWith('...') || l.endsWith('…')) continue;
    if (crumbs(l) >= 2 || (!titleDigit && l[0]! >= '0' && l[0]! <= '9')) continue;
    // "for the recipe Honey Cake Muffins": a headline does not open in lower case when the title does not.
    if (!titleLower && isLower(l[0]!)) continue;
    const words = titleWords(l);
    if (words.length < 2) continue;
    const left = new Map(inTitle);
    let common = 0;
    for (const w of words) {
      const n = left.get(w) ?? 0;
      if (n > 0) {
        common++;
        left.set(w, n - 1);
      }
    }
    // Most of the line is the title's, and the line says most of the title (the site's name and a
    // kicker may be missing; a teaser sharing a topic word or two is not the headline).
    const ofLine = common / words.length;
    const ofTitle = common / title.length;
    if (ofLine < 0.6 || ofTitle < 0.5) continue;
    const score = (2 * common) / (words.length + title.length);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const above = headlineAboveStory(lines, titleAt);
  return above >= 0 ? above : headlineOverMeta(lines, titleAt);
}

/** "vor 5 Stunden", "3 hours ago", "il y a 2 jours", "hace 3 horas"; "Lesezeit: 3 min", "5 min read". */
const META_WORDS = /\b(?:vor\s\d{1,3}\s(?:minuten|stunden|tagen)|\d{1,3}\s(?:minutes?|hours?|days?)\sago|il y a\s\d{1,3}|hace\s\d{1,3}|lesezeit|reading time|min read|temps de lecture|tiempo de lectura)\b/iu;

/** A story's meta line under (or over) its headline: a date, a time ago, a reading time, a byline. */
function isMetaLine(l: string): boolean {
  if (l.length > 120) return false;
  // The project's date reader (every language and format the page dates use); "By …" in any case is a byline.
  return datesInText(l, { max: 1 }).length > 0 || META_WORDS.test(l) || /^(?:von|by|par|por|di|door)\s/i.test(l) || bylineNames(l) !== null;
}

/** How many lines a meta line may sit from its headline (lines of up to three characters not counted). */
const META_GAP = 2;

/**
 * The headline the page prints with its meta line, when it is worded apart from the <title> and no
 * paragraph follows closely: a headline-shaped line with a date, a time ago, a reading time or a
 * byline right under it (or right over it), sharing a word of some length with the title. The one
 * sharing most words wins, the first of a tie. -1 when there is none.
 */
function headlineOverMeta(lines: readonly string[], titleAt: number): number {
  const inTitle = new Set(titleWords(cleanTitle(collapseSpaces(lines[titleAt]!), null) ?? '').filter((w) => w.length >= 4));
  if (inTitle.size === 0) return -1;
  const end = Math.min(lines.length, titleAt + 1 + HEADLINE_WINDOW);
  const near = (i: number, step: 1 | -1) => {
    for (let j = i + step, n = 0; j > titleAt && j < end && n < META_GAP; j += step) {
      if (lines[j]!.length <= 3) continue;
      if (isMetaLine(lines[j]!)) return true;
      n++;
    }
    return false;
  };
  // A title line with its own meta line under it is the headline the page prints.
  if (near(titleAt, 1)) return -1;
  let best = -1,
    bestShared = 0;
  for (let i = titleAt + 1; i < end; i++) {
    const l = lines[i]!;
    if (isStoryParagraph(l)) break;
    // A headline of a sentence or two may end in a full stop when short.
    // (A longer one is a standfirst or the lead.)
    const shaped = headlineShaped(l) || (l.length <= 80 && l.endsWith('.') && headlineShaped(l.slice(0, -1)));
    if (!shaped || isMetaLine(l) || junkReason(l) || RELATED_HEADER.test(l) || RELATED_INLINE.test(l)) continue;
    const shared = new Set(titleWords(l).filter((w) => inTitle.has(w))).size;
    if (shared > bestShared && (near(i, 1) || near(i, -1))) {
      best = i;
      bestShared = shared;
    }
  }
  // A long title and one word in common is a teaser on the same topic.
  return best >= 0 && (inTitle.size < 7 || bestShared >= 2) ? best : -1;
}

/**
 * A line ending in one of the title's headline parts after one to four words of its own, a kicker
 * with no colon ("Buggy code: The ten mistakes" is the headline whole).
 */
function endsWithPart(l: string, parts: Set<string>): boolean {
  const k = key(l);
  for (const p of parts) {
    if (p.length < 12 || k.length <= p.length || !k.endsWith(p) || k[k.length - p.length - 1] !== ' ') continue;
    const extra = k.slice(0, k.length - p.length - 1).split(' ').length;
    if (extra <= 4 && !l.split(' ', extra).some((w) => /[:：]$/.test(w))) return true;
  }
  return false;
}

const isLower = (c: string) => c.toLowerCase() === c && c.toUpperCase() !== c;

/** How many lines above the story's first paragraph its headline is looked for. */
const ABOVE_STORY = 8;

/**
 * The headline the page prints over its story when it is worded apart from the <title>: the
 * headline-shaped line right above the story's first paragraph, with at most a few short lines
 * (a byline, a date, a reading time, a section) between them, sharing a word of some length with the
 * title. -1 when there is none.
 */
function headlineAboveStory(lines: readonly string[], titleAt: number): number {
  // The title's words without the site's name (a teaser naming the site is not the headline).
  const title = collapseSpaces(lines[titleAt]!);
  const inTitle = new Set(titleWords(cleanTitle(title, null) ?? ''));
  const end = Math.min(lines.length, titleAt + 1 + HEADLINE_WINDOW);
  let start = -1;
  for (let i = titleAt + 1; i < end; i++) {
    if (isStoryParagraph(lines[i]!)) {
      start = i;
      break;
    }
  }
  if (start < 0) return -1;
  // Of the headline-shaped lines above the story, the one sharing most words with the title (the
  // upper one of a tie: a headline stands over its standfirst).
  let best = -1,
    bestShared = 0;
  for (let i = start - 1; i > titleAt && i >= start - ABOVE_STORY; i--) {
    const l = lines[i]!;
    if (!headlineShaped(l) || junkReason(l) || bylineNames(l) || BYLINE_OPENING.test(l)) continue;
    const shared = new Set(titleWords(l).filter((w) => w.length >= 4 && inTitle.has(w))).size;
    if (shared > 0 && shared >= bestShared) {
      best = i;
      bestShared = shared;
    }
  }
  // A long title and one word in common is a teaser on the same topic, not the story's headline.
  const contentWords = [...inTitle].filter((w) => w.length >= 4).length;
  if (best < 0 || (contentWords >= 7 && bestShared < 2)) return -1;
  // A line above it that is a part of the title is the headline, the candidate its standfirst.
  const above = key(lines[best - 1] ?? '');
  if (above && (above === key(title) || cuts(title).some((c) => key(c.head) === above || key(c.tail) === above))) return -1;
  return best;
}

/** "By Jane Doe For The Daily Example": a byline however it goes on. */
const BYLINE_OPENING = /^(?:By|BY|Par|PAR|Por|POR)\s\p{Lu}/u;

/** "Foto: …", "Photo: …" inside a line: a caption with its credit, not a headline. */
const CREDIT_LABEL = /\b(?:foto|fotos|photo|photos|bild|image|credit|crédit|crédito)\s?:/i;

/** The story's first paragraph: long running text no rule calls junk. */
function isStoryParagraph(l: string): boolean {
  return l.length >= 150 && /[.!?"”»]$/.test(l) && !junkReason(l);
}

/** A headline: four to thirty words, one or two sentences, not cut short, not a list of links. */
function headlineShaped(l: string): boolean {
  if (l.length < 15 || l.length > 220 || l.endsWith('...') || l.endsWith('…')) return false;
  const words = l.split(' ').length;
  if (words < 4 || words > 30 || crumbs(l) >= 2) return false;
  if (!/^[\p{Lu}\p{N}"“„«¿¡‚‘']/u.test(l) || /[.,;)\]]$/.test(l) || l.includes('©') || CREDIT_LABEL.test(l)) return false;
  return (l.match(/[.!?]\s/g) ?? []).length <= 1;
}

/** How many breadcrumb separators a line holds ("Home » News » …"). */
function crumbs(l: string): number {
  // "Home / News / …", "Startseite/…": a trail from the home page, however many steps it shows.
  if (HOME_CRUMB.test(l)) return 2;
  let n = 0;
  for (let i = 0; i < l.length && i < 300; i++) if (l[i] === '»' || l[i] === '›' || l[i] === '>' || (l[i] === '/' && l[i - 1] === ' ' && l[i + 1] === ' ')) n++;
  return n;
}

/** The home page's link opening a breadcrumb trail, in several languages. */
const HOME_CRUMB = /^(?:home|homepage|startseite|start|inicio|portada|accueil|home page|strona główna|página inicial|pagina iniziale|hem|forside|etusivu)\s?[/»›>|]/i;
