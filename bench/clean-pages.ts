/**
 * Generated news pages with a known answer, for the cleaning benchmark's quality columns.
 *
 * Each page is 20–100 KB in one of six site styles (semantic newspaper with JSON-LD, WordPress theme,
 * JS-framework div soup with hashed classes, legacy table layout with <br><br> paragraphs, European
 * portal in es/fr/de, live blog, and a CSS-in-JS site whose class names are all hashes, so only tags, ARIA
 * labels, headings and text tell junk from content; and a harder one with a grid of teasers (headline link +
 * summary) and a thread of long comments after a short article, with no telling names at all) and carries: the article paragraphs (what an extractor must keep),
 * the junk snippets placed around and inside it (navigation, cookie banner, share bar, inline ads,
 * newsletter box, related headlines, comments, footer — what it must drop), the byline, a caption
 * with its credit, and the related headlines. Deterministic per seed.
 *
 *   node --import tsx bench/clean-pages.ts 12     # list sizes
 */
import { rng } from './corpus.ts';

export type Style = 'newspaper' | 'wordpress' | 'div-soup' | 'table' | 'portal' | 'liveblog' | 'hashed' | 'teasers';
export const STYLES: readonly Style[] = ['newspaper', 'wordpress', 'div-soup', 'table', 'portal', 'liveblog', 'hashed', 'teasers'];
type Lang = 'en' | 'es' | 'fr' | 'de';

