/**
 * Named entities (person, organization, location) in an article: CoNLL-style tokenization,
 * an averaged-perceptron BIO tagger with gazetteer features, then name clean-up and alias merging.
 * Pure, bounded and never throws (any failure yields what was found so far, or []).
 */
import type { Entity, EntityType } from '#contracts/record.ts';
import { docContext } from './features.ts';
import { isCommonWord, knownPlaceOrOrg, lookup, personNameClass } from './gazetteer.ts';
import { ModelDataError } from './model-file.ts';
import { isSureMention, spanConfidence, SURE_WEIGHT } from './confidence.ts';
import { type Mention, mergeMentions } from './merge.ts';
import { acceptableName, closesOrgName, impliedType, isDeterminer, isTitle, joinName, personAfterRole, stateName, trimSpan } from './names.ts';
import { tagDocument } from './tagger.ts';
import { alignVersusSides, isVersus } from './versus.ts';
import { splitSentences, tokenizeWithOriginal } from './tokenize.ts';

export interface EntityInput {
  title: string;
  paragraphs: string[];
  captions: string[];
}

/** Bounds: an article longer than this is tagged on its first part only. */
const MAX_TEXTS = 400;
const MAX_SENTENCES = 2_000;

/** Small words inside a name between its capitalised words ("Centers for Disease Control"). */
const CONNECTORS = new Set(['for', 'of', 'on', 'and', 'the', '&']);

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/**
 * Remove photo credits from a caption: a trailing "(AP)", "(Reuters/John Doe)", "Photo: …" or
 * "Credit: …" names the picture agency, not someone in the story.
 */
export function stripCaptionCredit(caption: string): string {
  let c = caption.slice(0, 2_000);
  c = c.replace(/(?<!\s)\s*(?:photo|picture|image|credit|source|foto)s?\s*(?:by|:)[^.]{0,80}$/i, '');
  c = c.replace(/(?<!\s)\s*\([^()]{1,60}\)\s*$/, '');
  // "REUTERS/Lisi Niesner", "AP Photo/Jane Doe", "Getty Images/AFP" at the end of a caption.
  c = c.replace(/(?<!\s)\s*\b[A-Z][A-Za-z]{1,20}(?: Photo| Images)?\s?\/\s?[^/]{1,50}$/, '');
  c = c.replace(/(?<!\s)\s*\|[^|]{0,60}$/, '');
  return c;
}

const AGENCY_CREDIT =
  /\((?:AP|AFP|Reuters|EPA|EPA-EFE|Getty|Getty Images|Bloomberg|Xinhua|PA|dpa|EFE|ANSA|Shutterstock|Alamy|IANS|PTI|ANI|TASS|Sputnik|Kyodo|Yonhap|UPI|AAP|Anadolu|NurPhoto)(?: Photo| Images| via Getty Images)?(?:\s?\/[^()\n]{0,60})?\)\s*$/i;

const DATELINE_AGENCY =
  /^([^()]{2,60}?) ?\((?:AP|AFP|Reuters|Bloomberg|Xinhua|PA|dpa|EFE|ANSA|IANS|PTI|ANI|TASS|Kyodo|Yonhap|UPI|AAP|Anadolu|CNN|BBC|AP Photo)\) ?(?=[-—–])/;

/**
 * Scraped text keeps photo captions among the paragraphs ("Taliban negotiators (Reuters)"): a
 * trailing bracketed news or photo agency at the end of a line is its credit, not a mention.
 */
export function stripAgencyCredit(line: string): string {
  if (line.length > 3_000 || !line.includes('(')) return line;
  // "ABUJA, Nigeria (Reuters) - …": the agency in a dateline is the byline's, not the story's.
  const dated = DATELINE_AGENCY.exec(line);
  if (dated) line = `${dated[1]} ${line.slice(dated[0].length)}`;
  const cut = line.replace(AGENCY_CREDIT, '');
  return cut === line ? line : cut.trimEnd();
}

/** "(With information from AFP)", "Additional reporting by …; Editing by …": sourcing notes, not the story. */
export function isSourcingLine(line: string): boolean {
  return (
    line.length < 300 &&
    /^[\s(]*(?:with (?:additional )?(?:information|reporting|input)s? (?:from|by)|(?:additional )?reporting by|writing by|editing by|compiled by|this story (?:was|has been) (?:updated|corrected))\b/i.test(line)
  );
}

/** /^\p{L}/u, with ASCII answered without the pattern (it runs on every token of every article). */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /^\p{L}/u.test(t);
}

/** Words of four letters or more a title-cased headline leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'upon', 'amid', 'after', 'about', 'under', 'versus']);

/**
 * Is this a title-cased headline? Most longer words capitalised, none of the others a content
 * word ("spoke"), and at least two of them are words the article uses in lower case elsewhere
 * ("Hold", "Meeting"): a list of names ("Romania - Cosmin Contra, Mihai Tararache") is
 * capitalised too but is not a headline.
 */

export function isTitleCased(tokens: string[], lowerSeen: Set<string>): boolean {
  let long = 0;
  let caps = 0;
  let common = 0;
  for (const t of tokens) {
    if (t.length < 4 || !startsWithLetter(t)) continue;
    long++;
    if (t[0] !== t[0]!.toLowerCase()) {
      caps++;
      if (lowerSeen.has(t.toLowerCase())) common++;
    } else if (!TITLE_SMALL_WORDS.has(t)) return false; // a headline in title case lowers only its small words, never "spoke"
  }
  return long >= 3 && caps >= long * 0.8 && common >= 2;
}

/**
 * A span the tagger called MISC (CoNLL's bin for "Taliban" in some contexts, leagues, events)
 * that the gazetteer knows as an organization or place takes the gazetteer's type.
 */
function gazetteerType(tokens: string[]): EntityType | undefined {
  const e = lookup(tokens.join(' '));
  if (!e) return undefined;
  if (e.kind === 'org') return 'organization';
  if (isAdjectivalShortForm(tokens, e)) return undefined;
  if (e.kind === 'country' || e.kind === 'place') return 'location';
  return undefined;
}

