/**
 * Realistic news pages for the HTML throughput benchmark: a 600–1500 word article in one of several
 * languages, wrapped in one of several site templates (WordPress theme, JS-framework news site,
 * legacy table layout, European portal, blog platform) with the weight real pages carry — mega menus,
 * inline scripts and JSON blobs, ad slots between paragraphs, cookie banners, teaser grids, comment
 * threads, footers. Each page is padded with template-typical filler up to a target size drawn from
 * 30–150 KB, so the benchmark measures pages of the size crawlers actually fetch. Deterministic per seed.
 */
import { article as englishArticle, rng } from './corpus.ts';

export type Lang = 'en' | 'es' | 'de' | 'fr';
export type Template = 'wordpress' | 'spa-news' | 'legacy-table' | 'portal' | 'blog';

export interface HtmlPage {
  name: string;
  html: string;
  lang: Lang;
  template: Template;
  title: string;
  /** Words in the article body alone (what an extractor should keep). */
  articleWords: number;
}

export const TEMPLATES: readonly Template[] = ['wordpress', 'spa-news', 'legacy-table', 'portal', 'blog'];
const LANGS: readonly Lang[] = ['en', 'es', 'de', 'fr'];
const MIN_BYTES = 30 * 1024;
const MAX_BYTES = 150 * 1024;

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Sentence templates per language; {p} person, {o} organisation, {c} city, {n} number, {s} serial. */
const SENTENCES: Record<Exclude<Lang, 'en'>, string[]> = {
  es: [
    'El ayuntamiento de {c} aprobó el lunes el plan número {s}, según informó {o}.',
    '"Llevamos {n} años esperando esta decisión", afirmó {p}, portavoz de la asociación vecinal.',
    'La obra costará unos {n} millones de euros y afectará a cerca de {n}00 familias del distrito.',
    'Los técnicos de {o} advirtieron de que el calendario del proyecto {s} es demasiado optimista.',
    'La oposición pidió a {p} que comparezca ante el pleno antes de que termine el mes.',
    'Fuentes del ministerio confirmaron que la licitación se publicará en las próximas semanas.',
  ],
  de: [
    'Der Stadtrat von {c} hat am Dienstag den Plan Nummer {s} beschlossen, wie {o} mitteilte.',
    '„Wir warten seit {n} Jahren auf diese Entscheidung“, sagte {p}, Sprecherin der Bürgerinitiative.',
    'Die Baukosten werden auf rund {n} Millionen Euro geschätzt, betroffen sind etwa {n}00 Haushalte.',
    'Gutachter von {o} halten den Zeitplan für das Vorhaben {s} für zu ehrgeizig.',
    'Die Opposition forderte {p} auf, noch in diesem Monat vor dem Ausschuss auszusagen.',
    'Aus dem Ministerium hieß es, die Ausschreibung solle in den kommenden Wochen erfolgen.',
  ],
  fr: [
    'Le conseil municipal de {c} a adopté mercredi le projet numéro {s}, selon {o}.',
    '« Nous attendons cette décision depuis {n} ans », a déclaré {p}, porte-parole du collectif.',
    'Le chantier devrait coûter environ {n} millions d’euros et toucher près de {n}00 foyers.',
    'Les experts de {o} jugent le calendrier du projet {s} beaucoup trop optimiste.',
    'L’opposition a demandé à {p} de s’expliquer devant l’assemblée avant la fin du mois.',
    'Selon le ministère, l’appel d’offres sera publié dans les prochaines semaines.',
  ],
};
const TITLES: Record<Exclude<Lang, 'en'>, string> = {
  es: '{c} aprueba el plan de ampliación número {s} pese a las críticas',
  de: '{c} beschließt Ausbauplan Nummer {s} trotz Kritik',
  fr: '{c} adopte le projet d’extension numéro {s} malgré les critiques',
};
const SUBHEADS: Record<Lang, [string, string, string]> = {
  en: ['What happens next', 'A decade of delays', 'Who pays for it'],
  es: ['Qué pasará ahora', 'Una década de retrasos', 'Quién lo paga'],
  de: ['Wie es weitergeht', 'Zehn Jahre Verzögerung', 'Wer das bezahlt'],
  fr: ['Et maintenant', 'Dix ans de retard', 'Qui paiera'],
};
const PEOPLE = ['María López', 'Jürgen Weber', 'Claire Dubois', 'Ana Ferreira', 'Stefan Braun', 'Lucie Martin', 'Pablo Ortega', 'Katrin Vogel'];
const ORGS = ['la Cámara de Comercio', 'das Umweltbundesamt', 'la Cour des comptes', 'Greenpeace', 'die Industrie- und Handelskammer', 'l’Insee', 'el Banco de España'];
const CITIES = ['Sevilla', 'Leipzig', 'Bordeaux', 'Valencia', 'Hamburg', 'Lyon', 'Bilbao', 'Nantes', 'Dresden'];

