/**
 * Features of one scraped-text line for the learned junk classifier (issue 12). Pure and cheap:
 * a few passes over the line's tokens, no regex with overlapping adjacent quantifiers, so a 20 kB
 * line costs linear time. Junk lines (captions, credits, teasers, prompts, tag lists) differ from
 * story text in shape more than in words, so most features are shape; hashed words add the rest.
 */

/** Size of the hashed word-feature space; small enough for a few kB of weights. */
export const HASH_BUCKETS = 1024;

const STOPWORDS = new Set(
  'the a an and or but of to in on at for with by from as is was are were be been it its this that he she they we you i his her their our not has have had will would said says'.split(
    ' ',
  ),
);

export interface LineContext {
  /** The line's index among non-empty lines, and how many there are. */
  index: number;
  count: number;
  /** How many times the exact line occurs in the text (1 = unique). */
  occurrences: number;
}

/** Dense shape features, each roughly in [0, 1] so one learning rate fits all. */
export function shapeFeatures(line: string, ctx: LineContext): number[] {
  const words = line.split(' ').filter(Boolean);
  const n = words.length || 1;
  let stop = 0,
    capital = 0,
    digits = 0,
    linkish = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (STOPWORDS.has(lower)) stop++;
    const c = w.charCodeAt(0);
    if (w[0] !== w[0]!.toLowerCase()) capital++;
    if (c >= 48 && c <= 57) digits++;
    // Handles, e-mail addresses and links are calls to action or chrome, rarely story text.
    if (w.startsWith('@') || w.startsWith('#') || lower.startsWith('http') || lower.startsWith('www.') || w.includes('@'))
      linkish++;
  }
  const last = line.at(-1) ?? '';
  const sentenceEnd = '.!?"”’»'.includes(last) && last !== '' ? 1 : 0;
  const pos = ctx.count > 1 ? ctx.index / (ctx.count - 1) : 0;
  return [
    Math.min(line.length, 400) / 400,
    Math.min(words.length, 60) / 60,
    stop / n,
    capital / n,
    digits / n,
    linkish / n,
    sentenceEnd,
    line.endsWith('…') || line.endsWith('...') ? 1 : 0,
    pos,
    pos < 0.1 || pos > 0.9 ? 1 : 0,
    ctx.occurrences > 1 ? 1 : 0,
  ];
}

/** FNV-1a over a lower-cased word, folded into HASH_BUCKETS. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  const w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % HASH_BUCKETS;
}

/** The hashed word buckets of a line, each once (presence, not counts: a caption repeats little). */
export function wordBuckets(line: string): number[] {
  const out = new Set<number>();
  for (const w of line.split(' ')) if (w) out.add(hashWord(w));
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Sparse features for the shipped classifier (junk-model.ts): every feature is a short string,
// hashed into the model's weight table. Shapes are binned, so a logistic regression over them can
// learn "short and no full stop" without crosses for everything; a few crosses are added by hand.

/** Function words of the languages the scraped pages are written in most: a sentence is rich in them, chrome is not. */
const STOP_MULTI = new Set(
  (
    // English
    'the a an and or but of to in on at for with by from as is was are were be been it its this that these those he she they we you i his her their our not has have had will would can could said says who which when there than also after about into more over ' +
    // German
    'der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden hat haben auch auf aus bei mit nach von vor zu zum zur im in an am für sich es er sie wir ihr sein seine ihre dass als wie noch nur schon so um über man kann ' +
    // French
    'le la les un une des du de et ou mais est sont était a ont pas ne plus dans sur pour par avec que qui ce cette il elle ils nous vous se sa son ses leur au aux été être fait ' +
    // Spanish, Italian, Portuguese
    'el los las del y o pero es son fue han ha por para con sin que se su sus lo al una uno como más muy il lo gli della dei delle nel nella è sono per con che non di da os as um uma do da dos das em no na não são foi ' +
    // Dutch
    'het een en van op te dat niet zijn voor met aan er maar ook als bij door om naar dan wordt werd'
  ).split(' '),
);

export interface LineInfo {
  text: string;
  /** Lower-cased words with surrounding punctuation trimmed. */
  words: string[];
  len: number;
  lenBin: number;
  wordBin: number;
  endClass: string;
  startClass: string;
  stopBin: number;
  /** Story-like: long, or a full sentence of some length. */
  prose: boolean;
}

const LEN_BINS = [8, 16, 25, 40, 60, 90, 130, 200, 300, 500];
const WORD_BINS = [1, 2, 3, 5, 8, 12, 20, 35];

function bin(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x > edges[i]!) i++;
  return i;
}

const TRIM_CHARS = new Set([...'.,;:!?"\'“”„«»‹›()[]{}<>*_–—-…‘’|/\\#']);