/**
 * "the benchmark Thai price", "Saudi officials": a country's short form that starts its full name
 * ("Thai" of "Thailand", "Saudi" of "Saudi Arabia") is used as its adjective; when the tagger
 * called it MISC (a nationality, in CoNLL's terms) it is no place.
 */
function isAdjectivalShortForm(tokens: string[], e: { kind: string; canonical: string }): boolean {
  if (e.kind !== 'country' || tokens.length !== 1) return false;
  const t = tokens[0]!.toLowerCase();
  const c = e.canonical.toLowerCase();
  return c.length > t.length && c.startsWith(t);
}

/** Tagged spans of one sentence as mentions. */
/** Does a quote open before token i with only capitalised words between it and i (at least one)? */
function inQuotedTitle(tokens: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (tokens[k] === '"') return k < i - 1;
    if (!/^\p{Lu}/u.test(tokens[k]!)) return false;
  }
  return false;
}

const PARTICLES = new Set('von van der den de del della di da dos das du la le bin ibn ben bint al el ter ten zu'.split(' '));
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|bin|ibn|abu)-\p{Lu}/u;
const MAX_PARTICLE_LENGTH = Math.max(...[...PARTICLES].map((p) => p.length));

/** Is token x inside a person span? */
function isPerAt(tags: string[], x: number): boolean {
  return x >= 0 && (tags[x] === 'B-PER' || tags[x] === 'I-PER');
}

/**
 * "Ursula von der Leyen", "Mohammed bin Salman", "Von der Leyen said", "Bashar al-Assad": the
 * tagger learnt from English names and leaves lower-case particles out; a person span, up to two
 * particles and a capitalised word are one name. Rewrites the tags in place.
 */
function joinNameParticles(tokens: string[], tags: string[]): void {
  const n = tokens.length;
  // This runs on every token of the article: cheap tests first (an Arabic article has a hyphen, a
  // particle at most four letters), and no closure made per token.
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (t.length > 3 && t.includes('-') && ARABIC_ARTICLE.test(t)) {
      // "Bashar al-Assad" with "Bashar" untagged: a capitalised word before al-X makes a name with it (al-Qaeda, an organization, stays).
      const givenBefore = k > 0 && tags[k - 1] === 'O' && /^\p{Lu}\p{Ll}/u.test(tokens[k - 1]!) && !tags[k]!.endsWith('ORG') && !isTitle(tokens[k - 1]!);
      if ((isPerAt(tags, k - 1) || givenBefore) && tags[k] !== 'I-PER') {
        if (givenBefore) tags[k - 1] = 'B-PER';
        tags[k] = 'I-PER';
        for (let m = k + 1; m < n && tags[m]!.startsWith('I-'); m++) tags[m] = 'I-PER';
        continue;
      }
    }
    if (t.length > MAX_PARTICLE_LENGTH) continue;
    const lower = t.toLowerCase();
    if (!PARTICLES.has(lower) || tags[k]!.startsWith('I-')) continue;
    // A capitalised particle opening the sentence ("Von der Leyen said") may start the name, and so
    // may one anywhere when another particle follows ("allowed Van der Westhuizen"; Van is also a city).
    const pair = t !== lower && k > 0 && PARTICLES.has(tokens[k + 1] ?? '') && !tags[k]!.endsWith('ORG');
    const opensName = (t !== lower && k === 0) || pair;
    if (tags[k] !== 'O' && !pair) continue;
    if (!isPerAt(tags, k - 1) && !opensName) continue;
    let q = k + 1;
    while (q < n && q <= k + 2 && tags[q] !== 'I-PER' && PARTICLES.has(tokens[q]!)) q++;
    if (q >= n || !/^\p{Lu}/u.test(tokens[q]!) || tags[q] === 'I-PER' || tags[q]!.endsWith('ORG')) continue;
    if (opensName && !pair && !(tags[q] === 'B-PER' || tags[q] === 'O' || tags[q] === 'B-MISC')) continue;
    for (let m = k; m < q; m++) tags[m] = m === k && !isPerAt(tags, k - 1) ? 'B-PER' : 'I-PER';
    tags[q] = 'I-PER';
    for (let m = q + 1; m < n && tags[m]!.startsWith('I-'); m++) tags[m] = 'I-PER';
    k = q;
  }
}

const APPOSITION_FILLERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'former', 'then', 'longtime', 'new', "'s"]);

/** Is the span ending at `end` followed by ", [the|Tesla 's|former …] <role word>"? */
function appositiveRole(tokens: string[], end: number): boolean {
  if (tokens[end] !== ',') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 5; k++) {
    const t = tokens[k]!;
    if (isTitle(t)) return /^\p{Ll}/u.test(t);
    if (!APPOSITION_FILLERS.has(t.toLowerCase()) && !/^\p{Lu}/u.test(t)) return false;
  }
  return false;
}

const PLACE_PARTICLES = new Set(['do', 'da', 'de', 'del', 'di', 'dos', 'das', 'des', 'du', 'y', 'la', 'sur', 'am', 'an', 'upon']);

/** "Rio Grande do Sul", "Santiago de Compostela", "Frankfurt am Main": a place, a particle and a capitalised word are one place. */
function joinPlaceParticles(tokens: string[], tags: string[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tags[k] !== 'O' || !PLACE_PARTICLES.has(tokens[k]!)) continue;
    if (!(tags[k - 1] === 'B-LOC' || tags[k - 1] === 'I-LOC')) continue;
    const next = tags[k + 1]!;
    if (!/^\p{Lu}/u.test(tokens[k + 1]!) || !(next === 'O' || next === 'B-LOC')) continue;
    tags[k] = 'I-LOC';
    tags[k + 1] = 'I-LOC';
    for (let m = k + 2; m < tokens.length && tags[m]!.startsWith('I-'); m++) tags[m] = 'I-LOC';
    k++;
  }
}