const UI: Record<Lang, { related: string; comments: string; share: string; newsletter: string; cookie: string; ad: string; by: string; read: string }> = {
  en: { related: 'Related stories', comments: 'Comments', share: 'Share this article', newsletter: 'Sign up for our morning briefing', cookie: 'We use cookies to improve your experience and to show you personalised advertising. By clicking Accept you agree to our use of cookies.', ad: 'Advertisement', by: 'By', read: 'Read more' },
  es: { related: 'Noticias relacionadas', comments: 'Comentarios', share: 'Comparte esta noticia', newsletter: 'Suscríbete a nuestro boletín', cookie: 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.', ad: 'Publicidad', by: 'Por', read: 'Leer más' },
  de: { related: 'Mehr zum Thema', comments: 'Kommentare', share: 'Artikel teilen', newsletter: 'Jetzt den Newsletter abonnieren', cookie: 'Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung anzuzeigen. Mit Klick auf Zustimmen willigen Sie ein.', ad: 'Anzeige', by: 'Von', read: 'Weiterlesen' },
  fr: { related: 'À lire aussi', comments: 'Commentaires', share: 'Partager cet article', newsletter: 'Inscrivez-vous à notre newsletter', cookie: 'Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités personnalisées. En cliquant sur Accepter, vous consentez.', ad: 'Publicité', by: 'Par', read: 'Lire la suite' },
};

interface Story {
  title: string;
  author: string;
  date: string;
  publisher: string;
  paragraphs: string[];
  subheads: string[];
}

function fill(t: string, r: R, serial: number): string {
  return t
    .replaceAll('{p}', pick(r, PEOPLE))
    .replaceAll('{o}', pick(r, ORGS))
    .replaceAll('{c}', pick(r, CITIES))
    .replaceAll('{n}', String(int(r, 3, 95)))
    .replaceAll('{s}', String(serial));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** An article body of 600–1500 words in the given language. */
function story(r: R, serial: number, lang: Lang): Story {
  const targetWords = int(r, 600, 1500);
  const paragraphs: string[] = [];
  let total = 0;
  let base: ReturnType<typeof englishArticle> | null = null;
  if (lang === 'en') base = englishArticle(r, serial, 40);
  for (let i = 0; total < targetWords && i < 200; i++) {
    let p: string;
    if (base) p = base.paragraphs[i % base.paragraphs.length]! + (i >= base.paragraphs.length ? ` Paragraph ${i} of report ${serial} adds detail.` : '');
    else {
      const pool = SENTENCES[lang as Exclude<Lang, 'en'>];
      p = Array.from({ length: int(r, 2, 5) }, () => fill(pick(r, pool), r, serial)).join(' ');
    }
    paragraphs.push(p);
    total += words(p);
  }
  const title = base ? base.title : fill(TITLES[lang as Exclude<Lang, 'en'>], r, serial);
  const subheads = Array.from({ length: int(r, 1, 3) }, (_, i) => `${SUBHEADS[lang][i % 3]}`);
  return {
    title,
    author: base ? base.author : pick(r, PEOPLE),
    date: `2026-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
    publisher: pick(r, ['Daily Courier', 'El Diario Regional', 'Stadtanzeiger', 'Le Quotidien du Sud', 'Metro Herald']),
    paragraphs,
    subheads,
  };
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A menu of n links, the way mega menus nest sections and subsections. */
function megaMenu(r: R, n: number, cls: string): string {
  const sections = ['News', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion', 'Travel', 'Health', 'Video'];
  const out: string[] = [`<ul class="${cls}">`];
  for (let i = 0; i < n; i++) {
    const s = pick(r, sections);
    out.push(`<li class="${cls}__item"><a class="${cls}__link" href="/${s.toLowerCase()}/${i}" data-track="nav-${i}">${s} ${i % 7 === 0 ? 'Live' : 'Topic ' + i}</a></li>`);
  }
  out.push('</ul>');
  return out.join('');
}

/** Minified-looking tracking / bootstrap script of about `bytes` characters. */
function script(r: R, bytes: number): string {
  const parts: string[] = ['<script>(function(w,d){var q=w.__q=w.__q||[];'];
  let n = parts[0]!.length;
  for (let i = 0; n < bytes && i < 5000; i++) {
    const chunk = `q.push({k:"${(r() * 1e9).toString(36)}",v:${int(r, 0, 9999)},f:function(a,b){return a&&b?a[b]:null}});`;
    parts.push(chunk);
    n += chunk.length;
  }
  parts.push('})(window,document);</script>');
  return parts.join('');
}

function adSlot(r: R, lang: Lang, style: 'gpt' | 'adsense' | 'iframe'): string {
  const id = `div-gpt-ad-${int(r, 1000, 9999)}-${int(r, 0, 9)}`;
  if (style === 'adsense')
    return `<div class="code-block code-block-${int(r, 1, 9)}"><script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-${int(r, 1e6, 9e6)}"></script><ins class="adsbygoogle" style="display:block;text-align:center" data-ad-layout="in-article" data-ad-format="fluid" data-ad-slot="${int(r, 1e6, 9e6)}"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>`;
  if (style === 'iframe') return `<center><small>${UI[lang].ad}</small><br><iframe src="https://ads.example/serve?zone=${int(r, 1, 99)}" width="468" height="60" frameborder="0" scrolling="no"></iframe></center>`;
  return `<aside class="ad ad--inline" aria-label="${UI[lang].ad}"><p class="ad__label">${UI[lang].ad}</p><div id="${id}" style="min-height:250px"><script>googletag.cmd.push(function(){googletag.display("${id}")});</script></div><a class="ad__skip" href="#after-${id}">Skip advertisement</a></aside>`;
}

function comment(r: R, i: number, lang: Lang): string {
  const who = `${pick(r, ['reader', 'lector', 'Leser', 'lecteur'])}${int(r, 1, 9999)}`;
  const text = lang === 'en' ? `I have lived here for ${int(r, 2, 40)} years and nobody ever asked us. Comment ${i}.` : `${fill(pick(r, SENTENCES[lang === 'es' ? 'es' : lang === 'de' ? 'de' : 'fr']), r, i)} (#${i})`;
  return `<li class="comment depth-${1 + (i % 3)}" id="comment-${i}"><article class="comment-body"><footer class="comment-meta"><img alt="" src="https://secure.gravatar.com/avatar/${(r() * 1e16).toString(16)}?s=48" class="avatar" width="48" height="48"><b class="fn">${who}</b> <time datetime="2026-05-0${1 + (i % 9)}">${1 + (i % 9)} days ago</time></footer><div class="comment-content"><p>${esc(text)}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
}

function teaser(r: R, i: number, lang: Lang): string {
  const t = lang === 'en' ? `${pick(r, CITIES)} council reviews budget item ${i}` : fill(TITLES[lang as Exclude<Lang, 'en'>], r, 900 + i);
  return `<div class="teaser teaser--small"><a href="/story/${i}" class="teaser__link"><picture><source srcset="/img/${i}-400.webp 400w, /img/${i}-800.webp 800w" type="image/webp"><img src="/img/${i}.jpg" alt="" loading="lazy" width="400" height="225"></picture><span class="teaser__kicker">${pick(r, ['Live', 'Exclusive', 'Analysis', 'Video'])}</span><h3 class="teaser__title">${esc(t)}</h3><p class="teaser__summary">${esc(t)}. ${UI[lang].read}…</p></a></div>`;
}

function figure(r: R, i: number, cls = 'wp-block-image'): string {
  return `<figure class="${cls}"><img src="https://cdn.example/uploads/2026/05/IMG_${int(r, 1000, 9999)}-1024x683.jpg" srcset="https://cdn.example/uploads/IMG_${i}-300x200.jpg 300w, https://cdn.example/uploads/IMG_${i}-1024x683.jpg 1024w" sizes="(max-width: 1024px) 100vw, 1024px" alt="Photo ${i}" width="1024" height="683"><figcaption>Residents gather near the site on the day of the vote. (Photo: ${pick(r, ['AP', 'Reuters', 'AFP/Getty Images', 'dpa'])})</figcaption></figure>`;
}

/** The article body as HTML paragraphs with subheads, figures and ads woven in. */
function bodyHtml(r: R, s: Story, lang: Lang, p: (t: string) => string, ad: () => string, head: (t: string) => string): string {
  const out: string[] = [];
  const every = Math.max(3, Math.floor(s.paragraphs.length / (s.subheads.length + 1)));
  s.paragraphs.forEach((para, i) => {
    if (i > 0 && i % every === 0 && s.subheads[i / every - 1]) out.push(head(s.subheads[i / every - 1]!));
    out.push(p(esc(para)));
    if (i % 4 === 2) out.push(ad());
    if (i === 1) out.push(figure(r, i));
    if (i === 5 && r() < 0.5) out.push(`<div class="inline-related"><strong>${UI[lang].related}:</strong> <a href="/x/${i}">${esc(s.title.slice(0, 40))}…</a></div>`);
  });
  return out.join('\n');
}

function head(s: Story, lang: Lang, r: R, extra: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(s.title)} | ${esc(s.publisher)}</title>
<meta name="description" content="${esc(s.paragraphs[0]!.slice(0, 150))}"><meta property="og:title" content="${esc(s.title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="${esc(s.publisher)}"><meta property="article:published_time" content="${s.date}T07:${String(int(r, 10, 59))}:00+02:00"><meta name="author" content="${esc(s.author)}"><link rel="canonical" href="https://news.example/${s.date}/${encodeURIComponent(s.title.slice(0, 30))}">
<link rel="stylesheet" href="/assets/main.${(r() * 1e8).toString(36)}.css"><link rel="preload" as="font" href="/fonts/serif.woff2" crossorigin>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: s.title, datePublished: s.date, author: [{ '@type': 'Person', name: s.author }], publisher: { '@type': 'Organization', name: s.publisher } })}</script>
${extra}</head>`;
}

type Pad = (r: R, i: number) => string;

/** Builds the page with `slots.pad` repeated until the page reaches `target` bytes. */
function assemble(before: string, pad: Pad, after: string, target: number, r: R): string {
  const fillers: string[] = [];
  let size = before.length + after.length;
  for (let i = 0; size < target && i < 3000; i++) {
    const f = pad(r, i);
    if (size + f.length > MAX_BYTES) break;
    fillers.push(f);
    size += f.length;
  }
  return before + fillers.join('\n') + after;
}

function wordpress(r: R, s: Story, lang: Lang, target: number): string {
  const ui = UI[lang];
  const before = `${head(s, lang, r, script(r, int(r, 3000, 8000)) + `<style id="wp-block-library-inline-css">${'.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px}'.repeat(int(r, 10, 40))}</style>`)}
<body class="post-template-default single single-post postid-${int(r, 1000, 99999)} single-format-standard"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${esc(s.publisher)}</a></p><p class="site-description">Local news since 1987</p></div><nav id="site-navigation" class="main-navigation">${megaMenu(r, int(r, 40, 120), 'menu')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-1" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">${esc(s.title)}</h1><div class="entry-meta"><span class="byline">${ui.by} <span class="author vcard"><a class="url fn n" href="/author/x">${esc(s.author)}</a></span></span> <time class="entry-date published" datetime="${s.date}">${s.date}</time></div></header>
<div class="entry-content">${bodyHtml(r, s, lang, (t) => `<p>${t}</p>`, () => adSlot(r, lang, 'adsense'), (t) => `<h2 class="wp-block-heading">${esc(t)}</h2>`)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">${ui.share}:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span><span class="tags-links">Tagged ${Array.from({ length: 8 }, (_, i) => `<a href="/tag/${i}">tag${i}</a>`).join(', ')}</span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">Previous post</a></div><div class="nav-next"><a href="/next">Next post</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">${ui.comments}</h2><ol class="comment-list">`;
  const after = `</ol><div id="respond" class="comment-respond"><form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Recent Posts</h2>${megaMenu(r, 10, 'recent')}</section><section class="widget widget_tag_cloud">${Array.from({ length: 30 }, (_, i) => `<a href="/tag/${i}" style="font-size:${8 + (i % 14)}pt">topic${i}</a>`).join(' ')}</section></aside></div>
<footer id="colophon" class="site-footer">${megaMenu(r, 30, 'footer-menu')}<div class="site-info">© 2026 ${esc(s.publisher)}. All rights reserved. Proudly powered by WordPress.</div></footer></div>${script(r, 2000)}</body></html>`;
  return assemble(before, (rr, i) => comment(rr, i, lang), after, target, r);
}

function spaNews(r: R, s: Story, lang: Lang, target: number): string {
  const ui = UI[lang];
  const css = () => `css-${(r() * 1e7).toString(36).slice(0, 6)}`;
  const state = JSON.stringify({ props: { pageProps: { article: { headline: s.title, body: s.paragraphs.map((t) => ({ type: 'paragraph', content: t })), byline: s.author } } }, page: '/[section]/[slug]' });
  const before = `${head(s, lang, r, `<style data-emotion="css">${`.${css()}{display:flex;margin:0 auto;max-width:600px}`.repeat(int(r, 30, 90))}</style>`)}
<body><div id="__next"><div class="${css()}"><div id="cookie-banner" role="dialog" class="${css()}"><p>${ui.cookie}</p><button>Accept</button><button>Manage preferences</button></div>
<header class="${css()}"><div class="${css()}"><a href="/" aria-label="${esc(s.publisher)} home"><svg viewBox="0 0 200 40"><path d="M0 0h200v40H0z"/></svg></a></div><nav aria-label="Main">${megaMenu(r, int(r, 60, 150), css())}</nav></header>
<main id="site-content" class="${css()}"><article class="${css()}"><header class="${css()}"><p class="${css()}">${pick(r, ['Politics', 'Business', 'Europe'])}</p><h1 data-testid="headline" class="${css()}">${esc(s.title)}</h1><p class="${css()}">${esc(s.paragraphs[0]!.slice(0, 120))}</p>
<div class="${css()}"><span class="${css()}">${ui.by} <a href="/by/${encodeURIComponent(s.author)}">${esc(s.author)}</a></span><time datetime="${s.date}T09:00:00Z">${s.date}</time></div></header>
<section name="articleBody" data-testid="article-body" class="${css()}">${bodyHtml(r, s, lang, (t) => `<div class="${css()}"><p class="${css()}">${t}</p></div>`, () => adSlot(r, lang, 'gpt'), (t) => `<h2 class="${css()}">${esc(t)}</h2>`)}</section>
<div class="${css()}"><p>${ui.newsletter}</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div></article>
<section aria-label="Most popular" class="${css()}"><h2>Most popular</h2>`;
  const after = `</section></main><footer class="${css()}">${megaMenu(r, 50, css())}<p>© 2026 ${esc(s.publisher)}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${state.replaceAll('<', '\\u003c')}</script>${script(r, int(r, 4000, 12000))}</body></html>`;
  return assemble(before, (rr, i) => teaser(rr, i, lang), after, target, r);
}

function legacyTable(r: R, s: Story, lang: Lang, target: number): string {
  const ui = UI[lang];
  const navRow = (n: number) => `<table width="100%" cellpadding="2" cellspacing="0" bgcolor="#003366"><tr>${Array.from({ length: n }, (_, i) => `<td><font face="Arial" size="1" color="#ffffff"><a href="/sec${i}.asp"><font color="#ffffff">Section ${i}</font></a></font></td>`).join('')}</tr></table>`;
  const body = s.paragraphs
    .map((t, i) => `${esc(t)}<br><br>${i % 5 === 3 ? adSlot(r, lang, 'iframe') + '<br>' : ''}`)
    .join('\n');
  const before = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(s.publisher)} - ${esc(s.title)}</title>${script(r, int(r, 1500, 5000))}</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">${navRow(int(r, 12, 24))}${navRow(int(r, 12, 24))}
<table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td width="160" valign="top" class="leftnav">${megaMenu(r, int(r, 40, 80), 'ln')}</td>
<td width="640" valign="top"><font face="Georgia" size="5"><b>${esc(s.title)}</b></font><br><font size="1" color="#666666">${ui.by} ${esc(s.author)} - ${s.date}</font><br><br>
<span class="bodytext"><font face="Georgia" size="3">${body}</font></span><br><hr><b>${ui.related}</b><br>`;
  const after = `</td><td width="180" valign="top">${adSlot(r, lang, 'iframe')}${adSlot(r, lang, 'iframe')}</td></tr></table>
<table width="980"><tr><td align="center"><font size="1">Copyright © 1998-2026 ${esc(s.publisher)}. All rights reserved. | <a href="/privacy.asp">Privacy</a> | <a href="/terms.asp">Terms</a></font></td></tr></table></body></html>`;
  return assemble(before, (rr, i) => `<a href="/story.asp?id=${i}">${esc(rr() < 0.5 ? s.title.slice(0, 30) : 'Archive item')} ${i}</a> <font size="1">(${int(rr, 1, 28)}/05)</font><br>`, after, target, r);
}

function portal(r: R, s: Story, lang: Lang, target: number): string {
  const ui = UI[lang];
  const before = `${head(s, lang, r, script(r, int(r, 6000, 15000)))}
<body class="page-article"><div class="consent-overlay" id="sp_message_container"><div class="consent"><h2>Privacy</h2><p>${ui.cookie} ${ui.cookie}</p><button>OK</button></div></div>
<header class="header"><div class="header__top">${megaMenu(r, int(r, 20, 40), 'service-nav')}</div><nav class="header__nav">${megaMenu(r, int(r, 80, 200), 'main-nav')}</nav><div class="breadcrumb"><a href="/">Home</a> › <a href="/politik">Politik</a></div></header>
<main class="main"><article class="article" data-article-id="${int(r, 1e5, 9e5)}"><header class="article__header"><span class="article__kicker">${pick(r, ['Exklusiv', 'Análisis', 'Enquête', 'Update'])}</span><h1 class="article__title">${esc(s.title)}</h1>
<p class="article__lead"><strong>${esc(s.paragraphs[0]!.slice(0, 160))}</strong></p><div class="article__meta"><address class="author">${ui.by} ${esc(s.author)}</address>, <time>${s.date}</time></div></header>
<div class="article__content">${bodyHtml(r, s, lang, (t) => `<p class="article__paragraph">${t}</p>`, () => adSlot(r, lang, 'gpt'), (t) => `<h3 class="article__subhead">${esc(t)}</h3>`)}</div>
<div class="paywall-teaser"><p>Lesen Sie weiter mit Plus — jetzt 4 Wochen für 0 €.</p></div><div class="social-share">${ui.share}: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div></article>
<section class="teaser-grid"><h2>${ui.related}</h2>`;
  const after = `</section></main><footer class="footer">${megaMenu(r, int(r, 60, 120), 'footer-nav')}<p>© ${esc(s.publisher)} 2026 — Impressum | Datenschutz | Mentions légales</p></footer>${script(r, int(r, 3000, 8000))}</body></html>`;
  return assemble(before, (rr, i) => teaser(rr, i, lang), after, target, r);
}

function blog(r: R, s: Story, lang: Lang, target: number): string {
  const ui = UI[lang];
  const before = `${head(s, lang, r, `<style>${':root{--accent:#1a8917}.post-body p{font-size:20px;line-height:32px}'.repeat(int(r, 40, 120))}</style>`)}
<body><div class="metabar"><a href="/">${esc(s.publisher)}</a> <a href="/signin">Sign in</a> <a href="/get-started">Get started</a></div>
<div class="post"><h1 class="graf graf--h3">${esc(s.title)}</h1><div class="postMetaInline"><a href="/@author">${esc(s.author)}</a> · ${int(r, 4, 9)} min read · ${s.date}</div>
<div class="section-content"><div class="section-inner">${bodyHtml(r, s, lang, (t) => `<p class="graf graf--p">${t}</p>`, () => `<blockquote class="twitter-tweet"><p lang="${lang}">${esc(s.title.slice(0, 60))}</p>— ${esc(pick(r, PEOPLE))} (@handle) <a href="https://twitter.com/x/status/${int(r, 1e8, 9e8)}">May 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`, (t) => `<h3 class="graf graf--h3">${esc(t)}</h3>`)}</div></div>
<div class="postActions"><button>Clap</button><button>${ui.share}</button></div></div><div class="responses"><h2>${ui.comments}</h2><ul>`;
  const after = `</ul></div><div class="footer">${megaMenu(r, 20, 'footer')}</div>${script(r, int(r, 2000, 6000))}</body></html>`;
  return assemble(before, (rr, i) => comment(rr, i, lang), after, target, r);
}

/**
 * The same stories as scraped plain text, the way crawlers and copy-paste deliver them: title, byline,
 * dateline, paragraphs with ad markers, share and newsletter prompts, a photo caption and a wire credit
 * between them. 600–1500 words each, in the four languages.
 */
export function generateScrapedTexts(count: number, seed = 9): { name: string; text: string; lang: Lang; articleWords: number }[] {
  const r = rng(seed);
  const out: { name: string; text: string; lang: Lang; articleWords: number }[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = r() < 0.5 ? 'en' : pick(r, LANGS.slice(1));
    const s = story(r, 50_000 + i, lang);
    const ui = UI[lang];
    const lines = [s.title, '', `${ui.by} ${s.author}`, s.date, ''];
    s.paragraphs.forEach((p, k) => {
      lines.push(p, '');
      if (k % 5 === 2) lines.push(pick(r, ['[ad_1]', ui.ad, `${ui.share}: Facebook Twitter WhatsApp`, ui.newsletter, `${ui.read}: ${s.title.slice(0, 40)}`]), '');
      if (k === 1) lines.push(`IMG_${int(r, 1000, 9999)}.jpg`, `Residents gather near the site on the day of the vote. (Photo: ${pick(r, ['AP', 'Reuters', 'dpa'])})`, '');
    });
    lines.push(`(${pick(r, ['With information from AFP', 'Reporting by Reuters; editing by staff', 'dpa/lno', 'EFE'])})`, '', `© 2026 ${s.publisher}`, '[ad_2]', 'Source link');
    out.push({ name: `scraped-${i}-${lang}.txt`, text: lines.join('\n'), lang, articleWords: s.paragraphs.reduce((a, p) => a + words(p), 0) });
  }
  return out;
}

const BUILDERS: Record<Template, (r: R, s: Story, lang: Lang, target: number) => string> = {
  wordpress,
  'spa-news': spaNews,
  'legacy-table': legacyTable,
  portal,
  blog,
};

/**
 * `count` pages cycling through the templates, languages drawn at random (English half the time),
 * each padded to a size drawn uniformly from 30–150 KB.
 */
export function generateHtmlPages(count: number, seed = 5): HtmlPage[] {
  const r = rng(seed);
  const pages: HtmlPage[] = [];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const lang: Lang = r() < 0.5 ? 'en' : pick(r, LANGS.slice(1));
    const s = story(r, 10_000 + i, lang);
    const target = int(r, MIN_BYTES, MAX_BYTES);
    const html = BUILDERS[template](r, s, lang, target);
    pages.push({ name: `page-${i}-${template}-${lang}.html`, html, lang, template, title: s.title, articleWords: s.paragraphs.reduce((a, p) => a + words(p), 0) });
  }
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = generateHtmlPages(Number(process.argv[2] ?? 20));
  for (const p of pages) console.log(`${p.name.padEnd(36)} ${(Buffer.byteLength(p.html) / 1024).toFixed(0).padStart(4)} KB  ${p.articleWords} words`);
}
