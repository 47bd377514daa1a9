/**
 * Ranked key terms (at most 10): candidate phrases are runs of up to three content words
 * between stopwords and punctuation (as in RAKE); each is scored by how often its words occur,
 * how often the phrase itself recurs, whether it is in the title, and how early it first
 * appears. Multi-word phrases get a bonus; a term that contains or is contained in a
 * better-ranked one is dropped. Proper nouns keep their capitals, other terms are lower case.
 * A name keeps its inner "of" after an institution noun ("Ministry of Agriculture") and its "New"
 * ("New Zealand"); of one-off names the longest form wins and overlapping cuts are dropped. The
 * dateline place is not counted; money, unit and calendar words are no terms; past five terms, a
 * common word said once and not in the title is filler and left out.
 * With the record's entities: each usable entity name is a candidate ranked by its mentions across
 * aliases and shown once by its canonical name ("Zamir Kabulov", never also "Kabulov"); its aliases and
 * the words that only occur in its name stand for it. A capitalised common word that is no entity
 * and is capitalised only sentence-initially (or once) is an ordinary word. In English, verbs (past
 * tenses, common verbs not used as nouns, words after a subject or modal) are no key terms.
 * Text without spaces (Chinese, Japanese) falls back to frequent character bigrams.
 */
import type { Entity } from '#contracts/record.ts';
import { ENGLISH_STOPWORDS, stopwordsFor } from '../text/stopwords.ts';
import { tokenize } from '../text/tokens.ts';
import { isCommonWord } from './entities/gazetteer.ts';
import { stripDateline } from './summary.ts';

const MAX_KEYWORDS = 10;
const MAX_PHRASE_WORDS = 3;
/** Below this many terms, one-off common words still fill the list. */
const MIN_KEYWORDS = 5;
/** Candidates ordered in full before choosing; enough for ten after nested terms are dropped. */
const SHORTLIST = 80;
const MAX_CHARS = 60_000;
/** Each occurrence of an n-word phrase counts like this many mentions per word: multi-word terms are preferred. */
const PHRASE_WEIGHT = 2.5;
/** Entities looked at (the extractor lists the most mentioned first). */
const MAX_ENTITIES = 200;
/** A multi-word name ranks by its mentions like a word said this many times more often. */
const ENTITY_WEIGHT = 1.5;

/** Chinese and Japanese: written without spaces between words. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface Candidate {
  /** Number of words. */
  n: number;
  count: number;
  firstPara: number;
  inTitle: boolean;
  /** Surface forms and how often each was seen; made on first use (most phrases never need one). */
  forms: Map<string, number> | null;
  /** Occurrences capitalised mid-sentence (a proper noun), and not capitalised. */
  capitalCount: number;
  lowerCount: number;
  /** Single words: occurrences after a determiner ("the hit": a noun) and after a subject or modal ("it hit", "will hit": a verb). */
  nounCues: number;
  verbCues: number;
  /** The entity this candidate names, when the entity extractor found it. */
  entity?: EntityRef;
}

/** An entity as a keyword: its canonical name, the candidate key its words make, its mentions over all aliases. */
interface EntityRef {
  name: string;
  key: string;
  n: number;
  mentions: number;
  c?: Candidate;
}

const isCapital = (w: string): boolean => w[0] !== w[0]!.toLowerCase();

/** Drops a possessive ending so "girls’" and "girls" are one word. */
const baseWord = (w: string): string => {
  const c = w.charCodeAt(w.length - 2);
  return (c === 0x27 || c === 0x2019) && (w.endsWith('s') || w.endsWith('S')) ? w.slice(0, -2) : w;
};

/**
 * Up to ten key terms for an article, best first; `entities` are the record's (extracted before keywords).
 * @example extractKeywords('Taliban take Kabul', ['The Taliban entered Kabul on Sunday …'], 'en') // ['Taliban', 'Kabul', …]
 */
export function extractKeywords(title: string, paragraphs: string[], language: string, entities: readonly Entity[] = []): string[] {
  try {
    return rank(typeof title === 'string' ? title : '', Array.isArray(paragraphs) ? paragraphs : [], language, Array.isArray(entities) ? entities : []);
  } catch {
    return []; // a defect here must not lose the article
  }
}