/**
 * 'Margaret "Peggy" O'Neill', 'Roberto "Hands of Stone" Duran': a quoted nickname between a
 * person's given and family names is left out, so the two halves make one name. Returns the
 * sentence without the nickname (tokens, original spellings, tags), or null when there is none.
 */
function dropNicknames(tokens: string[], original: string[], tags: string[]): [string[], string[], string[]] | null {
  const drop = new Set<number>();
  for (let b = 1; b + 3 < tokens.length; b++) {
    if (tokens[b] !== '"' || !(tags[b - 1] === 'B-PER' || tags[b - 1] === 'I-PER')) continue;
    let c = b + 1;
    while (c < tokens.length && c <= b + 4 && tokens[c] !== '"' && /^\p{Lu}|^(?:of|the)$/u.test(tokens[c]!)) c++;
    if (c === b + 1 || tokens[c] !== '"' || !/^\p{Lu}/u.test(tokens[c + 1] ?? '') || tags[c + 1]!.startsWith('I-') && !tags[c + 1]!.endsWith('PER')) continue;
    if (isTitle(tokens[c + 1]!)) continue;
    for (let k = b; k <= c; k++) drop.add(k);
    b = c;
  }
  if (!drop.size) return null;
  const keep = (_: string, k: number) => !drop.has(k);
  const t = tokens.filter(keep);
  const o = original.filter(keep);
  const g = tags.filter(keep);
  // The family name continues the person span it now follows.
  for (let k = 1; k < g.length; k++) {
    if ((g[k - 1] === 'B-PER' || g[k - 1] === 'I-PER') && drop.has(indexIn(tokens.length, drop, k) - 1)) {
      g[k] = 'I-PER';
      for (let m = k + 1; m < g.length && g[m]!.startsWith('I-'); m++) g[m] = 'I-PER';
    }
  }
  return [t, o, g];
}

/** Index in the unfiltered sentence of the k-th kept token. */
function indexIn(n: number, drop: Set<number>, k: number): number {
  let seen = -1;
  for (let i = 0; i < n; i++) {
    if (drop.has(i)) continue;
    seen++;
    if (seen === k) return i;
  }
  return n;
}

/**
 * "Springfield High School", "St. Mary's Catholic Church", "Kabul University": capitalised words
 * right after a tagged name that end in an organization head word belong to that name. Returns
 * the new end of the span (or `end` unchanged). A known place before a possessive stays itself
 * ("Germany's Foreign Ministry").
 */
function extendToOrgHead(tokens: string[], tags: string[], start: number, end: number, kind: string): number {
  // Only places and people: "Chinese" (MISC) before "Ministry of Commerce" stays apart.
  if (kind !== 'LOC' && kind !== 'PER') return end;
  let e = end;
  const possessive = tokens[e] === "'s";
  if (possessive) {
    if (kind === 'PER' || knownPlaceOrOrg(tokens.slice(start, end).join(' '))) return end;
    e++;
  }
  let m = e;
  while (m < tokens.length && m < e + 4 && /^\p{Lu}/u.test(tokens[m]!) && (tags[m] === 'O' || tags[m]!.endsWith('ORG'))) m++;
  // Never cut a tagged organization in two ("Ministry | of Commerce").
  if (tags[m] === 'I-ORG') return end;
  if (m === e || impliedType([...tokens.slice(start, end), ...tokens.slice(e, m)]) !== 'organization') return end;
  for (let k = end; k < m; k++) tags[k] = 'I-ORG';
  return m;
}

const OUTLET_CUES = new Set('broadcaster broadcasters channel station network newspaper newspapers daily tabloid magazine outlet website agency'.split(' '));
const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. dr dr. sir dame prof. mme mme. m.'.split(' '));
const PLACE_PREPOSITIONS = new Set(['of', 'in', 'from', 'near']);
const INITIAL_WORDS = new Set('born known given taken seen made held asked meanwhile however although despite following'.split(' '));

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * "LOS ANGELES — LeBron James scored…": a dateline is its own unit (CoNLL keeps it on its own
 * line), so the first words of the story proper are read as a sentence start, not glued to the place.
 */
