/**
 * Language identification (ISO 639-1), compact and fast.
 *
 * Non-Latin scripts decide by themselves (Cyrillic → ru, or uk when its own letters show;
 * Arabic script → ar, or fa/ur by their letters; kana → ja; Han alone → zh; Hangul → ko; …).
 * Latin-script text is scored by its most frequent function words in each language; a word
 * shared by several languages counts for each in proportion.
 *
 * The declared language wins when the text is too short or too mixed to tell; the text wins
 * when it clearly disagrees (a page declared `en` whose body is Spanish is Spanish).
 */

/** Frequent function words per language: short lists, chosen to separate close neighbours. */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as are by this be at from have has had not but they his her which were been their would who will said an its or',
  es: 'el la de que y en los las del se por con una para es su al lo como más pero sus le ha fue este esta entre sin sobre también dijo muy hasta desde',
  fr: 'le la les de des du et est un une pour dans que qui sur pas au aux par avec ce cette il elle sont ont été plus mais ses leur nous vous être a',
  de: 'der die das und ist nicht ein eine den dem des zu mit sich auf für von im auch es sie wird wurde hat sind bei noch nach aus wie über dass einer',
  pt: 'o a os as de do da dos das e em um uma para com não que se por mais é no na nos nas ao pelo pela foi são também seu sua como mas ele ela',
  it: 'il lo la gli le di del della dei delle e è un una per che non con sono si da al alla nel nella anche come più ha ma questo questa sono stato essere',
  nl: 'de het een van en in is dat op te zijn met voor niet aan er ook als bij door om naar maar worden wordt werd heeft hij zij dit deze over uit',
  sv: 'och att det som en på är av för med till den har inte om ett var jag men från vid så kan eller efter skulle också',
  pl: 'i w na z że do nie się jest to o jak po ale przez dla od są był była tak jego jej już oraz który które także',
  tr: 've bir bu da de için ile olarak çok daha en gibi ama olan sonra kadar ise değil var ya ne göre ancak',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh sudah telah bisa mereka kami',
  ro: 'și în de la cu nu o un pe care este din se mai să fost sunt pentru ca dar au lui lor acest această',
};

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const w of list.split(' ')) {
    const langs = WORD_LANGS.get(w) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    WORD_LANGS.set(w, langs);
  }
}

const SAMPLE_CHARS = 6000;
const MAX_WORDS = 1200;
/** Below this many function-word hits the text cannot outvote a declared language. */
const MIN_EVIDENCE = 4;
const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** Scripts that identify a language on their own, checked in this order. */
const SCRIPT_TESTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0370-\u03ff]/gu, 'el'],
  [/[\u0900-\u097f]/gu, 'hi'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
];
const LATIN = /[a-zA-Z\u00c0-\u024f]/gu;
/** Languages written in a script, so a declared `uk` is kept for Cyrillic text. */
const SCRIPT_FAMILY: Record<string, string[]> = {
  ru: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'],
  ar: ['ar', 'fa', 'ur', 'ps'],
  zh: ['zh', 'ja'],
};

const count = (re: RegExp, s: string): number => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s) !== null) n++;
  return n;
};

/** "en-US", "EN", "pt_BR" → "en", "en", "pt"; anything else → null. */
function normalizeDeclared(declared: string | null | undefined): string | null {
  if (typeof declared !== 'string') return null;
  const m = /^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/.exec(declared);
  return m ? m[1]!.toLowerCase() : null;
}

/** The dominant script's language, with how many letters of it were seen, or null for Latin text. */
function scriptLanguage(sample: string): { lang: string; letters: number } | null {
  const latin = count(LATIN, sample);
  let best: { lang: string; letters: number } | null = null;
  for (const [re, lang] of SCRIPT_TESTS) {
    const n = count(re, sample);
    if (n === 0) continue;
    // Japanese mixes kanji and kana: any real share of kana makes it Japanese.
    if (lang === 'ja' && n >= 3) return { lang, letters: n + count(/[\u4e00-\u9fff]/gu, sample) };
    if (!best || n > best.letters) best = { lang, letters: n };
  }
  if (!best || best.letters < latin * 0.5) return null;
  if (best.lang === 'ru' && count(/[іїєґІЇЄҐ]/gu, sample) >= 2) best.lang = 'uk';
  if (best.lang === 'ar' && count(/[پچژگ]/gu, sample) >= 2) best.lang = count(/[ٹڈڑںے]/gu, sample) >= 2 ? 'ur' : 'fa';
  return best;
}

/** Function-word scores of Latin-script text: best and second-best language. */
function scoreLatin(sample: string): { best: string | null; score: number; second: number } {
  const scores: Record<string, number> = {};
  let words = 0;
  WORD.lastIndex = 0;
  for (const m of sample.matchAll(WORD)) {
    if (++words > MAX_WORDS) break;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (!langs) continue;
    const share = 1 / langs.length;
    for (const l of langs) scores[l] = (scores[l] ?? 0) + share;
  }
  let best: string | null = null;
  let score = 0;
  let second = 0;
  for (const [l, s] of Object.entries(scores)) {
    if (s > score) {
      second = score;
      score = s;
      best = l;
    } else if (s > second) second = s;
  }
  return { best, score, second };
}

/**
 * The article's language as ISO 639-1.
 * @example detectLanguage('El gobierno anunció ayer que las elecciones se celebrarán en marzo.', 'en') // 'es'
 * @example detectLanguage('OK', 'fr') // 'fr' (too short to contradict the page)
 */
export function detectLanguage(text: string, declared: string | null): string {
  const stated = normalizeDeclared(declared);
  if (typeof text !== 'string' || text.length === 0) return stated ?? 'en';
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const script = scriptLanguage(sample);
  if (script) {
    if (script.letters < 4) return stated ?? script.lang;
    if (stated && SCRIPT_FAMILY[script.lang]?.includes(stated)) return stated;
    return script.lang;
  }
  const { best, score, second } = scoreLatin(sample);
  if (!best) return stated ?? 'en';
  const clear = score >= MIN_EVIDENCE && score >= second * 1.5;
  if (!stated) return best;
  if (stated === best) return stated;
  // The text overrules the page only with enough evidence and a clear margin.
  if (clear && (!(stated in FUNCTION_WORDS) || score >= 2 * (scoreOf(sample, stated) || 0.5))) return best;
  return stated;
}

function scoreOf(sample: string, lang: string): number {
  let s = 0;
  let words = 0;
  WORD.lastIndex = 0;
  for (const m of sample.matchAll(WORD)) {
    if (++words > MAX_WORDS) break;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (langs?.includes(lang)) s += 1 / langs.length;
  }
  return s;
}
