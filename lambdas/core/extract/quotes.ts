/**
 * Direct quotes and their speakers.
 *
 * 1. Quote spans are found per paragraph by a linear scan of quotation marks: “…”, "…", „…“,
 *    «…», »…«, ‹…› and British ‘…’ (apostrophes and plural possessives skipped). A quote with no
 *    closing mark runs to the end of its paragraph, and when the next paragraph opens with a
 *    quotation mark the quote continues there (the press convention); an attribution glued to
 *    such a quote ("…conclusionsKabulov said.") is cut off and used.
 * 2. Scare quotes and names in quotes (“part”, “law and order”, “New Silk Roads”) are dropped:
 *    a quote needs four words, or two words and the punctuation of a full clause.
 * 3. The speaker comes from an attribution: first the rest of the sentence after the quote
 *    (“…,” X said / said X / X, the spokeswoman, said / according to X / a-t-il déclaré), then
 *    the sentence before it (X said: “…”, X told reporters that “…”) — before it first when the
 *    quote is a lower-case fragment — then a short attribution sentence right after, then the
 *    speaker of the previous quote when the quote continues it or the verb has no subject
 *    ("Added that “…”"). An unnamed subject ("a senior official said") gives null. A quote that
 *    names a work ("a study titled “…”") is no quote.
 *    Among names before the verb a person outranks an organisation, which outranks a place.
 *    A pronoun resolves to a speaker or subject named earlier in its paragraph, else to the last
 *    speaking subject ("Zhirnov said …") in the two paragraphs before, else the most recent person
 *    outside quotes; a title ("the spokeswoman") to the person last introduced with it
 *    ("spokeswoman Hua Chunying"), or for an office ("the minister") to the last person introduced
 *    with any role; "the company" to the
 *    last organisation named. Speakers are always names from `entities` (surname mentions reach
 *    the full name through aliases, or the last word of a person's name when it is unique) or null.
 */
import type { Entity, Quote } from '#contracts/record.ts';
import { splitSentenceSpans, type SentenceSpan } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';

const MAX_PARAGRAPHS = 2000;
const MAX_PARAGRAPH_CHARS = 20_000;
const MAX_QUOTES = 300;
/** How far (characters) attribution windows reach before and after a quote. */
const BEFORE_CHARS = 300;
const AFTER_CHARS = 200;