export function splitDateline(s: string[]): string[][] {
  const limit = Math.min(s.length - 2, 10);
  let letters = false;
  for (let d = 1; d <= limit; d++) {
    const t = s[d - 1]!;
    if (/^\p{Lu}[\p{Lu}.'-]*$/u.test(t)) letters = true;
    else if (!(t === ',' || t === '(' || t === ')' || /^\p{Lu}\p{L}*\.?$/u.test(t))) return [s];
    // Only before running text: in a capitals-only headline ("GOLF - LEADING SCORES") the dash is the headline's own.
    if (DASHES.has(s[d]!) && letters) return s.slice(d + 1).some((t) => t !== t.toUpperCase()) ? [s.slice(0, d + 1), s.slice(d + 1)] : [s];
  }
  return [s];
}

const DATELINE_BREAKS = new Set(['—', '–', '-', '--', ',', '(', ':']);

/** Do tokens [0, end) look like a dateline: capitals only, then a dash, comma or bracket; a known place unless a comma and a place follow? */
function isDateline(tokens: string[], end: number, type: EntityType): boolean {
  while (end > 1 && DATELINE_BREAKS.has(tokens[end - 1]!)) end--;
  if (end > 4 || !DATELINE_BREAKS.has(tokens[end] ?? '')) return false;
  const words = tokens.slice(0, end);
  if (!words.every((t) => /^\p{Lu}[\p{Lu}.'-]*$/u.test(t)) || words.join('').length < 4) return false;
  const known = knownPlaceOrOrg(words.join(' '));
  if (known) return known.kind === 'place' || known.kind === 'country';
  return type === 'organization' && tokens[end] === ',' && /^\p{Lu}/u.test(tokens[end + 1] ?? '');
}

/** Words after which a capitalised run is the title of a work ("the book Life of Pi", "the journal Nature"). */
const WORK_CUES = new Set('book books novel novels memoir memoirs biography film films movie movies album albums song songs documentary documentaries essay essays poem podcast sitcom opera musical journal journals titled entitled bestseller'.split(' '));
/** Verbs that take a title opening with an article ("wrote The Death and Life of…"). */
const WORK_VERBS = new Set('wrote write writes written authored directed'.split(' '));
/** Verbs that take a quoted title opening with an article ('re-read "The Death and Life of…"'); unquoted, "read The Times" is a newspaper. */
const QUOTED_WORK_VERBS = new Set('read reads reading reread rereading re-read re-reading quoted quoting cited citing'.split(' '));
/** Small words inside a title ("The Death and Life of Great American Cities"). */
const TITLE_LINKS = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'on', 'to', 'for', '&', 'at', 'with', 'from', "'s"]);

/**
 * Token ranges [start, end) that are titles of books, films, journals…: after a lower-case work
 * word ("the book", "the journal", "titled"), after "published in", or after a writing verb when
 * the run opens with an article ("wrote The Death and Life of Great American Cities").
 */
function workTitles(tokens: string[]): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (let c = 0; c + 1 < tokens.length; c++) {
    const cue = tokens[c]!;
    if (cue.length > 13 || cue !== cue.toLowerCase()) continue;
    let start = -1;
    if (WORK_CUES.has(cue)) start = c + 1;
    else if (cue === 'published' && tokens[c + 1] === 'in') start = c + 2;
    else if (WORK_VERBS.has(cue) && /^(?:The|A|An)$/.test(tokens[c + 1]!)) start = c + 1;
    else if ((WORK_VERBS.has(cue) || QUOTED_WORK_VERBS.has(cue)) && tokens[c + 1] === '"' && /^(?:The|A|An)$/.test(tokens[c + 2] ?? '')) start = c + 1;
    if (start < 0) continue;
    // Quoted, opening with an article or after "titled": surely a title, even over a person's name.
    let sure = cue === 'titled' || cue === 'entitled' || /^(?:The|A|An)$/.test(tokens[start] ?? '');
    if (tokens[start] === '"') (start++, (sure = true));
    if (!/^\p{Lu}/u.test(tokens[start] ?? '')) continue;
    let end = start;
    while (end < tokens.length && end < start + 12 && (/^\p{Lu}|^\d/u.test(tokens[end]!) || TITLE_LINKS.has(tokens[end]!))) end++;
    while (end > start && TITLE_LINKS.has(tokens[end - 1]!)) end--;
    out.push([start, end, sure]);
    c = end - 1;
  }
  return out;
}

/** Words that end the name of a season or a period ("Black Summer", "Arab Spring"): not a place or organization. */
const SEASONS = new Set(['summer', 'spring', 'autumn', 'winter']);

/** Prepositions of place: a one-word name after them that the gazetteer knows as a place is that place ("floods in Somerset"). */
const LOCATIVES = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'towards', 'toward', 'into', 'across']);
/** Prepositions that only take places ("fires near Bairnsdale"), even for a name the gazetteer does not know. */
const SPATIAL = new Set(['near', 'outside']);
/** Nouns after which "in X" names an investment or a role, not a place ("a stake in Sky"). */
const NON_PLACE_IN = new Set('stake stakes shares share investment investments interest interests invested investing invest role roles job jobs career position'.split(' '));

/** Government bodies that a nationality adjective describes rather than names ("Chinese Foreign Ministry"). */
const STATE_HEADS = new Set('ministry department government embassy consulate army navy police military forces court parliament cabinet'.split(' '));

/**
 * "British Heart Foundation", "American Heart Association": a nationality adjective the tagger left
 * out, right before an organization span that ends in an organization head word, opens that name.
 * Returns the new start of the span (or `start` unchanged).
 */
function includeDemonym(tokens: string[], tags: string[], start: number, end: number): number {
  if (start === 0 || end - start < 2) return start;
  // The adjective alone (untagged or MISC), or a short MISC run it opens ("Indian Space | Research Organisation").
  let d = start - 1;
  if (tags[d] === 'I-MISC') while (d > 0 && d > start - 3 && tags[d] === 'I-MISC') d--;
  if (!(tags[d] === 'O' ? d === start - 1 : tags[d] === 'B-MISC')) return start;
  const last = tokens[end - 1]!.toLowerCase();
  if (STATE_HEADS.has(last) || impliedType(tokens.slice(start, end)) !== 'organization') return start;
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[d]!) || lookup(tokens[d]!)?.kind !== 'demonym') return start;
  if (!tokens.slice(d, end).every((t) => /^\p{Lu}/u.test(t) || CONNECTORS.has(t))) return start;
  tags[d] = 'B-ORG';
  for (let k = d + 1; k < end; k++) tags[k] = 'I-ORG';
  return d;
}

/**
 * "The Chinese Ministry of Commerce", "the British Foreign Office Ministry": a nationality opening
 * an organization span the tagger made is cut when the rest is a government body (its last word,
 * or its first before "of", a state head): the body is the organization, the adjective says
 * whose (includeDemonym's exception, for spans the tagger already joined). Returns the new start.
 */
function cutStateDemonym(tokens: string[], tags: string[], start: number, end: number): number {
  if (end - start < 2 || !/^\p{Lu}\p{Ll}/u.test(tokens[start]!) || lookup(tokens[start]!)?.kind !== 'demonym') return start;
  const first = tokens[start + 1]!.toLowerCase();
  const last = tokens[end - 1]!.toLowerCase();
  if (!(STATE_HEADS.has(last) || (STATE_HEADS.has(first) && tokens[start + 2] === 'of'))) return start;
  tags[start] = 'B-MISC';
  tags[start + 1] = 'B-ORG';
  return start + 1;
}

/**
 * "LeBron James scored": a sentence's first word the tagger left out of the person span right
 * after it is that person's given name when it is no everyday word, title, known place or
 * organization, and not a word the article only capitalises at sentence starts.
 */
