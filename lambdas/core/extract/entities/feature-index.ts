/**
 * Feature string → weight row, as a hash table stored in the model file, so a cold start reads it
 * instead of building it. Building a Map of the model's 47,000 keys (splitting the key text, hashing
 * and inserting each) was about 40 ms of the first article's 115, in code that runs once and so
 * never leaves the interpreter; these typed-array views cost nothing to create.
 *
 * Layout: open addressing with linear probing over a power-of-two number of slots; slot s holds the
 * key's index + 1 (0 = empty) and a second, independent 32-bit hash of the key (its fingerprint).
 * A lookup hashes the string twice in one pass, probes from the first hash and accepts the first
 * slot whose fingerprint matches. Keys themselves are not compared: the writer checks that every key
 * finds its own row, and a string that is not a key matches a slot only when 32 more bits agree by
 * chance (below one in a billion per lookup), which costs one wrong feature weight, not a failure.
 */

/** Both hashes of `key` under `seed`, in one pass over its UTF-16 code units (FNV-1a, then a final mix). */
function hashes(key: string, seed: number): { slot: number; fingerprint: number } {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x2545f491 ^ Math.imul(seed, 0x9e3779b1);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  return { slot: h1 >>> 0, fingerprint: h2 >>> 0 };
}

export interface FeatureTable {
  seed: number;
  /** Key index + 1 per slot, 0 for an empty slot. */
  slots: Uint32Array;
  fingerprints: Uint32Array;
}

/** What the tagger needs of its feature index: a Map of the keys satisfies it too (a model built in memory). */
export interface FeatureIndex {
  get(key: string): number | undefined;
  /** Every key with its row (for the integer tables built after the first sentences). */
  entries(): IterableIterator<[string, number]>;
}

/** The index over a stored table; `keys` (newline-separated, in row order) are decoded only if entries() is called. */
export class HashedFeatureIndex implements FeatureIndex {
  private readonly mask: number;
  constructor(
    private readonly table: FeatureTable,
    /** Numbers per weight row (the tag count): row offset = key index × rowSize. */
    private readonly rowSize: number,
    private readonly keys: () => string,
  ) {
    this.mask = table.slots.length - 1;
  }

  get(key: string): number | undefined {
    const { slot, fingerprint } = hashes(key, this.table.seed);
    const { slots, fingerprints } = this.table;
    for (let s = slot & this.mask; ; s = (s + 1) & this.mask) {
      const k = slots[s]!;
      if (k === 0) return undefined;
      if (fingerprints[s] === fingerprint) return (k - 1) * this.rowSize;
    }
  }

  *entries(): IterableIterator<[string, number]> {
    const list = this.keys().split('\n');
    for (let i = 0; i < list.length; i++) yield [list[i]!, i * this.rowSize];
  }
}

/**
 * The table for `keys` (in row order): about 2.7 slots per key, so a miss probes 1.5 slots on
 * average. Tries seeds until every key finds its own row first (a clash of both hashes is rare:
 * seed 0 serves the shipped model).
 */
export function buildFeatureTable(keys: string[]): FeatureTable {
  let size = 1;
  while (size < keys.length * 2.5) size *= 2;
  for (let seed = 0; seed < 64; seed++) {
    const slots = new Uint32Array(size);
    const fingerprints = new Uint32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const { slot, fingerprint } = hashes(keys[i]!, seed);
      let s = slot & (size - 1);
      while (slots[s] !== 0) s = (s + 1) & (size - 1);
      slots[s] = i + 1;
      fingerprints[s] = fingerprint;
    }
    const table = { seed, slots, fingerprints };
    const index = new HashedFeatureIndex(table, 1, () => keys.join('\n'));
    if (keys.every((k, i) => index.get(k) === i)) return table;
  }
  throw new Error('no seed gives every feature key its own slot (duplicate keys?)');
}