function rank(title: string, paragraphs: string[], language: string, entities: readonly Entity[]): string[] {
  const stop = stopwordsFor(language);
  const isStop = (lower: string): boolean => stop.has(lower) || ENGLISH_STOPWORDS.has(lower);
  const stem = STEMMERS[language] ?? ((w: string): string => w);
  const elides = language === 'fr' || language === 'it' || language === 'ca';
  // Words repeat (stopwords above all): each distinct token is classified once per article.
  const seenWords = new Map<string, WordInfo | null>();
  const classify = (token: string): WordInfo | null => {
    let info = seenWords.get(token);
    if (info !== undefined) return info;
    // "l’opposition", "d'économies", "dell'Economia": the elided article is not part of the word.
    const bare = elides ? token.replace(ELISION, '') : token;
    const word = baseWord(bare);
    const lower = word.toLowerCase();
    info = null;
    if (!(lower.length < 2 || hasDigit(lower) || isStop(lower) || ROLES.has(lower) || CALENDAR.has(lower) || AGENCIES.has(lower) || MEASURES.has(lower) || INVERTED_PRONOUN.test(lower))) {
      const key = stem(lower);
      if (key === lower || !isStop(key)) info = { word, lower, key, capital: isCapital(word), possessor: word.length !== bare.length && !/s['’]$/i.test(bare) };
    }
    seenWords.set(token, info);
    return info;
  };
  const phrases = new Map<string, Candidate>();
  const words = new Map<string, Candidate>();
  /** How often a word stands before another content word ("Chinese investments"): a modifier, not a topic. */
  const modifiers = new Map<string, number>();
  /** The word after each modifier occurrence ("dockworkers walked"): when it turns out to be a verb, the first word was its subject. */
  const modified: string[] = [];
  /** How often a word ends its run (stands as the head of a phrase, or alone). */
  const heads = new Map<string, number>();
  let budget = MAX_CHARS;
  const texts: string[] = [];
  for (let i = 0; i < paragraphs.length && budget > 0; i++) {
    let p = typeof paragraphs[i] === 'string' ? paragraphs[i]!.slice(0, budget) : '';
    // The dateline place ("HOUSTON (AP) —") says where the reporter was, not what the story is about.
    if (i === 0) p = stripDateline(p);
    budget -= p.length;
    texts.push(p);
  }
  const sampleText = `${title} ${texts.slice(0, 3).join(' ')}`.slice(0, 2000);
  if (NO_SPACE_SCRIPT.test(sampleText) && !/\s\S+\s\S+\s\S+\s/.test(sampleText.slice(0, 300))) return bigrams([title, ...texts].join('\n'));

  /** Counts the phrase run[from, from + n). */
  // Title terms are boosted, but only when the body uses them too (titles are Title Case and terse).
  const titleWords = tokenize(title.toLowerCase(), 60).map((t) => stem(baseWord(elides ? t.text.replace(ELISION, '') : t.text)));
  const titleKeys = new Set<string>();
  for (let a = 0; a < titleWords.length; a++) {
    let key = titleWords[a]!;
    titleKeys.add(key);
    for (let b = a + 1; b < Math.min(titleWords.length, a + MAX_PHRASE_WORDS); b++) titleKeys.add((key += ' ' + titleWords[b]!));
  }
  /** Plain phrases seen once so far (most never recur): the paragraph they were seen in, no candidate yet. */
  const once = new Map<string, number>();
  const note = (map: Map<string, Candidate>, run: RunWord[], from: number, n: number, para: number): void => {
    const first = run[from]!;
    let key = first.key;
    let capitalised = first.capital;
    for (let k = from + 1; k < from + n; k++) {
      key += ' ' + run[k]!.key;
      capitalised &&= run[k]!.capital;
    }
    let c = map.get(key);
    if (!c) {
      let firstPara = para;
      let count = 0;
      let lowerCount = 0;
      // A lower-case phrase outside the title becomes a candidate only when it comes back.
      if (n > 1 && !capitalised && !titleKeys.has(key)) {
        const seen = once.get(key);
        if (seen === undefined) {
          once.set(key, para);
          return;
        }
        firstPara = seen;
        count = 1;
        lowerCount = 1;
      }
      c = { n, count, firstPara, inTitle: false, forms: null, capitalCount: 0, lowerCount, nounCues: 0, verbCues: 0 };
      map.set(key, c);
    }
    c.count++;
    if (n === 1) {
      if (first.afterDet) c.nounCues++;
      else if (first.afterSubject) c.verbCues++;
    }
    if (capitalised && !first.sentenceStart) c.capitalCount++;
    else if (!capitalised) c.lowerCount++;
    // Surface forms matter for single words (display) and for names; other phrases are shown word by word.
    if (n > 1 && !capitalised) return;
    let surface = first.word;
    for (let k = from + 1; k < from + n; k++) surface += ' ' + run[k]!.word;
    const forms = (c.forms ??= new Map());
    if (forms.size < 8 || forms.has(surface)) forms.set(surface, (forms.get(surface) ?? 0) + 1);
  };

  for (let para = 0; para < texts.length; para++) {
    for (const run of runs(texts[para]!, classify)) {
      for (let k = 0; k < run.length; k++) {
        if (run[k]!.connector || run[k]!.prefix) continue;
        note(words, run, k, 1, para);
        if (k < run.length - 1) {
          modifiers.set(run[k]!.key, (modifiers.get(run[k]!.key) ?? 0) + 1);
          if (language === 'en' && modified.length < 40_000) modified.push(run[k]!.key, run[k + 1]!.key);
        }
        else heads.set(run[k]!.key, (heads.get(run[k]!.key) ?? 0) + 1);
      }
      // Every two- and three-word span is a candidate; only recurring ones or names will score.
      for (let s = 0; s + 1 < run.length; s++) {
        for (let n = 2; n <= MAX_PHRASE_WORDS && s + n <= run.length; n++) {
          const a = run[s]!.key;
          const b = run[s + 1]!.key;
          if (run[s]!.connector || run[s + n - 1]!.connector || run[s + n - 1]!.prefix) continue;
          // "word word" is a repetition, not a phrase.
          if (a !== b && (n < 3 || (run[s + 2]!.key !== a && run[s + 2]!.key !== b))) note(phrases, run, s, n, para);
        }
      }
    }
  }
  for (const map of [words, phrases]) for (const [key, c] of map) c.inTitle = titleKeys.has(key);

  // Entities: one lookup from the keys their names, aliases and name parts make to the entity.
  const known = entityLookup(entities, classify, words, phrases, titleKeys);
  const english = language === 'en';
  if (english && known.size > 0) {
    for (const [key, c] of words) {
      // "Demand for chips…", a one-off "Death": a capitalised common word the entity extractor did not take for a name is an ordinary word.
      if (known.has(key) || c.capitalCount > (c.count === 1 ? 1 : 0) || c.lowerCount > 0) continue;
      // Seen once, only at a sentence start ("Construction of the lanes…"), and no entity: not a name either.
      if ((c.count === 1 && c.capitalCount === 0) || commonForm(key, c)) {
        c.capitalCount = 0;
        c.lowerCount = c.count;
        if (c.forms) for (const f of [...c.forms.keys()]) if (isCapital(f) && !isShouted(f)) c.forms.set(f.toLowerCase(), (c.forms.get(f.toLowerCase()) ?? 0) + c.forms.get(f)!);
      }
    }
  }
  // Verbs ("rose", "hit", "passed") are events, not key terms (English; other languages have no cue lists here).
  const verbs = new Set<string>();
  if (english) for (const [key, c] of words) if (!c.entity && !known.has(key) && isVerb(key, c)) verbs.add(key);
  for (let i = 0; i + 1 < modified.length; i += 2) {
    if (!verbs.has(modified[i + 1]!)) continue;
    modifiers.set(modified[i]!, modifiers.get(modified[i]!)! - 1);
    heads.set(modified[i]!, (heads.get(modified[i]!) ?? 0) + 1);
  }

  const paraCount = Math.max(1, texts.length);
  const early = (c: Candidate): number => 1 + 0.5 * (1 - Math.min(c.firstPara, paraCount) / paraCount);
  const scored: { key: string; score: number; c: Candidate }[] = [];
  for (const [key, c] of words) {
    if (verbs.has(key)) continue;
    // Verbs are not stopwords, so a noun often stands before one ("inflation hovered"); a true
    // modifier ("Chinese investments") almost never ends a phrase.
    const modifier = (modifiers.get(key) ?? 0) * 2 > c.count && (heads.get(key) ?? 0) * 4 < c.count ? 0.6 : 1;
    // A past tense or participle ("announced", "affected") is an event word, rarely a topic, unless the title uses it.
    scored.push({ key, score: Math.max(c.count, c.entity?.mentions ?? 0) * (c.entity ? 1 : modifier) * (c.inTitle ? 2 : 1) * early(c), c });
  }
  for (const [key, c] of phrases) {
    const proper = (c.capitalCount > 0 && c.lowerCount === 0) || c.entity !== undefined;
    // A lower-case phrase ending in a verb ("prices rose") is a clause, not a term.
    if (!proper && verbs.has(key.slice(key.lastIndexOf(' ') + 1))) continue;
    // A phrase seen once is a phrase only if it is a name or in the title; otherwise its words speak for it.
    if (c.count < 2 && !proper && !c.inTitle) continue;
    // The length bonus is for phrases that recur; a one-off title or name phrase scores like a single mention.
    // Among one-off names the longest wins ("Bristol Crown Court" over "Bristol Crown" and "Crown Court").
    const length = c.count >= 2 ? c.n : 0.5 + 0.05 * c.n;
    // A known name also ranks by its mentions over all its aliases ("Okafor"), like a word said that often.
    const mentions = c.entity ? c.entity.mentions * ENTITY_WEIGHT : 0;
    scored.push({ key, score: Math.max(c.count * length * PHRASE_WEIGHT, mentions) * (c.inTitle ? 2 : 1) * early(c), c });
  }
  const byScore = (a: { key: string; score: number }, b: { key: string; score: number }): number =>
    b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  // Only the best few can be chosen: sort the scores alone (no comparator) to find a cut-off,
  // then order just the candidates above it; the full list is ordered only if they run out.
  let ordered = scored;
  if (scored.length > SHORTLIST * 2) {
    const scores = new Float64Array(scored.length);
    for (let i = 0; i < scored.length; i++) scores[i] = scored[i]!.score;
    scores.sort();
    const cut = scores[scores.length - SHORTLIST]!;
    ordered = scored.filter((s) => s.score >= cut);
  }
  ordered.sort(byScore);
  let out = choose(ordered);
  if (out.length < MAX_KEYWORDS && ordered.length < scored.length) out = choose(scored.sort(byScore));
  return out;

  function choose(list: { key: string; score: number; c: Candidate }[]): string[] {
    const chosen: string[] = [];
    const out: string[] = [];
    let names: Map<string, { key: string; c: Candidate }> | undefined;
    for (const s of list) {
      if (out.length >= MAX_KEYWORDS) break;
      // Past the first few, a common word said once and not in the title is filler, not a key term.
      // (Only in scripts with letter case: Chinese or Arabic terms carry no capital to tell names by.)
      // In English a one-off noun with a topic suffix ("election", "shortage", "irrigation") may be on topic and stays.
      if (out.length >= MIN_KEYWORDS && s.c.count < 2 && !s.c.inTitle && s.c.capitalCount === 0 && s.key !== s.key.toUpperCase() && !(english && s.c.n === 1 && TOPIC_NOUN.test(s.key))) continue;
      // "March" and "May" are kept as words ("a march", "may"), but capitalised mid-sentence they are months.
      if (s.c.n === 1 && (s.key === 'march' || s.key === 'may') && isProper(s.c)) continue;
      const padded = ` ${s.key} `;
      if (chosen.some((k) => padded.includes(` ${k} `) || ` ${k} `.includes(padded) || (s.c.n > 1 && overlaps(s.key, k)))) continue;
      // An alias or a part of a known name ("Kabulov", "Zamir") stands for the entity, shown once by its canonical name.
      const ref = known.get(s.key);
      if (ref && ref.c && ref.key !== s.key) {
        const full = ` ${ref.key} `;
        if (!chosen.some((k) => full.includes(` ${k} `) || ` ${k} `.includes(full) || overlaps(ref.key, k))) {
          chosen.push(ref.key);
          out.push(entityName(ref));
        }
        continue;
      }
      if (s.c.entity) {
        chosen.push(s.key);
        out.push(entityName(s.c.entity));
        continue;
      }
      // A surname ranks by its own count, but is shown as the full name it was introduced with.
      const full = s.c.n === 1 && isProper(s.c) ? (names ??= fullNames(phrases)).get(s.key) : undefined;
      if (full && !chosen.some((k) => ` ${full.key} `.includes(` ${k} `) || ` ${k} `.includes(` ${full.key} `))) {
        chosen.push(full.key);
        out.push(display(full.key, full.c));
        continue;
      }
      chosen.push(s.key);
      out.push(s.c.n > 1 && !isProper(s.c) ? s.key.split(' ').map((w) => (words.get(w) ? display(w, words.get(w)!) : w)).join(' ') : display(s.key, s.c));
    }
    return out;
  }

  /** A one-word name as the text writes it ("Calif" for "Calif."), a longer one by its canonical name. */
  function entityName(ref: EntityRef): string {
    return ref.n === 1 && ref.c?.forms ? display(ref.key, ref.c) : ref.name;
  }
}

/**
 * The entity lookup, built once from the entity list (no scan of the text): the candidate key of
 * each usable canonical name, of its aliases, and of the parts of a multi-word name that only stand
 * for it, all mapped to the entity. A canonical name's candidate is marked as the entity and counts
 * its mentions across aliases. A name is usable when its words are words of this text (so a
 * gazetteer form in another script never enters) and read as one name (only "of" after an
 * institution noun and a leading "New" or "The" besides content words).
 */
function entityLookup(
  entities: readonly Entity[],
  classify: (token: string) => WordInfo | null,
  words: Map<string, Candidate>,
  phrases: Map<string, Candidate>,
  titleKeys: Set<string>,
): Map<string, EntityRef> {
  const known = new Map<string, EntityRef>();
  if (entities.length === 0) return known;
  const keyOf = (name: unknown): string | null => {
    if (typeof name !== 'string' || name.length > 120) return null;
    const toks = tokenize(name, 8);
    const keys: string[] = [];
    let skip: Set<string> | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!.text;
      if (i === 0 && toks.length > 1 && (t === 'The' || t === 'the')) continue;
      const info = classify(t);
      if (info) keys.push(info.key);
      else if (t === 'of' && keys.length > 0 && i < toks.length - 1 && NAME_HEADS.has(toks[i - 1]!.text.toLowerCase())) keys.push('of');
      else if (t === 'New' && keys.length === 0 && i < toks.length - 1) keys.push('new');
      // "High Street", "First Nations": a capitalised stopword inside a name is part of it.
      else if (toks.length > 1 && isCapital(t) && ENGLISH_STOPWORDS.has(t.toLowerCase())) (keys.push(t.toLowerCase()), (skip ??= new Set()).add(t.toLowerCase()));
      else return null;
    }
    if (keys.length === 0 || keys.length > MAX_PHRASE_WORDS + 1) return null;
    let content = 0;
    for (const k of keys) {
      if (k === 'of' || k === 'new' || skip?.has(k)) continue;
      if (!words.has(k)) return null;
      content++;
    }
    return content > 0 ? keys.join(' ') : null;
  };
  const refs: EntityRef[] = [];
  for (const e of entities.slice(0, MAX_ENTITIES)) {
    if (!e || typeof e !== 'object') continue;
    const key = keyOf(e.name);
    if (!key) continue;
    const parts = key.split(' ');
    const n = parts.length;
    const mentions = Math.min(10_000, Math.max(1, Math.floor(Number(e.mentions)) || 1));
    const aliases: string[] = [];
    if (Array.isArray(e.aliases)) for (const a of e.aliases.slice(0, 12)) {
      const k = keyOf(a);
      if (k && k !== key) aliases.push(k);
    }
    const map = n === 1 ? words : phrases;
    let c = map.get(key);
    if (!c) {
      // The canonical form never occurs as written (only its aliases do): a candidate of its own, as early as its words.
      let firstPara = Infinity;
      for (const p of parts) firstPara = Math.min(firstPara, words.get(p)?.firstPara ?? Infinity);
      c = { n, count: 0, firstPara: Number.isFinite(firstPara) ? firstPara : 0, inTitle: titleKeys.has(key), forms: null, capitalCount: mentions, lowerCount: 0, nounCues: 0, verbCues: 0 };
      map.set(key, c);
    }
    if (c.entity) continue; // two entities on one key: the first (more mentioned) keeps it
    c.capitalCount = Math.max(c.capitalCount, 1);
    for (const a of aliases) if (titleKeys.has(a)) c.inTitle = true;
    const name = e.name.replace(/^the /i, '');
    const ref: EntityRef = { name, key, n, mentions, c };
    c.entity = ref;
    known.set(key, ref);
    refs.push(ref);
    for (const a of aliases) if (!known.has(a)) known.set(a, ref);
  }
  // Parts after every canonical name and alias: a name of its own is never a part of another.
  for (const ref of refs) {
    const parts = ref.key.split(' ');
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 1; b <= parts.length && b - a < parts.length; b++) {
        if (parts[a] === 'of' || parts[b - 1] === 'of' || parts[b - 1] === 'new') continue;
        const k = b - a === 1 ? parts[a]! : parts.slice(a, b).join(' ');
        if (known.has(k)) continue;
        const pc = (b - a === 1 ? words : phrases).get(k);
        // Only a part that stands for the name: never written in lower case ("port" in "Port of Houston" and
        // "street" in "High Street" stay words of their own), and a name or not used more than the name is mentioned.
        if (pc && pc.lowerCount === 0 && (isProper(pc) || pc.count <= ref.mentions)) known.set(k, ref);
      }
    }
  }
  return known;
}