export interface KnownPage {
  name: string;
  style: Style;
  lang: Lang;
  html: string;
  title: string;
  /** Article paragraphs, in order. */
  paragraphs: string[];
  /** Text that must not reach the article body (each a whole snippet as placed on the page). */
  junk: string[];
  byline: string;
  caption: { text: string; credit: string };
  related: string[];
}

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NAMES = ['Maria Okafor', 'James Lindqvist', 'Aiko Tanaka', 'Omar Haddad', 'Lena Fischer', 'Carlos Moreno', 'Priya Raman', 'Daniel Kerr', 'Fatima Al-Sayed', 'Ivan Petrov', 'Grace Mensah', 'Lukas Novak'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Toronto', 'Frankfurt', 'Santiago', 'Krakow', 'Melbourne', 'Valencia', 'Lyon', 'Leipzig', 'Bristol'];

/** Sentence banks per language; {p} person, {c} city, {n} number, {k} serial (keeps every page unique). */
const BANK: Record<Lang, string[]> = {
  en: [
    'The council in {c} voted {n} to {m} on Tuesday to approve the scheme, known locally as project {k}, after a debate that ran past midnight.',
    '"We have waited {n} years for this, and we will not wait another {m}," said {p}, who chairs the residents\' group.',
    'Engineers estimate the work will cost about {n} million pounds and take {m} years, with the first phase starting in the spring.',
    'Opponents argue that the figures in report {k} understate the traffic that lorries will bring to the coast road.',
    'A spokesperson for the operator said it had listened to concerns and would fund {m} new crossings near the primary school.',
    'Records show that a similar plan was rejected in {n}, when the council was controlled by a different coalition.',
    'The decision can still be challenged in the courts for {m} weeks, and campaigners say they have already raised the money to do so.',
    'Local businesses were divided: {p} said the harbour had been in decline for years, while others feared the noise.',
  ],
  es: [
    'El pleno de {c} aprobó el martes por {n} votos a {m} el proyecto {k}, tras un debate que se prolongó hasta la madrugada.',
    '«Llevamos {n} años esperando esto y no vamos a esperar otros {m}», afirmó {p}, presidenta de la asociación vecinal.',
    'Los técnicos calculan que la obra costará unos {n} millones de euros y durará {m} años, con una primera fase en primavera.',
    'Los críticos sostienen que el informe {k} subestima el tráfico de camiones que soportará la carretera de la costa.',
    'Un portavoz de la empresa aseguró que ha escuchado a los vecinos y que financiará {m} nuevos pasos de peatones.',
    'Un plan similar fue rechazado en {n}, cuando gobernaba la ciudad otra coalición, según consta en las actas.',
  ],
  fr: [
    'Le conseil municipal de {c} a adopté mardi par {n} voix contre {m} le projet {k}, au terme d\'un débat qui s\'est prolongé tard dans la nuit.',
    '« Nous attendons cela depuis {n} ans et nous n\'attendrons pas {m} ans de plus », a déclaré {p}, présidente du collectif d\'habitants.',
    'Les ingénieurs estiment que les travaux coûteront environ {n} millions d\'euros et dureront {m} ans.',
    'Les opposants jugent que le rapport {k} sous-estime le trafic de poids lourds sur la route côtière.',
    'Un porte-parole de l\'exploitant a assuré avoir entendu les inquiétudes et financera {m} nouveaux passages piétons.',
    'Un projet comparable avait été rejeté en {n}, lorsque la ville était dirigée par une autre majorité.',
  ],
  de: [
    'Der Stadtrat von {c} hat am Dienstag mit {n} zu {m} Stimmen das Vorhaben {k} beschlossen, nach einer Debatte bis nach Mitternacht.',
    '„Wir warten seit {n} Jahren darauf und werden nicht noch {m} Jahre warten“, sagte {p}, Vorsitzende der Bürgerinitiative.',
    'Ingenieure schätzen die Kosten auf rund {n} Millionen Euro, die Bauzeit auf {m} Jahre.',
    'Kritiker halten die Zahlen im Gutachten {k} für geschönt, vor allem beim Lastwagenverkehr auf der Küstenstraße.',
    'Ein Sprecher des Betreibers sagte, man habe die Sorgen gehört und werde {m} neue Fußgängerüberwege bezahlen.',
    'Ein ähnlicher Plan war {n} gescheitert, als eine andere Koalition die Stadt regierte.',
  ],
};
const TITLE: Record<Lang, string[]> = {
  en: ['Harbour scheme {k} approved after marathon debate in {c}', 'Residents in {c} lose fight over project {k}', '{c} council backs plan {k} despite protests'],
  es: ['{c} aprueba el proyecto {k} tras un largo debate', 'Los vecinos de {c} pierden la batalla del proyecto {k}'],
  fr: ['{c} adopte le projet {k} après un long débat', 'À {c}, les habitants perdent la bataille du projet {k}'],
  de: ['{c} beschließt Vorhaben {k} nach langer Debatte', 'Bürger in {c} verlieren Streit um Projekt {k}'],
};
const JUNK: Record<Lang, { ad: string; share: string; newsletter: string; cookie: string; readMore: string; related: string; comments: string; by: string }> = {
  en: { ad: 'Advertisement', share: 'Share this article on Facebook, X or by email', newsletter: 'Sign up to our morning briefing and get the day\'s top stories in your inbox', cookie: 'We use cookies to personalise content and ads and to analyse our traffic. Accept all cookies?', readMore: 'Read more', related: 'Related stories', comments: 'Comments', by: 'By' },
  es: { ad: 'Publicidad', share: 'Compartir en Facebook, X o por correo electrónico', newsletter: 'Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes', cookie: 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. ¿Acepta su uso?', readMore: 'Lee también', related: 'Noticias relacionadas', comments: 'Comentarios', by: 'Por' },
  fr: { ad: 'Publicité', share: 'Partager sur Facebook, X ou par e-mail', newsletter: 'Inscrivez-vous à notre newsletter et recevez chaque matin l\'essentiel de l\'actualité', cookie: 'Nos partenaires et nous utilisons des cookies pour personnaliser les contenus. Accepter ?', readMore: 'Lire aussi', related: 'Sur le même sujet', comments: 'Commentaires', by: 'Par' },
  de: { ad: 'Anzeige', share: 'Artikel teilen auf Facebook, X oder per E-Mail', newsletter: 'Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten', cookie: 'Wir verwenden Cookies, um Inhalte zu personalisieren. Alle akzeptieren?', readMore: 'Mehr zum Thema', related: 'Weitere Artikel', comments: 'Kommentare', by: 'Von' },
};
const HEADLINE_BITS = ['Ferry timetable cut as fuel costs rise', 'New cycle lanes open on the ring road', 'Hospital car park fees to double next year', 'Library saved after community campaign', 'Storm damage bill passes two million', 'School meals supplier goes into administration', 'Rail line to reopen after landslip repairs', 'Record crowd for the harbour festival', 'Tower block cladding work finally complete'];
const COMMENT_BITS = ['This is exactly what happened last time and nobody learned anything from it, the council never listens to the people who live here.', 'I have lived on the coast road for thirty years and the lorries already shake the windows every night, this will make it far worse.', 'Good news for jobs at last. The young people in this town have had to move away to find any kind of work for far too long.', 'Does anyone know whether the consultation documents are still available online? The link on the council site seems to be broken.'];

function fill(r: R, s: string, k: number): string {
  return s
    .replace(/\{p\}/g, () => pick(r, NAMES))
    .replace(/\{c\}/g, () => pick(r, PLACES))
    .replace(/\{n\}/g, () => String(int(r, 11, 990)))
    .replace(/\{m\}/g, () => String(int(r, 2, 9)))
    .replace(/\{k\}/g, String(k));
}

function paragraphs(r: R, lang: Lang, k: number): string[] {
  const n = int(r, 7, 16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = int(r, 1, 3);
    const parts: string[] = [];
    for (let j = 0; j < sentences; j++) parts.push(fill(r, pick(r, BANK[lang]), k * 100 + i));
    out.push(parts.join(' '));
  }
  return out;
}

/** Template-typical weight: a mega menu, inline config scripts and CSS. */
function padding(r: R, bytes: number): { head: string; menu: string } {
  const css: string[] = [];
  const script: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes * 0.6) {
    const line = `.c${i.toString(36)}-${int(r, 100, 999)}{margin:${int(r, 0, 40)}px;padding:${int(r, 0, 20)}px;color:#${int(r, 0x100000, 0xffffff).toString(16)}}`;
    css.push(line);
    size += line.length;
    if (i % 3 === 0) {
      const js = `window.__cfg${i}={"slot":"mid-${i}","sizes":[[300,250],[728,90]],"targeting":{"section":"news","k":"${int(r, 1, 1e6)}"}};`;
      script.push(js);
      size += js.length;
    }
    i++;
  }
  const menu: string[] = [];
  while (size < bytes) {
    const a = `<li><a href="/section/${int(r, 1, 9999)}">${pick(r, ['World', 'Politics', 'Business', 'Sport', 'Culture', 'Science', 'Travel', 'Money', 'Opinion', 'Weather'])} ${int(r, 1, 99)}</a></li>`;
    menu.push(a);
    size += a.length;
  }
  return { head: `<style>${css.join('\n')}</style><script>${script.join('\n')}</script>`, menu: `<ul class="mega-menu">${menu.join('')}</ul>` };
}

/** Generates `count` pages with known content, cycling through the styles. */
export function generateKnownPages(count: number, seed = 41): KnownPage[] {
  const r = rng(seed);
  const pages: KnownPage[] = [];
  for (let i = 0; i < count; i++) {
    const style = STYLES[i % STYLES.length]!;
    const lang: Lang = style === 'portal' ? pick(r, ['es', 'fr', 'de'] as const) : style === 'table' ? 'en' : r() < 0.75 ? 'en' : pick(r, ['es', 'fr', 'de'] as const);
    const k = 7000 + i;
    const title = fill(r, pick(r, TITLE[lang]), k);
    const paras = paragraphs(r, lang, k);
    const author = pick(r, NAMES);
    const j = JUNK[lang];
    const related = [0, 1, 2].map((x) => `${pick(r, HEADLINE_BITS)} (${k}-${x})`);
    const comments = [0, 1, 2].map(() => `${pick(r, COMMENT_BITS)} #${int(r, 100, 999)}`);
    const caption = { text: `Cranes at the harbour in ${pick(r, PLACES)}, where work on project ${k} is due to start.`, credit: `${pick(r, NAMES)}/${pick(r, ['Reuters', 'AP', 'Getty Images', 'AFP'])}` };
    const inlineRelated = `${pick(r, HEADLINE_BITS)} [${k}]`;
    const target = int(r, 20, 100) * 1024;
    const { head, menu } = padding(r, Math.max(0, target - 9000));
    const url = `https://news${i % 5}.example/local/${k}-story`;
    const junk = [j.cookie, j.share, j.newsletter, ...related, ...comments, inlineRelated, `${j.by} ${author}`];
    const teasers = [0, 1, 2, 3, 4, 5, 6, 7].map((x) => ({ title: `${pick(r, HEADLINE_BITS)} {${k}.${x}}`, summary: `${pick(r, COMMENT_BITS).replace(/^[^,.]*[,.]\s*/, '')} (summary ${k}.${x})` }));
    const longComments = [0, 1, 2, 3, 4, 5].map((x) => `${pick(r, COMMENT_BITS)} ${pick(r, COMMENT_BITS)} [${k}.${x}]`);
    if (style === 'teasers') {
      paras.splice(4); // a short article: the page's other blocks hold more text than it does
      junk.push(...teasers.map((t) => t.summary), ...longComments);
    }
    const body = buildBody(style, r, paras, j, caption, inlineRelated, author, junk);
    const html = frame(style, { r, teasers, longComments, lang, title, url, author, head, menu, body, related, comments, j });
    pages.push({ name: `known-${i}-${style}-${lang}`, style, lang, html, title, paragraphs: paras, junk, byline: author, caption, related });
  }
  return pages;
}

interface FrameParts {
  r: R;
  teasers: Array<{ title: string; summary: string }>;
  longComments: string[];
  lang: Lang;
  title: string;
  url: string;
  author: string;
  head: string;
  menu: string;
  body: string;
  related: string[];
  comments: string[];
  j: (typeof JUNK)['en'];
}

function buildBody(style: Style, r: R, paras: string[], j: (typeof JUNK)['en'], caption: { text: string; credit: string }, inlineRelated: string, author: string, junk: string[]): string {
  const out: string[] = [];
  const adEvery = int(r, 2, 4);
  const h = () => `css-${int(r, 0x10000, 0xfffff).toString(36)}`;
  const p = (t: string) => (style === 'hashed' ? `<p class="${h()}">${esc(t)}</p>` : style === 'div-soup' ? `<div class="x${int(r, 100, 999)}q" data-testid="paragraph">${esc(t)}</div>` : style === 'table' ? `${esc(t)}<br><br>\n` : `<p>${esc(t)}</p>`);
  paras.forEach((t, i) => {
    out.push(p(t));
    if (i === 1) {
      out.push(
        style === 'table'
          ? `<font size="1">${esc(caption.text)} (${esc(caption.credit)})</font><br><br>`
          : `<figure><img src="/img/${int(r, 1, 9999)}.jpg" alt=""><figcaption>${esc(caption.text)} <span class="credit">${esc(caption.credit)}</span></figcaption></figure>`,
      );
    }
    if (i === 3 && style === 'hashed') out.push(`<p class="${h()}"><b>${esc(j.readMore)}:</b> <a class="${h()}" href="/local/${int(r, 1, 9999)}">${esc(inlineRelated)}</a></p>`);
    else if (i === 3 && style !== 'table') out.push(`<p class="read-more"><strong>${esc(j.readMore)}:</strong> <a href="/local/${int(r, 1, 9999)}">${esc(inlineRelated)}</a></p>`);
    if (i % adEvery === adEvery - 1 && i < paras.length - 1) {
      if (style === 'hashed') {
        out.push(`<div class="${h()}"><div class="${h()}">${esc(j.ad)}</div><div class="${h()}" id="${h()}"></div></div>`);
        return;
      }
      out.push(style === 'table' ? `<iframe src="https://ads.example/${i}" width="300" height="250"></iframe>` : `<div class="ad-slot" id="ad-${i}"><span class="ad-label">${esc(j.ad)}</span><div id="div-gpt-ad-${i}"></div></div>`);
    }
  });
  void junk;
  void author;
  return out.join('\n');
}

function frame(style: Style, f: FrameParts): string {
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': style === 'liveblog' ? 'LiveBlogPosting' : 'NewsArticle', headline: f.title, datePublished: '2026-05-06T10:15:00Z', author: { '@type': 'Person', name: f.author }, publisher: { '@type': 'Organization', name: 'Example News' } })}</script>`;
  const relatedList = `<ul>${f.related.map((t, i) => `<li><a href="/related/${i}">${esc(t)}</a></li>`).join('')}</ul>`;
  const comments = f.comments.map((c) => `<div class="comment"><p class="comment-author">reader${c.length}</p><p>${esc(c)}</p></div>`).join('');
  const headBits = `<meta charset="utf-8"><title>${esc(f.title)} | Example News</title><meta property="og:title" content="${esc(f.title)}"><meta property="og:site_name" content="Example News"><link rel="canonical" href="${f.url}">${f.head}`;
  const cookie = `<div class="cookie-banner" role="dialog"><p>${esc(f.j.cookie)}</p><button>OK</button></div>`;
  const share = `<div class="share-bar"><span>${esc(f.j.share)}</span></div>`;
  const newsletter = `<div class="newsletter-box"><p>${esc(f.j.newsletter)}</p><input type="email"></div>`;
  const byline = `<p class="byline">${esc(f.j.by)} <a rel="author" href="/staff/x">${esc(f.author)}</a></p>`;
  switch (style) {
    case 'table':
      return `<html><head>${headBits}<meta name="author" content="${esc(f.author)}"></head><body>${cookie}<table><tr><td colspan="2">${f.menu}</td></tr><tr><td width="160">${relatedList}</td><td><font size="5"><b>${esc(f.title)}</b></font><br>${esc(f.j.by)} ${esc(f.author)}<br><br>${f.body}<br>${share}${newsletter}</td></tr></table><div id="comments">${comments}</div></body></html>`;
    case 'div-soup':
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}${ld}<script id="__NEXT_DATA__" type="application/json">{"props":{"title":${JSON.stringify(f.title)}}}</script></head><body><div id="__next">${cookie}<div class="a1b2">${f.menu}</div><div class="k9z"><h1 class="h1x">${esc(f.title)}</h1><div class="au7" data-testid="byline">${esc(f.j.by)} ${esc(f.author)}</div>${share}<div class="bd9" data-testid="article-body">${f.body}</div>${newsletter}<div class="rn4" data-testid="read-next"><h2>${esc(f.j.related)}</h2>${relatedList}</div><section class="cm2" id="comments-section">${comments}</section></div><div class="ft0">© Example News</div></div></body></html>`;
    case 'wordpress':
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}<meta property="article:published_time" content="2026-05-06T10:15:00Z"></head><body class="single single-post ads-enabled">${cookie}<header id="masthead" class="site-header"><nav class="main-navigation">${f.menu}</nav></header><main id="main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">${esc(f.title)}</h1><div class="entry-meta"><span class="byline">${esc(f.j.by)} <span class="author vcard">${esc(f.author)}</span></span></div></header><div class="entry-content">${f.body}<div class="sharedaddy sd-sharing-enabled">${share}</div><div id="jp-relatedposts" class="jp-relatedposts"><h3>${esc(f.j.related)}</h3>${relatedList}</div></div></article>${newsletter}<div id="comments" class="comments-area">${comments}</div></main><aside id="secondary" class="widget-area"><section class="widget">${relatedList}</section></aside><footer class="site-footer">Powered by WordPress</footer></body></html>`;
    case 'hashed': {
      const c = () => `css-${int(f.r, 0x10000, 0xfffff).toString(36)} e${int(f.r, 0x100, 0xfff).toString(36)}`;
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}${ld}</head><body><div class="${c()}">${cookie.replace(/class="[^"]*"/, `class="${c()}"`)}<header class="${c()}"><nav class="${c()}">${f.menu}</nav></header><main class="${c()}"><div class="${c()}"><h1 class="${c()}">${esc(f.title)}</h1><div class="${c()}"><span class="${c()}">${esc(f.j.by)} ${esc(f.author)}</span></div><div class="${c()}" aria-label="Share">${share.replace(/class="[^"]*"/, `class="${c()}"`)}</div><div class="${c()}">${f.body}</div><div class="${c()}">${newsletter.replace(/class="[^"]*"/, `class="${c()}"`)}</div><div class="${c()}"><h2 class="${c()}">${esc(f.j.related)}</h2>${relatedList}</div><section class="${c()}" aria-label="${esc(f.j.comments)}"><h2>${esc(f.j.comments)}</h2>${comments.replace(/class="[^"]*"/g, `class="${c()}"`)}</section></div></main><footer class="${c()}">© Example News</footer></div></body></html>`;
    }
    case 'teasers': {
      const c = () => `c${int(f.r, 0x1000, 0xffff).toString(36)}`;
      const grid = f.teasers.map((t, i) => `<div class="${c()}"><h3 class="${c()}"><a href="/news/t${i}">${esc(t.title)}</a></h3><p class="${c()}">${esc(t.summary)}</p></div>`).join('');
      const thread = f.longComments.map((t, i) => `<div class="${c()}"><div class="${c()}"><span>user${i}${t.length}</span><span>${i + 2} hours ago</span></div><p class="${c()}">${esc(t)}</p><div><button>Reply</button><button>Like</button></div></div>`).join('');
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}</head><body><div class="${c()}"><div class="${c()}">${f.menu}</div><div class="${c()}"><div class="${c()}"><h1 class="${c()}">${esc(f.title)}</h1><div class="${c()}">${esc(f.author)}</div><div class="${c()}">${f.body}</div></div><div class="${c()}"><h2 class="${c()}">${f.longComments.length} ${esc(f.j.comments)}</h2>${thread}</div><div class="${c()}"><h2 class="${c()}">${esc(f.j.related)}</h2>${grid}</div></div></div></body></html>`;
    }
    case 'liveblog':
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}${ld}</head><body>${cookie}<nav>${f.menu}</nav><main><div class="live-blog"><h1>${esc(f.title)}</h1>${byline}${share}<div class="live-feed"><article class="live-post">${f.body}</article></div>${newsletter}</div><div class="related-links"><h2>${esc(f.j.related)}</h2>${relatedList}</div><div class="comments">${comments}</div></main></body></html>`;
    case 'portal':
    case 'newspaper':
    default:
      return `<!doctype html><html lang="${f.lang}"><head>${headBits}${ld}</head><body>${cookie}<header class="site-header"><nav class="main-nav">${f.menu}</nav></header><main><article class="story"><header><h1>${esc(f.title)}</h1>${byline}<time datetime="2026-05-06T10:15:00Z">6 May 2026</time>${share}</header><div class="story-body" itemprop="articleBody">${f.body}</div>${newsletter}</article><aside class="related"><h2>${esc(f.j.related)}</h2>${relatedList}</aside><section class="comments">${comments}</section></main><footer class="site-footer">© Example News</footer></body></html>`;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const p of generateKnownPages(Number(process.argv[2] ?? 12))) {
    console.log(`${p.name.padEnd(28)} ${(Buffer.byteLength(p.html) / 1024).toFixed(0).padStart(4)} KB  ${p.paragraphs.length} paragraphs, ${p.junk.length} junk snippets`);
  }
}
