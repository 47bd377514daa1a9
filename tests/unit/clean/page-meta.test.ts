/**
 * Page metadata on small pages of our own, shaped after what news sites do: character references left in
 * meta and JSON-LD values, the headline the sources agree on, the publisher when no site name is stated,
 * and bylines. Each case has its counterpart, so a rule that goes too far fails too.
 */
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../lambdas/core/clean/html/index.ts';
import { decodeEntities, hostName, looksLikeOrganisation, plain } from '../../../lambdas/core/clean/html/meta.ts';

const P1 = 'The harbour board voted on Monday to rebuild the old pier, after two winters of storm damage closed it to walkers.';
const P2 = 'Fishermen said the work would keep their boats at sea for a season, while the board promised a temporary landing.';
const P3 = 'Construction is due to start in the spring, once the engineers have surveyed the foundations below the waterline.';

function page(head: string, h1: string, opts: { beforeArticle?: string; inside?: string } = {}): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${opts.beforeArticle ?? ''}
  <article>${h1 ? `<h1>${h1}</h1>` : ''}${opts.inside ?? ''}<p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const meta = (html: string) => segmentHtml(html).meta;

describe('character references in metadata values', () => {
  it('decodes numeric, hex and named references, and a value escaped twice', () => {
    expect(decodeEntities('Harbour&#8217;s pier &#x2014; rebuilt')).toBe('Harbour’s pier — rebuilt');
    expect(decodeEntities('Redacci&oacute;n &amp; Co')).toBe('Redacción & Co');
    expect(decodeEntities('Pier &amp;#8211; the vote')).toBe('Pier – the vote');
  });

  it('leaves a bare ampersand and text without references as they are', () => {
    expect(decodeEntities('Fish & chips at AT&T park')).toBe('Fish & chips at AT&T park');
    expect(decodeEntities('No references here')).toBe('No references here');
    expect(plain('a < b and c > d')).toBe('a < b and c > d');
  });

  it('takes the tags out of a reference that spelled markup', () => {
    expect(plain('&lt;b&gt;Pier&lt;/b&gt; rebuilt')).toBe('Pier rebuilt');
  });

  it('a JSON-LD headline with references gives the decoded title', () => {
    const html = page(`<title>x</title>${ld({ '@type': 'NewsArticle', headline: 'Board backs the &#8216;new pier&#8217; plan' })}`, '');
    expect(meta(html).title).toBe('Board backs the ‘new pier’ plan');
  });

  it('og:title escaped twice in the markup gives the decoded title', () => {
    const html = page('<title>x</title><meta property="og:title" content="Pier vote &amp;#8211; what comes next">', '');
    expect(meta(html).title).toBe('Pier vote – what comes next');
  });
});

