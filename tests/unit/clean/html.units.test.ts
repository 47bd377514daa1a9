/**
 * The HTML segmenter's parts, each on a small page written for the rule it checks: class-name
 * tokens on word boundaries, the nesting pre-scan, byline parsing, metadata fallbacks, and the
 * walk's block rules (div paragraphs, <br>, kickers, "Read more:" lines, captions and credits).
 */
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../lambdas/core/clean/html/index.ts';
import { capNesting } from '../../../lambdas/core/clean/html/prescan.ts';
import { looksLikePerson, namesIn, plain } from '../../../lambdas/core/clean/html/meta.ts';
import { nameTokens, rolesOf, rolesOfName } from '../../../lambdas/core/clean/html/tokens.ts';

const P1 = 'The council approved the new budget on Tuesday evening, after a debate that lasted more than four hours.';
const P2 = 'Opposition members said the plan would raise local taxes, while the mayor insisted it would protect services.';
const P3 = 'A final vote on the details is expected next month, once the finance committee has reviewed every line.';

/** A page with one article; `inside` goes in the <article> after the h1. */
function page(inside: string, head = '', outside = ''): string {
  return `<!doctype html><html lang="en"><head><title>Budget approved after long debate | Town Crier</title>${head}</head>
  <body>${outside}<article><h1>Budget approved after long debate</h1>${inside}</article></body></html>`;
}
const texts = (html: string) => segmentHtml(html).blocks.filter((b) => b.kind !== 'title').map((b) => b.text);

describe('class and id tokens', () => {
  it('splits names on dashes, underscores and camelCase', () => {
    expect(nameTokens('relatedStories_v2')).toEqual(['related', 'stories', 'v2']);
    expect(nameTokens('article-body__paragraph')).toEqual(['article', 'body', 'paragraph']);
    expect(nameTokens('ABCNewsShare')).toEqual(['abc', 'news', 'share']);
  });

  it('matches whole words, not substrings of innocent words', () => {
    expect(rolesOfName('header-image')).not.toContain('navigation');
    expect(rolesOfName('shadow')).toEqual([]);
    expect(rolesOfName('download-link')).not.toContain('comments');
    expect(rolesOfName('loaded')).toEqual([]);
    expect(rolesOfName('shareholders')).toEqual([]);
    expect(rolesOfName('ad-slot')).toContain('advertisement');
    expect(rolesOfName('AdSlot')).toContain('advertisement');
    expect(rolesOfName('related-posts')).toContain('related-block');
    expect(rolesOfName('share-tools')).toContain('share-prompt');
  });

  it('names the boxes set inside a story: donation appeals, rating widgets, run-together related names, breakers', () => {
    expect(rolesOfName('donation-box')).toContain('newsletter-prompt');
    expect(rolesOfName('spendenaufruf')).toContain('newsletter-prompt');
    expect(rolesOfName('post-ratings')).toContain('boilerplate');
    expect(rolesOfName('relatedlinks')).toContain('related-block');
    expect(rolesOfName('savoir_plus_block')).toContain('related-block');
    expect(rolesOfName('teaser-breaker')).toContain('related-block');
    expect(rolesOfName('app-stores')).toContain('boilerplate');
    // A blog theme's filing line under the post ("Posted on … and filed under …, 3 comments"), however long.
    expect(rolesOfName('postmetadata')).toContain('boilerplate');
    expect(texts(page(`<p>${P1}</p><p>${P2}</p><p class="postmetadata alt">This entry was posted on Wednesday, 27 November 2019 at 15:21 and is filed under Council, Budget, Town Hall, Local Politics, Taxes. You can follow any responses to this entry through the feed. You can leave a response, or trackback from your own site.</p>`))).toEqual([P1, P2]);
    // A recipe's durations are part of the recipe; a post's time stays its date line.
    expect(rolesOfName('recipe-prep-time')).not.toContain('dateline');
    expect(rolesOfName('preparation__time')).not.toContain('dateline');
    expect(rolesOfName('entry-time')).toContain('dateline');
    expect(rolesOfName('time')).toContain('dateline');
    // A review's pros and cons, a story's own words: no junk role.
    expect(rolesOfName('review-ratings-pros-cons')).toEqual([]);
    expect(rolesOfName('savoir')).toEqual([]);
    expect(rolesOfName('donor-list')).toEqual([]);
    const box = (cls: string, text: string) => `<div class="${cls}"><p>${text}</p></div>`;
    const html = page(`<p>${P1}</p>${box('content-breaker', 'You are reading a new short format: the essentials in three paragraphs.')}<p>${P2}</p>${box('donation-box', 'If you liked this article, support this kind of journalism with a small gift.')}<p>${P3}</p>`);
    expect(texts(html)).toEqual([P1, P2, P3]);
    expect(texts(page(`<p>${P1}</p>${box('review-ratings-pros-cons', 'Fresh local ingredients and friendly staff')}<p>${P2}</p>`))).toEqual([P1, 'Fresh local ingredients and friendly staff', P2]);
  });

  it('ignores responsive hiding utilities', () => {
    expect(rolesOfName('hidden-xs')).toEqual([]);
    expect(rolesOfName('d-md-none')).toEqual([]);
    expect(rolesOfName('visually-hidden')).toContain('hidden');
  });

  it('reads role and aria-label as well as class and id', () => {
    const el = (attrs: Record<string, string>) => ({ getAttribute: (n: string) => attrs[n] ?? null });
    expect(rolesOf(el({ role: 'navigation' }))).toContain('navigation');
    expect(rolesOf(el({ 'aria-label': 'Share this article' }))).toContain('share-prompt');
    expect(rolesOf(el({ id: 'comments' }))).toContain('comments');
  });
});

