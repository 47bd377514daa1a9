/**
 * The gazetteer as the tagger reads it: `model/gazetteer.bin`, compiled from the reviewable lists of
 * `model/gazetteer.json` (scripts/build-gazetteer.ts writes both; a test checks they agree). Building
 * the phrase map and the name sets from the lists took about 40 ms of the first article, most of it
 * garbage collection of 30,000 strings that all survive; this file is typed-array views, and an
 * entry's strings are decoded only when a lookup returns it.
 *
 * Layout (little-endian; every u32 section starts 4-aligned): "GAZ1"; u32 key count K, entry count
 * E, table size S, table seed, string bytes B, org-head list start and end (in the strings);
 * u32 slots[S], u32 fingerprints[S] (the hash table of feature-index.ts over the K keys);
 * i32 entryOf[K] (-1: the key is no phrase); u32 entryText[4E] (code start, end, canonical start,
 * end); u8 flags[K] (1 given name, 2 family name, 4 common word; high nibble: the longest phrase
 * starting with this key as its first token, 0-8); u8 kind[E]; the UTF-8 strings.
 */
import { buildFeatureTable, HashedFeatureIndex } from './feature-index.ts';
import { ModelDataError, type GazetteerData } from './model-file.ts';

export type GazKind = 'country' | 'place' | 'org' | 'demonym';

export interface GazEntry {
  kind: GazKind;
  /** ISO alpha-2 for countries, places and demonyms; '' when none. */
  code: string;
  /** Canonical display name (country common name, the org's first-listed name). */
  canonical: string;
}

const MAGIC = 'GAZ1';
const KINDS: GazKind[] = ['country', 'place', 'org', 'demonym'];
const FIRST_NAME = 1;
const LAST_NAME = 2;
const COMMON = 4;
/** Phrases of more tokens are left out (the tagger never tries longer ones). */
const MAX_PHRASE_TOKENS = 8;

/** The entries of the lists, in order of precedence (the first entry of a phrase wins), as [name, entry]. */
function* listEntries(d: GazetteerData): Generator<[string, GazEntry]> {
  // "code|name|name…": every name is an entry of the country, canonical the first.
  for (const line of d.COUNTRIES.split('\n')) {
    const [code, ...names] = line.split('|');
    for (const n of names) yield [n, { kind: 'country', code: code!, canonical: names[0] ?? '' }];
  }
  // "name|name…": the first is the canonical name.
  for (const line of d.ORGS.split('\n')) {
    const names = line.split('|');
    for (const n of names) yield [n, { kind: 'org', code: '', canonical: names[0]! }];
  }
  // "name|code" or "name".
  for (const line of d.PLACES.split('\n')) {
    const [name, code] = line.split('|');
    if (name) yield [name, { kind: 'place', code: code ?? '', canonical: name }];
  }
  // "code|demonym|demonym…": each its own canonical.
  for (const line of d.DEMONYMS.split('\n')) {
    const [code, ...names] = line.split('|');
    for (const n of names) yield [n, { kind: 'demonym', code: code!, canonical: n }];
  }
  for (const n of d.LEX_ORGS.split('|')) yield [n, { kind: 'org', code: '', canonical: n }];
  for (const n of d.LEX_PLACES.split('|')) yield [n, { kind: 'place', code: '', canonical: n }];
}

/** The binary gazetteer for the lists: phrases keyed by their lower-cased, space-joined tokens. */
export function compileGazetteer(d: GazetteerData): Buffer {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const entryOf: number[] = [];
  const flags: number[] = [];
  const keyId = (k: string) => {
    let id = keyIds.get(k);
    if (id === undefined) {
      keyIds.set(k, (id = keys.length));
      keys.push(k);
      entryOf.push(-1);
      flags.push(0);
    }
    return id;
  };
  const strings: string[] = [];
  let stringBytes = 0;
  const stringAt = new Map<string, [number, number]>();
  const text = (s: string): [number, number] => {
    let at = stringAt.get(s);
    if (!at) {
      const n = Buffer.byteLength(s, 'utf8');
      stringAt.set(s, (at = [stringBytes, stringBytes + n]));
      strings.push(s);
      stringBytes += n;
    }
    return at;
  };
  const entryIds = new Map<string, number>();
  const entries: GazEntry[] = [];
  for (const [name, entry] of listEntries(d)) {
    const key = name.toLowerCase();
    if (!key) continue;
    const tokens = key.split(' ').length;
    if (tokens > MAX_PHRASE_TOKENS) continue;
    const id = keyId(key);
    if (entryOf[id]! >= 0) continue; // first (most important) entry wins
    const sig = `${entry.kind}\u0000${entry.code}\u0000${entry.canonical}`;
    let e = entryIds.get(sig);
    if (e === undefined) entryIds.set(sig, (e = entries.push(entry) - 1));
    entryOf[id] = e;
    const first = keyId(key.split(' ')[0]!);
    flags[first] = Math.max(flags[first]! >> 4, tokens) << 4 | (flags[first]! & 15);
  }
  for (const n of d.FIRST_NAMES.split('|')) flags[keyId(n)]! |= FIRST_NAME;
  for (const n of d.LAST_NAMES.split('|')) flags[keyId(n)]! |= LAST_NAME;
  for (const n of d.COMMON_WORDS.split('|')) flags[keyId(n)]! |= COMMON;
  const orgHeads = text(d.ORG_HEADS);
  const entryText = entries.flatMap((e) => [...text(e.code), ...text(e.canonical)]);

  const table = buildFeatureTable(keys);
  const S = table.slots.length;
  const head = Buffer.alloc(4 + 7 * 4);
  head.write(MAGIC, 0, 'latin1');
  [keys.length, entries.length, S, table.seed, stringBytes, orgHeads[0], orgHeads[1]].forEach((n, i) => head.writeUInt32LE(n, 4 + i * 4));
  const u32 = (a: ArrayLike<number>) => {
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i++) b.writeUInt32LE(a[i]! >>> 0, i * 4);
    return b;
  };
  return Buffer.concat([
    head,
    u32(table.slots),
    u32(table.fingerprints),
    u32(entryOf),
    u32(entryText),
    Buffer.from(flags),
    Buffer.from(entries.map((e) => KINDS.indexOf(e.kind))),
    Buffer.from(strings.join(''), 'utf8'),
  ]);
}