describe('the headline the sources agree on', () => {
  it('og:title and the <h1> outvote a JSON-LD placeholder headline', () => {
    const html = page(`<title>Board backs pier rebuild</title><meta property="og:title" content="Board backs pier rebuild">${ld({ '@type': 'NewsArticle', headline: 'cms-default' })}`, 'Board backs pier rebuild');
    expect(meta(html).title).toBe('Board backs pier rebuild');
  });

  it('a JSON-LD headline alone (no other source) is still taken', () => {
    const html = page(`<title>Harbour Times</title>${ld({ '@type': 'NewsArticle', headline: 'Board backs pier rebuild' })}`, '');
    expect(meta(html).title).toBe('Board backs pier rebuild');
  });

  it('keeps a "Kicker: Headline" that og:title and the <h1> print whole, even when the h1 sits in a breadcrumb bar', () => {
    // JSON-LD states the bare headline; og:title and the printed <h1> carry the kicker: two against one.
    const head = `<title>Storm damage: Board backs pier rebuild</title><meta property="og:title" content="Storm damage: Board backs pier rebuild">${ld({ '@type': 'NewsArticle', headline: 'Board backs pier rebuild' })}`;
    const nav = '<nav class="breadcrumb"><ul><li class="breadcrumb-item"><a href="/news">News</a></li><li class="breadcrumb-item"><h1>Storm damage: Board backs pier rebuild</h1></li></ul></nav>';
    const html = `<!doctype html><html lang="en"><head>${head}</head><body>${nav}<article><p>Board backs pier rebuild after the winter.</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    expect(meta(html).title).toBe('Storm damage: Board backs pier rebuild');
  });

  it('keeps a "Series · Headline" title the <h1> prints whole, though the text opens with its second part', () => {
    const html = page('<title>Harbour Diaries · The Old Pier Returns</title>', 'Harbour Diaries · The Old Pier Returns', { inside: '<p>The old pier returns to the harbour this spring, the board said.</p>' });
    expect(meta(html).title).toBe('Harbour Diaries · The Old Pier Returns');
  });

  it('drops a site name before the headline when the <h1> prints the bare headline', () => {
    const html = page('<title>Harbour Times · The Old Pier Returns</title>', '', { inside: '<p>The old pier returns to the harbour this spring, the board said.</p>' });
    expect(meta(html).title).toBe('The Old Pier Returns');
  });

  it('still strips the site name from a <title> the other sources state without it', () => {
    const html = page('<title>Board backs pier rebuild | Harbour Times</title><meta property="og:site_name" content="Harbour Times">', 'Board backs pier rebuild');
    expect(meta(html).title).toBe('Board backs pier rebuild');
  });
});

describe('the publisher', () => {
  it('og:site_name first, then the JSON-LD publisher', () => {
    expect(meta(page('<title>x</title><meta property="og:site_name" content="Harbour Times">', 'Pier')).publisher).toBe('Harbour Times');
    expect(meta(page(`<title>x</title>${ld({ '@type': 'NewsArticle', headline: 'Pier', publisher: { '@type': 'Organization', name: 'Harbour Times' } })}`, 'Pier')).publisher).toBe('Harbour Times');
  });

  it('the organisation of the page graph when the article only points at it', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Pier', publisher: { '@id': '#org' } }, { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Harbour Times' }] };
    expect(meta(page(`<title>x</title>${ld(graph)}`, 'Pier')).publisher).toBe('Harbour Times');
  });

  it('the host of the canonical address when nothing names the site, and none without an address', () => {
    expect(meta(page('<title>x</title><link rel="canonical" href="https://www.harbour-times.example.org/news/pier">', 'Pier')).publisher).toBe('harbour-times.example.org');
    expect(meta(page('<title>x</title>', 'Pier')).publisher).toBeNull();
  });

  it('a host name only from an http(s) address with a dot', () => {
    expect(hostName('https://m.harbour.example/a')).toBe('harbour.example');
    expect(hostName('ftp://harbour.example/a')).toBeNull();
    expect(hostName('http://localhost/a')).toBeNull();
    expect(hostName('http://10.0.0.1/a')).toBeNull();
  });
});

describe('authors', () => {
  it('takes a name opened by an article for a publication, but not when people\'s names start with that word', () => {
    for (const org of ['The Economist', 'Die Tagespresse', 'Il Giornale', 'Het Dagblad']) expect(looksLikeOrganisation(org), org).toBe(true);
    for (const person of ['Le Van Thanh', 'La Toya Jackson', 'Les Murray', 'Lo Wai-ming', 'An Nguyen', 'El Sayed Ahmed']) expect(looksLikeOrganisation(person), person).toBe(false);
  });

  const authorsOf = (head: string, byline = '', opts: { site?: string } = {}) =>
    meta(page(`<title>Pier</title>${opts.site ? `<meta property="og:site_name" content="${opts.site}">` : ''}${head}`, 'Board backs pier rebuild', { inside: byline })).authors;

  it('people joined by a slash without spaces are two authors; an agency after the slash is dropped; a credit pair stays refused', () => {
    expect(authorsOf('<meta name="author" content="Ines Halvorsen/Tomasz Wierzba">')).toEqual(['Ines Halvorsen', 'Tomasz Wierzba']);
    expect(authorsOf('<meta name="author" content="Ines Halvorsen/dpa">')).toEqual(['Ines Halvorsen']);
    expect(authorsOf('<meta name="author" content="abc/dpa">')).toEqual([]);
  });

  it('a programme, a project or an initiative is an organisation, not a person', () => {
    for (const org of ['Harbour Restoration Programme', 'Projekt Altstadt', 'Clean Coast Initiative', 'Amnesty International']) expect(looksLikeOrganisation(org), org).toBe(true);
    for (const person of ['Ines Halvorsen', 'Tomasz Wierzba']) expect(looksLikeOrganisation(person), person).toBe(false);
  });

  it('a one-word name JSON-LD types Person is taken; the same word in meta[name=author] alone is not', () => {
    expect(authorsOf(ld({ '@type': 'BlogPosting', headline: 'Pier', author: { '@type': 'Person', name: 'Mireille' } }))).toEqual(['Mireille']);
    expect(authorsOf('<meta name="author" content="Mireille">')).toEqual([]);
  });

  it('a Person account named first.last reads as the name; a role or a one-part login does not', () => {
    const person = (name: string) => authorsOf(ld({ '@type': 'BlogPosting', headline: 'Pier', author: { '@type': 'Person', name } }));
    expect(person('ines.halvorsen')).toEqual(['Ines Halvorsen']);
    expect(person('tomasz_wierzba')).toEqual(['Tomasz Wierzba']);
    for (const name of ['harbour.team', 'harbour.desk', 'ineshalvorsen']) expect(person(name)).toEqual([]);
    // Only a Person's: the same value in meta[name=author] stays refused.
    expect(authorsOf('<meta name="author" content="ines.halvorsen">')).toEqual([]);
  });

  it('a Person-typed value is still refused when it is a role, a handle or initials', () => {
    for (const name of ['admin', 'Redaktion', 'harbour.desk', 'MH']) {
      expect(authorsOf(ld({ '@type': 'BlogPosting', headline: 'Pier', author: { '@type': 'Person', name } }))).toEqual([]);
    }
  });

  it('follows an author reference into the page graph, and reads the WebPage when there is no article', () => {
    const graph = { '@graph': [{ '@type': 'WebPage', '@id': '#page', author: { '@id': '#p1' } }, { '@type': 'Person', '@id': '#p1', name: 'Tomasz Wierzba' }] };
    expect(authorsOf(ld(graph))).toEqual(['Tomasz Wierzba']);
    const unresolved = { '@graph': [{ '@type': 'WebPage', '@id': '#page', author: { '@id': '#nobody' } }] };
    expect(authorsOf(ld(unresolved))).toEqual([]);
  });

  it('an author typed both Person and Organization (a one-person site) is a person', () => {
    const graph = { '@graph': [{ '@type': 'BlogPosting', headline: 'Pier', author: { '@id': '#me' } }, { '@type': ['Person', 'Organization'], '@id': '#me', name: 'Tomasz Wierzba' }] };
    expect(authorsOf(ld(graph), '', { site: 'Harbour Notes' })).toEqual(['Tomasz Wierzba']);
  });

  it('reads a serialised object left in a JSON-LD string', () => {
    expect(authorsOf(ld({ '@type': 'NewsArticle', headline: 'Pier', author: '{ "@type": "Person", "name": "Ines Halvorsen" }' }))).toEqual(['Ines Halvorsen']);
  });

  it('drops organisation names: legal forms, media words, a leading article, an address', () => {
    for (const name of ['Harbourside Media GmbH', 'Küstenblatt Zeitung', 'The Harbour Courier', 'Die Hafenpost', 'harbour-courier.example', 'Hafenverein e.V.']) {
      expect(authorsOf(`<meta name="author" content="${name}">`)).toEqual([]);
    }
    // An organisation typed as such never reaches the list, even with a person-like name.
    expect(authorsOf(ld({ '@type': 'NewsArticle', headline: 'Pier', author: { '@type': 'Organization', name: 'Marlow Keane' } }))).toEqual([]);
  });

  it('keeps the person out of the extras around a name', () => {
    expect(authorsOf('<meta name="author" content="Oren Vasquez for Harbour Weekly">')).toEqual(['Oren Vasquez']);
    expect(authorsOf('<meta name="author" content="Propos recueillis par Solène MARCHAND.">')).toEqual(['Solène Marchand']);
    expect(authorsOf('<meta name="author" content="Brandt, Helena">')).toEqual(['Helena Brandt']);
    expect(authorsOf('<meta name="author" content="Piet Kloosterman piet@harbour.example">')).toEqual(['Piet Kloosterman']);
    expect(authorsOf('<meta name="author" content="Jule Amsel - https://amsel.example">')).toEqual(['Jule Amsel']);
    expect(authorsOf('<meta name="author" content="Jule Amsel - Karl Benning">')).toEqual(['Jule Amsel', 'Karl Benning']);
  });

  it('takes a role label off a name, and drops a picture credit', () => {
    expect(authorsOf('<meta name="author" content="Autor: Greta Holmqvist">')).toEqual(['Greta Holmqvist']);
    expect(authorsOf('<meta name="author" content="Author Daniel Oyelowo">')).toEqual(['Daniel Oyelowo']);
    expect(authorsOf('<meta name="author" content="Autorin Lene Brask:">')).toEqual(['Lene Brask']);
    expect(authorsOf('<meta name="author" content="Text und Fotos: Kirsten Falk">')).toEqual(['Kirsten Falk']);
    expect(authorsOf('', '<p class="byline">Texto: Inés Barrado, Foto: Agencia Sur</p>')).toEqual(['Inés Barrado']);
    for (const credit of ['Bild: Hafenbild Agentur', 'Foto: Kirsten Falk', 'Photo/Harbour Pictures']) expect(authorsOf(`<meta name="author" content="${credit}">`)).toEqual([]);
    // A name that opens like a label stays whole; a link label or a profile box's links are no name.
    expect(authorsOf('<meta name="author" content="Autorino Bellini">')).toEqual(['Autorino Bellini']);
    expect(authorsOf('', '<p class="byline">Zum Video</p>')).toEqual([]);
    expect(authorsOf('', '<p class="byline">Jil Sandmann Alle Artikel Kontakt</p>')).toEqual([]);
  });

  it('a name is no author when it is the site name, but stays when the site is named after it', () => {
    expect(authorsOf('<meta name="author" content="Harbour Courier">', '', { site: 'Harbour Courier' })).toEqual([]);
    expect(authorsOf('<meta name="author" content="Marta Oyelaran">', '', { site: "Marta Oyelaran's Kitchen" })).toEqual(['Marta Oyelaran']);
  });

  it('falls back to the visible byline when nothing is stated, or only an organisation', () => {
    const byline = '<p class="byline">By Edda Lindqvist and Rui Tavares</p>';
    expect(authorsOf('', byline)).toEqual(['Edda Lindqvist', 'Rui Tavares']);
    expect(authorsOf('<meta name="author" content="Harbourside Media GmbH">', byline)).toEqual(['Edda Lindqvist', 'Rui Tavares']);
    expect(authorsOf('', '<p><a rel="author" href="/staff/edda">Edda Lindqvist</a></p>')).toEqual(['Edda Lindqvist']);
  });
});