function givenNameAtStart(tokens: string[], tags: string[], capSeen?: Set<string>): void {
  const t = tokens[0];
  if (!t || tags[0] !== 'O' || tags[1] !== 'B-PER' || !/^\p{Lu}\p{Ll}/u.test(t)) return;
  const l = t.toLowerCase();
  if (isCommonWord(l) || isTitle(t) || knownPlaceOrOrg(t) || looksLikeInitialWord(t) || (capSeen && !capSeen.has(t) && !personNameClass(l) && !/\p{Lu}/u.test(t.slice(1)))) return;
  tags[0] = 'B-PER';
  tags[1] = 'I-PER';
}

function isKnownPlace(name: string): boolean {
  const k = knownPlaceOrOrg(name)?.kind;
  return k === 'place' || k === 'country';
}

/** A capitalised word that is probably just a sentence's first word: participles, adverbs. */
function looksLikeInitialWord(token: string): boolean {
  const l = token.toLowerCase();
  if (INITIAL_WORDS.has(l)) return !knownPlaceOrOrg(token);
  if (l.length < 6 || !/(?:ed|ly)$/.test(l)) return false;
  return !knownPlaceOrOrg(token) && !personNameClass(l);
}

/** Prepositions opening a sentence before a name's own "The" ("At The Oval"). */
const SENTENCE_PREPOSITIONS = new Set(['At', 'In', 'From', 'Near', 'To', 'On', 'Outside']);

/** Add tokens [from, to) as a mention, trimmed of titles and edge punctuation, when the name is acceptable. */
function pushMention(tokens: string[], original: string[], from: number, to: number, type: EntityType, order: number, out: Mention[], acronym?: string): void {
  let [s, e] = trimSpan(tokens.slice(from, to), type);
  // "The Hague", "The Guardian": a determiner the gazetteer knows as part of the name stays, and so
  // does a capitalised "The" after a lower-case word ("at The Oval"): mid-sentence it is the name's own.
  if (s > 0 && type !== 'person' && isDeterminer(tokens[from + s - 1]!)) {
    const det = from + s - 1;
    const prev = det > 0 ? tokens[det - 1]! : '';
    const midSentence = tokens[det] === 'The' && (prev === '(' || /^\p{Ll}/u.test(prev) || (det === 1 && SENTENCE_PREPOSITIONS.has(prev)));
    if (midSentence || knownPlaceOrOrg(tokens.slice(det, from + e).join(' '))) s--;
  }
  const cleaned = tokens.slice(from + s, from + e);
  if (!acceptableName(cleaned)) return;
  // "Calif.", "N.Y.": a US state's abbreviation is the state (one entity with "California", its country code).
  const state = type === 'location' && cleaned.length === 1 ? stateName(cleaned[0]!) : undefined;
  // "Von der Leyen said": a particle capitalised only because it opens the sentence matches the lower-case one.
  if (type === 'person' && cleaned.length > 1 && PARTICLES.has(cleaned[0]!.toLowerCase())) cleaned[0] = cleaned[0]!.toLowerCase();
  const m: Mention = { name: joinName(original.slice(from + s, from + e)), tokens: state ? state.split(' ') : cleaned, type, order: order + from + s };
  if (acronym) m.acronym = acronym;
  if (state) m.canonical = state;
  out.push(m);
}