/** The compiled gazetteer, read in place. */
export class GazetteerIndex {
  private readonly table: HashedFeatureIndex;
  private readonly entryOf: Int32Array;
  private readonly entryText: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly stringsAt: number;
  private readonly entries: (GazEntry | undefined)[];
  readonly orgHeads: Set<string>;

  constructor(private readonly buf: Buffer) {
    if (buf.length < 32 || buf.toString('latin1', 0, 4) !== MAGIC) throw new ModelDataError('not a news-ingest gazetteer file (bad magic)');
    const [K, E, S, seed, B, orgStart, orgEnd] = Array.from({ length: 7 }, (_, i) => buf.readUInt32LE(4 + i * 4)) as [number, number, number, number, number, number, number];
    let o = 32;
    const size = o + 8 * S + 4 * K + 16 * E + K + E + B;
    if (S === 0 || (S & (S - 1)) !== 0 || buf.length !== size) throw new ModelDataError('gazetteer file truncated or inconsistent');
    const view = <T>(make: (ab: ArrayBuffer, at: number, n: number) => T, bytesPer: number, n: number): T => {
      const at = buf.byteOffset + o;
      o += n * bytesPer;
      if (at % bytesPer === 0) return make(buf.buffer as ArrayBuffer, at, n);
      const copy = new Uint8Array(n * bytesPer);
      copy.set(buf.subarray(o - n * bytesPer, o));
      return make(copy.buffer, 0, n);
    };
    const slots = view((ab, at, n) => new Uint32Array(ab, at, n), 4, S);
    const fingerprints = view((ab, at, n) => new Uint32Array(ab, at, n), 4, S);
    this.table = new HashedFeatureIndex({ seed, slots, fingerprints }, 1, () => '');
    this.entryOf = view((ab, at, n) => new Int32Array(ab, at, n), 4, K);
    this.entryText = view((ab, at, n) => new Uint32Array(ab, at, n), 4, 4 * E);
    this.flags = view((ab, at, n) => new Uint8Array(ab, at, n), 1, K);
    this.kinds = view((ab, at, n) => new Uint8Array(ab, at, n), 1, E);
    this.stringsAt = o;
    this.entries = new Array<GazEntry | undefined>(E);
    this.orgHeads = new Set(this.text(orgStart, orgEnd).split('|'));
  }

  /** The entry of a phrase (lower-cased, tokens joined by one space). */
  phrase(key: string): GazEntry | undefined {
    const id = this.table.get(key);
    if (id === undefined) return undefined;
    const e = this.entryOf[id]!;
    if (e < 0) return undefined;
    let entry = this.entries[e];
    if (!entry) {
      const t = this.entryText;
      entry = this.entries[e] = { kind: KINDS[this.kinds[e]!]!, code: this.text(t[4 * e]!, t[4 * e + 1]!), canonical: this.text(t[4 * e + 2]!, t[4 * e + 3]!) };
    }
    return entry;
  }

  /** Length in tokens of the longest phrase this lower-cased word opens; 0 when none. */
  firstTokenMax(lower: string): number {
    return this.flagsOf(lower) >> 4;
  }

  isFirstName(lower: string): boolean {
    return (this.flagsOf(lower) & FIRST_NAME) !== 0;
  }

  isLastName(lower: string): boolean {
    return (this.flagsOf(lower) & LAST_NAME) !== 0;
  }

  isCommon(lower: string): boolean {
    return (this.flagsOf(lower) & COMMON) !== 0;
  }

  private flagsOf(key: string): number {
    const id = this.table.get(key);
    return id === undefined ? 0 : this.flags[id]!;
  }

  private text(start: number, end: number): string {
    return this.buf.toString('utf8', this.stringsAt + start, this.stringsAt + end);
  }
}
