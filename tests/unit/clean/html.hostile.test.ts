/**
 * Hostile HTML: markup, script, style and event-handler text never reach a block or a metadata field;
 * pathological pages (100,000 nested elements, a 5 MB page, unclosed tags, random tag soup) come back
 * as a result, never a throw or a stack overflow. No timings are asserted here (see bench/clean.ts);
 * the sizes are chosen so the file runs in a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentHtml, type SegmentedPage } from '../../../lambdas/core/clean/html/index.ts';
import { cleanObject } from '../../../lambdas/core/clean/index.ts';
import { DEFAULT_LIMITS } from '../../../lambdas/core/types.ts';

/** Every string the page hands on: block texts and credits, metadata, removals, related links. */
function allOutput(page: SegmentedPage): string[] {
  const m = page.meta;
  return [
    ...page.blocks.flatMap((b) => [b.text, b.credit ?? '', b.href ?? '']),
    m.title ?? '',
    m.subtitle ?? '',
    m.url ?? '',
    m.publisher ?? '',
    m.publishedAt ?? '',
    m.language ?? '',
    ...m.authors,
    ...page.removed.map((r) => r.text),
    ...page.related.flatMap((r) => [r.title, r.url ?? '']),
  ];
}

const PROSE = 'The committee met on Thursday and agreed, after a long debate, to publish the full report next month, with all of its appendices.';

