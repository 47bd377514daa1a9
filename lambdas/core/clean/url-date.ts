/**
 * The publication day many CMSs put in an article's URL path: /2020/03/14/slug, /2020-03-14-slug, /20200314/.
 * Used only when the page itself states no date, because a URL keeps the day a story was first filed even when
 * the page's own markup has been stripped (print views, AMP copies).
 */

/** The web's first pages date from 1991; a URL "date" before that is a product number or an id. */
const FIRST_YEAR = 1991;

function valid(y: number, m: number, d: number, now: number): string | null {
  if (y < FIRST_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null; // 31 February
  // A day after "now" (plus a day for time zones) is an id that happens to look like a date.
  if (t > now + 86_400_000) return null;
  return back.toISOString();
}

const digits = (s: string) => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

/**
 * "29-10-2021", "22.04.2020": day and month before a four-digit year, in the page's order. A part over 12 says
 * which is the day; when both could be, `dayFirst` decides (null: the order is unknown, nothing is read).
 */
function dayMonthYear(a: string, b: string, y: string, dayFirst: boolean | null, now: number): string | null {
  if (y.length !== 4 || a.length > 2 || b.length > 2 || !digits(a) || !digits(b) || !digits(y)) return null;
  const [p, q] = [Number(a), Number(b)];
  const df = p > 12 ? true : q > 12 ? false : dayFirst;
  if (df === null) return null;
  return df ? valid(Number(y), q, p, now) : valid(Number(y), p, q, now);
}

/**
 * The day in a URL's path as ISO 8601 (midnight UTC), or null.
 * @param now the reference time (the caller's clock; core code has none), so that ids that look like future dates are refused
 * @param dayFirst how the page's language orders "04-03-2020" (see dayFirstFor); null reads such a date only when a part is over 12
 * @example dateFromUrl('https://example.com/news/2020/03/14/a-story', Date.UTC(2026, 0, 1)) // '2020-03-14T00:00:00.000Z'
 */
export function dateFromUrl(url: string | null | undefined, now = Number.POSITIVE_INFINITY, dayFirst: boolean | null = null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segs = path.slice(0, 500).split('/').filter(Boolean);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    // /2020/03/14/ — year, month, day as three segments.
    if (s.length === 4 && digits(s) && i + 2 < segs.length) {
      const m = segs[i + 1]!, d = segs[i + 2]!.slice(0, 2);
      if (m.length <= 2 && digits(m) && digits(d) && (segs[i + 2]!.length <= 2 || !digits(segs[i + 2]![2]!))) {
        const v = valid(Number(s), Number(m), Number(d), now);
        if (v) return v;
      }
    }
    // 2020-03-14-slug: three separated number parts in one segment.
    const parts = s.split(/[-_.]/);
    for (let j = 0; j + 2 < parts.length; j++) {
      const [y, m, d] = [parts[j]!, parts[j + 1]!, parts[j + 2]!];
      if (y.length === 4 && m.length === 2 && d.length === 2 && digits(y) && digits(m) && digits(d)) {
        const v = valid(Number(y), Number(m), Number(d), now);
        if (v) return v;
      }
      // 29-10-2021-slug, bericht_vom_22.04.2020: day, month, year.
      const dmy = dayMonthYear(y, m, d, dayFirst, now);
      if (dmy) return dmy;
    }
    // 20200314 standing alone between separators.
    for (const tok of s.split(/[-_.]/)) {
      if (tok.length === 8 && digits(tok)) {
        const v = valid(Number(tok.slice(0, 4)), Number(tok.slice(4, 6)), Number(tok.slice(6, 8)), now);
        if (v) return v;
      }
    }
  }
  return null;
}