describe('nesting pre-scan', () => {
  it('leaves normal pages untouched (same string)', () => {
    const html = page(`<p>${P1}</p>`);
    expect(capNesting(html)).toBe(html);
  });

  it('drops tags nested too deep and keeps their text', () => {
    const html = '<div>'.repeat(50) + 'deep text' + '</div>'.repeat(50);
    const out = capNesting(html, 10);
    expect(out.match(/<div>/g)!.length).toBe(10);
    expect(out.match(/<\/div>/g)!.length).toBe(10);
    expect(out).toContain('deep text');
  });
});

describe('bylines and metadata values', () => {
  it('takes people out of bylines', () => {
    expect(namesIn('By Priya Raman, Local Democracy Reporter')).toEqual(['Priya Raman']);
    expect(namesIn('By Ana Ruiz and Tom Hale')).toEqual(['Ana Ruiz', 'Tom Hale']);
    expect(namesIn('Por María José Fernández')).toEqual(['María José Fernández']);
    expect(namesIn('Von Jonas Albrecht und Katrin Vogel')).toEqual(['Jonas Albrecht', 'Katrin Vogel']);
    expect(namesIn('By Mere Tawhiri | 12 June 2026')).toEqual(['Mere Tawhiri']);
    expect(namesIn('Staff reporters')).toEqual([]);
  });

  it('tells names from roles and organisations', () => {
    expect(looksLikePerson('Ludwig van Beethoven')).toBe(true);
    expect(looksLikePerson('Reuters Staff')).toBe(false);
    expect(looksLikePerson('Editorial Board')).toBe(false);
    expect(looksLikePerson('jane doe')).toBe(false);
  });

  it('strips markup and executable content from values', () => {
    expect(plain('Title <script>alert(1)</script> here')).toBe('Title here');
    expect(plain('<b>Jane</b> Doe')).toBe('Jane Doe');
    expect(plain('3 < 5 and 6 > 4')).toBe('3 < 5 and 6 > 4');
  });

  it('reads metadata from JSON-LD, then meta tags, then the page', () => {
    const html = page(
      `<p class="byline">By Ana Ruiz</p><p>${P1}</p><p>${P2}</p>`,
      `<link rel="canonical" href="https://crier.example/news/budget">
       <meta property="og:site_name" content="Town Crier">
       <meta property="article:published_time" content="2026-03-03T18:00:00+01:00">`,
    );
    const { meta } = segmentHtml(html);
    expect(meta).toMatchObject({
      title: 'Budget approved after long debate',
      url: 'https://crier.example/news/budget',
      publisher: 'Town Crier',
      authors: ['Ana Ruiz'],
      publishedAt: '2026-03-03T18:00:00.000+01:00',
      publishedAtSource: 'meta',
      language: 'en',
    });
  });

  it('reads upper-case attribute names of old pages', () => {
    const html = `<HTML LANG="de"><HEAD><TITLE>Alte Seite</TITLE><META NAME="Author" CONTENT="Karl Huber"></HEAD><BODY><P>${P1}</P><P>${P2}</P></BODY></HTML>`;
    const { meta } = segmentHtml(html);
    expect(meta.authors).toEqual(['Karl Huber']);
    expect(meta.language).toBe('de');
  });

  it('falls back to JSON-LD articleBody when the markup holds no text', () => {
    const body = `${P1}\n\n${P2}\n\n${P3}`;
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Script-rendered story', articleBody: body })}</script></head><body><div id="root"></div></body></html>`;
    expect(texts(html)).toEqual([P1, P2, P3]);
  });
});