/** Closing marks accepted for each opening mark. */
const CLOSERS: Record<string, string> = { '“': '”“', '„': '“”', '«': '»', '‹': '›', '"': '"', '»': '«', '‘': '’' };
const OPENERS = new Set(Object.keys(CLOSERS));
const QUOTE_MARK = /["“”„«»‹‘]/g;
const WORD_AFTER = /^[\p{L}\p{N}]$/u;
const LOWER_AFTER = /^\p{Ll}$/u;

/** Verbs (and the like) that attribute speech, in the languages the pipeline sees most. */
const SPEECH = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'adding', 'wrote', 'writes', 'stated', 'states',
  'declared', 'explained', 'explains', 'noted', 'notes', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues',
  'asked', 'asks', 'replied', 'continued', 'announced', 'claimed', 'claims', 'stressed', 'recalled', 'acknowledged',
  'admitted', 'tweeted', 'posted', 'commented', 'remarked', 'observed', 'concluded', 'urged', 'according', 'quoted',
  'dijo', 'dice', 'afirmó', 'declaró', 'señaló', 'explicó', 'aseguró', 'añadió', 'agregó', 'según', 'indicó',
  'déclaré', 'dit', 'selon', 'affirme', 'affirmé', 'ajouté', 'expliqué', 'estime', 'souligné', 'déclare',
  'sagte', 'sagt', 'erklärte', 'betonte', 'laut', 'sagten', 'meinte', 'fügte',
  'disse', 'detto', 'dichiarato', 'secondo', 'afirmou', 'segundo', 'declarou', 'zei', 'volgens', 'aldus',
  'affirmed', 'confirmed', 'conceded', 'emphasised', 'emphasized', 'underlined', 'maintained', 'revealed', 'predicted',
  'responded', 'cautioned', 'complained', 'lamented', 'boasted', 'joked', 'pleaded', 'vowed', 'assured', 'reiterated',
  'testified', 'recounted', 'shouted', 'whispered', 'recalls', 'answered', 'replies', 'texted', 'emailed',
  'described', 'describes',
]);
const PRONOUNS = new Set(['he', 'she', 'él', 'ella', 'il', 'elle', 'er', 'sie', 'lui', 'lei', 'ele', 'ela', 'hij', 'zij']);
/** Role nouns that stand in for a person introduced earlier ("the spokeswoman said"). */
const TITLES = new Set([
  'presidente', 'président', 'présidente', 'präsident', 'präsidentin', 'ministro', 'ministra', 'ministre', 'portavoz',
  'porte-parole', 'sprecher', 'sprecherin', 'canciller', 'kanzler', 'kanzlerin', 'chancelière', 'alcalde', 'alcaldesa',
  'maire', 'bürgermeister', 'bürgermeisterin', 'embajador', 'embajadora', 'ambassadeur', 'botschafter', 'primeiro-ministro',
  'governador', 'gobernador', 'jefe', 'líder', 'dirigente', 'sindaco', 'premier', 'premiê', 'secretario', 'secretaria',
  'spokeswoman', 'spokesman', 'spokesperson', 'ambassador', 'minister', 'president', 'official', 'secretary',
  'chancellor', 'governor', 'senator', 'mayor', 'director', 'envoy', 'general', 'commander', 'premier', 'leader',
  'chairman', 'chairwoman', 'ceo', 'diplomat', 'analyst', 'professor', 'lawmaker', 'judge', 'coach', 'king', 'queen',
  'pope', 'prosecutor', 'lawyer', 'attorney', 'negotiator', 'chief', 'founder', 'co-founder', 'sheriff', 'captain',
  'manager', 'economist', 'researcher', 'representative', 'deputy', 'adviser', 'advisor', 'candidate', 'commissioner',
  'spokesmen', 'militant', 'commentator', 'chair', 'actor', 'actress', 'singer', 'player', 'striker', 'author',
]);
/** Offices one person holds in a story: "the minister" may name someone introduced with another role. */
const OFFICES = new Set([
  'minister', 'secretary', 'president', 'premier', 'chancellor', 'governor', 'mayor', 'judge', 'coach', 'manager',
  'ministro', 'ministra', 'ministre', 'presidente', 'président', 'présidente', 'präsident', 'präsidentin', 'alcalde', 'maire',
]);
const DEFINITE = new Set(['the', 'la', 'el', 'le', 'der', 'die', 'il', 'o', 'l', 'lo', 'het']);
/** Nouns that refer back to the last organisation named ("the company said", "the ministry added"). */
const ORG_REFERENCES = new Set([
  'company', 'firm', 'group', 'ministry', 'agency', 'bank', 'airline', 'carrier', 'department', 'organisation',
  'organization', 'union', 'party', 'club', 'university', 'council', 'commission', 'regulator', 'insurer', 'retailer',
  'automaker', 'carmaker', 'startup', 'network', 'broadcaster', 'newspaper', 'team', 'charity', 'court',
]);
/** Epithets reporters use for the person just named ("the Briton", "the veteran", "the 21-year-old"). */
const EPITHETS = new Set([
  'briton', 'scot', 'englishman', 'englishwoman', 'welshman', 'welshwoman', 'irishman', 'irishwoman', 'american', 'australian',
  'canadian', 'frenchman', 'frenchwoman', 'german', 'italian', 'spaniard', 'dutchman', 'swede', 'norwegian', 'dane', 'finn',
  'russian', 'ukrainian', 'pole', 'brazilian', 'argentine', 'argentinian', 'mexican', 'indian', 'pakistani', 'kenyan',
  'nigerian', 'japanese', 'kiwi', 'aussie', 'veteran', 'youngster', 'teenager', 'champion', 'forward', 'midfielder',
  'defender', 'goalkeeper', 'winger', 'batsman', 'batter', 'bowler', 'driver', 'rider', 'skipper', 'boss', 'star',
]);
const CALLED = new Set(['called', 'calls', 'call', 'dubbed', 'labelled', 'labeled', 'branded']);
const AGE_EPITHET = /^\d{1,3}-year-old$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'la', 'el', 'le', 'der', 'die', 'il', 'o', 'de', 'het', 'l', 'lo', 'os', 'del', 'du']);

/**
 * An attribution glued to the end of a quote that lost its closing mark:
 * "…the necessary conclusionsKabulov said." or "…conclusions, he said."
 */