/** Past tenses and participles that are no nouns ("rose", "fell", "struck"). */
const IRREGULAR_PAST = new Set(`rose risen fell fallen grew grown took taken came went gone made held ran began begun brought
fought sought thought bought caught taught built sent spent kept met felt led struck stood sold paid laid fled shook wrote
written drove driven rode broke broken spoke spoken chose chosen froze stole stolen swore sworn tore threw thrown drew drawn
flew flown knew blew slid hid hidden ate eaten gave given sank sunk sang rang drank swam became overcame withdrew withdrawn
undertook oversaw overseen dealt meant woke hung lent slept swept wept dug fed bled sped stuck swung spun understood forgot
forgotten got gotten saw did done heard sat won lost left found shot`.split(/\s+/));
/**
 * Common verbs that are rarely topics ("hit", "set", "passes"): a verb unless used after a determiner.
 * Verbs that are as often topic nouns ("cuts", "votes", "hike", "claims") are left to the context cues.
 */
const COMMON_VERBS = new Set(`hit hits set sets put puts let lets quit quits shut shuts spread spreads beat beats bet bets burst
bursts hurt hurts cast casts upset upsets soar soars sink sinks ease eases grow grows lose loses pass passes unveil unveils
announce announces suggest suggests find finds warn warns urge urges vow vows seek seeks reject rejects approve approves slam
slams see sees get gets make makes take takes give gives become becomes add adds reach reaches expect expects say says tell
tells ask asks keep keeps bring brings begin begins continue continues decide decides agree agrees deny denies admit admits
insist insists confirm confirms reveal reveals accuse accuses escalate escalates threaten threatens`.split(/\s+/));
/** Endings of event and abstract nouns ("election", "shortage", "agreement"), checked on the lower-case key; no backtracking beyond one letter run. */
const TOPIC_NOUN = /^(?:[a-z]{3,}(?:tion|sion|ment|ship|ism)|[a-z]{5,}age)$/;
/** Nouns ending in "-ed" that are no past tense. */
const ED_NOUNS = new Set(['hatred', 'seabed', 'riverbed', 'bloodshed', 'watershed', 'homestead', 'infrared', 'kindred', 'hundred', 'sacred', 'naked', 'wicked']);