function collect(
  tokens: string[],
  original: string[],
  tags: string[],
  order: number,
  out: Mention[],
  capSeen?: Set<string>,
  unplaced?: Mention[],
  margins?: number[],
): void {
  const nick = dropNicknames(tokens, original, tags);
  if (nick) {
    [tokens, original, tags] = nick;
    margins = undefined;
  }
  givenNameAtStart(tokens, tags, capSeen);
  joinNameParticles(tokens, tags);
  joinPlaceParticles(tokens, tags);
  alignVersusSides(tokens, tags);
  // Two person spans back to back, the first a single word ("Mary" "O'Connor"), are one name.
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] === 'B-PER' && tags[k - 1] === 'B-PER') tags[k] = 'I-PER';
  }
  const works = tokens.length > 2 ? workTitles(tokens) : [];
  let lastEnd = -1;
  let lastType: EntityType | undefined;
  let i = 0;
  while (i < tokens.length) {
    const tag = tags[i]!;
    if (!tag.startsWith('B-') && !tag.startsWith('I-')) {
      i++;
      continue;
    }
    let kind = tag.slice(2);
    const taggerType: EntityType | undefined = TYPES[kind];
    let j = i + 1;
    while (j < tokens.length && tags[j] === `I-${kind}`) j++;
    // "Advanced Micro Devices and Intel": a span joined by "and" to a name the gazetteer knows is two.
    for (let k = i + 1; k < j - 1; k++) {
      const and = tokens[k] === 'and' || tokens[k] === '&';
      // …or after a word that closes a company name, before another capitalised name of two words or more.
      const closed = and && kind === 'ORG' && k - i >= 2 && closesOrgName(tokens[k - 1]!) && j - k >= 3 && tokens.slice(k + 1, j).every((t) => /^\p{Lu}/u.test(t));
      if (and && (closed || knownPlaceOrOrg(tokens.slice(k + 1, j).join(' ')))) {
        tags[k] = 'O';
        tags[k + 1] = `B-${kind}`;
        j = k;
        break;
      }
    }
    const extended = extendToOrgHead(tokens, tags, i, j, kind);
    if (extended > j) {
      j = extended;
      kind = 'ORG';
    }
    if (kind === 'ORG') i = includeDemonym(tokens, tags, i, j);
    if (kind === 'ORG') i = cutStateDemonym(tokens, tags, i, j);
    let type: EntityType | undefined = TYPES[kind] ?? (kind === 'MISC' ? gazetteerType(tokens.slice(i, j)) : undefined);
    // Head words settle the type ("City Council", "Maple Street") unless the gazetteer knows the
    // span as a place ("Russian Federation", "Soviet Union").
    if (type && !(type === 'location' && gazetteerType(tokens.slice(i, j)) === 'location')) {
      type = impliedType(tokens.slice(i, j)) ?? type;
    }
    // "India's ISRO": a country's own name tagged as an organization is the country (CoNLL marks
    // national teams as places too).
    // A score or points total after it ("Cannes 0 Monaco 2", "Jordan 5") leaves the tagger's club.
    if (type === 'organization' && lookup(tokens.slice(i, j).join(' '))?.kind === 'country' && !/^\d{1,3}$/.test(tokens[j] ?? '')) type = 'location';
    // "official Zamir Kabulov", "spokeswoman Hua": a name right after a role word is a person's,
    // unless its own words say otherwise ("Council", a known place or organization).
    if (type && type !== 'person' && i > 0 && isTitle(tokens[i - 1]!) && j - i <= 3 && !impliedType(tokens.slice(i, j)) && !knownPlaceOrOrg(tokens.slice(i, j).join(' '))) {
      type = 'person';
    }
    // "broadcaster Rossiya 24", "the newspaper Le Monde", "news agency Interfax": an outlet word before a name makes it an organization.
    if (type && i > 0 && OUTLET_CUES.has(tokens[i - 1]!.toLowerCase()) && (type === 'organization' || !knownPlaceOrOrg(tokens.slice(i, j).join(' ')))) {
      type = 'organization';
      if (/^\d{1,3}$/.test(tokens[j] ?? '') && j - i <= 3) j++;
    }
    // “New Silk Roads”: a person span that is the tail of a quoted run of capitalised words is a title or slogan.
    if (type === 'person' && tokens[j] === '"' && inQuotedTitle(tokens, i)) type = undefined;
    // "Elon Musk, Tesla's chief executive, …": a name in apposition to a role is a person.
    if ((type === 'organization' || type === 'location') && j - i >= 2 && j - i <= 3 && appositiveRole(tokens, j) && !impliedType(tokens.slice(i, j)) && !knownPlaceOrOrg(tokens.slice(i, j).join(' '))) {
      type = 'person';
    }
    // "Model S", "Galaxy S24", "Boeing 737": a bare letter or number ending the span names a product, not a person.
    if (type === 'person' && j - i >= 2 && /^(?:\p{Lu}|\d[\p{L}\d]*)$/u.test(tokens[j - 1]!) && !/^[IVX]+$/.test(tokens[j - 1]!)) type = undefined;
    // "Mr. Albanese": after an honorific, a span the tagger could not place is a person.
    if (!type && kind === 'MISC' && i > 0 && HONORIFICS.has(tokens[i - 1]!.toLowerCase()) && j - i <= 3) type = 'person';
    // "daughter Anne Kowalski of Denver": one word after "of"/"in"/"from" that the gazetteer knows as a place is the place.
    if (type === 'person' && j - i === 1 && i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1]!)) {
      const known = knownPlaceOrOrg(tokens[i]!);
      if (known && (known.kind === 'place' || known.kind === 'country')) type = 'location';
    }
    const span = tokens.slice(i, j);
    const joined = span.join(' ');
    if (type === 'organization' && j - i <= 2 && i > 0 && !impliedType(span)) {
      const before = tokens[i - 1]!;
      const known = lookup(joined);
      // "floods in Somerset", "fires near Bairnsdale": after a preposition of place, a place the
      // gazetteer knows (or any name, after "near") is that place, not a county club or a company.
      if (known?.kind === 'place' && LOCATIVES.has(before) && !NON_PLACE_IN.has(tokens[i - 2]?.toLowerCase() ?? '')) type = 'location';
      else if (!known && SPATIAL.has(before) && tokens[j] !== "'s") type = 'location';
      // "in Somerset and Sussex": a known place joined to a place just named is a place too (not a
      // side of a fixture in a list of them, "Cardiff , Colchester v Hereford").
      else if (known?.kind === 'place' && lastType === 'location' && lastEnd === i - 1 && (before === 'and' || before === 'or' || before === ',') && !isVersus(tokens[j])) type = 'location';
    }
    // "near Anthropic's offices": the owner of what is near is no place, whatever the tagger read
    // into "near" (a place the gazetteer knows stays one: "near Boston's city hall").
    if (type === 'location' && i > 0 && SPATIAL.has(tokens[i - 1]!) && tokens[j] === "'s" && /^\p{Ll}/u.test(tokens[j + 1] ?? '') && !isKnownPlace(joined)) type = 'organization';
    // "Oakland, Calif.", "Bairnsdale, Vic.": a name followed by a comma and a state abbreviation is a town.
    if (type && type !== 'location' && j - i <= 3 && tokens[j] === ',' && stateName(tokens[j + 1] ?? '') && knownPlaceOrOrg(joined)?.kind !== 'org') type = 'location';
    // "Black Summer", "Arab Spring": a season's name is an event, not a place or organization.
    if (type && type !== 'person' && j - i >= 2 && SEASONS.has(tokens[j - 1]!.toLowerCase()) && !knownPlaceOrOrg(joined)) type = undefined;
    // "the book Life of Pi", "published in Nature": a name inside a work's title is not the work's subject
    // ("the book Obama wrote" keeps the person: only a sure title overrides one).
    if (type && works.some(([a, b, sure]) => i >= a && j <= b && (sure || type !== 'person')) && !knownPlaceOrOrg(joined)) type = undefined;
    // Datelines ("SEATTLE —", "CUPERTINO, Calif. (Reuters)"): a capitals-only name opening the text is the place filed from.
    if (type && type !== 'location' && i === 0 && isDateline(tokens, j, type)) type = 'location';
    // "Born in Dublin": a sentence-initial participle or adverb the article never capitalises mid-sentence.
    if (type && j - i === 1 && (i === 0 || tokens[i - 1] === '"') && capSeen && !capSeen.has(tokens[i]!) && looksLikeInitialWord(tokens[i]!)) type = undefined;
    const role = type ? personAfterRole(tokens.slice(i, j)) : null;
    // Its vote on the name's type across the article (merge.ts): a rule's decision or a sure cue outvotes the tagger's margins.
    const before = out.length;
    const weight = type && ((taggerType && type !== taggerType) || isSureMention(tokens, i, j, type)) ? SURE_WEIGHT : spanConfidence(margins, i, j);
    if (role) {
      // The role splits the span: the organization before it ("Nvidia Corp." of "Nvidia Corp.
      // Chief Executive Jensen Huang") when the tagger saw one, then the person.
      let k = i;
      while (k < j - role.length && !isTitle(tokens[k]!)) k++;
      if (type === 'organization' && k > i) pushMention(tokens, original, i, k, 'organization', order, out);
      pushMention(tokens, original, j - role.length, j, 'person', order, out);
    } else if (type) {
      const acronym =
        type === 'organization' && tokens[j] === '(' && tokens[j + 2] === ')' && /^[A-Z][A-Za-z.]{1,9}$/.test(tokens[j + 1] ?? '')
          ? tokens[j + 1]!.replace(/\./g, '')
          : undefined;
      // "[Centers] for Disease Control and Prevention (CDC)": the acronym says where the name starts.
      let from = i;
      if (acronym && tokens[i]![0] !== acronym[0]) {
        for (let k = i - 1; k >= Math.max(0, i - 3) && tags[k] === 'O'; k--) {
          if (tokens[k]![0] === acronym[0]) {
            from = k;
            break;
          }
          if (!CONNECTORS.has(tokens[k]!)) break;
        }
      }
      pushMention(tokens, original, from, j, type, order, out, acronym);
      // "the World Health Organization (WHO)" with the acronym left untagged: the text itself
      // names it, so it is the organization's too (merge.ts makes it an alias).
      if (acronym && tags[j + 1] === 'O' && /^[A-Z]{2,8}$/.test(acronym) && tokens[from]![0] === acronym[0]) pushMention(tokens, original, j + 1, j + 2, type, order, out);
      lastEnd = j;
      lastType = type;
    } else if (unplaced && kind === 'MISC' && j - i === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[i]!)) {
      // Kept aside: it becomes a person if the article names someone with this surname.
      pushMention(tokens, original, i, j, 'person', order, out);
      unplaced.push(...out.splice(before));
    }
    for (let k = before; k < out.length; k++) out[k]!.weight = weight;
    i = j;
  }
}