const GLUED_TAIL = /(?:(?<=\p{Ll})|[,.]\s)(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}|he|she)\s(?:said|says|added|told|wrote|stated)\b[^“"«„]{0,80}$/u;

interface Span {
  para: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  close: number;
  text: string;
  unclosed: boolean;
  /** The quote stands at the start of its paragraph (a continuation candidate). */
  leading: boolean;
  /** Attribution cut from an unclosed quote's glued tail: the speaker words. */
  gluedSpeaker: string | null;
  /** A short quote kept because it is a whole attributed sentence (“It’s over,” she said). */
  spoken?: boolean;
}

interface Mention {
  para: number;
  /** Token range [i, j) in the paragraph's tokens. */
  i: number;
  j: number;
  start: number;
  entity: Entity;
  inQuote: boolean;
}

interface Paragraph {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  /** Sentence spans, computed on first use (only paragraphs with quotes need them). */
  sentences: SentenceSpan[] | null;
  spans: Span[];
}

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** Quotation spans of one paragraph, by one scan. */
function findSpans(text: string, para: number): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && spans.length < MAX_QUOTES) {
    // Jump to the next quotation mark of any kind.
    QUOTE_MARK.lastIndex = i;
    if (!QUOTE_MARK.test(text)) break;
    i = QUOTE_MARK.lastIndex - 1;
    let c = text[i]!;
    // A closing curly mark after a space is used as an opening one by some sites.
    if (c === '”' && isSpace(text[i - 1]) && !isSpace(text[i + 1])) c = '“';
    // French «…» is the default; a » opening after a space is the German/Danish »…« style.
    const opensAfterSpace = isSpace(text[i - 1]) || '([{—–-'.includes(text[i - 1]!);
    if (!OPENERS.has(c) || (c === '»' && !isSpace(text[i - 1])) || ((c === '"' || c === '‘') && !opensAfterSpace)) {
      i++;
      continue;
    }
    const closers = CLOSERS[c]!;
    let j = i + 1;
    let end = -1;
    while (j < n) {
      const d = text[j]!;
      if (closers.includes(d)) {
        // “ closes a „ quote, and closes a “ quote only when it cannot be opening another one.
        if (d === '“' && c === '“' && isSpace(text[j - 1])) break;
        // ’ inside a word is an apostrophe ("don’t"), not the end of a ‘single-quoted’ quote.
        if (d === '’' && WORD_AFTER.test(text[j + 1] ?? '')) {
          j++;
          continue;
        }
        // "the girls’ schools": a plural possessive, when a later ’ can still close the quote.
        if (d === '’' && c === '‘' && text[j - 1] === 's' && text[j + 1] === ' ' && LOWER_AFTER.test(text[j + 2] ?? '') && text.indexOf('’', j + 1) > 0) {
          j++;
          continue;
        }
        end = j;
        break;
      }
      j++;
    }
    const unclosed = end < 0;
    // A stray ‘ is more likely a typo than a quote running to the paragraph end.
    if (unclosed && c === '‘') {
      i++;
      continue;
    }
    const contentEnd = unclosed ? j : end;
    let content = text.slice(i + 1, contentEnd);
    let gluedSpeaker: string | null = null;
    if (unclosed) {
      const tailFrom = Math.max(0, content.length - 160);
      const m = GLUED_TAIL.exec(content.slice(tailFrom));
      if (m) {
        gluedSpeaker = m[1]!;
        content = content.slice(0, tailFrom + m.index + (m[0].startsWith(',') || m[0].startsWith('.') ? 1 : 0));
      }
    }
    spans.push({
      para,
      open: i,
      close: unclosed ? contentEnd : end + 1,
      text: content,
      unclosed,
      leading: text.slice(0, i).trim().length === 0,
      gluedSpeaker,
    });
    i = unclosed ? contentEnd : end + 1;
  }
  return spans;
}

/** Trims whitespace and dangling clause punctuation from quote text. */
function cleanText(s: string): string {
  return s.replace(/^[\s,;:—–-]+/u, '').replace(/(?<![\s,;:—–-])[\s,;:—–-]+$/u, '').replace(/\s+/g, ' ');
}

/** A real quote: four words, or a short full clause ("We refuse."), and not a title-cased name. */
function isQuote(text: string): boolean {
  const words = tokenize(text, 64);
  if (words.length === 0) return false;
  // Chinese/Japanese quotes have no spaces: judge by characters.
  if (words.length < 4 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{6}/u.test(text)) return true;
  const endsClause = /[.!?…]$/u.test(text.trim());
  if (words.length < 4 && !(words.length >= 2 && endsClause)) return false;
  // "The Lord of the Rings", "New Silk Roads": every long word capitalised, no clause punctuation.
  if (!endsClause && words.length <= 8) {
    const long = words.filter((w) => w.text.length > 3);
    if (long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w.text))) return false;
  }
  return true;
}

/** Words that introduce a name in quotes, not speech: a study “titled …”, a campaign “dubbed …”. */
const NAMING = new Set([
  'titled', 'entitled', 'called', 'dubbed', 'named', 'headlined', 'nicknamed', 'branded', 'labelled', 'labeled',
  'slogan', 'hashtag', 'motto', 'book', 'novel', 'film', 'movie', 'song', 'album', 'single', 'play', 'series', 'show',
  'documentary', 'exhibition', 'report', 'paper', 'essay', 'column', 'poem', 'podcast', 'episode', 'term', 'phrase', 'word',
  'titulado', 'titulada', 'llamado', 'llamada', 'intitulé', 'intitulée', 'baptisé', 'baptisée', 'titel', 'namens',
]);

/**
 * A quote that names a work or a thing rather than reporting speech: it follows a naming word
 * (“a study titled …”, “the book …,”) and does not end like a spoken sentence.
 */
function namesAWork(text: string, s: Span, inner: string): boolean {
  if (/[.!?…]$/u.test(inner)) return false;
  let k = s.open;
  while (k > 0 && (isSpace(text[k - 1]) || text[k - 1] === ',' || text[k - 1] === ':')) k--;
  const slice = text.slice(Math.max(0, k - 40), k);
  const lead = tokenize(slice, 20);
  const last = lead[lead.length - 1];
  return last !== undefined && last.end === slice.length && NAMING.has(last.text.toLowerCase());
}