/** A verb in an English article: used after a subject or modal more than after a determiner, or a past tense or common verb never used as a noun. */
function isVerb(key: string, c: Candidate): boolean {
  if (isProper(c)) return false;
  if (c.verbCues > c.nounCues && c.verbCues * 2 >= c.count) return true;
  if (c.nounCues > 0) return false;
  for (const f of c.forms ? c.forms.keys() : [key]) {
    const w = f.toLowerCase();
    if (IRREGULAR_PAST.has(w) || COMMON_VERBS.has(w)) return true;
    if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !ED_NOUNS.has(w)) return true;
  }
  return false;
}

/** Is the word (any form seen) an everyday English word? */
function commonForm(key: string, c: Candidate): boolean {
  if (isCommonWord(key)) return true;
  if (c.forms) for (const f of c.forms.keys()) if (isCommonWord(f.toLowerCase())) return true;
  return false;
}

/**
 * For each last word, the most frequent proper phrase ending in it ("powell" → "jerome powell"),
 * built in one pass over the phrases the first time a surname needs it.
 */
function fullNames(phrases: Map<string, Candidate>): Map<string, { key: string; c: Candidate }> {
  const byLast = new Map<string, { key: string; c: Candidate }>();
  for (const [k, c] of phrases) {
    if (c.lowerCount > 0 || !isProper(c) || k.includes(' of ')) continue;
    const last = k.slice(k.lastIndexOf(' ') + 1);
    const best = byLast.get(last);
    if (!best || c.count > best.c.count || (c.count === best.c.count && k.length < best.key.length)) byLast.set(last, { key: k, c });
  }
  return byLast;
}

