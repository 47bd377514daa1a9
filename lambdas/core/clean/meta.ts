/** Normalising metadata values that crawlers and pages state in many shapes. */

/**
 * Any date a crawler or page states → ISO 8601 (UTC), or null.
 * @example isoDate('2026-05-06T12:15:00+02:00') // '2026-05-06T10:15:00.000Z'
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
    .split(/\s*(?:,|;|\band\b|&|\by\b|\bet\b|\bund\b|\be\b)\s*/u)
    .map((x) => x.replace(/^["'\s]+|["'\s]+$/g, ''))
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