/**
 * "Modi, Albanese sign pact": a lone word the tagger called MISC (it looks like a demonym) is the
 * person when the article names someone with that surname ("Anthony Albanese").
 */
function adoptSurnames(mentions: Mention[], unplaced: Mention[]): void {
  if (!unplaced.length) return;
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.tokens.length >= 2) surnames.add(m.tokens[m.tokens.length - 1]!);
  let added = false;
  for (const m of unplaced) {
    if (surnames.has(m.tokens[0]!)) {
      mentions.push(m);
      added = true;
    }
  }
  if (added) mentions.sort((a, b) => a.order - b.order);
}

/**
 * A name the tagger found once is the same name where it missed it: count the untagged
 * occurrences of found names (capitalised, not everyday words) as mentions too.
 */
function addRepeats(sentences: string[][], originals: string[][], tags: string[][], mentions: Mention[]): void {
  const known = new Map<string, Mention>();
  let longest = 1;
  for (const m of mentions) {
    if (m.tokens.length > 4 || !m.tokens.every((t) => /^\p{Lu}/u.test(t))) continue;
    if (m.tokens.length === 1 && (m.tokens[0]!.length < 3 || isCommonWord(m.tokens[0]!.toLowerCase()))) continue;
    const key = m.tokens.join(' ');
    if (!known.has(key)) known.set(key, m);
    longest = Math.max(longest, m.tokens.length);
  }
  if (!known.size) return;
  // A run of tokens can spell a known name only if its first token spells the name's first word:
  // most capitalised words are ruled out by one set lookup, without building any phrase.
  const heads = new Set<string>();
  for (const key of known.keys()) heads.add(firstWord(key));
  let order = 0;
  const extra: Mention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const t = tags[si]!;
    for (let i = 0; i < s.length; i++) {
      if (t[i] !== 'O' || !heads.has(firstWord(s[i]!)) || !/^\p{Lu}/u.test(s[i]!)) continue;
      for (let n = Math.min(longest, s.length - i); n >= 1; n--) {
        let free = true;
        for (let k = i; k < i + n; k++) if (t[k] !== 'O') free = false;
        if (!free) continue;
        const m = known.get(s.slice(i, i + n).join(' '));
        if (!m) continue;
        // The tagger passed it by: it counts as a mention but has no say in the type.
        extra.push({ name: joinName(originals[si]!.slice(i, i + n)), tokens: m.tokens, type: m.type, order: order + i, weight: 0 });
        i += n - 1;
        break;
      }
    }
    order += s.length;
  }
  mentions.push(...extra);
}

/** The text up to the first space (all of it when there is none). */
function firstWord(s: string): string {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to is was for on with that said by at from has have it as are be this which will were his her its their an but not who would after'.split(' '),
);

/** Frequent function words of German, Spanish, French, Portuguese and Italian that English lacks. */
const FOREIGN_FUNCTION_WORDS = new Set(
  ('der das und ist nicht mit von zu den dem im für auf ein eine sich auch nach wird bei ' +
    'el los las del que y en por para con una es se lo su al como más pero ' +
    'le les des et est une pour dans avec sur qui au aux du ne pas sont ' +
    'os da do em não uma com ao dos das é ' +
    'il di che non per gli della sono nel alla delle')
    .split(' '),
);

/**
 * The tagger learnt English: in another language every capitalised noun looks like a name. False
 * only when the text's function words are clearly another language's (tables of names and
 * scores, with few function words at all, count as English).
 */
function looksEnglish(sentences: string[][]): boolean {
  let words = 0;
  let english = 0;
  let foreign = 0;
  for (const s of sentences) {
    for (const t of s) {
      if (!startsWithLetter(t)) continue;
      words++;
      // Longer words are in neither list (lower-casing never shortens a word): skip lower-casing them.
      if (t.length > FUNCTION_WORD_MAX) continue;
      const l = t.toLowerCase();
      if (ENGLISH_FUNCTION_WORDS.has(l)) english++;
      else if (FOREIGN_FUNCTION_WORDS.has(l)) foreign++;
    }
  }
  return words < 30 || foreign < words * 0.05 || foreign <= english * 2;
}

