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

const SAMPLE_CHARS = 3000;
/** Enough words to tell languages apart; more only costs time. */
const MAX_WORDS = 300;
/** Below this many function-word hits the text cannot outvote a declared language. */
const MIN_EVIDENCE = 4;

/** Script counters filled by one char-code pass: index into SCRIPT_LANGS. */
const SCRIPT_LANGS = ['ja', 'ko', 'zh', 'ru', 'ar', 'he', 'el', 'hi', 'th'] as const;
const KANA = 0;
const HANGUL = 1;
const HAN = 2;

/** Which script counter a character belongs to (-1: none, 9: Latin letter). */
function scriptOf(c: number): number {
  if (c < 0x41) return -1;
  if (c <= 0x7a) return (c <= 0x5a || c >= 0x61) ? 9 : -1;
  if (c >= 0xc0 && c <= 0x24f) return 9;
  if (c >= 0x370 && c <= 0x3ff) return 6;
  if (c >= 0x400 && c <= 0x4ff) return 3;
  if (c >= 0x590 && c <= 0x5ff) return 5;
  if (c >= 0x600 && c <= 0x6ff) return 4;
  if (c >= 0x900 && c <= 0x97f) return 7;
  if (c >= 0xe00 && c <= 0xe7f) return 8;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if (c >= 0x4e00 && c <= 0x9fff) return HAN;
  if (c >= 0xac00 && c <= 0xd7af) return HANGUL;
  return -1;
}
/** Letters that tell Ukrainian from Russian, and Persian/Urdu from Arabic. */
const UKRAINIAN = new Set([...'іїєґІЇЄҐ'].map((ch) => ch.charCodeAt(0)));
const PERSIAN = new Set([...'پچژگ'].map((ch) => ch.charCodeAt(0)));
const URDU = new Set([...'ٹڈڑںے'].map((ch) => ch.charCodeAt(0)));
/** Declared languages whose script is not Latin: Latin-script text overrules them. */
const NON_LATIN = new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ar', 'fa', 'ur', 'ps', 'he', 'yi', 'el', 'zh', 'ja', 'ko', 'hi', 'mr', 'ne', 'bn', 'th', 'ka', 'hy', 'am']);
/** Languages written in a script, so a declared `uk` is kept for Cyrillic text. */
const SCRIPT_FAMILY: Record<string, string[]> = {
  ru: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'],
  ar: ['ar', 'fa', 'ur', 'ps'],
  zh: ['zh', 'ja'],
};

/** "en-US", "EN", "pt_BR" → "en", "en", "pt"; anything else → null. */
function normalizeDeclared(declared: string | null | undefined): string | null {
  if (typeof declared !== 'string') return null;
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(declared);
  return m ? m[1]!.toLowerCase() : null;
}

/** The dominant script's language, with how many letters of it were seen, or null for Latin text. */
function scriptLanguage(sample: string): { lang: string; letters: number } | null {
  const counts = new Int32Array(10);
  let ukrainian = 0;
  let persian = 0;
  let urdu = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    const k = scriptOf(c);
    if (k < 0) continue;
    counts[k]!++;
    if (k === 3 && UKRAINIAN.has(c)) ukrainian++;
    else if (k === 4 && (PERSIAN.has(c) || URDU.has(c))) URDU.has(c) ? urdu++ : persian++;
  }
  const latin = counts[9]!;
  // Japanese mixes kanji and kana: any real share of kana makes it Japanese.
  if (counts[KANA]! >= 3 && (counts[KANA]! + counts[HAN]!) >= latin * 0.5) return { lang: 'ja', letters: counts[KANA]! + counts[HAN]! };
  let best = -1;
  for (let k = 0; k < 9; k++) if (counts[k]! > 0 && (best < 0 || counts[k]! > counts[best]!)) best = k;
  if (best < 0 || counts[best]! < latin * 0.5) return null;
  let lang: string = SCRIPT_LANGS[best]!;
  if (lang === 'ru' && ukrainian >= 2) lang = 'uk';
  if (lang === 'ar' && persian + urdu >= 2) lang = urdu >= 2 ? 'ur' : 'fa';
  return { lang, letters: counts[best]! };
}

/** Function-word scores of Latin-script text, per language. */
function scoreLatin(sample: string): Map<string, number> {
  const scores = new Map<string, number>();
  let words = 0;
  const n = sample.length;
  let i = 0;
  while (i < n && words < MAX_WORDS) {
    while (i < n && scriptOf(sample.charCodeAt(i)) !== 9) i++;
    const start = i;
    while (i < n && scriptOf(sample.charCodeAt(i)) === 9) i++;
    if (i === start) break;
    words++;
    if (i - start > 12) continue;
    const langs = WORD_LANGS.get(sample.slice(start, i).toLowerCase());
    if (!langs) continue;
    const share = 1 / langs.length;
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + share);
  }
  return scores;
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
  const scores = scoreLatin(sample);
  let best: string | null = null;
  let score = 0;
  let second = 0;
  for (const [l, v] of scores) {
    if (v > score) {
      second = score;
      score = v;
      best = l;
    } else if (v > second) second = v;
  }
  if (!best) return stated ?? 'en';
  const clear = score >= MIN_EVIDENCE && score >= second * 1.5;
  if (!stated) return best;
  if (stated === best) return stated;
  // A Latin-script language we keep no word list for (ca, sv-like neighbours, eu, …) is trusted:
  // its text would only look like its nearest scored neighbour. A non-Latin one on Latin text is not.
  if (!(stated in FUNCTION_WORDS) && !NON_LATIN.has(stated)) return stated;
  // The text overrules the page only with enough evidence and a clear margin over the stated language.
  if (clear && score >= 2 * Math.max(scores.get(stated) ?? 0, 0.5)) return best;
  return stated;
}
