import { describe, expect, it } from 'vitest';
import { fingerprint, normalizeForFingerprint } from '#core/extract/fingerprint.ts';
import { BANDS, MINHASH_SIZE, bandKeys, sameStory, similarity, storySignature } from '#core/extract/minhash.ts';
import { EXTENDED_TEXT, OTHER_STORY_TEXT, REPUBLISHED_TEXT, WIRE_PARAGRAPHS, WIRE_TEXT } from '../../fixtures/stories/articles.ts';

const sig = (text: string) => storySignature(normalizeForFingerprint(text));
const body = (text: string) => text.split('\n\n').slice(1).join('\n\n');

describe('story signatures (MinHash of word 3-shingles)', () => {
  it('has MINHASH_SIZE values of 8 hex digits and counts distinct shingles', () => {
    const s = sig('one two three four five six one two three');
    expect(s.minhash).toMatch(new RegExp(`^[0-9a-f]{${MINHASH_SIZE * 8}}$`));
    // one two three / two three four / … / six one two / (one two three again)
    expect(s.shingles).toBe(6);
  });

  it('is a fixed function of the text, so signatures stored by older containers still compare', () => {
    // Pinned: changing the hash family or seeds would silently split every existing story.
    expect(sig('the quick brown fox jumps over the lazy dog').minhash.slice(0, 16)).toBe(sig('The quick, brown fox jumps over the lazy dog!').minhash.slice(0, 16));
    expect(sig('the quick brown fox jumps over the lazy dog').minhash.slice(0, 24)).toBe('2322d63948332a3e0dd99e4a');
  });

  it('is part of the record fingerprint', () => {
    const f = fingerprint(body(WIRE_TEXT));
    expect(f.minhash).toBe(sig(body(WIRE_TEXT)).minhash);
    expect(f.shingles).toBeGreaterThan(300);
  });

  it('finds a republished copy (new headline, trimmed ending, small edits, boilerplate) the same story', () => {
    const s = similarity(sig(body(WIRE_TEXT)), sig(body(REPUBLISHED_TEXT)));
    expect(s.containment).toBeGreaterThan(0.6);
    expect(sameStory(s)).toBe(true);
    expect(sameStory(similarity(sig(body(WIRE_TEXT)), sig(body(EXTENDED_TEXT))))).toBe(true);
  });

  it('keeps a different story on the same topic apart', () => {
    const s = similarity(sig(body(WIRE_TEXT)), sig(body(OTHER_STORY_TEXT)));
    expect(s.containment).toBeLessThan(0.2);
    expect(sameStory(s)).toBe(false);
  });

  it('gives BANDS band keys, shared by copies and not by other stories', () => {
    const a = bandKeys(sig(body(WIRE_TEXT)));
    expect(a).toHaveLength(BANDS);
    expect(new Set(a.map((k) => k.split(':')[0]))).toHaveProperty('size', BANDS);
    expect(bandKeys(sig(body(REPUBLISHED_TEXT))).some((k) => a.includes(k))).toBe(true);
    expect(bandKeys(sig(body(OTHER_STORY_TEXT))).some((k) => a.includes(k))).toBe(false);
  });

  it('does not index a short notice, which would match others by chance', () => {
    expect(bandKeys(sig(WIRE_PARAGRAPHS[0]!.split(' ').slice(0, 20).join(' ')))).toEqual([]);
  });

  it('estimates containment from the shingle counts when one body holds the other', () => {
    const whole = sig(WIRE_PARAGRAPHS.join(' '));
    const half = sig(WIRE_PARAGRAPHS.slice(0, 5).join(' '));
    const s = similarity(whole, half);
    expect(s.jaccard).toBeLessThan(0.75);
    expect(s.containment).toBeGreaterThan(0.8);
  });
});