/**
 * A two- or three-word quote that is a sentence of its own and is attributed right away:
 * “It’s over,” Smith said. / „Wir schaffen das“, sagte Merkel. Scare quotes sit mid-sentence.
 */
function isShortSpokenSentence(text: string, s: Span): boolean {
  const inner = cleanText(s.text);
  const n = tokenize(inner, 8).length;
  if (n < 2 || n > 3 || !/^\p{Lu}/u.test(inner)) return false;
  // Opens a sentence: only spaces, or sentence-ending punctuation (maybe a closing mark), before it.
  let k = s.open - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  if (k >= 0 && '”"»’'.includes(text[k]!)) k--;
  if (k >= 0 && !'.!?…:—–-•'.includes(text[k]!)) return false;
  const after = text.slice(s.close, s.close + 80);
  // Introduced by a speech verb and a colon: She wrote on Twitter: “Shame on them”.
  if (k >= 0 && text[k] === ':') {
    const lead = tokenize(text.slice(Math.max(0, k - 60), k), 12);
    if (lead.some((t) => SPEECH.has(t.text.toLowerCase()))) return true;
  }
  // Ends like a spoken sentence broken off for the attribution: a comma (or ! ?) inside or right after the mark.
  if (!/[,!?]\s*$/.test(s.text) && !/^\s?[,–—]/.test(after)) return false;
  return tokenize(after, 6).some((t) => SPEECH.has(t.text.toLowerCase()));
}

/** Entity surface forms keyed by first token, longest first, for a linear mention scan. */
function buildMatcher(entities: Entity[]): Map<string, { tokens: string[]; entity: Entity }[]> {
  const map = new Map<string, { tokens: string[]; entity: Entity }[]>();
  const add = (form: string, entity: Entity): void => {
    const tokens = tokenize(form, 12).map((t) => t.text);
    if (tokens.length === 0 || (tokens.length === 1 && tokens[0]!.length < 2)) return;
    const list = map.get(tokens[0]!) ?? [];
    if (!list.some((f) => f.entity === entity && f.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, entity });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    map.set(tokens[0]!, list);
  };
  const surnames = new Map<string, Entity | null>();
  for (const e of entities.slice(0, 500)) {
    if (!e || typeof e.name !== 'string') continue;
    add(e.name, e);
    for (const a of Array.isArray(e.aliases) ? e.aliases.slice(0, 20) : []) if (typeof a === 'string') add(a, e);
    if (e.type === 'person') {
      const parts = tokenize(e.name, 12);
      const last = parts[parts.length - 1]?.text;
      if (parts.length > 1 && last && last.length > 2) surnames.set(last, surnames.has(last) && surnames.get(last) !== e ? null : e);
    }
  }
  // A person's surname alone refers to them when no other person shares it.
  for (const [surname, e] of surnames) if (e && !map.get(surname)?.some((f) => f.tokens.length === 1)) add(surname, e);
  return map;
}

function findMentions(p: Paragraph, para: number, matcher: ReturnType<typeof buildMatcher>): Mention[] {
  const out: Mention[] = [];
  const toks = p.tokens;
  for (let i = 0; i < toks.length; i++) {
    const forms = matcher.get(toks[i]!.text);
    if (!forms) continue;
    for (const f of forms) {
      let ok = i + f.tokens.length <= toks.length;
      for (let k = 1; ok && k < f.tokens.length; k++) ok = toks[i + k]!.text === f.tokens[k];
      if (!ok) continue;
      const start = toks[i]!.start;
      const inQuote = p.spans.some((s) => start > s.open && start < s.close);
      out.push({ para, i, j: i + f.tokens.length, start, entity: f.entity, inQuote });
      i += f.tokens.length - 1;
      break;
    }
  }
  return out;
}

/** Global position for ordering across paragraphs. */
const pos = (para: number, offset: number): number => para * 1_000_000 + offset;

/** Words joining two speakers ("Smith and Garcia said"). */
const CONJUNCTIONS = new Set(['and', 'y', 'e', 'et', 'und', 'en', 'и']);