/** What a distinct token means for candidate phrases; null for stopwords, numbers and roles. */
interface WordInfo {
  word: string;
  lower: string;
  key: string;
  capital: boolean;
  /** Ends in ’s: the phrase ends after it. */
  possessor: boolean;
}

interface RunWord {
  word: string;
  lower: string;
  /** The lower-case word with plural endings removed: what counts are keyed by. */
  key: string;
  sentenceStart: boolean;
  capital: boolean;
  /** "of" inside a name: part of phrases, never a term or a phrase end of its own. */
  connector?: boolean;
  /** "New" opening a name: starts phrases, never a term or a phrase end of its own. */
  prefix?: boolean;
  /** The word before is a determiner ("the", "a", "its"), or a subject pronoun or modal ("it", "will"). */
  afterDet?: boolean;
  afterSubject?: boolean;
}

/** Plural endings only ("floods" = "flood", "countries" = "country"); enough to merge counts. */
/** French and Italian elided articles and pronouns before a vowel. */
const ELISION = /^(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu|dell|nell|all|dall|sull|un)['’](?=\p{L})/iu;
/** News agencies credited in datelines ("WASHINGTON (AP) —"): a source, not a topic. */
const AGENCIES = new Set(['ap', 'afp', 'reuters', 'efe', 'dpa', 'ansa', 'upi', 'pti', 'ians', 'apa', 'kyodo', 'yonhap', 'xinhua', 'tass', 'ria', 'anadolu', 'bernama', 'aap', 'epa']);
/** Currency and unit words and scales ("Rs 500 crore", "9.6 lakh", "32 km"): money and quantities, not topics. */
const MEASURES = new Set([
  'rs', 'inr', 'usd', 'eur', 'gbp', 'jpy', 'crore', 'crores', 'lakh', 'lakhs', 'bn', 'mn', 'tn', 'trillion', 'billions', 'millions',
  'km', 'kms', 'kg', 'mph', 'kph', 'pct', 'sq', 'ft', 'yd', 'cent', 'percent', 'per', 'ahead', 'behind', 'amid', 'via',
  'kilometers', 'kilometres', 'miles', 'tonnes', 'metres', 'meters', 'hectares', 'acres', 'degrees', 'euros', 'dollars',
  'celsius', 'fahrenheit', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'rupees', 'yen', 'pence', 'cents', 'corp', 'inc', 'ltd', 'plc', 'llc', 'gmbh', 'minutes', 'hours', 'seconds',
]);
/** Nouns that head a name continued with "of" ("Bank of England", "Gulf of Mexico", "Secretary of State" is a role). */
const NAME_HEADS = new Set([
  'ministry', 'department', 'university', 'bank', 'port', 'institute', 'museum', 'college', 'school', 'academy', 'church',
  'cathedral', 'council', 'court', 'office', 'board', 'chamber', 'society', 'association', 'federation', 'union', 'league',
  'republic', 'kingdom', 'state', 'states', 'city', 'county', 'province', 'district', 'borough', 'gulf', 'sea', 'isle',
  'island', 'islands', 'cape', 'mount', 'lake', 'bay', 'strait', 'straits', 'tower', 'palace', 'house', 'bureau',
  'agency', 'commission', 'committee', 'corps', 'order', 'duke', 'duchess', 'earl', 'prince', 'princess', 'battle',
  'statue', 'bill', 'declaration', 'treaty', 'festival', 'hall', 'organization', 'organisation', 'party', 'centre', 'center',
]);
/** Institution nouns that end names with a possessive inside ("Women’s Institute", "Children’s Hospital"). */
const POSSESSIVE_HEADS = new Set([
  'association', 'union', 'party', 'league', 'hospital', 'college', 'school', 'church', 'cathedral', 'club', 'fund', 'institute',
  'trust', 'society', 'federation', 'council', 'university', 'day', 'alliance', 'coalition', 'foundation', 'aid', 'bureau',
]);
/** French inverted pronouns written with the verb ("a-t-il", "dit-elle"). */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** Weekday and month names: dates are extracted elsewhere and are not key terms. */
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье',
  // Month names ("may" and "march" are also common words, so they stay).
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
]);