describe('nothing executable or markup reaches the output', () => {
  const page = segmentHtml(`<!doctype html><html lang="en"><head>
    <title>Safe headline about the committee</title>
    <meta property="og:title" content="Safe headline &lt;script&gt;alert(1)&lt;/script&gt; about the committee">
    <meta name="author" content="<b>Jane Doe</b>">
    <meta property="og:description" content="<img src=x onerror=alert(2)> A standfirst that is long enough to be one.">
    <style>body{background:url(javascript:alert(3))} .secret-style-rule{color:red}</style>
    <script>var secretScriptVariable = "SCRIPT_TEXT_LEAK";</script>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Safe headline about the committee","author":{"name":"<script>LD_AUTHOR_LEAK</script>"}}</script>
  </head><body onload="BODY_ONLOAD_LEAK()">
    <noscript>NOSCRIPT_LEAK please enable JavaScript</noscript>
    <template><p>TEMPLATE_LEAK paragraph that is long enough to be counted as real prose, with commas, yes.</p></template>
    <article>
      <h1 onclick="H1_ONCLICK_LEAK()">Safe headline about the committee</h1>
      <p onmouseover="P_HANDLER_LEAK()">${PROSE}</p>
      <p>Entities decode: caf&eacute; &amp; bar, 3 &lt; 5 &gt; 4, &#8220;quoted&#8221; &#x2014; dash.</p>
      <svg><text>SVG_TEXT_LEAK</text><script>SVG_SCRIPT_LEAK</script></svg>
      <iframe src="https://evil.example/">IFRAME_LEAK</iframe>
      <form><input value="FORM_INPUT_LEAK"><textarea>TEXTAREA_LEAK</textarea><button>BUTTON_LEAK</button></form>
      <p>${PROSE.replace('Thursday', 'Friday')}<script>INLINE_SCRIPT_LEAK()</script><style>.INLINE_STYLE_LEAK{}</style></p>
      <div style="display:none">HIDDEN_DIV_LEAK with a long sentence that would otherwise look like article prose, truly.</div>
      <p hidden>HIDDEN_ATTR_LEAK with a long sentence that would otherwise look like article prose, truly.</p>
      <a href="javascript:JS_HREF_LEAK()">A link with a javascript href inside a paragraph of text</a>
    </article>
  </body></html>`);
  const out = allOutput(page).join('\n');

  it('keeps the article text', () => {
    expect(out).toContain('The committee met on Thursday');
    expect(out).toContain('The committee met on Friday');
  });

  it('decodes entities once; decoded angle brackets stay as text', () => {
    const p = page.blocks.find((b) => b.text.startsWith('Entities decode'))!;
    expect(p.text).toBe('Entities decode: café & bar, 3 < 5 > 4, “quoted” — dash.');
  });

  it.each([
    'SCRIPT_TEXT_LEAK',
    'secretScriptVariable',
    'secret-style-rule',
    'LD_AUTHOR_LEAK',
    'BODY_ONLOAD_LEAK',
    'NOSCRIPT_LEAK',
    'TEMPLATE_LEAK',
    'H1_ONCLICK_LEAK',
    'P_HANDLER_LEAK',
    'SVG_TEXT_LEAK',
    'SVG_SCRIPT_LEAK',
    'IFRAME_LEAK',
    'FORM_INPUT_LEAK',
    'TEXTAREA_LEAK',
    'BUTTON_LEAK',
    'INLINE_SCRIPT_LEAK',
    'INLINE_STYLE_LEAK',
    'HIDDEN_DIV_LEAK',
    'HIDDEN_ATTR_LEAK',
    'JS_HREF_LEAK',
    'javascript:',
    'onerror',
    'alert(',
  ])('never outputs %s', (needle) => {
    expect(out).not.toContain(needle);
  });

  it('has no tags in any block or metadata field', () => {
    for (const s of [...page.blocks.map((b) => b.text), page.meta.title ?? '', page.meta.subtitle ?? '', ...page.meta.authors]) {
      expect(s).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
  });

  it('takes the author name out of markup', () => {
    expect(page.meta.authors).toEqual(['Jane Doe']);
  });
});

describe('pathological pages', () => {
  it('survives 100,000 nested elements without a stack overflow and keeps the text inside', () => {
    const n = 100_000;
    const html = `<html><body><article><h1>Deep page</h1>${'<div>'.repeat(n)}<p>${PROSE}</p>${'</div>'.repeat(n)}</article></body></html>`;
    const page = segmentHtml(html);
    expect(page.blocks.some((b) => b.text.includes('The committee met on Thursday'))).toBe(true);
  });

  it('survives 100,000 unclosed nested inline and block tags', () => {
    const html = `<html><body>${'<span><div><b>'.repeat(35_000)}${PROSE}</body></html>`;
    const page = segmentHtml(html);
    expect(page.blocks.map((b) => b.text).join(' ')).toContain('The committee met on Thursday');
  });

  it('handles a 5 MB page with thousands of paragraphs and ad slots', () => {
    const parts: string[] = ['<html><head><title>Big page headline here</title></head><body><article><h1>Big page headline here</h1>'];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const s = `<p>Paragraph ${i}: ${PROSE}</p><div class="ad-slot"><span>Advertisement</span></div>\n`;
      parts.push(s);
      size += s.length;
    }
    parts.push('</article></body></html>');
    const page = segmentHtml(parts.join(''));
    expect(page.blocks[0]).toMatchObject({ kind: 'title', text: 'Big page headline here' });
    expect(page.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(1000);
    expect(page.blocks.some((b) => b.text === 'Advertisement')).toBe(false);
  });

  it('handles a page that is one 2 MB text node, and one with no tags at all', () => {
    expect(() => segmentHtml(`<html><body><p>${'word '.repeat(400_000)}</p></body></html>`)).not.toThrow();
    const bare = segmentHtml(`${PROSE}\n\n${PROSE}`);
    expect(bare.blocks.map((b) => b.text).join(' ')).toContain('The committee met on Thursday');
  });

  it('handles broken markup: unterminated comments, tags, attributes and CDATA', () => {
    for (const html of [
      `<html><body><p>${PROSE}</p><!-- never closed`,
      `<html><body><p>${PROSE}</p><div class="unterminated attr`,
      `<html><body><p>${PROSE}<script>never closed script`,
      `<html><body><![CDATA[ cdata ]]><p>${PROSE}</p></body>`,
      `<<<<>>>><p>${PROSE}</p></</</`,
      '',
      '<html></html>',
      '<',
    ]) {
      const page = segmentHtml(html);
      expect(Array.isArray(page.blocks)).toBe(true);
      expect(allOutput(page).join('')).not.toMatch(/never closed script/);
    }
  });

  it('returns a result for any random tag soup', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'article', 'section', 'h1', 'h2', 'li', 'ul', 'figure', 'figcaption', 'table', 'td', 'tr', 'br', 'script', 'style', 'a', 'aside', 'nav');
    const attr = fc.constantFrom('', ' class="share"', ' class="ad-slot"', ' id="comments"', ' hidden', ' style="display:none"', ' itemprop="articleBody"', ' class="byline"', ' role="navigation"', ' href="/x"');
    const piece = fc.oneof(
      fc.tuple(tag, attr).map(([t, a]) => `<${t}${a}>`),
      tag.map((t) => `</${t}>`),
      fc.string({ maxLength: 40 }),
      fc.constant(PROSE),
      fc.constantFrom('&amp;', '&#x1F600;', '&bogus;', '<!--', '-->', '<br>', '<br/>', '"', "'", '<', '>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (pieces) => {
        const page = segmentHtml(pieces.join(''));
        for (const b of page.blocks) {
          expect(typeof b.text).toBe('string');
          expect(b.text.length).toBeGreaterThan(0);
          if (b.linkDensity !== undefined) expect(b.linkDensity).toBeGreaterThanOrEqual(0);
          if (b.linkDensity !== undefined) expect(b.linkDensity).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on non-string input at runtime', () => {
    expect(() => segmentHtml(undefined as unknown as string)).not.toThrow();
    expect(() => segmentHtml(42 as unknown as string)).not.toThrow();
  });

  it('comes through cleanObject as an article or a rejection, never a throw', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${PROSE}</p></body></html>`;
    const r = cleanObject(Buffer.from(html), { bucket: 'b', key: 'deep.html', etag: null, size: html.length }, DEFAULT_LIMITS);
    expect(r.articles.length + r.rejections.length).toBe(1);
  });
});
