/**
 * Publication and modified dates of HTML pages: each source, and each trap tested both ways (the date is found;
 * the trap does not win). Pages are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { datesInText } from '#core/clean/date-text.ts';
import { markupDate } from '#core/clean/date-value.ts';
import { segmentHtml } from '#core/clean/html/index.ts';

const NOW = Date.UTC(2026, 11, 3, 12);
const STORY = '<p>' + 'The harbour board agreed a new ferry timetable after a long meeting with islanders and skippers. '.repeat(4) + '</p>';
const page = (o: { lang?: string; head?: string; before?: string; after?: string; outside?: string }) =>
  `<!doctype html><html lang="${o.lang ?? 'en-GB'}"><head><title>Ferry timetable agreed</title>${o.head ?? ''}</head><body>` +
  `<div class="site-header"><a href="/">Island Times</a></div><article>${o.before ?? ''}<h1>Ferry timetable agreed</h1>${o.after ?? ''}${STORY}${STORY}</article>${o.outside ?? ''}</body></html>`;
const dates = (html: string) => {
  const m = segmentHtml(html, NOW).meta;
  return { publishedAt: m.publishedAt, publishedAtSource: m.publishedAtSource, modifiedAt: m.modifiedAt ?? null };
};

describe('printed dates, tokenised', () => {
  const days = (s: string, dayFirst: boolean | null = true) => datesInText(s, { dayFirst }).map((d) => [d.y, d.m, d.d]);
  it('reads month names and numeric forms in many languages', () => {
    expect(days('Veröffentlicht am 6. August 2009, 14:12 Uhr')).toEqual([[2009, 8, 6]]);
    expect(days('Publié le 1er mars 2020 à 06h45')).toEqual([[2020, 3, 1]]);
    expect(days('15 de septiembre de 2026')).toEqual([[2026, 9, 15]]);
    expect(days('Pubblicato il 3 ottobre 2025')).toEqual([[2025, 10, 3]]);
    expect(days('Publicado em 7 de maio de 2024')).toEqual([[2024, 5, 7]]);
    expect(days('Gepubliceerd op 12 maart 2023')).toEqual([[2023, 3, 12]]);
    expect(days('Опубликовано 14 марта 2020 г.')).toEqual([[2020, 3, 14]]);
    expect(days('Posted on December 16th, 2012 at 7:05 pm')).toEqual([[2012, 12, 16]]);
    expect(days('发布时间：2020年3月14日 08:00')).toEqual([[2020, 3, 14]]);
    expect(days('입력 2023년 11월 2일')).toEqual([[2023, 11, 2]]);
    expect(days('am 25.08.2015 22:30')).toEqual([[2015, 8, 25]]);
    expect(days('Stand: 31.10.23')).toEqual([[2023, 10, 31]]);
    expect(days('2023-11-02 20:06:13')).toEqual([[2023, 11, 2]]);
  });
  it('tells day-first from month-first by a part over 12, else by the language, else not at all', () => {
    expect(days('03/14/2020')).toEqual([[2020, 3, 14]]);
    expect(days('14/03/2020', false)).toEqual([[2020, 3, 14]]);
    expect(days('04/03/2020', true)).toEqual([[2020, 3, 4]]);
    expect(days('04/03/2020', false)).toEqual([[2020, 4, 3]]);
    expect(days('04/03/2020', null)).toEqual([]);
  });
  it('is not fooled by version numbers, longer numbers or words that contain a month', () => {
    expect(days('version 1.2.3.2020')).toEqual([]);
    expect(days('Mayor 5, 2020')).toEqual([]);
    expect(days('order 2020-03-145')).toEqual([]);
    // Numbered points before a year are no date; a spaced day and month with a dot each are ("4. 2. 2022").
    expect(days('Punkte 1. 2. 3. 2020')).toEqual([]);
    expect(days('14 - 03 - 2020')).toEqual([]);
    expect(days('4.  2. 2022')).toEqual([]);
    expect(days('4. 13. 2022')).toEqual([]);
  });
  it('reads the spaced German form one space after each dot', () => {
    expect(days('Von Erika Beispiel 4. 2. 2022.')).toEqual([[2022, 2, 4]]);
    expect(days('Stand 14. 03. 2020, 10:15 Uhr')).toEqual([[2020, 3, 14]]);
  });
  it('stays linear on a long run of digits and separators', () => {
    const s = '1.'.repeat(200_000) + ' 1 May 2020';
    const t = performance.now();
    expect(days(s)).toEqual([[2020, 5, 1]]);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('markup date values', () => {
  const b = { now: NOW };
  it('keeps the zone a page states, and reads the usual shapes', () => {
    expect(markupDate('2023-11-08T21:11:03-05:00', b)).toBe('2023-11-08T21:11:03.000-05:00');
    expect(markupDate('2017-07-23T17:06:45+0000', b)).toBe('2017-07-23T17:06:45.000Z');
    expect(markupDate('2020-03-14', b)).toBe('2020-03-14T00:00:00.000Z');
    expect(markupDate('20200314', b)).toBe('2020-03-14T00:00:00.000Z');
    expect(markupDate(1_584_144_000, b)).toBe('2020-03-14T00:00:00.000Z');
    expect(markupDate('Sonntag, Dezember 16th, 2012, 7:05 pm', b)).toBe('2012-12-16T00:00:00.000Z');
  });
  it('refuses dates before the web and after now, and days that do not exist', () => {
    expect(markupDate('1988-01-01', b)).toBeNull();
    expect(markupDate('2027-05-01', b)).toBeNull();
    expect(markupDate('2026-02-30', b)).toBeNull();
    expect(markupDate('soon', b)).toBeNull();
  });
});

describe('publication date sources, in order of trust', () => {
  it('JSON-LD datePublished, also inside @graph, with dateModified as the modified date', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Island Times"},{"@type":"NewsArticle","headline":"Ferry timetable agreed","datePublished":"2024-05-02T09:15:00+02:00","dateModified":"2024-05-03T10:00:00+02:00"}]}</script>`;
    expect(dates(page({ head: ld }))).toEqual({ publishedAt: '2024-05-02T09:15:00.000+02:00', publishedAtSource: 'json-ld', modifiedAt: '2024-05-03T10:00:00.000+02:00' });
  });
  it('JSON-LD of the page object when the article object has none', () => {
    const ld = `<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2024-05-02"},{"@type":"Organization","name":"Island Times"}]</script>`;
    expect(dates(page({ head: ld }))).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'json-ld' });
  });
  it('JSON-LD of a how-to page; not of an object that is no page', () => {
    expect(dates(page({ head: '<script type="application/ld+json">{"@type":"HowTo","name":"Mend a net","datePublished":"2024-05-02T22:06:08:684Z"}</script>' }))).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'json-ld' });
    expect(dates(page({ head: '<script type="application/ld+json">{"@type":"Event","name":"Harbour fair","datePublished":"2024-05-02"}</script>' })).publishedAt).toBeNull();
  });
  it('meta names: article:published_time, DC.date.issued, parsely-pub-date, sailthru.date', () => {
    for (const name of ['property="article:published_time"', 'name="DC.date.issued"', 'name="parsely-pub-date"', 'name="sailthru.date"', 'name="pubdate"']) {
      expect(dates(page({ head: `<meta ${name} content="2024-05-02T09:15:00Z">` }))).toMatchObject({ publishedAt: '2024-05-02T09:15:00.000Z', publishedAtSource: 'meta' });
    }
  });
  it('a photo or video site\'s own "uploaded" meta name is its publication; an upload deadline is not', () => {
    expect(dates(page({ head: '<meta property="photosite:uploaded" content="2024-05-02T09:15:00-05:00">' }))).toMatchObject({ publishedAt: '2024-05-02T09:15:00.000-05:00', publishedAtSource: 'meta' });
    expect(dates(page({ head: '<meta name="upload-expires" content="2024-05-02T09:15:00Z">' })).publishedAt).toBeNull();
  });
  it('a server stamp "MM/DD/YYYY hh:mm:ss" in a meta value is month first, whatever the page language', () => {
    expect(dates(page({ lang: 'de', head: '<meta name="date" content="11/01/2023 12:43:42">' }))).toMatchObject({ publishedAt: '2023-11-01T00:00:00.000Z', publishedAtSource: 'meta' });
    // A part over 12 still decides, and a date without the seconds stamp is read in the page's order.
    expect(dates(page({ lang: 'de', head: '<meta name="date" content="13/01/2023 12:43:42">' })).publishedAt).toBe('2023-01-13T00:00:00.000Z');
    expect(dates(page({ lang: 'de', head: '<meta name="date" content="11/01/2023">' })).publishedAt).toBe('2023-01-11T00:00:00.000Z');
  });
  it('the modified meta tag is not the publication', () => {
    const html = page({ head: '<meta property="article:modified_time" content="2024-06-01T08:00:00Z">', after: '<p class="meta">2 May 2024</p>' });
    expect(dates(html)).toEqual({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'text', modifiedAt: '2024-06-01T08:00:00.000Z' });
  });
  it('<time datetime> next to the headline, not one in a related list before it', () => {
    const related = '<aside class="related"><ul><li><a href="/a">Older story</a> <time datetime="2023-01-05">5 Jan</time></li></ul></aside>';
    const html = page({ before: related, after: '<div class="byline">By Ana Ruiz <time datetime="2024-05-02T07:30:00+01:00">2 May</time></div>' });
    expect(dates(html)).toMatchObject({ publishedAt: '2024-05-02T07:30:00.000+01:00', publishedAtSource: 'time' });
    // The trap alone: a related list's date is never the article's.
    expect(dates(page({ outside: related })).publishedAt).toBeNull();
  });
  it('itemprop=datePublished and abbr.published[title]', () => {
    expect(dates(page({ after: '<span itemprop="datePublished" content="2024-05-02">2. Mai 2024</span>' }))).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'time' });
    expect(dates(page({ after: '<abbr class="published" title="2024-05-02T10:00:00+02:00">10:00</abbr>' }))).toMatchObject({ publishedAt: '2024-05-02T10:00:00.000+02:00', publishedAtSource: 'time' });
  });
  it('a year and month in the URL pick the printed date of that month', () => {
    const after = '<span class="date">3 March 2024</span> <span class="date">2 May 2024</span>';
    expect(dates(page({ after })).publishedAt).toBe('2024-03-03T00:00:00.000Z');
    const html = page({ after, head: '<link rel="canonical" href="https://times.example/2024/05/ferry">' });
    expect(dates(html)).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'text' });
  });
  it('the URL path when the page states no date', () => {
    const html = page({ head: '<link rel="canonical" href="https://times.example/2024/05/02/ferry">' });
    expect(dates(html)).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'url' });
  });
});

describe('printed dates near the header, in the page language', () => {
  const cases: Array<[string, string, string]> = [
    ['de', '<p class="subline">Veröffentlicht am 2. Mai 2024, 09:15 Uhr</p>', '2024-05-02'],
    ['fr', '<p>Publié le 2 mai 2024 à 09h15</p>', '2024-05-02'],
    ['es', '<p>Publicado el 2 de mayo de 2024</p>', '2024-05-02'],
    ['it', '<p>Pubblicato il 2 maggio 2024</p>', '2024-05-02'],
    ['pt', '<p>Publicado em 2 de maio de 2024</p>', '2024-05-02'],
    ['nl', '<p>Gepubliceerd op 2 mei 2024</p>', '2024-05-02'],
    ['ru', '<p>Опубликовано 2 мая 2024</p>', '2024-05-02'],
    ['zh', '<p>发布时间：2024年5月2日</p>', '2024-05-02'],
    ['en-US', '<p class="date">05/02/2024</p>', '2024-05-02'],
    ['en-GB', '<p class="date">02/05/2024</p>', '2024-05-02'],
    ['de', '<div class="info"><span>02.05.2024</span></div>', '2024-05-02'],
  ];
  for (const [i, [lang, after, want]] of cases.entries()) {
    it(`${lang} (case ${i + 1})`, () => {
      expect(dates(page({ lang, after }))).toMatchObject({ publishedAt: `${want}T00:00:00.000Z`, publishedAtSource: 'text' });
    });
  }
  it('a bare "en" page does not guess 02/05/2024', () => {
    expect(dates(page({ lang: 'en', after: '<p class="date">02/05/2024</p>' })).publishedAt).toBeNull();
  });
});

describe('traps in the text: the trap never wins', () => {
  it('"updated" is the modified date; the published one beside it wins', () => {
    const html = page({ after: '<p class="meta">Published 2 May 2024 · Updated 9 May 2024</p>' });
    expect(dates(html)).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', modifiedAt: '2024-05-09T00:00:00.000Z' });
    // A page that gives only its update (a wiki's "last modified") is placed by that day: better than no date.
    expect(dates(page({ after: '<p class="meta">Aktualisiert am 9. Mai 2024</p>' }))).toMatchObject({ publishedAt: '2024-05-09T00:00:00.000Z', modifiedAt: '2024-05-09T00:00:00.000Z' });
  });
  it('a copyright line is not a date of the article', () => {
    expect(dates(page({ outside: '<div class="legal">© 01.01.2024 Island Times</div>' })).publishedAt).toBeNull();
    expect(dates(page({ after: '<p class="meta">2 May 2024</p>', outside: '<div class="legal">© 01.01.2024 Island Times</div>' })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
  });
  it("a comment's date is not the article's", () => {
    const comments = '<section id="comments"><div class="comment"><b>Pat</b> 3 June 2024: Great news for the island.</div></section>';
    expect(dates(page({ outside: comments })).publishedAt).toBeNull();
    expect(dates(page({ after: '<p class="meta">2 May 2024</p>', outside: comments })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
  });
  it('a teaser list date loses to the one by the headline', () => {
    const teasers = '<div class="related-posts"><ul><li>Old pier closes <span class="date">1 March 2024</span></li><li>New boat <span class="date">4 March 2024</span></li></ul></div>';
    expect(dates(page({ before: teasers, after: '<p class="meta">2 May 2024</p>' })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
  });
  it('a labelled date in the footer is taken when the page has no other; an unlabelled one is not', () => {
    expect(dates(page({ outside: '<footer><p>Erschienen am: 01.11.2023</p></footer>' })).publishedAt).toBe('2023-11-01T00:00:00.000Z');
    expect(dates(page({ outside: '<footer><p>Sitemap 01.11.2023</p></footer>' })).publishedAt).toBeNull();
  });
  it("the last day of a span is an event's, not the story's", () => {
    const event = (span: string) => `<p>The island fair runs ${span} on the old quay, with ferries every hour.</p>`;
    // Alone in the text, a span's end date gives no publication…
    expect(dates(page({ after: event('on 6–7 May 2024') })).publishedAt).toBeNull();
    expect(dates(page({ lang: 'de', after: '<p>Das Inselfest findet vom 23.-26.8.2024 am alten Kai statt.</p>' })).publishedAt).toBeNull();
    expect(dates(page({ lang: 'fr', after: '<p>La fête de l’île a lieu du 3 au 5 mai 2024 sur le vieux quai.</p>' })).publishedAt).toBeNull();
    // …nor does it beat the stamp under the headline; a single event day stays a date like any other.
    expect(dates(page({ after: '<p class="meta">2 May 2024</p>' + event('4 and 5 June 2024') })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    expect(dates(page({ after: event('on 7 May 2024') })).publishedAt).toBe('2024-05-07T00:00:00.000Z');
  });
  it('a time of day beside a date above the headline makes it the stamp, before dates a teaser list repeats', () => {
    const teasers = '<div><p>Fähre fällt aus 02.05.2024</p><p>Neuer Anleger eröffnet 02.05.2024</p><p>Hafenfest 01.05.2024</p></div>';
    // The stamp sits in the page header above the story's container, as some CMSs print it.
    const at = (lang: string, stamp: string) =>
      `<!doctype html><html lang="${lang}"><head><title>Ferry timetable agreed</title></head><body><div class="site-header"><a href="/">Island Times</a></div>` +
      `<div class="topline"><span>${stamp}</span></div><article><h1>Ferry timetable agreed</h1>${STORY}${STORY}</article>${teasers}</body></html>`;
    expect(dates(at('de', '09.05.2024 10:16 Uhr')).publishedAt).toBe('2024-05-09T00:00:00.000Z');
    expect(dates(at('fr', '9 mai 2024 à 10h16')).publishedAt).toBe('2024-05-09T00:00:00.000Z');
    // Without the time nothing vouches for it: the day the page repeats wins, as before.
    expect(dates(at('de', '09.05.2024')).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    // A number after a date is no time: "09.05.2024 12 Fotos".
    expect(dates(at('de', '09.05.2024 12 Fotos')).publishedAt).toBe('2024-05-02T00:00:00.000Z');
  });
  it('a date inside a sentence of the story is one it mentions: the stamp above the headline wins', () => {
    const de = '<p>am 28. April 2024 wollen die Fährleute und der Hafenrat gemeinsam über den neuen Fahrplan abstimmen.</p>';
    const en = '<p>The harbour board said on 28 April 2024 the islanders would vote on the new timetable at the pier.</p>';
    expect(dates(page({ lang: 'de', before: '<p>[ Freitag, 19. April 2024 ]</p>', after: de })).publishedAt).toBe('2024-04-19T00:00:00.000Z');
    expect(dates(page({ before: '<p>Friday 19 April 2024</p>', after: en })).publishedAt).toBe('2024-04-19T00:00:00.000Z');
    // A stamp line that goes on with its author or its time is no sentence; a page with only the sentence keeps its date.
    expect(dates(page({ lang: 'de', before: '<p>[ Freitag, 19. April 2024 ]</p>', after: '<p>Veröffentlicht am 28. April 2024 von Erika Beispiel</p>' })).publishedAt).toBe('2024-04-28T00:00:00.000Z');
    expect(dates(page({ lang: 'de', after: de })).publishedAt).toBe('2024-04-28T00:00:00.000Z');
  });
  it('what holds the story is never a trap: a layout class on <body> or a menu wrapper around the article', () => {
    const wrap = (bodyClass: string, inner: string) =>
      `<!doctype html><html lang="en-GB"><head><title>Ferry timetable agreed</title></head><body class="${bodyClass}"><div class="site-header"><a href="/">Island Times</a></div>${inner}</body></html>`;
    const art = `<article><h1>Ferry timetable agreed</h1>${STORY}${STORY}<p>Timetable agreed: 2 May 2024</p></article>`;
    expect(dates(wrap('one-sidebar sidebar-second', art)).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    expect(dates(wrap('', `<div class="navigation-overlay-wrapper is-open">${art}</div>`)).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    // A sidebar beside the article inside that wrapper is still one.
    const side = '<aside><p>Pier closes 3 June 2024</p></aside>';
    expect(dates(wrap('', `<div class="navigation-overlay-wrapper is-open">${art}${side}</div>`)).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    expect(dates(wrap('', `<div class="navigation-overlay-wrapper is-open"><article><h1>Ferry timetable agreed</h1>${STORY}${STORY}</article>${side}</div>`)).publishedAt).toBeNull();
  });
  it('a page header classed like a menu still holds the headline and its date line', () => {
    const at = (cls: string) =>
      `<!doctype html><html lang="en-GB"><head><title>Ferry timetable agreed</title><meta property="og:title" content="Ferry timetable agreed"></head><body>` +
      `<div class="${cls}"><h1>Ferry timetable agreed</h1><p class="subtitle">Island Times · 2 May 2024</p></div><article>${STORY}${STORY}<p>Timetable agreed: 1 March 2024</p></article></body></html>`;
    expect(dates(at('page-header header-nav')).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    // The same menu-classed block without the headline is a menu: its date loses to the story's.
    const menu = `<!doctype html><html lang="en-GB"><head><title>Ferry timetable agreed</title><meta property="og:title" content="Ferry timetable agreed"></head><body>` +
      `<div class="page-header header-nav"><p class="subtitle">Island Times · 2 May 2024</p></div><article><h1>Ferry timetable agreed</h1>${STORY}${STORY}<p>Timetable agreed: 1 March 2024</p></article></body></html>`;
    expect(dates(menu).publishedAt).toBe('2024-03-01T00:00:00.000Z');
  });
  it('an "as of" date under the headline places the page before a day its text merely repeats', () => {
    const body = '<p>' + 'Die Fähre fuhr am 3. August 2020 wegen eines Streiks nicht, teilte der Hafenrat mit. '.repeat(2) + '</p>';
    expect(dates(page({ lang: 'de', after: '<p class="meta">Stand: 12.11.2021</p>' + STORY + body })).publishedAt).toBe('2021-11-12T00:00:00.000Z');
    // A printed publication under the headline still comes first.
    expect(dates(page({ lang: 'de', after: '<p class="meta">Veröffentlicht am 01.11.2021 · Stand: 12.11.2021</p>' + STORY + body })).publishedAt).toBe('2021-11-01T00:00:00.000Z');
  });
  it('a publication label in a sidebar credits box vouches for its date; an unlabelled sidebar date does not', () => {
    const side = (label: string) => `<aside class="credits"><p class="title">${label}</p><p class="content">23 mai 2024</p></aside>`;
    expect(dates(page({ lang: 'fr', outside: side('Mise en ligne') })).publishedAt).toBe('2024-05-23T00:00:00.000Z');
    expect(dates(page({ lang: 'fr', outside: side('Date de publication') })).publishedAt).toBe('2024-05-23T00:00:00.000Z');
    expect(dates(page({ lang: 'de', outside: '<aside><p>Erscheinungsdatum</p><p>23.05.2024</p></aside>' })).publishedAt).toBe('2024-05-23T00:00:00.000Z');
    expect(dates(page({ lang: 'fr', outside: side('Réalisation') })).publishedAt).toBeNull();
  });
  it('dates in the future and before 1995 are refused', () => {
    expect(dates(page({ after: '<p class="meta">2 May 2027</p>' })).publishedAt).toBeNull();
    expect(dates(page({ head: '<meta property="article:published_time" content="2031-01-01">', after: '<p class="meta">2 May 2024</p>' })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
    expect(dates(page({ after: '<p class="meta">2 May 1988</p>' })).publishedAt).toBeNull();
  });
});

describe('a stated date cross-checked against the one printed under the headline', () => {
  const ld = (published: string, modified?: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable agreed","datePublished":"${published}"${modified ? `,"dateModified":"${modified}"` : ''}}</script>`;
  const shown = (d: string) => `<p class="byline">By Ana Ruiz, ${d}</p>`;
  it('a UTC time past midnight is the previous evening in the publisher\'s zone: the printed day wins', () => {
    const html = page({ lang: 'en-US', head: ld('2024-05-03T02:10:00Z'), after: shown('May 2, 2024') });
    expect(dates(html)).toMatchObject({ publishedAt: '2024-05-02T00:00:00.000Z', publishedAtSource: 'text' });
    // The other way: an afternoon UTC time cannot have moved the day; the printed date one day off is another thing.
    expect(dates(page({ lang: 'en-US', head: ld('2024-05-03T14:10:00Z'), after: shown('May 2, 2024') }))).toMatchObject({ publishedAt: '2024-05-03T14:10:00.000Z', publishedAtSource: 'json-ld' });
    // A stated local offset already names the publisher's day.
    expect(dates(page({ lang: 'en-US', head: ld('2024-05-03T02:10:00+02:00'), after: shown('May 2, 2024') })).publishedAtSource).toBe('json-ld');
  });
  it('the printed day is the stated modified day: the page dates itself by its update', () => {
    expect(dates(page({ head: ld('2024-01-10T09:00:00Z', '2024-05-09T08:00:00Z'), after: shown('9 May 2024') }))).toMatchObject({ publishedAt: '2024-05-09T00:00:00.000Z', modifiedAt: '2024-05-09T08:00:00.000Z' });
    // When the printed day is the published one, the update stays the modified date.
    expect(dates(page({ head: ld('2024-01-10T09:00:00Z', '2024-05-09T08:00:00Z'), after: shown('10 January 2024') }))).toMatchObject({ publishedAt: '2024-01-10T09:00:00.000Z', publishedAtSource: 'json-ld' });
  });
  it('a printed day a few days after the stated one: the story went out then', () => {
    expect(dates(page({ head: ld('2024-03-01T09:00:00Z'), after: shown('15 March 2024') })).publishedAt).toBe('2024-03-15T00:00:00.000Z');
    // Months later is a date the story mentions, and an earlier one an event before it: the stated date stays.
    expect(dates(page({ head: ld('2024-03-01T09:00:00Z'), after: shown('1 September 2024') })).publishedAt).toBe('2024-03-01T09:00:00.000Z');
    expect(dates(page({ head: ld('2024-03-01T09:00:00Z'), after: shown('20 February 2024') })).publishedAt).toBe('2024-03-01T09:00:00.000Z');
  });
  it('the URL naming the printed day tips a disagreement', () => {
    const canon = '<link rel="canonical" href="https://times.example/2024/05/02/ferry">';
    expect(dates(page({ lang: 'en-US', head: canon + ld('2024-05-03T15:00:00Z'), after: shown('May 2, 2024') })).publishedAt).toBe('2024-05-02T00:00:00.000Z');
  });
  it('a URL day before the stated one is the filing day, unless the page prints the stated day', () => {
    const canon = (path: string) => `<link rel="canonical" href="https://times.example${path}/ferry">`;
    expect(dates(page({ head: canon('/2019/3/4') + ld('2024-05-02T15:00:00Z') }))).toMatchObject({ publishedAt: '2019-03-04T00:00:00.000Z', publishedAtSource: 'url' });
    expect(dates(page({ head: canon('/2019/3/4') + ld('2024-05-02T15:00:00Z'), after: shown('2 May 2024') })).publishedAt).toBe('2024-05-02T15:00:00.000Z');
    // A URL day after the stated one (an id that looks like a day, a later section page) changes nothing.
    expect(dates(page({ head: canon('/2024/06/01') + ld('2024-05-02T15:00:00Z') })).publishedAt).toBe('2024-05-02T15:00:00.000Z');
  });
  it('only "Updated …" under the headline, later than the stated date: the page shows its update', () => {
    const after = '<p class="byline">By Ana Ruiz · Updated 9 May 2024</p>';
    expect(dates(page({ head: ld('2024-01-10T09:00:00Z'), after })).publishedAt).toBe('2024-05-09T00:00:00.000Z');
    // A printed publication beside it keeps the stated date.
    expect(dates(page({ head: ld('2024-01-10T09:00:00Z'), after: '<p class="byline">Published 10 January 2024 · Updated 9 May 2024</p>' })).publishedAt).toBe('2024-01-10T09:00:00.000Z');
  });
});