/** Plural "-s" off Romance nouns ("medidas" = "medida", "économies" = "économie"); counts only, display keeps the form. */
function romanceStem(w: string): string {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Russian case endings off nouns and adjectives ("бюджета" = "бюджет", "расходов" = "расходы" = "расход"),
 * longest ending first, keeping a stem of at least four letters. Counts only; display keeps a seen form.
 */
const RUSSIAN_ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ов', 'ев', 'ей', 'ой', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о'];
function russianStem(w: string): string {
  for (const e of RUSSIAN_ENDINGS) if (w.length - e.length >= 4 && w.endsWith(e)) return w.slice(0, -e.length);
  return w;
}

const STEMMERS: Record<string, (w: string) => string> = {
  en: englishStem, es: romanceStem, fr: romanceStem, pt: romanceStem, ru: russianStem, uk: russianStem,
};

function englishStem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ns|ws)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Gap characters that end a sentence (and so a phrase), and those that only end a phrase. */
const SENTENCE_BREAKS = new Set([...'.!?\n“«„:'].map((c) => c.charCodeAt(0)));
const PHRASE_BREAKS = new Set([...',;()”»"[]{}—–|/'].map((c) => c.charCodeAt(0)));
/**
 * Roles written before names ("Fed Chair Jerome Powell"): they break a phrase so the name stands
 * alone, and are not key terms themselves.
 */