describe('blocks in reading order', () => {
  it('turns text-bearing divs and double <br> into paragraphs; a single <br> is a space', () => {
    const html = page(`<div class="body"><div>${P1}</div><div>${P2}<br>second line</div>${P3}<br><br>Closing words of the story, in their own paragraph.</div>`);
    expect(texts(html)).toEqual([P1, `${P2} second line`, P3, 'Closing words of the story, in their own paragraph.']);
  });

  it('marks headings, list items and quotes, and decodes entities', () => {
    const html = page(`<p>${P1}</p><h2>What happens next</h2><ul><li>A vote in April</li><li>Caf&eacute; owners &amp; traders consulted</li></ul><blockquote><p>&ldquo;We listened,&rdquo; the mayor said.</p></blockquote>`);
    const blocks = segmentHtml(html).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'list-item', 'list-item', 'blockquote']);
    expect(blocks[4]!.text).toBe('Café owners & traders consulted');
    expect(blocks[5]!.text).toBe('“We listened,” the mayor said.');
  });

  it('sets link density per block', () => {
    const html = page(`<p>${P1}</p><p>Half of this <a href="/x">sentence is a link to elsewhere</a>.</p>`);
    const blocks = segmentHtml(html).blocks;
    expect(blocks[1]!.linkDensity).toBe(0);
    expect(blocks[2]!.linkDensity).toBeGreaterThan(0.4);
    expect(blocks[2]!.linkDensity).toBeLessThan(0.9);
  });

  it('drops a kicker above the headline and the byline and date under it', () => {
    const html = `<html><body><article><p class="label">Politics</p><h1>Budget approved after long debate</h1>
      <div class="byline">By Ana Ruiz</div><time datetime="2026-03-03">3 March 2026</time><p>${P1}</p><p>${P2}</p></article></body></html>`;
    const page1 = segmentHtml(html);
    expect(texts(html)).toEqual([P1, P2]);
    expect(page1.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['navigation', 'byline', 'dateline']));
  });

  it('takes "Read more:" lines out as related links, resolved against the canonical URL', () => {
    const html = page(`<p>${P1}</p><p><strong>Read more:</strong> <a href="/news/earlier-budget">Last year's budget row, explained in full</a></p><p>${P2}</p>`, '<link rel="canonical" href="https://crier.example/news/budget">');
    const out = segmentHtml(html);
    expect(out.blocks.map((b) => b.text)).not.toContain(expect.stringContaining('Read more'));
    expect(out.related).toEqual([{ title: "Last year's budget row, explained in full", url: 'https://crier.example/news/earlier-budget' }]);
    expect(out.removed.some((r) => r.reason === 'related-block')).toBe(true);
  });

  it('collects related boxes and records what each junk container held', () => {
    const html = page(
      `<p>${P1}</p><div class="share-bar"><a href="#">Facebook</a><a href="#">X</a></div><p>${P2}</p>
       <div class="newsletter-signup"><p>Get our morning email, free, every weekday.</p></div>
       <aside class="related"><h3>Related</h3><a href="https://crier.example/a">Council tax rise ruled out for next year</a></aside>`,
    );
    const out = segmentHtml(html);
    expect(texts(html)).toEqual([P1, P2]);
    expect(out.related.map((r) => r.url)).toEqual(['https://crier.example/a']);
    const reasons = out.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['share-prompt', 'newsletter-prompt', 'related-block']));
  });

  it('keeps removal texts short', () => {
    const long = 'Sponsored words that go on and on. '.repeat(40);
    const out = segmentHtml(page(`<p>${P1}</p><div class="advertisement">${long}</div><p>${P2}</p>`));
    const ad = out.removed.find((r) => r.reason === 'advertisement')!;
    expect(ad.text.length).toBeLessThanOrEqual(200);
  });

  it('separates caption credits in their many forms', () => {
    const html = page(`<p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>Traders at the market. <span class="credit">Photo: Jane Roe</span></figcaption></figure>
      <figure><img src="b.jpg"><figcaption>The mayor speaks to reporters. (AP)</figcaption></figure>
      <figure><img src="c.jpg"><figcaption><p>Night falls over the square.</p><small>© John Poe/Reuters</small></figcaption></figure>
      <p>${P2}</p>`);
    const caps = segmentHtml(html).blocks.filter((b) => b.kind === 'caption').map((b) => [b.text, b.credit]);
    expect(caps).toEqual([
      ['Traders at the market.', 'Jane Roe'],
      ['The mayor speaks to reporters.', 'AP'],
      ['Night falls over the square.', 'John Poe/Reuters'],
    ]);
  });

  it('keeps an article whose wrapper is hidden by a menu script or has a junk-sounding name', () => {
    const inner = `<h1>Budget approved after long debate</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
    expect(texts(`<html><body><main aria-hidden="true"><article>${inner}</article></main></body></html>`)).toEqual([P1, P2, P3]);
    expect(texts(`<html><body><div id="__next" class="page has-ads"><div>${inner}</div></div></body></html>`)).toEqual([P1, P2, P3]);
  });

  it('finds the article without <article> by its prose, away from link-heavy sidebars', () => {
    const sidebar = `<div class="col"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Sidebar story number ${i} about something</a></li>`).join('')}</ul></div>`;
    const html = `<html><head><title>Budget approved after long debate</title></head><body>${sidebar}<div class="col"><h1>Budget approved after long debate</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>${sidebar}</body></html>`;
    expect(texts(html)).toEqual([P1, P2, P3]);
  });
});