function trimWord(w: string): string {
  let a = 0,
    b = w.length;
  while (a < b && TRIM_CHARS.has(w[a]!)) a++;
  while (b > a && TRIM_CHARS.has(w[b - 1]!)) b--;
  return w.slice(a, b);
}

function charClass(c: string): string {
  if (c === '') return 'none';
  if ('.!?'.includes(c)) return 'stop';
  if ('"”’»“„«\''.includes(c)) return 'quote';
  if (c === ':') return 'colon';
  if (c === '…') return 'ellipsis';
  if (c === ',' || c === ';') return 'comma';
  if (c === ')' || c === ']') return 'paren';
  if (c === '•' || c === '·' || c === '*' || c === '-' || c === '–' || c === '—') return 'dash';
  if (c >= '0' && c <= '9') return 'digit';
  if (c.toLowerCase() !== c.toUpperCase()) return c === c.toUpperCase() ? 'upper' : 'lower';
  return 'other';
}

/** The per-line facts the classifier's features are built from; computed once per line. */
export function lineInfo(text: string): LineInfo {
  const raw = text.split(' ').filter(Boolean);
  const words: string[] = [];
  let stop = 0;
  for (const r of raw.slice(0, 200)) {
    const w = trimWord(r.toLowerCase());
    if (!w) continue;
    words.push(w);
    if (STOP_MULTI.has(w)) stop++;
  }
  const len = text.length;
  let end = text.at(-1) ?? '';
  if (text.endsWith('...')) end = '…';
  const endClass = charClass(end);
  const startClass = charClass(text[0] ?? '');
  const stopShare = words.length ? stop / words.length : 0;
  const stopBin = words.length < 3 ? -1 : bin(stopShare, [0, 0.08, 0.16, 0.25, 0.35]);
  const prose = len > 120 || (len >= 50 && (endClass === 'stop' || endClass === 'quote') && words.length >= 8);
  return { text, words, len, lenBin: bin(len, LEN_BINS), wordBin: bin(words.length, WORD_BINS), endClass, startClass, stopBin, prose };
}

/** Where a line sits in the text, and what the text around it looks like. */
export interface LinePlace {
  index: number;
  count: number;
  /** How many lines (of all) are this exact line. */
  occurrences: number;
  /** The line is the title, or holds it, or is held by it (compared on lower-cased words). */
  titleRelation: 'none' | 'same' | 'overlap';
  /** Index of the first and last prose line of the text (-1 when none). */
  firstProse: number;
  lastProse: number;
  /** First and last line of the story's main run: the stretch richest in prose (-1 when none). */
  mainStart: number;
  mainEnd: number;
}