const FUNCTION_WORD_MAX = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...FOREIGN_FUNCTION_WORDS].map((w) => w.length));

/** Outside English, keep only what does not rest on English context: known places and organizations, and people with a known given name. */
function safeOutsideEnglish(m: Mention): boolean {
  if (knownPlaceOrOrg(m.tokens.join(' '))) return true;
  return m.type === 'person' && m.tokens.length >= 2 && personNameClass(m.tokens[0]!.toLowerCase()).includes('f');
}

/**
 * Outside English the tagger's type rests on English context, so a name the gazetteer knows takes
 * the gazetteer's kind ("Lyon" in a French story is the city, not the football club).
 */
function retypeOutsideEnglish(m: Mention): Mention {
  const known = knownPlaceOrOrg(m.tokens.join(' '));
  if (!known || m.type === 'person') return m;
  const type: EntityType = known.kind === 'org' ? 'organization' : 'location';
  return type === m.type ? m : { ...m, type };
}

/**
 * "Union Cabinet Approves Rail Corridor": in a title or a title-cased headline every word is capitalised, so a
 * name can run on into the verb after it. A headline name that starts with a name found in the
 * body and goes on with an everyday word (not an organization or place head) is cut to that name.
 */
function cutHeadlineNames(mentions: Mention[], headlines: [number, number][], lowerSeen: Set<string>): void {
  const inHeadline = (m: Mention) => headlines.some(([a, b]) => m.order >= a && m.order < b);
  const body = new Map<string, Mention>();
  for (const m of mentions) if (!inHeadline(m)) body.set(m.tokens.join(' ').toLowerCase(), m);
  if (!body.size) return;
  for (const m of mentions) {
    if (m.tokens.length < 2 || m.tokens.length > 8 || !inHeadline(m) || body.has(m.tokens.join(' ').toLowerCase())) continue;
    for (let k = m.tokens.length - 1; k >= 1; k--) {
      const host = body.get(m.tokens.slice(0, k).join(' ').toLowerCase());
      if (!host) continue;
      const next = m.tokens[k]!.toLowerCase();
      if (!(lowerSeen.has(next) || isCommonWord(next)) || impliedType(m.tokens.slice(0, k + 1)) || knownPlaceOrOrg(m.tokens.join(' '))) break;
      m.tokens = host.tokens;
      m.name = host.name;
      m.type = host.type;
      break;
    }
  }
}

/**
 * Extract the article's people, organizations and places, one entry per real-world entity.
 * @example extractEntities({ title: 'Kabulov meets Taliban', paragraphs: ['Zamir Kabulov said…'], captions: [] })
 *   // [{ name: 'Zamir Kabulov', type: 'person', mentions: 2, aliases: ['Kabulov'], countryCode: null }, …]
 */
export function extractEntities(doc: EntityInput): Entity[] {
  try {
    // Lines are separate units (a headline list, a caption block): never join sentences across them.
    const lines = (xs: unknown[]): string[] =>
      xs.flatMap((x) => (typeof x === 'string' ? x.split('\n') : [])).slice(0, MAX_TEXTS);
    const captions = [...new Set(lines(doc.captions ?? []).map(stripCaptionCredit))];
    const body = lines(doc.paragraphs ?? []).filter((p) => !isSourcingLine(p)).map(stripAgencyCredit);
    const texts = [...lines([doc.title ?? '']), ...body, ...captions].slice(0, MAX_TEXTS);
    const sentences: string[][] = [];
    const originals: string[][] = [];
    // The title's tokens: a headline's words are capitalised whatever they are.
    let titleTokens = 0;
    for (const text of texts) {
      if (typeof text !== 'string' || !text) continue;
      const { tokens, original } = tokenizeWithOriginal(text);
      let at = 0;
      for (const whole of splitSentences(tokens)) {
        for (const s of splitDateline(whole)) {
          if (sentences.length >= MAX_SENTENCES) break;
          sentences.push(s);
          originals.push(original.slice(at, at + s.length));
          if (text === texts[0] && doc.title) titleTokens += s.length;
          at += s.length;
        }
      }
    }
    if (!sentences.length) return [];
    // Title-cased headlines ("Council to Hold Emergency Meeting") carry no casing signal: tag
    // them as all-caps text, the way the model learnt headlines, with body casing as a hint.
    const ctx = docContext(sentences);
    const { lowerSeen, capSeen } = ctx;
    let retitled = false;
    const headlines: [number, number][] = titleTokens ? [[0, titleTokens]] : [];
    let at = 0;
    const forTagging = sentences.map((s) => {
      at += s.length;
      if (!isTitleCased(s, lowerSeen)) return s;
      retitled = true;
      if (at > titleTokens) headlines.push([at - s.length, at]);
      return s.map((t) => t.toUpperCase());
    });
    // The tagger's context is that of the text it tags: the same as the body's unless a headline was upper-cased.
    const margins: number[][] = [];
    const tags = tagDocument(forTagging, undefined, retitled ? docContext(forTagging) : ctx, margins);
    const mentions: Mention[] = [];
    const unplaced: Mention[] = [];
    let order = 0;
    sentences.forEach((s, i) => {
      collect(s, originals[i]!, tags[i]!, order, mentions, capSeen, unplaced, margins[i]);
      order += s.length;
    });
    adoptSurnames(mentions, unplaced);
    if (headlines.length) cutHeadlineNames(mentions, headlines, lowerSeen);
    addRepeats(sentences, originals, tags, mentions);
    return mergeMentions(looksEnglish(sentences) ? mentions : mentions.filter(safeOutsideEnglish).map(retypeOutsideEnglish));
  } catch (err) {
    // A missing model is the installation's fault: fail the delivery. Anything else odd in one
    // article's text costs that article its entities, never the record.
    if (err instanceof ModelDataError) throw err;
    return [];
  }
}
