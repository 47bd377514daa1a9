/**
 * The story in a page's script data (core/clean/html/script-data.ts): string literals read in one pass,
 * a rich-text tree joined back into paragraphs, and the run that tells the page's story chosen over
 * the other stories and the consent text a state object also holds. Shaped after single-page-app
 * pages seen in real saved HTML; written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '#core/clean/html/dom.ts';
import { readStrings, scriptDataBlocks } from '#core/clean/html/script-data.ts';

const strings = (src: string) => {
  const out: string[] = [];
  readStrings(src, out, 1);
  return out;
};

describe('readStrings', () => {
  it('decodes JSON and JavaScript escapes and skips object keys', () => {
    expect(strings(String.raw`{"title":"Caf\u00e9 owners \"welcome\" the plan","note":'it\x27s late\nagain'}`)).toEqual(['Café owners "welcome" the plan', "it's late\nagain"]);
  });

  it('reads a state object passed to JSON.parse one level deep', () => {
    const inner = JSON.stringify({ body: 'The ferry will run every hour from May, the harbour board said.', pad: 'x'.repeat(200) });
    const src = `window.__STATE__ = JSON.parse(${JSON.stringify(inner)});`;
    expect(strings(src)).toContain('The ferry will run every hour from May, the harbour board said.');
  });

  it('goes on after stray apostrophes in code without losing the strings after them', () => {
    const code = `var a = /'/; // don't\n`.repeat(2000) + `var s = "The council will vote on the budget on Thursday evening.";`;
    expect(strings(code)).toContain('The council will vote on the budget on Thursday evening.');
  });
});

/** A rich-text tree as a single-page app ships it: paragraphs of text nodes, split at each link. */
const richText = (paras: Array<Array<string | { link: string }>>) =>
  JSON.stringify({
    type: 'json',
    json: paras.map((p) => ({
      type: 'p',
      children: p.map((piece) => (typeof piece === 'string' ? { type: 'text', data: piece } : { type: 'a', attribs: { href: 'https://example.org/a/1' }, children: [{ type: 'text', data: piece.link }] })),
    })),
  });

const STORY = [
  ['The harbour board voted on Monday to extend the ferry service to the outer islands, ', { link: 'ending months of talks' }, ' with the operators.'],
  ['Ferries will run every hour from May, and the first boat will leave at six in the morning on weekdays.'],
  ['Residents of the islands had asked for ', { link: 'Anna Brook' }, ' to be heard, and the board agreed to meet them again in June.'],
];
const OTHER = [
  ['A new library opened in the north of the city on Saturday, with a reading room for children and a cafe on the roof.'],
  ['The mayor said the building had cost less than planned and was finished two months early, which nobody had expected.'],
  ['Visitors queued for an hour before the doors opened, and the staff handed out free cards to the first hundred of them.'],
  ['The library will open seven days a week, from nine in the morning to nine in the evening, the council said.'],
];

const shell = (state: string) => parseDocument(`<html><head><title>Ferry service extended to the outer islands</title></head><body><div id="app"></div><script>window.__APP_STATE__=${state};</script></body></html>`);

describe('scriptDataBlocks', () => {
  it('joins a paragraph split at its links, and keeps the story the title names over a longer other one', () => {
    // Between the two, what a state object holds around a story: ids, addresses, pictures, dates.
    const fields = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, url: `/news/item-${i}`, image: `https://cdn.example.org/${i}.jpg`, section: 'news', date: '2026-05-0' + (i % 9) }));
    const doc = shell(`{"related":${richText(OTHER)},"items":${JSON.stringify(fields)},"article":${richText(STORY)}}`);
    const blocks = scriptDataBlocks(doc.documentElement!, 0, 'Ferry service extended to the outer islands');
    expect(blocks.map((b) => b.text)).toEqual([
      'The harbour board voted on Monday to extend the ferry service to the outer islands, ending months of talks with the operators.',
      'Ferries will run every hour from May, and the first boat will leave at six in the morning on weekdays.',
      'Residents of the islands had asked for Anna Brook to be heard, and the board agreed to meet them again in June.',
    ]);
  });

  it('finds nothing when the page shows its text, or when no run of prose uses the title words', () => {
    const doc = shell(`{"article":${richText(STORY)}}`);
    expect(scriptDataBlocks(doc.documentElement!, 500, 'Ferry service extended to the outer islands')).toEqual([]);
    const consent = shell(JSON.stringify({ consent: 'This site uses cookies from its partners to deliver its services and to analyse traffic. Your address and browser are shared with them.' }));
    expect(scriptDataBlocks(consent.documentElement!, 0, 'Ferry service extended to the outer islands')).toEqual([]);
  });

  it('does not take code, addresses, font lists or field values for text', () => {
    const doc = shell(
      JSON.stringify({
        css: "'Helvetica Neue Light', HelveticaNeue-Light, 'Helvetica Neue', Helvetica, Arial, sans-serif, Georgia, Times, serif",
        code: 'function(a){return a.map(function(b){return b.islands_ferry_outer=1;});}',
        image: 'https://cdn.example.org/images/ferry-service-extended-to-the-outer-islands.jpg',
        kind: 'ArticleType',
      }),
    );
    expect(scriptDataBlocks(doc.documentElement!, 0, 'Ferry service extended to the outer islands')).toEqual([]);
  });
});