/** The feature strings of one line: its own shape and words, its neighbours' shapes, its place. */
export function lineFeatureKeys(lines: LineInfo[], i: number, place: LinePlace, out: string[] = []): string[] {
  const l = lines[i]!;
  const t = l.text;
  out.length = 0;
  out.push('bias', `L${l.lenBin}`, `W${l.wordBin}`, `E${l.endClass}`, `B${l.startClass}`, `S${l.stopBin}`);
  out.push(`LE${l.lenBin}${l.endClass}`, `LS${l.lenBin}.${l.stopBin}`, `BE${l.startClass}${l.endClass}`);
  if (l.prose) out.push('prose');

  // Character-level shape: capitals, digits, links, handles, separators.
  let upper = 0,
    lower = 0,
    digit = 0,
    paren = 0,
    seps = 0,
    commas = 0;
  for (let k = 0; k < t.length && k < 2000; k++) {
    const c = t[k]!;
    if (c >= '0' && c <= '9') digit++;
    else if (c === '(' || c === '[') paren++;
    else if (c === '|' || c === '•' || c === '·' || c === '»' || c === '›' || c === '/') seps++;
    else if (c === ',') commas++;
    else if (c.toLowerCase() !== c) upper++;
    else if (c.toUpperCase() !== c) lower++;
  }
  const letters = upper + lower;
  if (letters >= 3 && lower === 0) out.push('allcaps');
  if (letters > 0) out.push(`U${bin(upper / letters, [0.02, 0.05, 0.1, 0.2, 0.4])}`);
  out.push(`D${bin(digit / Math.max(1, t.length), [0, 0.05, 0.15, 0.3, 0.6])}`);
  if (paren) out.push('paren');
  if (seps) out.push(`sep${Math.min(seps, 3)}`);
  out.push(`C${Math.min(commas, 4)}`);
  if (t.includes('©')) out.push('copy');

  let capWords = 0;
  let link = false,
    mail = false,
    handle = false,
    hash = false;
  const rawWords = t.split(' ');
  for (const w of rawWords) {
    if (!w) continue;
    const c = w[0]!;
    if (c.toLowerCase() !== c) capWords++;
    if (c === '@' && w.length > 1) handle = true;
    else if (c === '#' && w.length > 1) hash = true;
    else if (w.includes('@') && w.includes('.')) mail = true;
    if (w.startsWith('http') || w.startsWith('www.') || w.endsWith('.com') || w.endsWith('.de') || w.endsWith('.org')) link = true;
  }
  if (l.words.length >= 2) out.push(`T${bin(capWords / rawWords.length, [0.2, 0.4, 0.6, 0.85])}`);
  if (link) out.push('link');
  if (mail) out.push('mail');
  if (handle) out.push('handle');
  if (hash) out.push('hashtag');

  // Words: presence, the first and last word, the first two.
  const w = l.words;
  const n = Math.min(w.length, 40);
  for (let k = 0; k < n; k++) out.push(`w:${w[k]}`);
  if (w.length) {
    out.push(`f:${w[0]}`, `l:${w[w.length - 1]}`);
    if (w.length >= 2) out.push(`f2:${w[0]} ${w[1]}`);
    if (w.length <= 3) out.push(`all:${w.join(' ')}`);
  }

  // Place: relative position, edges, where the story's prose is.
  const pos = place.count > 1 ? place.index / (place.count - 1) : 0;
  out.push(`P${Math.min(9, Math.floor(pos * 10))}`);
  if (place.index < 3) out.push(`top${place.index}`);
  if (place.count - 1 - place.index < 3) out.push(`end${place.count - 1 - place.index}`);
  const region = place.firstProse < 0 ? 'noprose' : i < place.firstProse ? 'before' : i > place.lastProse ? 'after' : 'inside';
  out.push(`R${region}`, `RL${region}${l.lenBin}`, `RE${region}${l.endClass}`);
  if (place.occurrences > 1) out.push(`dup${Math.min(place.occurrences, 3)}`, `dupL${l.lenBin}`);
  // The main run: the prose around it is the story's; prose far before or after it (bios, teasers, notices) is not.
  const main = place.mainStart < 0 ? 'none' : i < place.mainStart ? 'before' : i > place.mainEnd ? 'after' : 'inside';
  const dist = main === 'before' ? place.mainStart - i : main === 'after' ? i - place.mainEnd : 0;
  out.push(`M${main}`, `ML${main}${l.lenBin}`, `ME${main}${l.endClass}`, `MD${main}${bin(dist, [0, 1, 3, 8, 20])}`);
  if (l.prose) out.push(`MP${main}`);
  if (place.titleRelation !== 'none') out.push(`title-${place.titleRelation}`);

  // Neighbours: their shape tells whether the line sits in running text or in a run of chrome.
  for (const d of [-2, -1, 1, 2]) {
    const m = lines[i + d];
    const p = d < 0 ? `p${-d}` : `n${d}`;
    if (!m) {
      out.push(`${p}none`);
      continue;
    }
    out.push(`${p}L${m.lenBin}`, `${p}E${m.endClass}`);
    if (m.prose) out.push(`${p}prose`);
    if (d === -1 || d === 1) out.push(`${p}S${m.stopBin}`, `${p}LL${m.lenBin}.${l.lenBin}`);
  }
  // Runs: how many short lines in a row surround this one.
  let run = 0;
  for (let k = i - 1; k >= 0 && k >= i - 6 && !lines[k]!.prose; k--) run++;
  for (let k = i + 1; k < lines.length && k <= i + 6 && !lines[k]!.prose; k++) run++;
  out.push(`run${bin(run, [0, 1, 2, 4, 7, 10])}`);
  return out;
}

/** FNV-1a of a feature string, folded into a table of `size` (a power of two). */
export function hashKey(key: string, size: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (size - 1);
}

/** Lower-cased words of a line, joined: the key lines and titles are compared on. */
export function wordKey(words: string[]): string {
  return words.join(' ');
}

/** The LinePlace of every line: position, repeats, relation to the title, the prose region. */
export function linePlaces(lines: LineInfo[], title: string | null): LinePlace[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const titleKey = title ? wordKey(lineInfo(title).words) : '';
  let firstProse = -1,
    lastProse = -1;
  lines.forEach((l, i) => {
    if (!l.prose) return;
    if (firstProse < 0) firstProse = i;
    lastProse = i;
  });
  const [mainStart, mainEnd] = mainRun(lines);
  return lines.map((l, i) => {
    const key = wordKey(l.words);
    let titleRelation: LinePlace['titleRelation'] = 'none';
    if (titleKey && key) {
      if (key === titleKey) titleRelation = 'same';
      else if (key.length >= 12 && (titleKey.includes(key) || (key.includes(titleKey) && key.length < titleKey.length * 2))) titleRelation = 'overlap';
    }
    return { index: i, count: lines.length, occurrences: counts.get(l.text) ?? 1, titleRelation, firstProse, lastProse, mainStart, mainEnd };
  });
}

