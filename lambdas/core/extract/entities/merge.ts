/**
 * Mentions → entities: type voting per surface form, alias merging (surnames and shortened
 * person names, acronyms stated in parentheses or formed by initials, a country's alternative
 * names), country codes, and ordering by mentions then first appearance.
 */
import type { Entity, EntityType } from '#contracts/record.ts';
import { knownPlaceOrOrg, lookup } from './gazetteer.ts';

/** One tagged, cleaned mention in the article. */
export interface Mention {
  name: string;
  tokens: string[];
  type: EntityType;
  /** Global position (for first-appearance ordering). */
  order: number;
  /** Acronym the text gives in parentheses right after the mention ("(UN)"), if any. */
  acronym?: string;
  /**
   * Its say in the name's type when the article's mentions vote (default 1): the tagger's margin,
   * SURE_WEIGHT (confidence.ts) when its context settles the type, 0 for a repeat the tagger passed by.
   */
  weight?: number;
  /** Full name the written form abbreviates ("California" for "Calif."): its country code, and `tokens` spell it so both forms are one entity. */
  canonical?: string;
}

interface Group {
  type: EntityType;
  forms: Map<string, number>;
  tokens: string[];
  mentions: number;
  first: number;
  code: string | null;
}

const MAX_GROUPS = 500;

/**
 * Everyday abbreviations written in capitals ("AI", "TV", "CEO", "GDP"): never an organization,
 * person or place on their own, unless the article states one as an organization's acronym.
 */
const COMMON_ACRONYMS = new Set(
  ('AI AGI TV PR CEO CEOs CFO COO CTO CIO GDP GNP IPO IPOs EV EVs IT HR VR AR UI UX DNA RNA HIV AIDS PC PCs SMS GPS USB API APIs FAQ DIY ' +
    'ID IDs IQ PM AM AD BC MP MPs DJ VIP ATM PIN PPE ICU ER GP QR ESG ETF ETFs VAT GST CPI PPI MPH NFT NFTs LGBT LGBTQ CO2 OK TBA ' +
    'PhD MBA LNG LPG SUV SUVs CCTV DVD CD CDs HD LED LCD PDF URL VPN WiFi 3D 4G 5G').split(' '),
);
const CORP_SUFFIX = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 's.a.', 'se', 'nv', 'n.v.', 'gmbh', 'spa', 'limited', 'corporation', 'group', 'holdings']);
const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'des', 'du', 'la', 'le', '&', 'on', 'in', 'for']);

function isAllCapsText(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase() && s.replace(/\P{L}/gu, '').length > 3;
}

function isAllCaps(tokens: string[]): boolean {
  return isAllCapsText(tokens.join(' '));
}

/** A mention's comparable spelling: normalised tokens, any case ("O’Brien" = "O'BRIEN"). */
function spelling(m: Mention): string {
  return m.tokens.join(' ').toLowerCase();
}

/** Initials of a multi-word name ("United Nations" → "UN", "Bank of England" → "BOE" and "BE"). */
function initials(tokens: string[]): string[] {
  if (tokens.length < 2) return [];
  const all = tokens.map((t) => t[0] ?? '').join('').toUpperCase();
  const content = tokens.filter((t) => !STOP.has(t.toLowerCase())).map((t) => t[0] ?? '').join('').toUpperCase();
  return all === content ? [all] : [all, content];
}

/** Is `short` a contiguous run at the end or start of `long`? (token-wise) */
function isPart(short: string[], long: string[]): 'suffix' | 'prefix' | null {
  if (short.length >= long.length) return null;
  let suffix = true;
  for (let i = 0; i < short.length; i++) if (short[short.length - 1 - i] !== long[long.length - 1 - i]) suffix = false;
  if (suffix) return 'suffix';
  let prefix = true;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) prefix = false;
  return prefix ? 'prefix' : null;
}

function countryCode(name: string, type: EntityType): string | null {
  if (type !== 'location') return null;
  const e = lookup(name);
  if (!e || e.kind === 'org' || e.kind === 'demonym') return null;
  return e.code || null;
}

