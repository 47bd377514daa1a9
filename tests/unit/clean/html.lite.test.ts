/**
 * The read-only DOM the segmenter parses into (lite.ts): the tree htmlparser2's rules give, the
 * selector subset the segmenter uses, document-order containment and text counts.
 */
import { describe, expect, it } from 'vitest';
import { all, first, parseDocument, textCounts, textOf, collapse, type El } from '../../../lambdas/core/clean/html/dom.ts';

const doc = parseDocument(`<!doctype html><html lang="en"><head><title>T &amp; U</title>
<script type="application/LD+JSON">{"a":"x+y"}</script><meta NAME="Author" content="Jo Bloggs"></head>
<body><div id="main" class="story  body-text"><p>One <a href="/a">link</a> here.</p><p>Two<p>Three</p>
<ul><li>a<li>b</ul><table><tr><td>c1</td><td>c2</td></tr></table></div>
<div hidden><p>Hidden text</p></div><span class="credit-box">Photo</span></body></html>`);

describe('lite DOM', () => {
  it('builds the tree with implied end tags and lower-case attribute names', () => {
    expect(doc.documentElement?.localName).toBe('html');
    expect(doc.body?.localName).toBe('body');
    expect(all(doc, 'p').map((p) => collapse(textOf(p).text))).toEqual(['One link here.', 'Two', 'Three', 'Hidden text']);
    expect(all(doc, 'li')).toHaveLength(2);
    expect(first(doc, 'meta')?.getAttribute('name')).toBe('Author');
    expect(first(doc, 'meta')?.hasAttribute('NAME')).toBe(false);
    expect(first(doc, 'title')?.textContent).toBe('T & U');
  });

  it('matches tags, classes, attributes, substrings, adjacent siblings and lists, in document order', () => {
    const main = first(doc, '#main') ?? all(doc, 'div')[0]!;
    expect(all(doc, '.story').length).toBe(1);
    expect(all(doc, '.body-text')[0]).toBe(main);
    expect(all(doc, '.body')).toHaveLength(0);
    expect(all(doc, 'script[type="application/ld+json"]')).toHaveLength(1);
    expect(all(doc, '[class*="credit"]').map((e) => e.localName)).toEqual(['span']);
    expect(all(doc, 'a[href]')).toHaveLength(1);
    expect(all(main, 'p + p').map((p) => collapse(textOf(p).text))).toEqual(['Two', 'Three']);
    expect(all(main, 'li, td, p').map((e) => e.localName)).toEqual(['p', 'p', 'p', 'li', 'li', 'td', 'td']);
    expect(all(main, 'p:not(.x)')).toEqual([]); // unsupported selectors match nothing, never throw
  });

  it('answers contains() by document order, the element itself included', () => {
    const main = all(doc, 'div')[0]!;
    const [p1] = all(main, 'p');
    expect(main.contains(p1 as El)).toBe(true);
    expect(main.contains(main)).toBe(true);
    expect((p1 as El).contains(main)).toBe(false);
    expect(main.contains(first(doc, 'span') as El)).toBe(false);
  });

  it('counts visible and linked characters as a walk of the subtree does', () => {
    const main = all(doc, 'div')[0]!;
    const walked = textOf(main);
    const counted = textCounts(main);
    expect(counted.linkChars).toBe(walked.linkChars);
    expect(Math.abs(counted.len - collapse(walked.text).length)).toBeLessThanOrEqual(8);
    expect(textCounts(all(doc, 'div')[1]!).len).toBe('Hidden text'.length);
  });

  it('finds the body of a page whose <body> is not the second child of <html>', () => {
    const d = parseDocument('<html><head></head><div>stray</div><body><p>Real body text.</p></body></html>');
    expect(collapse(textOf(d.body!).text)).toContain('Real body text.');
  });
});
