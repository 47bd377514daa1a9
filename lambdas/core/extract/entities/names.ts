import { lookup } from './gazetteer.ts';

/**
 * Name clean-up for tagged spans: titles and honorifics off the front of person names,
 * possessives and stray punctuation off the ends, calendar words dropped.
 */

/** Lower-cased words that are titles or roles, never part of a person's name. */
const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam mister monsieur madame herr frau señor ' +
    'president vice prime minister ministers secretary chancellor ambassador envoy senator sen. sen rep. rep representative congressman congresswoman ' +
    'governor gov. gov mayor premier king queen prince princess emperor pope cardinal bishop archbishop rev. rev reverend father pastor rabbi imam sheikh ' +
    'general gen. gen lt. lt lieutenant col. col colonel maj. major capt. captain sgt. sergeant cmdr. commander admiral adm. marshal officer ' +
    'judge justice chief ceo cfo chairman chairwoman chair director spokesman spokeswoman spokesperson official officials coach manager striker ' +
    'midfielder defender goalkeeper forward star actor actress singer author writer reporter correspondent analyst economist leader deputy ' +
    'diplomat inspector detective constable superintendent st. saint dj mp mep dr president-elect co-founder founder ' +
    'councilman councilwoman councillor councilor alderman congressman congresswoman assemblyman assemblywoman lawmaker sheriff trooper commissioner ' +
    'det det. insp insp. supt supt. ch ds dc pc executive leader whip speaker majority minority'
  ).split(' '),
);

const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april june july august september october november december jan jan. feb feb. mar mar. apr apr. ' +
    'jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. today yesterday tomorrow christmas easter ' +
    // German, French, Spanish weekdays and months, for mixed-language feeds
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre novembre décembre ' +
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
  ).split(' '),
);

/** Titles that only ever precede a person's name: a span starting with one is a person. */
const PERSON_TITLES = new Set(
  ('mr mr. mrs mrs. ms ms. dr dr. prof. professor sir dame coach president senator sen. mayor ambassador minister spokesman spokeswoman spokesperson ' +
    'secretary chancellor governor gov. judge rev. reverend captain capt. sgt. lt. col. gen. pope cardinal archbishop bishop rabbi imam sheikh king queen ' +
    'prince princess striker midfielder defender goalkeeper councilman councilwoman councillor councilor alderman congressman congresswoman assemblyman ' +
    'assemblywoman lawmaker sheriff detective trooper commissioner superintendent')
    .split(' '),
);

/** Last words that make a span a place ("Maple Street") or an organization ("City Council"). */
const PLACE_HEADS = new Set('island islands province county district region street st. avenue ave. road rd. boulevard blvd. square lane drive park bridge river lake mountain mountains island islands valley bay airport station stadium arena course'.split(' '));
const ORG_HEADS = new Set(
  ('council ministry department agency commission committee bank party union association federation university college institute foundation corporation corp corp. inc inc. incorporated ltd ltd. limited plc llc ag gmbh company co. group holdings authority bureau board court police army navy parliament assembly club league school hospital church airlines airways motors fund trust newspaper industries laboratory laboratories labs society organization organisation agency studios technologies pharmaceuticals ' +
    'ventures partners enterprises solutions networks therapeutics investments securities insurance ports brands foods ' +
    // Utilities, transport operators, media and services ("Network Rail", "Fox News", "Oxford University Press"),
    // markets and institutes ("Kuala Lumpur Stock Exchange", "Manila Observatory"), a bureau's contact line ("Jakarta Newsroom").
    'rail railways railroad transit energy utilities telecom communications media news newsroom press systems services charity alliance coalition exchange observatory').split(' '),
);

/** Type implied by a span's words, when they settle it; null when the tagger should decide. */
export function impliedType(tokens: string[]): 'person' | 'organization' | 'location' | null {
  if (tokens.length >= 3 && PERSON_TITLES.has(tokens[0]!.toLowerCase()) && /^\p{Lu}/u.test(tokens[1]!)) return 'person';
  if (tokens.length < 2) return null;
  const last = tokens[tokens.length - 1]!.toLowerCase();
  if (ORG_HEADS.has(last)) return 'organization';
  if (PLACE_HEADS.has(last)) return 'location';
  return null;
}

/**
 * "Senate Majority Leader Chuck Schumer", "Nvidia Chief Executive Jensen Huang": a role inside
 * a span ends the organization part; what follows it is the person. Returns the person's tokens,
 * or null when the span has no such role (or ends in a place/organization head word).
 */
