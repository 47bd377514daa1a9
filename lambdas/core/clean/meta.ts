/** Normalising metadata values that crawlers and pages state in many shapes. */

/** An ISO 8601 time with a stated offset: "2026-05-06T12:15:00+02:00", "2026-05-06 12:15+0200". */
const ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?([+-])(\d{2}):?(\d{2})$/;

/**
 * Any date a crawler or page states → ISO 8601, or null. A time with a stated offset keeps it (the
 * publisher's clock and calendar day, as the HTML path keeps them); epoch numbers and other forms are UTC.
 * @example isoDate('2026-05-06T12:15:00+02:00') // '2026-05-06T12:15:00.000+02:00'
 * @example isoDate(1767225600) // '2026-01-01T00:00:00.000Z' (epoch seconds)
 */
export function isoDate(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  let t: number;
  if (typeof v === 'number' && Number.isFinite(v)) {
    t = v < 1e11 ? v * 1000 : v; // epoch seconds or milliseconds
  } else if (typeof v === 'string') {
    const s = v.trim();
    if (/^\d{10,13}$/.test(s)) return isoDate(Number(s));
    const zoned = zonedIso(s);
    if (zoned !== undefined) return zoned;
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) t = Date.parse(`${s}T00:00:00Z`);
    else t = Date.parse(s);
  } else {
    return null;
  }
  if (!Number.isFinite(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return new Date(t).toISOString();
}

/** A zoned ISO time as stated (null: not a real time; undefined: not that form, or a zero offset, which reads as UTC). */
function zonedIso(s: string): string | null | undefined {
  const m = ZONED.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec = '00', frac = '0', sign, oh, om] = m as unknown as string[];
  if (Number(oh) > 14 || Number(om) > 59 || (Number(oh) === 0 && Number(om) === 0)) return undefined;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${sec}.${frac!.slice(0, 3).padEnd(3, '0')}`;
  // Date.parse refuses 25:00 but rolls 30 February over into March: the day is checked on its own.
  if (!Number.isFinite(Date.parse(`${local}${sign}${oh}:${om}`)) || new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)) return null;
  const year = Number(y);
  if (year < 1800 || year > 2200) return null;
  return `${local}${sign}${oh}:${om}`;
}

/** "en-GB", "en_US", "English", "fr" → ISO 639-1, or null. */
export function languageCode(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  const m = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/.exec(s);
  if (m) return m[1]!;
  const names: Record<string, string> = { english: 'en', spanish: 'es', español: 'es', french: 'fr', français: 'fr', german: 'de', deutsch: 'de', portuguese: 'pt', português: 'pt', italian: 'it', italiano: 'it', dutch: 'nl', russian: 'ru', arabic: 'ar', chinese: 'zh', japanese: 'ja' };
  return names[s] ?? null;
}

/** Author values: "A, B and C", ["A", "B"], [{ name: "A" }], { name: "A" } → names. */
export function people(v: unknown): string[] {
  const out: string[] = [];
  const add = (x: unknown) => {
    if (typeof x === 'string') out.push(...splitPeople(x));
    else if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') out.push(...splitPeople((x as { name: string }).name));
  };
  if (Array.isArray(v)) v.slice(0, 50).forEach(add);
  else add(v);
  return [...new Set(out)];
}

export function splitPeople(s: string): string[] {
  return s
    .replace(/^\s*(by|por|par|von)\s+/i, '')
    .split(/(?<!\s)\s*(?:[,;&]|\band\b|\by\b|\bet\b|\bund\b|\be\b)\s*/u)
    .map((x) => x.replace(/^["'\s]+|(?<!["'\s])["'\s]+$/g, ''))
    .filter((x) => x.length > 1 && x.length < 80 && !/^https?:/i.test(x) && !/@/.test(x));
}

/** A publisher value: "Site", { name: "Site" }, or a URL (its host). */
export function publisherName(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) {
    const s = v.trim();
    if (/^https?:\/\//i.test(s)) {
      try {
        return new URL(s).hostname.replace(/^www\./, '');
      } catch {
        return null;
      }
    }
    return s.slice(0, 200);
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return publisherName((v as { name: string }).name);
  return null;
}

export function urlValue(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return /^https?:\/\/\S{1,2000}$/i.test(s) ? s : null;
}

/** Month names (and short forms) in English, French, German, Spanish, Italian and Portuguese → 1–12. */
const MONTHS: Record<string, number> = {};
(
  [
    ['january jan janvier janv januar jän enero ene gennaio genn gen janeiro', 1],
    ['february feb février févr fevrier februar febrero febbraio febb fevereiro fev', 2],
    ['march mar mars märz marz marzo março marco', 3],
    ['april apr avril avr abril aprile', 4],
    ['may mai mayo maggio mag maio', 5],
    ['june jun juin juni junio giugno giu junho', 6],
    ['july jul juillet juil juli julio luglio lug julho', 7],
    ['august aug août aout agosto ago', 8],
    ['september sep sept septembre septiembre setiembre settembre set setembro', 9],
    ['october oct octobre oktober okt octubre ottobre ott outubro out', 10],
    ['november nov novembre noviembre novembro', 11],
    ['december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro', 12],
  ] as const
).forEach(([names, n]) => names.split(' ').forEach((w) => (MONTHS[w] = n)));

/** "Published", "Publié le", "Veröffentlicht am", "Publicado el/em", "Pubblicato il" — a publication label. */
const PUBLISHED_LABEL = /^(?:(?:first )?published|posted|publié|publiée|publicado|publicada|veröffentlicht|pubblicato|pubblicata)(?:\s(?:on|at|le|el|em|am|il))?\s?:?\s+/i;
/** Day month year: "2 October 2026", "2 Oct. 2026", "15. September 2026", "15 de septiembre de 2026", "1er octobre 2026". */
const DMY = /^(\d{1,2})(?:er|º|°)?\.?\s(?:de\s)?(\p{L}{3,10})\.?,?\s(?:de\s|del\s)?(\d{4})/u;
/** Month day, year: "October 2, 2026", "Oct. 2 2026". */
const MDY = /^(\p{L}{3,10})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})/u;
const YMD = /^(\d{4})-(\d{2})-(\d{2})/;
/** What may follow the date: a time ("à 06h45", "at 09:40", "um 8.30 Uhr", "14:05 BST"), nothing else. */
const DATE_TAIL = /^(?:,?\s(?:at|[à\-–—,]|a las|alle|às|um)?\s?\d{1,2}(?:[:h.]\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?(?:\s[A-Z]{2,4})?)?\.?$/i;

/**
 * A line that is only a date, optionally after a "Published" label: "2 October 2026", "Published 2 October 2026",
 * "Publié le 15 septembre 2026 à 06h45", "October 2, 2026". Strict: month names or ISO order only (no
 * "02/03/2026", which reads two ways), a real calendar day, nothing but a time after it.
 * Returns midnight UTC of that day, or null. `label` says whether a label was present.
 */
export function textDate(line: string): { iso: string; label: boolean } | null {
  if (line.length > 80) return null;
  let s = line.trim();
  const label = PUBLISHED_LABEL.exec(s);
  if (label) s = s.slice(label[0].length);
  let y = 0;
  let mo = 0;
  let d = 0;
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(s))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DMY.exec(s))) [d, mo, y] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[3])];
  else if ((m = MDY.exec(s))) [mo, d, y] = [MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]), Number(m[3])];
  if (!m || !mo || y < 1800 || y > 2200 || d < 1) return null;
  if (!DATE_TAIL.test(s.slice(m[0].length))) return null;
  const t = Date.UTC(y, mo - 1, d);
  if (new Date(t).getUTCDate() !== d) return null; // 31 June
  return { iso: new Date(t).toISOString(), label: !!label };
}
