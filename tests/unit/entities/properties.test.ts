import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lambdas/core/extract/entities/index.ts';

const WORDS = ['Zamir', 'Kabulov', 'Taliban', 'Kabul', 'said', 'the', 'U.S.', "Russia's", '(AP)', 'Mr.', 'Monday', '“', '”', '.', ',', 'and', 'Ministry', 'of', 'Foreign'];

describe('extractEntities properties', () => {
  it('returns well-formed entities for any text and never throws', () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), fc.array(text, { maxLength: 2 }), (title, paragraphs, captions) => {
        const ents = extractEntities({ title, paragraphs, captions });
        const seen = new Set<string>();
        for (const e of ents) {
          expect(e.name.trim().length).toBeGreaterThan(0);
          expect(['person', 'organization', 'location']).toContain(e.type);
          expect(e.mentions).toBeGreaterThanOrEqual(1);
          expect(e.aliases).not.toContain(e.name);
          if (e.countryCode !== null) expect(e.countryCode).toMatch(/^[A-Z]{2}$/);
          if (e.type !== 'location') expect(e.countryCode).toBeNull();
          expect(seen.has(`${e.type}:${e.name}`)).toBe(false);
          seen.add(`${e.type}:${e.name}`);
        }
        for (let i = 1; i < ents.length; i++) expect(ents[i - 1]!.mentions).toBeGreaterThanOrEqual(ents[i]!.mentions);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('is deterministic', () => {
    const doc = { title: 'Taliban talks', paragraphs: ['Foreign Ministry official Zamir Kabulov said Kabulov would meet the Taliban in Kabul on Monday.'], captions: [] };
    expect(extractEntities(doc)).toEqual(extractEntities(doc));
  });
});