export function personAfterRole(tokens: string[]): string[] | null {
  if (tokens.length < 3) return null;
  const last = tokens[tokens.length - 1]!.toLowerCase();
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return null;
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (!isTitle(tokens[k]!)) continue;
    const rest = tokens.slice(k + 1);
    if (rest.length < 1 || rest.length > 4 || !rest.every((t) => /^\p{Lu}/u.test(t))) return null;
    return rest;
  }
  return null;
}

/** Is this token a title / role word ("President", "spokeswoman", "Mr.")? */
export function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase());
}

const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|today|yesterday|tomorrow)$/i;

/** Is this a weekday (any of the languages known), or today/yesterday/tomorrow? */
function isWeekday(token: string): boolean {
  return WEEKDAY.test(token);
}

/** Is this a weekday or month name? ("May" is left out: it is also a surname.) */
function isCalendarWord(token: string): boolean {
  return CALENDAR.has(token.toLowerCase());
}

/** Words that belong to a following role, not to the name before it ("Senate Majority | Leader"). */
const ROLE_MODIFIERS = new Set('majority minority deputy vice acting interim former assistant associate'.split(' '));

const EDGE_PUNCT = /^[-"'`.,;:!?()[\]{}«»–—]+$/;

/**
 * Trim a span's tokens: leading titles (persons only), possessive clitics, edge punctuation.
 * @returns the kept tokens (possibly empty)
 */
function cleanSpan(tokens: string[], type: string): string[] {
  const [s, e] = trimSpan(tokens, type);
  return tokens.slice(s, e);
}

/** The [start, end) that cleanSpan keeps, so a caller can cut the text's own spelling too. */
export function trimSpan(tokens: string[], type: string): [number, number] {
  let s = 0;
  let e = tokens.length;
  while (s < e && (EDGE_PUNCT.test(tokens[s]!) || isWeekday(tokens[s]!) || (type === 'person' && isTitle(tokens[s]!) && e - s > 1) || (e - s > 1 && isDeterminer(tokens[s]!)))) s++;
  // "Spaniard Carlos Sainz", "Briton Colin McRae": a nationality before a person's given and family names describes them.
  if (type === 'person' && e - s > 2 && isNationalityNoun(tokens[s]!)) s++;
  while (e > s && (EDGE_PUNCT.test(tokens[e - 1]!) || isWeekday(tokens[e - 1]!) || /^'s?$/i.test(tokens[e - 1]!) || (e - s > 1 && ROLE_MODIFIERS.has(tokens[e - 1]!.toLowerCase())))) e--;
  // An organization does not end in a role ("Nvidia Chief", "Senate Majority"), unless the role is
  // its object ("Office of the President").
  while (type === 'organization' && e - s > 1 && isTitle(tokens[e - 1]!) && !/^(of|the|for)$/i.test(tokens[e - 2]!)) e--;
  return [s, e];
}

/** People named by their nationality ("Spaniard", "Frenchwoman"); adjectives ("German") come from the gazetteer's demonyms. */
const NATIONALITY_NOUNS = new Set(
  ('spaniard spaniards briton britons dane danes swede swedes pole poles turk turks scots argentine filipino ' +
    'frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman dutchwoman')
    .split(' '),
);

/** Is the word a nationality, as a noun or an adjective ("Spaniard", "German")? */
export function isNationalityNoun(token: string): boolean {
  return NATIONALITY_NOUNS.has(token.toLowerCase()) || lookup(token)?.kind === 'demonym';
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** "The Union Cabinet", "the European Commission": a determiner opening a span is not part of the name. */
export function isDeterminer(token: string): boolean {
  return token.length <= 5 && DETERMINERS.has(token.toLowerCase());
}

/** Join name tokens back into text ("Johnson & Johnson", "O'Brien", "U.S."). */
export function joinName(tokens: string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Possessive and plural-possessive marks join the word before ("Residents' Association").
    if (i > 0 && !(t === '.' || t === ',' || /^['\u2019]s?$/i.test(t))) out += ' ';
    out += t;
  }
  return out;
}

/** Generic nouns that name nothing on their own ("the City", "School", "Council"). */
const GENERIC_ALONE = new Set(
  ('city state government town village country nation capital republic kingdom school hospital church street avenue road company group ' +
    'council department ministry agency committee bank party university college club league station bridge park stadium arena airport ' +
    // "the Union", "the Centre" (India's federal government), "the Cabinet", "the Administration".
    'union centre center government cabinet administration federation opposition regime coalition alliance police army navy military court parliament').split(' '),
);

const RELIGIONS = new Set(
  'muslim muslims christian christians catholic catholics jewish jew jews islamic islamist islamists hindu hindus buddhist buddhists sunni sunnis shia shiite shiites sikh sikhs protestant protestants orthodox evangelical evangelicals'.split(' '),
);

/** Organization heads that close a name, so "Tata Group and Reliance Industries" is two names. */
const CLOSING_ORG_HEADS = new Set('group inc inc. incorporated corp corp. ltd ltd. limited plc llc ag gmbh co. holdings industries airlines airways motors'.split(' '));

/** Does this token end a company name (so a following "and" starts another)? */
export function closesOrgName(token: string): boolean {
  return CLOSING_ORG_HEADS.has(token.toLowerCase());
}

/** Is a cleaned name acceptable as an entity at all? */
export function acceptableName(tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens.length === 1 && isCalendarWord(tokens[0]!)) return false;
  // "the Uyghur Muslim minority": a faith or its adjective names a group of people, not an entity.
  if (RELIGIONS.has(tokens[tokens.length - 1]!.toLowerCase())) return false;
  if (tokens.length === 1) {
    const l = tokens[0]!.toLowerCase();
    if (GENERIC_ALONE.has(l)) return false;
  }
  if (tokens.every((t) => isCalendarWord(t) || /^\d/.test(t))) return false;
  // "Kremlin-backed", "South Korean-related", "U.S.-style": a name joined by a hyphen to a
  // participle or a like word is an adjective made of it, not the name (romanised given names,
  // "Kim Dae-jung", "Lee Young-hoon", keep their lower-case half).
  if (/-(?:\p{Ll}{2,}ed|speaking|run|held|born|made|bound|style|era|type)$/u.test(tokens[tokens.length - 1]!)) return false;
  const joined = tokens.join('');
  if (!/\p{L}/u.test(joined)) return false;
  if (joined.length > 100) return false;
  return true;
}

/** AP-style abbreviations of US states (the postal codes are left out: "IN", "OR", "ME" are words). */
const US_STATES: Record<string, string> = {
  'ala.': 'Alabama', 'ariz.': 'Arizona', 'ark.': 'Arkansas', 'calif.': 'California', 'colo.': 'Colorado', 'conn.': 'Connecticut',
  'del.': 'Delaware', 'fla.': 'Florida', 'ga.': 'Georgia', 'ill.': 'Illinois', 'ind.': 'Indiana', 'kan.': 'Kansas', 'kans.': 'Kansas',
  'ky.': 'Kentucky', 'la.': 'Louisiana', 'md.': 'Maryland', 'mass.': 'Massachusetts', 'mich.': 'Michigan', 'minn.': 'Minnesota',
  'miss.': 'Mississippi', 'mo.': 'Missouri', 'mont.': 'Montana', 'neb.': 'Nebraska', 'nebr.': 'Nebraska', 'nev.': 'Nevada',
  'n.h.': 'New Hampshire', 'n.j.': 'New Jersey', 'n.m.': 'New Mexico', 'n.y.': 'New York', 'n.c.': 'North Carolina',
  'n.d.': 'North Dakota', 'okla.': 'Oklahoma', 'ore.': 'Oregon', 'pa.': 'Pennsylvania', 'r.i.': 'Rhode Island',
  's.c.': 'South Carolina', 's.d.': 'South Dakota', 'tenn.': 'Tennessee', 'tex.': 'Texas', 'vt.': 'Vermont', 'va.': 'Virginia',
  'wash.': 'Washington', 'w.va.': 'West Virginia', 'wis.': 'Wisconsin', 'wisc.': 'Wisconsin', 'wyo.': 'Wyoming',
};

/** The US state an AP-style abbreviation stands for ("Calif." → "California"), or undefined. */
export function stateName(token: string): string | undefined {
  if (token.length < 3 || token.length > 6 || !token.endsWith('.') || !/^\p{Lu}/u.test(token)) return undefined;
  return Object.hasOwn(US_STATES, token.toLowerCase()) ? US_STATES[token.toLowerCase()] : undefined;
}