/**
 * The vote a name needs on each side, as a place and as an organization, to be kept as both
 * (one mention the tagger is fully sure of counts 1, a sure cue more). Chosen on the validation split.
 */
const BOTH_WAYS = 0.9;

/** Build the article's entity list from its mentions. */
export function mergeMentions(mentions: Mention[]): Entity[] {
  // 1. One type per surface form across the article (title, body, captions): its mentions vote,
  //    each with its weight (the tagger's confidence; a sure mention settles it); first seen wins ties.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const k = spelling(m);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.weight ?? 1));
    votes.set(k, v);
  }
  const typeOf = (m: Mention): EntityType => {
    const v = votes.get(spelling(m))!;
    // A town or region the article confidently uses both as a place and as an organization (a
    // city and its club, "at Boston" and the standings' "Boston"; a county and its cricket side)
    // is both: each of those mentions keeps its own type.
    if ((m.type === 'location' || m.type === 'organization') && (v.get('location') ?? 0) >= BOTH_WAYS && (v.get('organization') ?? 0) >= BOTH_WAYS && lookup(m.tokens.join(' '))?.kind === 'place') return m.type;
    let best: EntityType = 'person';
    let n = -1;
    for (const [t, c] of v) if (c > n) [best, n] = [t, c];
    return best;
  };

  // 2. Group identical (name, type).
  const groups = new Map<string, Group>();
  const acronyms = new Map<string, string>();
  for (const m of mentions) {
    const type = typeOf(m);
    // "BERLIN" in a dateline and "Berlin" in the body are one name.
    const key = `${type}\u0000${spelling(m)}`;
    let g = groups.get(key);
    if (!g) {
      if (groups.size >= MAX_GROUPS) continue;
      g = { type, forms: new Map(), tokens: m.tokens, mentions: 0, first: m.order, code: countryCode(m.canonical ?? m.name, type) };
      groups.set(key, g);
    }
    g.forms.set(m.name, (g.forms.get(m.name) ?? 0) + 1);
    g.mentions++;
    if (m.acronym && m.tokens.length > 1) acronyms.set(m.acronym, key);
    if (isAllCaps(g.tokens) && !isAllCaps(m.tokens)) g.tokens = m.tokens;
  }

  const list = [...groups.values()];
  const into = new Map<Group, Group>();
  const root = (g: Group): Group => {
    let r = g;
    for (let i = 0; i < 20 && into.has(r); i++) r = into.get(r)!;
    return r;
  };

  // 3a. Persons: a shorter name that ends (or else starts) a single longer person name joins it;
  //     a one-word org/location that is a person's surname in this article is that person.
  const persons = list.filter((g) => g.type === 'person').sort((a, b) => b.tokens.length - a.tokens.length);
  for (const g of list) {
    if (g.type !== 'person' && !(g.tokens.length === 1 && !knownPlaceOrOrg(g.tokens[0]!))) continue;
    for (const kind of ['suffix', 'prefix'] as const) {
      const hosts = persons.filter((p) => p !== g && isPart(g.tokens, p.tokens) === kind);
      const roots = [...new Set(hosts.map(root))];
      if (roots.length === 0 || (g.type !== 'person' && kind !== 'suffix')) continue;
      // Several people share the surname ("Margaret Ellison", her son "David Ellison"): the bare
      // surname is the article's main one, the most mentioned (then first named).
      roots.sort((a, b) => b.mentions - a.mentions || a.first - b.first);
      into.set(g, roots[0]!);
      break;
    }
  }
  // 3b. Organizations: acronyms stated in parentheses, or an acronym matching a full name's initials.
  const orgs = list.filter((g) => g.type === 'organization');
  for (const g of list) {
    if (into.has(g) || g.tokens.length !== 1) continue;
    const name = g.tokens[0]!.replace(/\./g, '');
    if (!/^[A-Z]{2,8}$/.test(name)) continue;
    const stated = acronyms.get(name);
    const host = stated ? groups.get(stated) : orgs.find((o) => o !== g && initials(o.tokens).includes(name));
    if (host && host !== g && (g.type === 'organization' || stated)) into.set(g, root(host));
  }
  // 3b*. "AI", "TV": an everyday abbreviation left on its own is no entity.
  const dropped = new Set<Group>();
  for (const g of list) {
    if (into.has(g) || g.tokens.length !== 1 || !COMMON_ACRONYMS.has(g.tokens[0]!) || lookup(g.tokens[0]!)?.kind === 'org') continue;
    if (!list.some((o) => into.get(o) === g)) dropped.add(g);
  }
  // 3b'. "Apple Inc." and "Apple": a corporate suffix does not make another organization.
  for (const g of orgs) {
    if (into.has(g) || g.tokens.length < 2) continue;
    if (!CORP_SUFFIX.has(g.tokens[g.tokens.length - 1]!.toLowerCase())) continue;
    const bare = g.tokens.slice(0, -1).join(' ');
    const host = orgs.find((o) => o !== g && o.tokens.join(' ') === bare);
    if (host) into.set(g, root(host));
  }
  // 3b''. A lone word or short form that starts or ends exactly one longer organization name
  //       ("Dortmund" / "Borussia Dortmund", "Goldman" / "Goldman Sachs") and is no known place.
  for (const g of list) {
    // A location joins too when the gazetteer knows no such place ("a Marwick plant" of "Marwick Holdings Ltd").
    if (into.has(g) || g.tokens.length > 2 || knownPlaceOrOrg(g.tokens.join(' '))) continue;
    const hosts = orgs.filter((o) => o !== g && isPart(g.tokens, o.tokens) !== null);
    const roots = [...new Set(hosts.map(root))];
    if (roots.length === 1 && roots[0] !== g) into.set(g, roots[0]!);
  }
  // 3c. Countries: alternative names of one country join ("U.S." and "United States").
  const byCountry = new Map<string, Group>();
  for (const g of list) {
    if (g.type !== 'location' || into.has(g)) continue;
    const e = lookup([...g.forms.keys()][0]!);
    if (!e || e.kind !== 'country') continue;
    const host = byCountry.get(e.code);
    if (host) into.set(g, host);
    else byCountry.set(e.code, g);
  }

  // 4. Fold groups into their roots and emit.
  const merged = new Map<Group, { forms: Map<string, number>; mentions: number; first: number; code: string | null }>();
  for (const g of list) {
    const r = root(g);
    const acc = merged.get(r) ?? { forms: new Map<string, number>(), mentions: 0, first: r.first, code: r.code };
    for (const [f, c] of g.forms) acc.forms.set(f, (acc.forms.get(f) ?? 0) + c);
    acc.mentions += g.mentions;
    acc.first = Math.min(acc.first, g.first);
    acc.code = acc.code ?? g.code;
    merged.set(r, acc);
  }
  const out: (Entity & { first: number })[] = [];
  for (const [r, acc] of merged) {
    if (dropped.has(r)) continue;
    const forms = [...acc.forms.keys()].sort(
      (a, b) => Number(isAllCapsText(a)) - Number(isAllCapsText(b)) || b.length - a.length || (acc.forms.get(b) ?? 0) - (acc.forms.get(a) ?? 0),
    );
    let name = forms[0]!;
    // A place only ever seen in capitals (a "WASHINGTON —" dateline) takes the gazetteer's casing.
    if (isAllCapsText(name) && r.type === 'location') {
      const known = knownPlaceOrOrg(name)?.canonical;
      if (known && known.toLowerCase() === name.toLowerCase()) name = known;
    }
    // Case-only and apostrophe-only variants ("BERLIN" of "Berlin") are the same spelling, not aliases.
    const same = (x: string) => x.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    const seen = new Set([same(name)]);
    const aliases: string[] = [];
    for (const f of forms.slice(1)) {
      const k = same(f);
      if (seen.has(k)) continue;
      seen.add(k);
      aliases.push(f);
    }
    out.push({ name, type: r.type, mentions: acc.mentions, aliases, countryCode: r.type === 'location' ? acc.code : null, first: acc.first });
  }
  out.sort((a, b) => b.mentions - a.mentions || a.first - b.first);
  return out.map(({ first: _first, ...e }) => e);
}
