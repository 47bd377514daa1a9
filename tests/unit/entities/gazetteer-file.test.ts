/**
 * The compiled gazetteer (model/gazetteer.bin) against the lists it is compiled from
 * (model/gazetteer.json): the shipped file is what compileGazetteer makes of the shipped lists, and
 * every lookup answers as a plain Map and Sets built from the lists would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGazetteer, GazetteerIndex, type GazEntry } from '#core/extract/entities/gazetteer-file.ts';
import { ModelDataError, readGazetteerFile, type GazetteerData } from '#core/extract/entities/model-file.ts';

const MODEL = join(import.meta.dirname, '../../../lambdas/core/extract/entities/model');

/** The reference: the lists read into a Map and Sets, the first entry of a phrase winning, phrases of at most 8 tokens. */
function reference(d: GazetteerData) {
  const phrases = new Map<string, GazEntry>();
  const firstToken = new Map<string, number>();
  const add = (name: string, e: GazEntry) => {
    const key = name.toLowerCase();
    const len = key.split(' ').length;
    if (!key || phrases.has(key) || len > 8) return;
    phrases.set(key, e);
    const f = key.split(' ')[0]!;
    firstToken.set(f, Math.max(firstToken.get(f) ?? 0, len));
  };
  for (const line of d.COUNTRIES.split('\n')) {
    const [code, ...names] = line.split('|');
    for (const n of names) add(n, { kind: 'country', code: code!, canonical: names[0] ?? '' });
  }
  for (const line of d.ORGS.split('\n')) for (const n of line.split('|')) add(n, { kind: 'org', code: '', canonical: line.split('|')[0]! });
  for (const line of d.PLACES.split('\n')) {
    const [name, code] = line.split('|');
    if (name) add(name, { kind: 'place', code: code ?? '', canonical: name });
  }
  for (const line of d.DEMONYMS.split('\n')) {
    const [code, ...names] = line.split('|');
    for (const n of names) add(n, { kind: 'demonym', code: code!, canonical: n });
  }
  for (const n of d.LEX_ORGS.split('|')) add(n, { kind: 'org', code: '', canonical: n });
  for (const n of d.LEX_PLACES.split('|')) add(n, { kind: 'place', code: '', canonical: n });
  return { phrases, firstToken, first: new Set(d.FIRST_NAMES.split('|')), last: new Set(d.LAST_NAMES.split('|')), common: new Set(d.COMMON_WORDS.split('|')) };
}

const tiny: GazetteerData = {
  COUNTRIES: 'DE|Germany|Federal Republic of Germany|Deutschland',
  DEMONYMS: 'DE|German|Germans',
  PLACES: 'Berlin|DE\nNew York|US\nGermany|XX\nA B C D E F G H I|US',
  ORGS: 'United Nations|UN',
  FIRST_NAMES: 'mary|hans',
  LAST_NAMES: 'müller|mary',
  LEX_ORGS: 'Acme Corp',
  LEX_PLACES: 'Nowhere',
  COMMON_WORDS: 'new|said',
  ORG_HEADS: 'Ministry|Inc.',
};

describe('compiled gazetteer', () => {
  it('answers every lookup as Maps and Sets of the lists would, on a small list', () => {
    const g = new GazetteerIndex(compileGazetteer(tiny));
    expect(g.phrase('germany')).toEqual({ kind: 'country', code: 'DE', canonical: 'Germany' }); // the country, not the later place
    expect(g.phrase('federal republic of germany')?.canonical).toBe('Germany');
    expect(g.phrase('new york')).toEqual({ kind: 'place', code: 'US', canonical: 'New York' });
    expect(g.phrase('un')).toEqual({ kind: 'org', code: '', canonical: 'United Nations' });
    expect([g.phrase('new'), g.phrase('a b c d e f g h i'), g.phrase('mary'), g.phrase('atlantis')]).toEqual([undefined, undefined, undefined, undefined]);
    expect([g.firstTokenMax('new'), g.firstTokenMax('federal'), g.firstTokenMax('berlin'), g.firstTokenMax('a'), g.firstTokenMax('york')]).toEqual([2, 4, 1, 0, 0]);
    expect([g.isFirstName('mary'), g.isLastName('mary'), g.isFirstName('müller'), g.isLastName('müller'), g.isCommon('said'), g.isCommon('berlin')]).toEqual([true, true, false, true, true, false]);
    expect([...g.orgHeads]).toEqual(['Ministry', 'Inc.']);
    expect(g.phrase('germany')).toBe(g.phrase('germany')); // one object per entry
  });

  it('ships the compilation of the shipped lists, byte for byte (retrain with scripts/build-gazetteer.ts, which writes both)', () => {
    expect(readFileSync(join(MODEL, 'gazetteer.bin')).equals(compileGazetteer(readGazetteerFile()))).toBe(true);
  });

  it('agrees with Maps and Sets of the shipped lists on every name they hold', () => {
    const d = readGazetteerFile();
    const ref = reference(d);
    const g = new GazetteerIndex(readFileSync(join(MODEL, 'gazetteer.bin')));
    const words = new Set([...ref.phrases.keys(), ...ref.firstToken.keys(), ...ref.first, ...ref.last, ...ref.common]);
    const wrong = [...words].filter(
      (w) =>
        JSON.stringify(g.phrase(w)) !== JSON.stringify(ref.phrases.get(w)) ||
        g.firstTokenMax(w) !== (ref.firstToken.get(w) ?? 0) ||
        g.isFirstName(w) !== ref.first.has(w) ||
        g.isLastName(w) !== ref.last.has(w) ||
        g.isCommon(w) !== ref.common.has(w),
    );
    expect(wrong).toEqual([]);
    expect(words.size).toBeGreaterThan(20_000);
    // Strings that are no entry find nothing.
    expect([...words].slice(0, 5000).filter((w) => g.phrase(`${w}\u0001`) || g.firstTokenMax(`${w}\u0001`))).toEqual([]);
  });

  it('refuses a file that is not a gazetteer or is cut short', () => {
    const good = compileGazetteer(tiny);
    expect(() => new GazetteerIndex(Buffer.from('GAZ0 and more bytes than thirty-two'))).toThrow(ModelDataError);
    expect(() => new GazetteerIndex(good.subarray(0, good.length - 1))).toThrow(ModelDataError);
  });
});