/** Text between two mentions that ends a sentence. */
const SENTENCE_GAP = /[.!?…]["”’»]?\s/u;

class Resolver {
  /** Person mentions outside quotes, in document order. */
  private readonly people: { at: number; name: string; speaking: boolean; subject: boolean }[] = [];
  /** Organisation mentions outside quotes, in document order ("the company said" refers back to one). */
  private readonly orgs: { at: number; name: string }[] = [];
  /** Title → people introduced with it, in document order. */
  private readonly titles = new Map<string, { at: number; name: string }[]>();
  /** Every person introduced with a role, in document order. */
  private readonly titled: { at: number; name: string }[] = [];

  constructor(private readonly paragraphs: Paragraph[]) {
    for (const p of paragraphs) {
      let prevPersonEnd = -1;
      /** Token index just past the previous mention of any kind. */
      let prevEnd = 0;
      for (const m of p.mentions) {
        const before = prevEnd;
        prevEnd = m.j;
        if (m.inQuote) continue;
        const at = pos(m.para, m.start);
        if (m.entity.type === 'organization') this.orgs.push({ at, name: m.entity.name });
        if (m.entity.type !== 'person') continue;
        // A person right before a speech verb ("Zhirnov said", "Biden told") or right after one
        // ("said Biden") is a speaking subject: the likeliest antecedent of a later "he"/"she".
        let speaking = m.i > 0 && isVerbAt(p.tokens, m.i - 1);
        for (let k = m.j; !speaking && k < Math.min(p.tokens.length, m.j + 4); k++) speaking = isVerbAt(p.tokens, k);
        // The first person named in a sentence is its likely subject ("Garcia met Smith.").
        const subject = prevPersonEnd < 0 || SENTENCE_GAP.test(p.text.slice(prevPersonEnd, m.start));
        prevPersonEnd = p.tokens[m.j - 1]!.end;
        this.people.push({ at, name: m.entity.name, speaking, subject });
        // "spokeswoman Hua Chunying", "Foreign Minister Wang Yi": a role just before the name.
        // Only the words right before the name count: the scan stops at punctuation, at a lower-case
        // word that is no role, and at another name ("Judge Helen Carter said Pike" gives Pike no title).
        for (let k = m.i - 1; k >= Math.max(0, m.i - 4, before); k--) {
          const tok = p.tokens[k]!;
          const t = tok.text.toLowerCase();
          const gap = p.text.slice(tok.end, p.tokens[k + 1]!.start);
          // "The Transport Secretary, Heidi Alexander,": a role in apposition before the name.
          if (gap.trim() === ',' && k === m.i - 1) {
            if (TITLES.has(t)) this.addTitle(t, at, m.entity.name);
            break;
          }
          if (/[,;:!?()"“”«»]/.test(gap)) break;
          if (TITLES.has(t)) this.addTitle(t, at, m.entity.name);
          else if (t === tok.text && !DETERMINERS.has(t)) break;
        }
        // "Hua Chunying, the foreign ministry spokeswoman,": a role in apposition.
        const after = p.text.slice(p.tokens[m.j - 1]!.end, p.tokens[m.j - 1]!.end + 3);
        if (after.startsWith(',')) {
          for (let k = m.j; k < Math.min(p.tokens.length, m.j + 6); k++) {
            const t = p.tokens[k]!.text.toLowerCase();
            if (TITLES.has(t)) {
              this.addTitle(t, at, m.entity.name);
              break;
            }
          }
        }
      }
    }
  }

  private addTitle(title: string, at: number, name: string): void {
    this.titled.push({ at, name });
    const list = this.titles.get(title) ?? [];
    list.push({ at, name });
    this.titles.set(title, list);
  }

  /**
   * The person a pronoun at `at` refers to: the last speaker or sentence subject named earlier in the
   * same paragraph; else the last speaking subject in the two paragraphs before, else the last
   * sentence subject there, else the most recent person mentioned outside quotes.
   */
  pronoun(at: number): string | null {
    const horizon = at - 2 * 1_000_000 - (at % 1_000_000);
    const paragraphStart = at - (at % 1_000_000);
    let recent: string | null = null;
    let subject: string | null = null;
    let speaker: string | null = null;
    for (let k = this.people.length - 1; k >= 0; k--) {
      const person = this.people[k]!;
      if (person.at >= at) continue;
      // A speaker or sentence subject named earlier in the same paragraph ("Sen. Rob Portman …
      // said the bill … ‘It’s not perfect,’ he said.") outranks the speakers of earlier paragraphs.
      if (person.at >= paragraphStart && (person.speaking || person.subject)) return person.name;
      recent ??= person.name;
      if (person.at < horizon) break;
      if (person.speaking) speaker ??= person.name;
      if (person.subject) subject ??= person.name;
    }
    return speaker ?? subject ?? recent;
  }

  /**
   * The person last introduced with `title` before `at` (or the first after, if none before). An
   * office nobody was introduced with ("the minister" after "Transport Secretary Heidi Alexander")
   * falls back, when `definite`, to the last person introduced with any role in this or the two
   * paragraphs before.
   */
  title(title: string, at: number, definite = false): string | null {
    const list = this.titles.get(title);
    if (!list) {
      if (!definite || !OFFICES.has(title)) return null;
      const horizon = at - 2 * 1_000_000 - (at % 1_000_000);
      for (let k = this.titled.length - 1; k >= 0; k--) {
        const t = this.titled[k]!;
        if (t.at >= at) continue;
        return t.at >= horizon ? t.name : null;
      }
      return null;
    }
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.at < at) return list[k]!.name;
    return list[0]!.name;
  }

  /** A candidate speaker at token `k` of paragraph `para`: a pronoun or a "the <title>" phrase. */
  reference(para: number, k: number): string | null {
    const p = this.paragraphs[para]!;
    const t = p.tokens[k]!;
    let lower = t.text.toLowerCase();
    const at = pos(para, t.start);
    // "a-t-il", "dit-elle": the pronoun is the last part.
    const dash = lower.lastIndexOf('-');
    if (dash > 0 && PRONOUNS.has(lower.slice(dash + 1))) lower = lower.slice(dash + 1);
    if (PRONOUNS.has(lower)) return this.pronoun(at);
    // "the 21-year-old said", "the Briton told reporters", "the veteran added": an epithet works as a pronoun.
    if ((EPITHETS.has(lower) || AGE_EPITHET.test(lower)) && k > 0 && p.tokens[k - 1]!.text.toLowerCase() === 'the') return this.pronoun(at);
    const org = ORG_REFERENCES.has(lower);
    if (TITLES.has(lower) || org) {
      for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
        if (!DETERMINERS.has(p.tokens[b]!.text.toLowerCase())) continue;
        if (!org) return this.title(lower, at, DEFINITE.has(p.tokens[b]!.text.toLowerCase()));
        for (let o = this.orgs.length - 1; o >= 0; o--) if (this.orgs[o]!.at < at) return this.orgs[o]!.name;
        return null;
      }
    }
    return null;
  }
}

/** A speech verb was found with a subject that is no entity ("a senior official said"): the speaker is unknown. */
const UNNAMED = '\u0000unnamed';

const SPEAKER_RANK: Record<string, number> = { person: 3, organization: 2, location: 1 };

/** A speech verb was found but no subject: the caller decides (the previous speaker, or none). */
const IMPLICIT = '\u0000implicit';

/** Token index range [from, to) of tokens lying within [start, end) of a paragraph. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [lo, to];
}

function isVerbAt(tokens: Token[], k: number): boolean {
  let w = tokens[k]!.text.toLowerCase();
  // French inversion: "dit-il", "a-t-elle déclaré" (the verb is the first part).
  const dash = w.indexOf('-');
  if (dash > 0) w = w.slice(0, dash);
  if (!SPEECH.has(w)) return false;
  if (w === 'according') return tokens[k + 1]?.text.toLowerCase() === 'to';
  return true;
}

/**
 * The speaker named in tokens [from, to) of a paragraph around a speech verb at `verb`:
 * an entity mention before the verb (nearest), else a pronoun or title there, else one after.
 */
function speakerAround(p: Paragraph, para: number, from: number, to: number, verb: number, r: Resolver): string | null {
  if (verb < p.tokens.length && p.tokens[verb]!.text.includes('-')) {
    const own = r.reference(para, verb); // "dit-il"
    if (own) return own;
  }
  const inRange = (m: Mention, a: number, b: number): boolean => m.i >= a && m.j <= b && !m.inQuote;
  const lo = Math.max(from, verb - 10);
  let best: Mention | null = null;
  // A person outranks an organisation, which outranks a place ("Smith, a farmer from Iowa, told…");
  // among equals the one nearest the verb wins.
  for (const m of p.mentions) {
    if (!inRange(m, lo, verb)) continue;
    if (!best || SPEAKER_RANK[m.entity.type] > SPEAKER_RANK[best.entity.type] || (SPEAKER_RANK[m.entity.type] === SPEAKER_RANK[best.entity.type] && m.i > best.i)) best = m;
  }
  // "Smith and Garcia said": joint speakers are recorded as the first one named.
  for (let guard = 0; best && guard < 4 && best.i > 0 && CONJUNCTIONS.has(p.tokens[best.i - 1]!.text.toLowerCase()); guard++) {
    const b: Mention = best;
    const first = p.mentions.find((m) => m.j === b.i - 1 && m.entity.type === b.entity.type && inRange(m, lo, verb));
    if (!first) break;
    best = first;
  }
  if (best) return best.entity.name;
  for (let k = verb - 1; k >= lo; k--) {
    const ref = r.reference(para, k);
    if (ref) return ref;
  }
  const hi = Math.min(to, verb + 8);
  // "said Met Office forecaster Greg Dewhurst": after the verb too, a person outranks the organisation
  // before the name, but not across a comma ("said Smith, of the Met Office").
  let after: Mention | null = null;
  for (const m of p.mentions) {
    if (!inRange(m, verb + 1, hi)) continue;
    if (after && /,/.test(p.text.slice(p.tokens[after.j - 1]!.end, m.start))) break;
    if (!after || SPEAKER_RANK[m.entity.type] > SPEAKER_RANK[after.entity.type]) after = m;
  }
  if (after) return after.entity.name;
  for (let k = verb + 1; k < hi; k++) {
    const ref = r.reference(para, k);
    if (ref) return ref;
  }
  // No named subject: the verb continues the previous speaker only when nothing stands before it
  // ("Added that…", "…, and also said"); "a senior official said" has a subject we cannot name.
  for (let k = from; k < verb; k++) if (!CONTINUERS.has(p.tokens[k]!.text.toLowerCase())) return UNNAMED;
  return IMPLICIT;
}

const CONTINUERS = new Set(['and', 'also', 'then', 'later', 'but', 'further', 'again', 'he', 'she', 'has', 'had', 'have', 'was']);

/** Attribution in the text after a quote: the first speech verb within `reach` tokens. */
function attributeAfter(p: Paragraph, para: number, s: Span, nextOpen: number, reach: number, r: Resolver): string | null {
  const end = Math.min(nextOpen, s.close + AFTER_CHARS, p.text.length);
  const [from, to] = tokenRange(p.tokens, s.close, end);
  for (let k = from; k < Math.min(to, from + reach); k++) {
    if (!isVerbAt(p.tokens, k)) continue;
    // "…,” adding that Harris would lead": a participle continues the sentence's own subject.
    if (k === from && PARTICIPLES.has(p.tokens[k]!.text.toLowerCase())) return IMPLICIT;
    return speakerAround(p, para, from, to, k, r);
  }
  return null;
}

const PARTICIPLES = new Set(['adding', 'saying', 'noting', 'explaining', 'arguing', 'warning', 'insisting', 'claiming', 'stressing', 'telling', 'writing']);

/** Attribution in the sentence before a quote: the last speech verb, or a colon introducing it. */
function attributeBefore(p: Paragraph, para: number, s: Span, prevClose: number, r: Resolver): string | null {
  p.sentences ??= splitSentenceSpans(p.text);
  const sentence = p.sentences.find((x) => x.start <= s.open && s.open < x.end);
  const start = Math.max(sentence?.start ?? 0, prevClose, s.open - BEFORE_CHARS);
  if (start >= s.open) return null;
  const [from, to] = tokenRange(p.tokens, start, s.open);
  // "Biden called it “a blue-collar blueprint”": calling something a quoted phrase is saying it.
  if (to - from >= 2 && CALLED.has(p.tokens[to - 2]!.text.toLowerCase()) && /^(?:it|them|this|that|him|her)$/i.test(p.tokens[to - 1]!.text)) {
    return speakerAround(p, para, from, to, to - 2, r);
  }
  for (let k = to - 1; k >= Math.max(from, to - 25); k--) {
    if (isVerbAt(p.tokens, k)) return speakerAround(p, para, from, to, k, r);
  }
  if (p.text.slice(start, s.open).trimEnd().endsWith(':') && to > from) return speakerAround(p, para, from, to, to, r);
  return null;
}

/**
 * The person who is the subject of the sentence just before a quote that opens a sentence: named in
 * the sentence's first three words, and not as a possessor ("Smith's lawyer"). The sentence is in
 * the same paragraph, or ends the paragraph before when the quote opens its own (and holds no quote).
 */
function subjectBefore(paras: Paragraph[], pi: number, s: Span): string | null {
  let p = paras[pi]!;
  p.sentences ??= splitSentenceSpans(p.text);
  const idx = p.sentences.findIndex((x) => x.start <= s.open && s.open < x.end);
  let prev: SentenceSpan | undefined;
  if (idx > 0) {
    // The quote must open its sentence.
    if (p.text.slice(p.sentences[idx]!.start, s.open).trim().length > 0) return null;
    prev = p.sentences[idx - 1];
  } else if (s.leading && pi > 0) {
    p = paras[pi - 1]!;
    if (p.spans.length > 0) return null;
    p.sentences ??= splitSentenceSpans(p.text);
    prev = p.sentences[p.sentences.length - 1];
  }
  if (!prev || p.spans.some((x) => x.open < prev.end && x.close > prev.start)) return null;
  const [from] = tokenRange(p.tokens, prev.start, prev.end);
  const m = p.mentions.find((x) => x.i >= from && x.start < prev.end);
  if (!m || m.inQuote || m.entity.type !== 'person' || m.i > from + 2) return null;
  const after = p.text.slice(p.tokens[m.j - 1]!.end, p.tokens[m.j - 1]!.end + 2);
  if (/^['’]s?/.test(after)) return null;
  return m.entity.name;
}

/** Speaker words cut from a glued tail ("Kabulov", "he") resolved like any mention. */
function resolveGlued(words: string, s: Span, matcher: ReturnType<typeof buildMatcher>, r: Resolver): string | null {
  const lower = words.toLowerCase();
  if (PRONOUNS.has(lower)) return r.pronoun(pos(s.para, s.open));
  const toks = tokenize(words, 6).map((t) => t.text);
  for (let i = 0; i < toks.length; i++) {
    for (const f of matcher.get(toks[i]!) ?? []) {
      if (f.tokens.every((t, k) => toks[i + k] === t)) return f.entity.name;
    }
  }
  return null;
}

/**
 * Direct quotes with their speakers, in document order.
 * @example extractQuotes(['“We will not leave the city,” Smith said.'], [{ name: 'John Smith', aliases: ['Smith'], type: 'person', mentions: 2, countryCode: null }])
 *   // [{ text: 'We will not leave the city', speaker: 'John Smith' }]
 */
export function extractQuotes(paragraphs: string[], entities: Entity[]): Quote[] {
  if (!Array.isArray(paragraphs)) return [];
  const matcher = buildMatcher(Array.isArray(entities) ? entities : []);
  const paras: Paragraph[] = [];
  for (let i = 0; i < Math.min(paragraphs.length, MAX_PARAGRAPHS); i++) {
    const raw = paragraphs[i];
    const text = typeof raw === 'string' ? raw.slice(0, MAX_PARAGRAPH_CHARS) : '';
    const spans = findSpans(text, i).filter((s) => s.unclosed || isQuote(cleanText(s.text)) || (s.spoken = isShortSpokenSentence(text, s)));
    const p: Paragraph = { text, tokens: tokenize(text), mentions: [], sentences: null, spans };
    p.mentions = findMentions(p, i, matcher);
    paras.push(p);
  }
  const r = new Resolver(paras);

  interface Found {
    span: Span;
    text: string;
    speaker: string | null;
    spoken: boolean;
  }
  const found: Found[] = [];
  let total = 0;
  for (let pi = 0; pi < paras.length && total < MAX_QUOTES; pi++) {
    const p = paras[pi]!;
    for (let qi = 0; qi < p.spans.length && total < MAX_QUOTES; qi++) {
      const s = p.spans[qi]!;
      const nextOpen = p.spans[qi + 1]?.open ?? p.text.length;
      const prevClose = p.spans[qi - 1]?.close ?? 0;
      const prev = found[found.length - 1];
      const text = cleanText(s.text);
      // A quote resumed after "he said," in the same sentence: “A,” he said, “and B.”
      if (prev && prev.span.para === pi && /^\p{Ll}/u.test(text) && /,\s*$/.test(p.text.slice(prevClose, s.open)) && prev.span.close < s.open) {
        prev.text = `${prev.text}${/[.!?…]$/u.test(prev.text) ? '' : ','} ${text}`;
        prev.span = { ...prev.span, close: s.close, unclosed: s.unclosed };
        continue;
      }
      // A quote left open at the end of the previous paragraph continues in this one.
      if (prev && prev.span.unclosed && !prev.span.gluedSpeaker && prev.span.para === pi - 1 && s.leading) {
        // Keep the comma a quote broken across paragraphs ended on ("…unless you must, / the roads…").
        const comma = /,\s*$/.test(prev.span.text) && !/[.!?…,]$/u.test(prev.text) ? ',' : '';
        prev.text = `${prev.text}${comma} ${text}`;
        prev.span = { ...s, text: prev.span.text };
        if (!prev.speaker) {
          const late = attributeAfter(p, pi, s, nextOpen, 12, r) ?? attributeBefore(p, pi, s, prevClose, r);
          prev.speaker = late === IMPLICIT || late === UNNAMED ? null : late;
        }
        continue;
      }
      if (!s.spoken && !isQuote(text)) continue;
      if (namesAWork(p.text, s, text)) continue;
      let speaker: string | null = null;
      if (s.gluedSpeaker) speaker = resolveGlued(s.gluedSpeaker, s, matcher, r);
      const afterText = p.text.slice(s.close, Math.min(nextOpen, s.close + AFTER_CHARS));
      // "…”. Smith said later" is a new sentence: it attributes only when nothing closer does.
      const newSentenceAfter = /^\s*[.!?…]/u.test(afterText);
      let implicit = false;
      let unnamed = false;
      const consider = (v: string | null): void => {
        if (speaker || unnamed) return;
        if (v === IMPLICIT) implicit = true;
        else if (v === UNNAMED) unnamed = true;
        else if (v) speaker = v;
      };
      // A lower-case fragment (“…confident that we can…”) sits inside reported speech: the verb before it rules.
      const fragment = /^\p{Ll}/u.test(text);
      if (fragment) consider(attributeBefore(p, pi, s, prevClose, r));
      if (!newSentenceAfter) consider(attributeAfter(p, pi, s, nextOpen, 12, r));
      if (!fragment) consider(attributeBefore(p, pi, s, prevClose, r));
      if (newSentenceAfter) consider(attributeAfter(p, pi, s, nextOpen, 6, r));
      // "Added that “…”": a speech verb with no subject continues the last speaker nearby.
      if (!speaker && implicit && !unnamed) speaker = prev && prev.span.para >= pi - 2 ? prev.speaker : null;
      // Same paragraph, or a quote opening a paragraph right after a quoted one: same speaker.
      const follows = prev && (prev.span.para === pi || (prev.span.para === pi - 1 && s.leading));
      if (!speaker && !unnamed && follows) speaker = prev.speaker;
      // "Smith was defiant. “We will never give up.”": an unattributed sentence-long quote right
      // after a sentence whose subject is a person is that person's.
      if (!speaker && !unnamed && !implicit && !follows && !fragment) speaker = subjectBefore(paras, pi, s);
      found.push({ span: s, text, speaker, spoken: s.spoken === true });
      total++;
    }
  }
  const seen = new Set<string>();
  const out: Quote[] = [];
  for (const f of found) {
    if ((!f.spoken && !isQuote(f.text)) || seen.has(f.text)) continue;
    seen.add(f.text);
    out.push({ text: f.text, speaker: f.speaker && !f.speaker.startsWith('\u0000') ? f.speaker : null });
  }
  return out;
}