const ROLES = new Set([
  'chair', 'chairman', 'chairwoman', 'secretary', 'president', 'minister', 'chief', 'constable', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'senator', 'ceo', 'director', 'economist', 'general',
  'commander', 'mayor', 'prime', 'deputy', 'vice', 'sen', 'rep', 'gov', 'gen', 'prof', 'dr', 'official', 'officials',
  'analyst', 'analysts', 'leader', 'co-founder', 'founder', 'head', 'king', 'queen', 'prince', 'princess', 'pope',
  'commissioner', 'premier', 'chancellor', 'councillor', 'councilor', 'councilman', 'councilwoman', 'judge', 'inspector',
  'detective', 'sergeant', 'superintendent', 'coach', 'manager', 'spokespeople', 'mp', 'mla', 'majority', 'minority',
]);

/** Words before a noun: a word seen after one is used as a noun ("the hit", "a set"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'their', 'our', 'your', 'my', 'no', 'every', 'each', 'any', 'another']);
/** Subject pronouns and modals: a word seen after one is used as a verb ("it hit", "will rise"). */
const SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'will', 'would', 'could', 'can', 'might', 'should', 'must', 'shall', 'may', 'cannot', 'won’t', "won't"]);

/** Runs of content words between stopwords, numbers and punctuation. */
function runs(text: string, classify: (token: string) => WordInfo | null): RunWord[][] {
  const out: RunWord[][] = [];
  let run: RunWord[] = [];
  let sentenceStart = true;
  let prevEnd = 0;
  /** The previous token in lower case, when nothing but spaces stands between. */
  let prevLower = '';
  const flush = (): void => {
    if (run.length) out.push(run);
    run = [];
  };
  const tokens = tokenize(text);
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    for (let i = prevEnd; i < t.start; i++) {
      const c = text.charCodeAt(i);
      if (SENTENCE_BREAKS.has(c)) {
        sentenceStart = true;
        prevLower = '';
        flush();
      } else if (PHRASE_BREAKS.has(c)) {
        prevLower = '';
        flush();
      }
    }
    prevEnd = t.end;
    const before = prevLower;
    prevLower = t.text.length <= 6 ? t.text.toLowerCase() : '';
    const info = classify(t.text);
    // "Ministry of Agriculture", "University of Oslo": "of" after an institution or place noun joins
    // a name ("Rob Portman of Ohio" stays two names).
    if (!info && t.text === 'of' && run.length > 0 && run[run.length - 1]!.capital && NAME_HEADS.has(run[run.length - 1]!.lower)) {
      const next = tokens[ti + 1];
      if (next && isCapital(next.text) && /^ +$/.test(text.slice(t.end, next.start)) && / $/.test(text.slice(prevEnd - t.text.length - 1, t.start)) && classify(next.text)?.capital) {
        run.push({ word: 'of', lower: 'of', key: 'of', sentenceStart: false, capital: true, connector: true });
        continue;
      }
    }
    // "New Zealand", "New York": a capitalised "New" before a capitalised word begins a name.
    if (!info && t.text === 'New') {
      const next = tokens[ti + 1];
      if (next && /^ +$/.test(text.slice(t.end, next.start)) && classify(next.text)?.capital) {
        run.push({ word: 'New', lower: 'new', key: 'new', sentenceStart, capital: true, prefix: true });
        sentenceStart = false;
        continue;
      }
    }
    if (!info) {
      flush();
      sentenceStart = false;
      continue;
    }
    // "International Longshoremen’s Association", "St Mary’s Hospital": a possessive inside a name
    // ending in an institution noun stays in the name, as written.
    const next = info.possessor && info.capital ? tokens[ti + 1] : undefined;
    const inName = next !== undefined && isCapital(next.text) && POSSESSIVE_HEADS.has(next.text.toLowerCase()) && /^ +$/.test(text.slice(t.end, next.start));
    run.push({ word: inName ? t.text : info.word, lower: info.lower, key: info.key, sentenceStart, capital: info.capital, afterDet: DETERMINERS.has(before), afterSubject: SUBJECTS.has(before) });
    sentenceStart = false;
    // "Russia's foreign minister", "Moody's Analytics": the possessor ends a phrase ("girls’ schools" does not).
    if (info.possessor && !inName) flush();
  }
  flush();
  return out;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Capitalised mid-sentence more often than not, or never seen in lower case (only sentence-initially). */
