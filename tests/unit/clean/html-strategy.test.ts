/**
 * The HTML extraction strategy (core/clean/html/strategy.ts): no rule may empty an article, the record
 * says which strategy produced the body, and only pages without prose are rejected, by kind. Each page
 * here is written for the test, shaped after failure kinds seen on real pages; each is checked both
 * ways: the story kept, the boilerplate gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';

const P = [
  'The regional water authority said on Tuesday that it would replace forty kilometres of lead pipes under the old town before the end of next year.',
  'Engineers found the pipes during a survey last spring, after residents in three streets complained about the taste of their tap water.',
  'The work will close several roads for weeks at a time, and the authority has promised to publish a timetable street by street.',
  'A spokeswoman said households would be offered free water filters until their connection had been replaced.',
];

function run(html: string) {
  const bytes = new TextEncoder().encode(html);
  return processObject(bytes, { bucket: 'raw', key: 'incoming/page.html', etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z' });
}
const page = (body: string, title = 'Lead pipes to be replaced under the old town') =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
const NAV = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>';
const FOOT = '<footer><p>Contact the newsroom</p><p>Terms of use and privacy notice for readers</p></footer>';

describe('HTML strategy: no real article is lost', () => {
  it('keeps a story whose container carries a "read-more"/"related"-like class', () => {
    const html = page(`${NAV}<div class="read-more-wrapper related-content"><h1>Lead pipes to be replaced under the old town</h1>${P.map((p) => `<p>${p}</p>`).join('')}</div>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Council approves new bus lanes for the ring road</a></li><li><a href="/b">Library extends its opening hours</a></li></ul></aside>${FOOT}`);
    const out = run(html);
    expect(out.rejections).toEqual([]);
    const body = out.records[0]!.body;
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Council approves new bus lanes');
    expect(body).not.toContain('Terms of use');
    expect(out.records[0]!.extraction?.strategy).toBeDefined();
  });

  it('keeps a story told only in <div>s with <br>s', () => {
    const html = page(`${NAV}<div id="x1"><div class="t">Lead pipes to be replaced under the old town</div><div class="c">${P.join('<br><br>')}</div></div>${FOOT}`);
    const out = run(html);
    expect(out.rejections).toEqual([]);
    const body = out.records[0]!.body;
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Terms of use');
  });

  it('keeps both halves of a story split across two containers', () => {
    const html = page(`${NAV}<main><h1>Lead pipes to be replaced under the old town</h1><div class="part-one">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="ad-slot"><p>Advertisement</p></div><div class="part-two">${P.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></main>${FOOT}`);
    const body = run(html).records[0]!.body;
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Advertisement');
  });

  it("adopts the story's head box (headline and first paragraphs) beside a body without a headline, never another story's", () => {
    const LEAD = [
      'Residents of the old town will be the first to benefit, the authority said, because their houses were connected to the network before the war.',
      'The authority expects the whole programme to cost about twelve million euros, most of it paid for by a grant from the regional government.',
    ];
    const links = '<div class="x3"><ul><li><a href="/a">Council approves new bus lanes</a></li><li><a href="/b">Library extends its opening hours</a></li></ul></div>';
    const head = (h: string, ps: string[]) => `<div class="x1"><h1>${h}</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const bodyBox = `<div class="x2">${P.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const body = run(page(`${NAV}<div class="wrap">${head('Lead pipes to be replaced under the old town', LEAD)}${bodyBox}${links}</div>${FOOT}`)).records[0]!.body;
    for (const p of [...LEAD, ...P]) expect(body).toContain(p);
    expect(body).not.toContain('Council approves');
    // After the body, a box with its own headline is the next story.
    const other = run(page(`${NAV}<div class="wrap"><h2>Lead pipes to be replaced under the old town</h2>${bodyBox}${head('Festival returns to the harbour in June', LEAD)}${links}</div>${FOOT}`)).records[0]!.body;
    for (const p of P) expect(other).toContain(p);
    expect(other).not.toContain(LEAD[1]);
  });

  it('keeps the story, not the long comment thread under it', () => {
    const comment = (n: number) =>
      `<li class="comment"><p class="author">Reader ${n}</p><p>I have lived on this street for twenty years and nobody ever told us about the pipes, which is a disgrace for a modern city number ${n}.</p></li>`;
    const html = page(`${NAV}<article><h1>Lead pipes to be replaced under the old town</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>
      <section id="comments" class="comments"><h2>42 comments</h2><ol>${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></section>${FOOT}`);
    const body = run(html).records[0]!.body;
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('nobody ever told us');
  });
});

describe('HTML strategy: pages without prose are rejected, saying which kind', () => {
  it('a JavaScript shell that renders in the browser', () => {
    const out = run(page('<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/static/js/main.js"></script>', 'App'));
    expect(out.records).toEqual([]);
    expect(out.rejections[0]!.code).toBe('no-article');
    expect(out.rejections[0]!.reason).toMatch(/javascript/i);
  });
});

describe('HTML strategy: the grown comparison', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/html/strategy/story-in-titled-sibling-sections.html'), 'utf8');
  const runWith = (clock?: () => number) => {
    const bytes = new TextEncoder().encode(fixture);
    return processObject(bytes, { bucket: 'raw', key: 'incoming/page.html', etag: null, size: bytes.length }, { ingestedAt: '2026-01-01T00:00:00.000Z', budget: { baseMs: 1000, perMbMs: 0 }, ...(clock ? { clock } : {}) });
  };

  it('takes the ancestor holding the whole story and says what it set aside', () => {
    const r = runWith().records[0]!;
    expect(r.extraction?.strategy).toBe('grown');
    expect(r.body).toContain('Tyres without rims should stand upright');
    expect(r.extraction?.setAside.at(-1)?.reason).toMatch(/ancestor holding most of the page's prose gave \d+/);
  });

  it('is skipped, keeping the body it has, once half the time budget is spent', () => {
    // Every reading after the first says 600 ms have passed: within the budget, past its half.
    let reads = 0;
    const out = runWith(() => (reads++ === 0 ? 0 : 600));
    expect(out.rejections).toEqual([]);
    const r = out.records[0]!;
    expect(r.extraction?.strategy).not.toBe('grown');
    expect(r.extraction?.setAside).toContainEqual({ strategy: 'grown', chars: 0, reason: 'not tried: over half the time budget spent' });
  });
});

describe('HTML strategy: a page rendered by JavaScript whose story is in its script data', () => {
  const state = JSON.stringify({
    page: { menu: ['Home', 'News', 'Sport'], teaser: 'Library extends its opening hours' },
    article: { headline: 'Lead pipes to be replaced under the old town', body: P.map((p) => `<p>${p}</p>`).join('') },
  });
  it('keeps the story read from the data, saying so', () => {
    const out = run(page(`<div id="root"></div><script>window.__INITIAL_STATE__ = ${state};</script><script src="/static/js/main.js"></script>`));
    expect(out.rejections).toEqual([]);
    const r = out.records[0]!;
    for (const p of P) expect(r.body).toContain(p);
    expect(r.body).not.toContain('Library extends');
    expect(r.extraction?.strategy).toBe('script');
    expect(r.extraction?.setAside.map((s) => s.strategy)).toEqual(expect.arrayContaining(['main', 'paragraphs']));
  });

  it('still rejects a shell whose scripts hold no story', () => {
    const out = run(page('<div id="root"></div><script>window.__CONFIG__ = {"api":"https://api.example.org/v2","locale":"en-GB","features":["search","login"]};</script>', 'App'));
    expect(out.records).toEqual([]);
    expect(out.rejections[0]!.reason).toMatch(/javascript/i);
  });
});