describe('structure beats class names', () => {
  it('drops a box opened by a comments heading and a grid of linked teasers, whatever their classes', () => {
    const teasers = Array.from({ length: 4 }, (_, i) => `<div class="x${i}"><h3><a href="/t${i}">Another story headline number ${i}</a></h3><p>A teaser sentence that is long enough to look like prose, with a comma.</p></div>`).join('');
    const comments = Array.from({ length: 5 }, (_, i) => `<div class="c${i}"><span>user${i}</span><p>I have lived here for years and this is a comment that runs long, with commas, and opinions.</p></div>`).join('');
    const html = `<html><body><div class="a1"><h1>Budget approved after long debate</h1><p>${P1}</p><p>${P2}</p></div>
      <div class="a2"><h2>More from the Crier</h2>${teasers}</div><div class="a3">${teasers}</div><div class="a4"><h2>5 comments</h2>${comments}</div></body></html>`;
    expect(texts(html)).toEqual([P1, P2]);
  });

  it('keeps lists and articles whose class names only sound like junk', () => {
    const html = `<html><body class="has-comments share-enabled"><article class="article comments-enabled"><h1>Budget approved after long debate</h1><p>${P1}</p>
      <ul class="share-list-of-findings"><li>Seven in ten residents said they supported the plan in principle</li><li>Four in ten said they had not been consulted at all</li></ul><p>${P2}</p></article></body></html>`;
    expect(texts(html)).toEqual([P1, 'Seven in ten residents said they supported the plan in principle', 'Four in ten said they had not been consulted at all', P2]);
  });

  it('picks the story the metadata names on an infinite-scroll page, and only its byline', () => {
    const story = (h: string, by: string, p: string[]) => `<article><h1>${h}</h1><p class="byline">By ${by}</p>${p.map((x) => `<p>${x}</p>`).join('')}</article>`;
    const html = `<html><head><meta property="og:title" content="Budget approved after long debate"></head><body>${story('Budget approved after long debate', 'Ana Ruiz', [P1])}${story('A much longer story about something else', 'Tom Hale', [P2, P3, P2.replace('Opposition', 'Other')])}</body></html>`;
    const out = segmentHtml(html);
    expect(out.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([P1]);
    expect(out.meta.authors).toEqual(['Ana Ruiz']);
  });

  it('does not take a logo <h1> for the headline', () => {
    const html = `<html><head><title>Budget approved after long debate - Town Crier</title></head><body><div id="header"><h1 class="logo"><a href="/">Town Crier</a></h1></div>
      <div class="post"><h2>Budget approved after long debate</h2><p>${P1}</p><p>${P2}</p></div></body></html>`;
    const out = segmentHtml(html);
    expect(out.meta.title).toBe('Budget approved after long debate');
    expect(texts(html)).toEqual([P1, P2]);
  });

  it('reads a credit from the last short name in a caption, and drops topic-tag lists', () => {
    const html = page(`<p>${P1}</p><figure><img src="a.jpg"><figcaption><span>Traders at the market on Monday.</span><span>Albert Garcia</span></figcaption></figure><p>${P2}</p><ul><li><a href="/t/budget">Budget</a></li><li><a href="/t/council">Council</a></li></ul>`);
    const out = segmentHtml(html);
    expect(out.blocks.find((b) => b.kind === 'caption')).toMatchObject({ text: 'Traders at the market on Monday.', credit: 'Albert Garcia' });
    expect(texts(html)).not.toContain('Budget');
  });
});

describe('never throws', () => {
  it.each(['', 'plain text, no tags', '<', '<<<>>>', '<html', '<p>unclosed <b>bold <i>italic', '<!-- only a comment', '<script>never closed', '\u0000\u0001<p>x</p>'])('on %j', (html) => {
    const out = segmentHtml(html);
    expect(Array.isArray(out.blocks)).toBe(true);
    expect(out.meta).toBeTruthy();
  });
});
