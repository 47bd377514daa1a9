/** The junk classifier's context: the story's main run, copies of a line scored as one, the title from the text's own headline line. */
import { describe, expect, it } from 'vitest';
import { contextFeatureKeys, contextPage, lineInfo, mainRun } from '#core/clean/line-features.ts';
import { cleanTitle, headlineLine } from '#core/clean/title.ts';

const PARA = 'The council said on Tuesday that the bridge would reopen in the spring, after engineers found the repairs were smaller than feared at first.';

describe('mainRun', () => {
  it('spans the paragraphs and a subheading between them, not the menus around them', () => {
    const lines = ['Home', 'News', 'Sport', PARA, 'What happens next', PARA, PARA, 'Contact', 'Imprint', 'Jobs', 'Follow us'].map(lineInfo);
    expect(mainRun(lines)).toEqual([3, 6]);
  });
  it('is [-1, -1] without prose', () => {
    expect(mainRun(['Home', 'News'].map(lineInfo))).toEqual([-1, -1]);
  });
});

describe('contextPage', () => {
  it('gives every copy of a repeated line the same mean score, and none to a unique line', () => {
    const lines = ['Share', PARA, 'Share', 'Photo'].map(lineInfo);
    const page = contextPage(Float64Array.from([4, -3, 0, 2]), lines);
    expect(page.copyMean[0]).toBe(2);
    expect(page.copyMean[2]).toBe(2);
    expect(Number.isNaN(page.copyMean[3]!)).toBe(true);
    expect(contextFeatureKeys(page, 0).some((k) => k.startsWith('copy'))).toBe(true);
    expect(contextFeatureKeys(page, 3).some((k) => k.startsWith('copy'))).toBe(false);
  });
});

describe('headlineLine', () => {
  it('takes the text’s own wording of the headline under the menus', () => {
    const lines = ['Mayor quits over budget row in Lindental | The Daily Example', 'Home', 'Politics', 'Mayor of Lindental quits over budget row', PARA];
    expect(headlineLine(lines, 0)).toBe(3);
  });
  it('leaves the title line when a line is only one part of it, or shares a word or two', () => {
    expect(headlineLine(['Frost warning tonight | Garden Notes Blog', 'Garden Notes Blog', 'Frost warning tonight', PARA], 0)).toBe(-1);
    expect(headlineLine(['Mayor quits over budget row', 'Budget: what the row means for schools', PARA], 0)).toBe(-1);
  });
  it('skips breadcrumbs, cut teasers and comment counts holding the headline', () => {
    const title = 'Bridge to reopen in the spring after repairs - Valley Courier';
    expect(headlineLine([title, 'Home » Local » Bridge to reopen in the spring after repairs', PARA], 0)).toBe(-1);
    expect(headlineLine([title, 'Bridge to reopen in the spring after…', PARA], 0)).toBe(-1);
    expect(headlineLine([title, '3 comments on Bridge to reopen in the spring after repairs', PARA], 0)).toBe(-1);
  });
});

describe('cleanTitle with the text’s lines', () => {
  it('strips a name-like last part when the headline part alone is a line and the name is not', () => {
    expect(cleanTitle('Water Spell - Example Wiki', null, { lines: ['Water Spell', PARA] })).toBe('Water Spell');
    expect(cleanTitle('Water Spell - Example Wiki', null)).toBe('Water Spell - Example Wiki');
  });
  it('strips a domain before the headline', () => {
    expect(cleanTitle('example.world - The imperial phantom returns', null)).toBe('The imperial phantom returns');
  });
});

describe('scraped text titles', () => {
  it('takes the headline line under the menus over the <title> line, and keeps the story whole', async () => {
    const { cleanObject } = await import('#core/clean/index.ts');
    const { DEFAULT_LIMITS } = await import('#core/types.ts');
    const text = ['Mayor quits over budget row in Lindental | The Daily Example', 'Home', 'Politics', 'Mayor of Lindental quits over budget row', PARA, PARA.replace('bridge', 'road')].join('\n');
    const bytes = Buffer.from(text, 'utf8');
    const a = cleanObject(bytes, { bucket: 'b', key: 'incoming/t.txt', etag: null, size: bytes.length }, DEFAULT_LIMITS).articles[0]!;
    expect(a.title).toBe('Mayor of Lindental quits over budget row');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(PARA);
  });
});