function isProper(c: Candidate): boolean {
  if (c.capitalCount > c.lowerCount) return true;
  if (c.lowerCount > 0) return false;
  if (c.forms) for (const form of c.forms.keys()) if (isCapital(form)) return true;
  return false;
}

/** Proper nouns (capitalised mid-sentence more often than not) keep their most common capitalised form; others are lower case. */
function display(key: string, c: Candidate): string {
  const proper = isProper(c);
  let best = '';
  let bestN = 0;
  // A word shouted in a dateline ("HOUSTON (AP)") is shown as the text writes it elsewhere ("Houston").
  let mixedSeen = false;
  for (const form of (c.forms ?? new Map<string, number>()).keys()) if (isCapital(form) && !isShouted(form)) mixedSeen = true;
  for (const [form, n] of c.forms ?? []) {
    if (proper && !isCapital(form)) continue;
    if (mixedSeen && isShouted(form)) continue;
    if (n > bestN || (n === bestN && form.length < best.length)) {
      best = form;
      bestN = n;
    }
  }
  if (!best) return key;
  return proper ? best : best.toLowerCase();
}

/** Two phrases that run into each other ("life of great" and "great american cities"): one name cut two ways. */
function overlaps(a: string, b: string): boolean {
  if (!b.includes(' ')) return false;
  const x = a.split(' ');
  const y = b.split(' ');
  for (let m = 1; m < Math.min(x.length, y.length); m++) {
    if (x.slice(-m).join(' ') === y.slice(0, m).join(' ') || y.slice(-m).join(' ') === x.slice(0, m).join(' ')) return true;
  }
  return false;
}

/** All capitals over more than three letters ("HOUSTON"), not an acronym like "NATO" or "EU". */
function isShouted(form: string): boolean {
  return form.length > 4 && form === form.toUpperCase() && form !== form.toLowerCase();
}

/** Frequent character bigrams of unspaced scripts, as a fallback for Chinese and Japanese. */
function bigrams(text: string): string[] {
  const counts = new Map<string, number>();
  const chars = Array.from(text.slice(0, MAX_CHARS));
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (!/\p{Script=Han}|\p{Script=Katakana}/u.test(a) || !/\p{Script=Han}|\p{Script=Katakana}/u.test(b)) continue;
    const k = a + b;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_KEYWORDS)
    .map(([k]) => k);
}
