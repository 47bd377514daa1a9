/**
 * A page's own statement of a date-time → one ISO 8601 string, keeping the page's zone: "2023-11-08T21:11:03-05:00"
 * stays on the 8th (the publisher's day), where converting to UTC would move it to the 9th. A value with "Z" or
 * without a time becomes the usual `toISOString()` form. Every value is checked once here: a real calendar day,
 * not before the web was public, not after `now`.
 */
import { datesInText } from './date-text.ts';

/** Earlier "dates" on news pages are founding years, archive ids or birthdays, not publication days. */
export const FIRST_YEAR = 1995;
const DAY_MS = 86_400_000;

/** Bounds a candidate day must fall within: [FIRST_YEAR, now + 1 day]. */
export interface DateBounds {
  /** Epoch ms of the reference time (ingestion); Infinity when unknown. */
  now: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Whether y-m-d is a real day in range; returns its UTC midnight in ms, or null. */
export function validDay(y: number, m: number, d: number, bounds: DateBounds): number | null {
  if (!Number.isInteger(y) || y < FIRST_YEAR || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null; // 31 June
  // A day after "now" (a day's grace for zones) is an event, an expiry or an id, not a publication.
  if (t > bounds.now + DAY_MS) return null;
  return t;
}

/** The ISO day of a UTC midnight. */
export function dayIso(t: number): string {
  return new Date(t).toISOString();
}

/**
 * ISO 8601 with optional time and zone, read by hand (Date.parse reads a zoneless time in the machine's zone).
 * Groups: year, month, day, hour, minute, second, fraction, zone.
 */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?(Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/;

/**
 * A date value as a page states it in markup (JSON-LD, meta content, `<time datetime>`, an `abbr` title) → ISO
 * 8601, or null. ISO forms keep their zone; epoch numbers and RFC 2822 strings become UTC; anything else is read
 * as a printed date (`datesInText`), at midnight UTC.
 * @example markupDate('2023-11-08T21:11:03-05:00', { now: Infinity }) // '2023-11-08T21:11:03.000-05:00'
 * @example markupDate('2020-03-14', { now: Infinity }) // '2020-03-14T00:00:00.000Z'
 */
export function markupDate(v: unknown, bounds: DateBounds, dayFirst: boolean | null = null): string | null {
  if (typeof v === 'number') return epoch(v, bounds);
  if (typeof v !== 'string') return null;
  const s = v.trim().slice(0, 100);
  if (!s) return null;
  if (/^\d{10}(?:\d{3})?$/.test(s)) return epoch(Number(s), bounds);
  // "20260915": a compact day some CMSs print.
  if (/^\d{8}$/.test(s)) {
    const t = validDay(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)), bounds);
    return t === null ? null : dayIso(t);
  }
  const m = ISO.exec(s);
  if (m) return isoParts(m, bounds);
  // RFC 2822 / toString() forms with an explicit zone: "Tue, 12 Mar 2019 10:00:00 +0100", "… GMT".
  if (/(?:GMT|UTC|[+-]\d{4})\b/.test(s) && /\d:\d\d/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) {
      const d = new Date(t);
      if (validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), bounds) !== null) return d.toISOString();
    }
  }
  // "11/01/2023 12:43:42": slashes and a time to the second is a server's invariant-culture stamp (ASP.NET,
  // JavaScript's en-US toLocaleString), month first whatever the page's language; a part over 12 still decides.
  const invariant = /^\d{1,2}\/\d{1,2}\/\d{4},?\s\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?$/i.test(s);
  const printed = datesInText(s, { dayFirst: invariant ? false : dayFirst, max: 1 })[0];
  if (!printed) return null;
  const t = validDay(printed.y, printed.m, printed.d, bounds);
  return t === null ? null : dayIso(t);
}

function epoch(n: number, bounds: DateBounds): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n < 1e11 ? n * 1000 : n);
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), bounds) === null ? null : d.toISOString();
}

function isoParts(m: RegExpExecArray, bounds: DateBounds): string | null {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = validDay(y, mo, d, bounds);
  if (day === null) return null;
  if (m[4] === undefined) return dayIso(day);
  const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || sec > 60) return dayIso(day);
  const ms = Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0'));
  const zone = m[8];
  const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}.${pad(ms, 3)}`;
  // No zone stated: the clock time is the publisher's, its offset unknown; UTC is the convention here.
  if (!zone || /^(?:z|utc|gmt)$/i.test(zone)) return `${local}Z`;
  const digits = zone.replace(':', '');
  const oh = Number(digits.slice(1, 3));
  const om = Number(digits.slice(3, 5) || 0);
  if (oh > 14 || om > 59) return `${local}Z`;
  if (oh === 0 && om === 0) return `${local}Z`;
  return `${local}${digits[0]}${pad(oh)}:${pad(om)}`;
}

/** The calendar day (YYYY-MM-DD) an ISO value names, in its own zone. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Epoch ms of an ISO value (for ordering and bounds). */
export function timeOf(iso: string): number {
  return Date.parse(iso);
}