/**
 * The stretch of lines with the most prose, short lines counting against it (the largest-sum run,
 * Kadane's scan, linear): a story's paragraphs bridge a subheading or a caption between them, not a
 * menu of twenty links. [-1, -1] when the text has no prose.
 */
export function mainRun(lines: LineInfo[]): [number, number] {
  let best = 0,
    bestStart = -1,
    bestEnd = -1,
    sum = 0,
    start = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const gain = l.prose ? Math.min(l.len, 800) / 100 : -1;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return [bestStart, bestEnd];
}

// ---------------------------------------------------------------------------------------------
// The second pass: a line's first-pass score beside its neighbours' scores. Junk comes in runs
// (menus at the top, footers at the end, teaser lists between paragraphs), and a short line between
// two paragraphs of the story is the story's; this pass learns how much the neighbourhood counts.

const Z_BINS = [-6, -4, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 4, 6];
const zBin = (z: number) => bin(z, Z_BINS);

/** What the second pass needs of a whole text: first-pass logits, the lines, copies' mean logit, the text's median logit. */
export interface ContextPage {
  z: Float64Array;
  lines: LineInfo[];
  /** Mean first-pass logit of every copy of a line repeated verbatim (NaN for a line that occurs once). */
  copyMean: Float64Array;
  median: number;
  /** The story's main run (mainRun). */
  main: [number, number];
}

export function contextPage(z: Float64Array, lines: LineInfo[]): ContextPage {
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const g = groups.get(l.text);
    if (g) g.push(i);
    else groups.set(l.text, [i]);
  });
  const copyMean = new Float64Array(lines.length).fill(NaN);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    let sum = 0;
    for (const i of g) sum += z[i]!;
    for (const i of g) copyMean[i] = sum / g.length;
  }
  const sorted = Float64Array.from(z).sort();
  const median = sorted.length ? sorted[sorted.length >> 1]! : 0;
  return { z, lines, copyMean, median, main: mainRun(lines) };
}

/** Second-pass feature strings of line i, from every line's first-pass logit. */
export function contextFeatureKeys(page: ContextPage, i: number, out: string[] = []): string[] {
  const { z, lines } = page;
  out.length = 0;
  const own = zBin(z[i]!);
  out.push('bias', `z${own}`, `zL${own}.${lines[i]!.lenBin}`);
  for (const d of [-3, -2, -1, 1, 2, 3]) {
    const j = i + d;
    out.push(j < 0 || j >= z.length ? `z${d}none` : `z${d}:${zBin(z[j]!)}`);
  }
  for (const r of [3, 8, 20]) {
    let sum = 0,
      n = 0,
      content = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(z.length - 1, i + r); j++) {
      if (j === i) continue;
      sum += z[j]!;
      n++;
      if (z[j]! < -1) content++;
    }
    const mean = n ? sum / n : 0;
    out.push(`m${r}:${zBin(mean)}`, `c${r}:${bin(n ? content / n : 0, [0, 0.2, 0.4, 0.6, 0.8])}`, `om${r}:${own}.${zBin(mean)}`);
  }
  // Is the line between content on both sides (within 4 lines), on one, or on none?
  let before = false,
    after = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (z[j]! < -1.5 && lines[j]!.len >= 40) before = true;
  for (let j = i + 1; j < z.length && j <= i + 4; j++) if (z[j]! < -1.5 && lines[j]!.len >= 40) after = true;
  out.push(`between${before ? 1 : 0}${after ? 1 : 0}`, `betweenO${before ? 1 : 0}${after ? 1 : 0}.${own}`);
  // A line printed several times is one decision: its copies' mean score (chrome repeats; the story rarely does).
  if (!Number.isNaN(page.copyMean[i]!)) out.push(`copy${zBin(page.copyMean[i]!)}`, `copyO${own}.${zBin(page.copyMean[i]!)}`);
  // The score beside the text's own median: some texts score high throughout (short-line stories), some low.
  out.push(`rel${zBin(z[i]! - page.median)}`, `med${zBin(page.median)}`);
  // Where the line sits against the main run, beside its own score: the same doubt weighs less inside the story.
  const [ms, me] = page.main;
  const region = ms < 0 ? 'none' : i < ms ? 'before' : i > me ? 'after' : 'inside';
  const dist = region === 'before' ? ms - i : region === 'after' ? i - me : 0;
  out.push(`MR${region}.${own}`, `MD${region}${bin(dist, [0, 2, 6, 15])}`);
  return out;
}
