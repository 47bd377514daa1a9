/**
 * Text-level junk rules that work without class names: newsletter prompts in six languages, reader-support
 * appeals, bylines with a role, a place or a date on them, plural photo credits, a paywall's list of
 * benefits, and a bare dateline at the top. Each rule both ways: the junk goes, the look-alike content stays.
 */
import { describe, expect, it } from 'vitest';
import type { Block, CleanArticle, PageMeta } from '#core/types.ts';
import { RELATED_HEADER, bylineNames, isRoleLine, junkReason } from '#core/clean/junk.ts';
import { cleanBlocks } from '#core/clean/blocks.ts';
import { textDate } from '#core/clean/meta.ts';
import { segmentHtml } from '#core/clean/html/index.ts';
import { EMPTY_META } from '#core/types.ts';

const P = (text: string): Block => ({ kind: 'paragraph', text, linkDensity: 0 });
const LI = (text: string): Block => ({ kind: 'list-item', text, linkDensity: 0 });
const H = (text: string): Block => ({ kind: 'heading', text, linkDensity: 0 });
const TITLE: Block = { kind: 'title', text: 'Council approves new cycle lanes', linkDensity: 0 };
const STORY = [
  P('The city council voted on Tuesday to build eleven kilometres of protected cycle lanes by the end of next year.'),
  P('Opponents said the plan would take parking from shops, but the motion passed by 31 votes to 12 after a long debate.'),
];

function clean(blocks: Block[], meta: Partial<PageMeta> = {}): CleanArticle {
  const r = cleanBlocks([TITLE, ...blocks], { ...EMPTY_META, authors: [], ...meta }, { index: 0, line: null });
  if ('code' in r) throw new Error(r.reason);
  return r;
}
const body = (a: CleanArticle) => a.sections.flatMap((s) => s.paragraphs);

describe('newsletter prompts in six languages', () => {
  it.each([
    "Recevez chaque matin l'essentiel de l'actualité. Inscrivez-vous à notre newsletter.",
    'Abonnez-vous à notre lettre d’information gratuite',
    "Abonnez-vous à notre lettre d'information gratuite !",
    'Melden Sie sich für unseren Newsletter an.',
    'Abonnieren Sie jetzt den kostenlosen Newsletter',
    'Suscríbete a nuestro boletín y recibe las noticias cada mañana.',
    'Iscriviti alla newsletter del giornale.',
    'Inscreva-se no nosso boletim diário!',
  ])('removes %j', (line) => {
    expect(junkReason(line)).toBe('newsletter-prompt');
  });

  it.each([
    // Sentences that report on a newsletter, quote a prompt inside a sentence, or use the verb in the third person.
    '« Inscrivez-vous à notre newsletter », lance le site, qui revendique deux millions d’abonnés.',
    'Plus de 3 000 lecteurs se sont inscrits à la newsletter du club depuis janvier.',
    'El ministerio recibe más de 300 correos al día, según su portavoz, y ha creado un boletín semanal.',
    'Der Verlag verschickt seinen Newsletter inzwischen an 40.000 Abonnenten.',
    'La newsletter del comune arriva ogni lunedì a 12.000 residenti.',
  ])('keeps %j', (line) => {
    expect(junkReason(line)).toBeNull();
  });
});

describe('reader-support appeals', () => {
  it.each([
    'Runway Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'The Lantern is a reader-funded newsletter.',
    'Consider becoming a paid subscriber.',
    'Quayside Weekly is a reader-supported publication. Please consider becoming a supporter!',
    'Devenez abonné pour soutenir notre travail.',
  ])('removes %j', (line) => {
    expect(junkReason(line)).toBe('newsletter-prompt');
  });

  it.each([
    'The Guardian, a reader-supported publication, said on Tuesday it would close its Manchester office.',
    'Because the paper is reader-supported, it has no advertisers to lose, its editor told the committee.',
    'Subscriptions rose by 12% after the site asked readers to support its work during the election.',
    'She decided to become a paid subscriber after the paper broke the story about the hospital.',
  ])('keeps %j', (line) => {
    expect(junkReason(line)).toBeNull();
  });
});

describe('date lines', () => {
  it.each(['Publié le 15 septembre 2026 à 06h45', 'Mis à jour le 16 septembre 2026', 'Pubblicato il 4 maggio 2026', 'Atualizado em 3 de março de 2026', 'Veröffentlicht am 15. September 2026'])('removes %j', (line) => {
    expect(junkReason(line)).toBe('boilerplate');
  });
  it.each(['Pubblicato il bando per i nuovi alloggi popolari', 'Publié le rapport, le ministre a démissionné dans la soirée du 15 septembre 2026, selon ses proches.'])('keeps %j', (line) => {
    expect(junkReason(line)).toBeNull();
  });

  it('reads a bare date strictly', () => {
    expect(textDate('2 October 2026')?.iso).toBe('2026-10-02T00:00:00.000Z');
    expect(textDate('Published 2 October 2026')).toEqual({ iso: '2026-10-02T00:00:00.000Z', label: true });
    expect(textDate('October 2, 2026')?.iso).toBe('2026-10-02T00:00:00.000Z');
    expect(textDate('15 de septiembre de 2026')?.iso).toBe('2026-09-15T00:00:00.000Z');
    expect(textDate('Veröffentlicht am 15. September 2026, 08:30 Uhr')?.iso).toBe('2026-09-15T00:00:00.000Z');
    expect(textDate('Pubblicato il 4 maggio 2026 alle 10:30')?.iso).toBe('2026-05-04T00:00:00.000Z');
    // Ambiguous or not only a date.
    expect(textDate('02/03/2026')).toBeNull();
    expect(textDate('31 June 2026')).toBeNull();
    expect(textDate('2 October 2026 was the day the river burst its banks')).toBeNull();
    expect(textDate('May 2026')).toBeNull();
  });

  it('takes a dateline at the top of the body as the publication date when the page has none', () => {
    const a = clean([P('By Megan Price'), P('2 October 2026'), ...STORY]);
    expect(a.meta.publishedAt).toBe('2026-10-02T00:00:00.000Z');
    expect(a.removed.map((r) => r.reason)).toEqual(['byline', 'dateline']);
    const b = clean([P('Published 2 October 2026'), ...STORY], { publishedAt: '2026-10-01T08:00:00.000Z' });
    expect(b.meta.publishedAt).toBe('2026-10-01T08:00:00.000Z'); // the page's own date wins
    expect(body(b)).toEqual(STORY.map((s) => s.text));
  });

  it('leaves a date inside the story alone', () => {
    const a = clean([...STORY, P('2 October 2026'), P('The works start on 2 October 2026, the council said in a statement.')]);
    expect(a.meta.publishedAt).toBeNull();
    expect(body(a)).toContain('The works start on 2 October 2026, the council said in a statement.');
  });

  it('takes a print view\'s "By …<br>date" dateline as publishedAt, not when two dates disagree', () => {
    const page = (dates: string) => `<html lang="en"><head><title>Print: Water company fined</title></head><body><h1>Water company fined</h1><p>By Megan Price<br>${dates}</p>${'<p>The river authority fined the water company £4.2 million after it admitted releasing untreated sewage into the river on 61 days last year.</p>'.repeat(3)}</body></html>`;
    expect(segmentHtml(page('2 October 2026')).meta.publishedAt).toBe('2026-10-02T00:00:00.000Z');
    expect(segmentHtml(page('Published 2 October 2026')).meta.publishedAt).toBe('2026-10-02T00:00:00.000Z');
    expect(segmentHtml(page('02/10/2026')).meta.publishedAt).toBeNull();
  });
});

describe('bylines with a date, a role or a place', () => {
  it('splits "Par Camille Dubois-Lefèvre - Publié le …" into the author and the date', () => {
    expect(bylineNames('Par Camille Dubois-Lefèvre - Publié le 15 septembre 2026 à 06h45')).toEqual(['Camille Dubois-Lefèvre']);
    const a = clean([P('Par Camille Dubois-Lefèvre - Publié le 15 septembre 2026 à 06h45'), ...STORY]);
    expect(a.meta.authors).toEqual(['Camille Dubois-Lefèvre']);
    expect(a.meta.publishedAt).toBe('2026-09-15T00:00:00.000Z');
    expect(body(a)).toEqual(STORY.map((s) => s.text));
  });

  it('finds the byline under an unmarked standfirst', () => {
    const lead = P('Depuis la fermeture de la rue aux voitures, les boutiques font état d’une baisse de fréquentation.');
    const a = clean([lead, P('Par Camille Dubois - Publié le 15 septembre 2026'), ...STORY]);
    expect(a.meta.authors).toEqual(['Camille Dubois']);
    expect(body(a)).toEqual([lead.text, ...STORY.map((s) => s.text)]);
  });

  it('reads "By Gareth Pryce Wales transport correspondent" as a byline with a role', () => {
    expect(bylineNames('By Gareth Pryce Wales transport correspondent')).toEqual(['Gareth Pryce']);
    expect(bylineNames('By Jane Doe BBC News correspondent')).toEqual(['Jane Doe']);
    expect(bylineNames('By the transport correspondent of this paper')).toBeNull();
  });

  it('removes a role line right under a byline, and only there', () => {
    const a = clean([P('By Gareth Pryce'), P('Wales transport correspondent'), ...STORY]);
    expect(a.removed.map((r) => r.reason)).toEqual(['byline', 'byline']);
    expect(body(a)).toEqual(STORY.map((s) => s.text));
    const de = clean([P('Von Anna Weber'), P('Korrespondentin in Brüssel'), ...STORY]);
    expect(de.removed.map((r) => r.reason)).toEqual(['byline', 'byline']);
    const es = clean([P('Por Lucía Fernández'), P('corresponsal en Bruselas'), ...STORY]);
    expect(es.removed.map((r) => r.reason)).toEqual(['byline', 'byline']);
    // No byline above it: a short line naming a correspondent is kept (it may be a subheading-like lead).
    const b = clean([P('Wales transport correspondent'), ...STORY]);
    expect(body(b)[0]).toBe('Wales transport correspondent');
    // Under a byline, a sentence about a correspondent is content.
    const c = clean([P('By Gareth Pryce'), P('Our transport correspondent was on the first train to cross the bridge.'), ...STORY]);
    expect(body(c)[0]).toBe('Our transport correspondent was on the first train to cross the bridge.');
    expect(isRoleLine('Wales transport correspondent')).toBe(true);
    expect(isRoleLine('She was a correspondent.')).toBe(false);
  });

  it('removes "<author> at <place>" at the top when the page names that author', () => {
    const a = clean([P('Callum Reid at Meadow Park'), ...STORY], { authors: ['Callum Reid'] });
    expect(a.removed).toEqual([{ reason: 'byline', text: 'Callum Reid at Meadow Park' }]);
    const fr = clean([P('Camille Dubois à Lyon'), ...STORY], { authors: ['Camille Dubois'] });
    expect(fr.removed.map((r) => r.reason)).toEqual(['byline']);
    // Not the page's author, or more than a place after the name: kept.
    const b = clean([P('Callum Reid at Meadow Park'), ...STORY], { authors: ['Jo Tan'] });
    expect(body(b)[0]).toBe('Callum Reid at Meadow Park');
    const c = clean([P('Callum Reid at Meadow Park watched his son score twice.'), ...STORY], { authors: ['Callum Reid'] });
    expect(body(c)[0]).toBe('Callum Reid at Meadow Park watched his son score twice.');
    // Further down the story: kept.
    const d = clean([...STORY, P('Callum Reid at Meadow Park'), P('Okonkwo scored twice in the second half as Rovers came from behind to win.')], { authors: ['Callum Reid'] });
    expect(body(d)).toContain('Callum Reid at Meadow Park');
  });
});

describe('plural photo credits', () => {
  it.each(['Photographs by Ruth Calloway', 'Photos de Jean Dupont', 'Fotografie di Marco Rossi', 'Fotos von Anna Weber und Max Roth', 'Words and pictures by Ana Ruiz'])('takes %j as a credit', (line) => {
    const a = clean([P(line), ...STORY]);
    expect(a.removed.map((r) => r.reason)).toEqual(['caption']);
    expect(body(a)).toEqual(STORY.map((s) => s.text));
  });
  it.each(['Photographs by the agency showed the flooded streets of the old town on Monday.', 'Fotos de la manifestación circularon por las redes sociales durante la noche.', 'Photographs by amateurs'])('keeps %j', (line) => {
    const a = clean([...STORY, P(line)]);
    expect(body(a)).toContain(line);
  });
});

describe("a paywall's list of subscription benefits", () => {
  it('goes with the paywall notice above it', () => {
    const a = clean([...STORY, H('Continue reading with a Market Intelligence subscription'), LI('Unlimited articles on any device'), LI('Daily markets briefing'), LI('Cancel anytime')]);
    expect(body(a)).toEqual(STORY.map((s) => s.text));
    expect(a.removed.map((r) => r.reason)).toEqual(['paywall-notice', 'paywall-notice', 'paywall-notice', 'paywall-notice']);
    const fr = clean([...STORY, P('Cet article est réservé aux abonnés.'), LI('Accès illimité au site et à l’application'), LI('Sans engagement, résiliable à tout moment')]);
    expect(body(fr)).toEqual(STORY.map((s) => s.text));
  });

  it('keeps a list in the story, even one about a subscription', () => {
    const items = [LI('Fuel and crew costs, which have risen about 30% since 2019'), LI('Fixed airport charges, which small airports cannot cut'), LI('Frozen subsidies for routes to the islands')];
    const a = clean([...STORY, P('The subscription costs £10 a month and includes:'), LI('Unlimited articles on any device'), LI('Cancel anytime')]);
    expect(body(a)).toContain('• Unlimited articles on any device');
    // After a newsletter prompt, a list that is story text (no offer words, or sentences) stays.
    const b = clean([...STORY, P('Sign up for our daily newsletter to get the latest news in your inbox'), ...items]);
    expect(body(b)).toContain('• Fuel and crew costs, which have risen about 30% since 2019');
    expect(b.removed.map((r) => r.reason)).toEqual(['newsletter-prompt']);
  });
});

describe('comment sections, share prompts and more related-list headers', () => {
  it('removes them in their usual forms', () => {
    for (const l of ['Bisher keine Kommentare', 'Es gibt noch keine Kommentare.', 'Kommentare (0)', 'No responses so far »', 'Notify me of new comments via email.', 'Name (erforderlich)', 'Comentar este artículo 1 comentario'])
      expect(junkReason(l), l).toBe('comments');
    for (const l of ['Diesen Artikel teilen', 'Möchten Sie den Artikel teilen?', 'Like it? Share it!', 'Share this article']) expect(junkReason(l), l).toBe('share-prompt');
    for (const l of ['Das könnte Sie auch interessieren:', 'Dich interessiert vielleicht auch', 'Neueste Artikel', 'Articles les plus lus', 'Most viewed content', 'NOTAS RELACIONADAS', 'Auch interessant...', 'Mehr zum Thema auf Example.de:'])
      expect(RELATED_HEADER.test(l), l).toBe(true);
  });

  it('keeps story sentences that use the same words', () => {
    for (const l of ['Keine Kommentare gab es vom Vorstand zu der Frage, wer die Kosten trägt.', 'Die neuesten Artikel der Verfassung wurden erst 2019 geändert.', 'Name and address of the winner were not published.'])
      expect(junkReason(l), l).toBeNull();
    expect(RELATED_HEADER.test('Die neuesten Artikel der Verfassung wurden erst 2019 geändert.')).toBe(false);
  });
});

describe('back links, publication stamps and more related headers', () => {
  it('removes them', () => {
    for (const l of ['Vos réactions (11)', 'dołącz do dyskusji']) expect(junkReason(l), l).toBe('comments');
    for (const l of ['nach oben', 'zurück zur Listenansicht', 'Zu allen Beiträgen']) expect(junkReason(l), l).toBe('navigation');
    for (const l of ['Publiziert: 03.04.2020, 12:35', 'Publikacja: 04.05.2021']) expect(junkReason(l), l).toBe('boilerplate');
    for (const l of ['Verwandte Artikel', 'Ähnliche Beiträge', 'Temas Relacionados', 'Schon gelesen?', 'Zum Weiterlesen:']) expect(RELATED_HEADER.test(l), l).toBe(true);
  });

  it('keeps the story sentences that open the same way', () => {
    for (const l of ['Zurück zur Startseite wollte danach keiner mehr, sagte der Trainer.', 'Nach oben ging es für den Verein erst im Frühjahr.', 'Publiziert wurde die Studie im Fachblatt Nature im Jahr 2021.'])
      expect(junkReason(l), l).toBeNull();
    expect(RELATED_HEADER.test('Verwandte Artikel erschienen in der Zeitung am Montag.')).toBe(false);
  });
});

describe('comment notices, filing lines, disclaimers, action bars, feedback prompts and cookie notices', () => {
  it('removes them in several languages', () => {
    for (const l of [
      'Please note that comments are moderated before they appear on the site.',
      'Kommentare werden vor der Veröffentlichung moderiert.',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
      'Some comments may be published on the website or in the print edition; email addresses will not be published.',
      'Votre adresse e-mail ne sera pas publiée.',
      'Die Kommentarfunktion wird 3 Tage nach Veröffentlichung des Beitrags geschlossen.',
      'Zeilenumbrüche und Absätze werden automatisch erzeugt.',
      '12 responses to “A winter on the allotment”',
      '7 Antworten zu „Ein Winter im Schrebergarten“',
      '3 thoughts on “Frost at last”',
      'Pingback von Gartenblog am 3. März',
    ])
      expect(junkReason(l), l).toBe('comments');
    for (const l of [
      'This entry was posted in Garden and tagged frost, roses. Bookmark the permalink.',
      'Dieser Eintrag wurde veröffentlicht in Garten und verschlagwortet mit Frost.',
      'Cet article a été publié dans Jardin.',
      'The Lindental Courier is not responsible for the opinions, statements or media content presented by contributors.',
      'Les opinions exprimées dans ce blog n’engagent que leurs auteurs.',
      'Was this article helpful?',
      'War der Artikel nützlich?',
      'Wie hat dir dieses Rezept gefallen?',
      'Cet article vous a-t-il été utile ?',
    ])
      expect(junkReason(l), l).toBe('boilerplate');
    for (const l of [
      'This post contains affiliate links: we may earn a commission when you buy through them.',
      'We occasionally get sponsored by products; we only work with brands we use.',
      'If you’re running an ad-blocker it costs this site money.',
      'Dieser Beitrag enthält Affiliate-Links.',
    ])
      expect(junkReason(l), l).toBe('advertisement');
    for (const l of ['Zum Rezept Drucken Pinnen', 'Weiterempfehlen Drucken', 'Drucken', 'Print Recipe', 'Imprimer | Partager', 'Follow Us', 'Folge uns auch in den sozialen Medien, wir halten dich dort auf dem Laufenden.', 'Suivez-nous sur Instagram'])
      expect(junkReason(l), l).toBe('share-prompt');
    for (const l of ['Wir nutzen Cookies, um die Seite zu verbessern.', 'Was sind Cookies?', 'Na naszej stronie korzystamy z cookies.', 'Ce site utilise des cookies pour mesurer l’audience.'])
      expect(junkReason(l), l).toBe('cookie-notice');
  });

  it('keeps story sentences that use the same words', () => {
    for (const l of [
      'The council said comments from residents would be read before the vote.',
      'Die Kommentare der Anwohner wurden in der Sitzung vorgelesen.',
      'Three responses to the survey came from the harbour board.',
      '12 responses to the consultation were received, the council said.',
      'This entry in the register was posted to the archive in 1911.',
      'The opinions of the residents were split on the new timetable.',
      'Was this article of the constitution ever used?',
      'Drucken war für die Zeitung im Krieg kaum noch möglich.',
      'Print runs fell by a third last year.',
      'Follow the river path to the old mill and turn left at the bridge.',
      'Folgen der Dürre zeigen sich an den Bäumen im Stadtpark.',
      'The bakery uses cookies from a family recipe that is a hundred years old.',
      'Pingpong is played in the hall on Tuesdays.',
    ])
      expect(junkReason(l), l).toBeNull();
  });
});

describe('closed comments, loading and rating placeholders, reading times, lone labels, embeds, contents and PDF links', () => {
  it('removes them in several languages', () => {
    for (const l of ['Kommentare sind geschlossen.', 'Les commentaires sont fermés.', 'Du musst angemeldet sein, um einen Kommentar abzugeben.', 'E-Mail (wird benötigt und nicht veröffentlicht)', '(erforderlich)', '71 Kommentare', '3 commentaires'])
      expect(junkReason(l), l).toBe('comments');
    for (const l of ['Wird geladen', 'Cargando...', 'Chargement…', '5 Min. Lesezeit', '11 minut czytania', '3 min de lecture', 'Aktualisiert:', 'Von:', 'Markiert:', 'Ultima modifica', 'Externer Inhalt', 'Empfohlener redaktioneller Inhalt', 'PDF version', 'Pressemitteilung als PDF', 'Télécharger au format EPUB', '(Noch keine Bewertungen)', 'Es gibt derzeit keine bevorstehenden Veranstaltungen.', 'There are no upcoming events.'])
      expect(junkReason(l), l).toBe('boilerplate');
    for (const l of ['Inhaltsverzeichnis', 'Table of contents', 'Sommaire']) expect(junkReason(l), l).toBe('navigation');
  });

  it('keeps story sentences that use the same words', () => {
    for (const l of [
      'Die Kommentare sind geschlossen worden, nachdem Drohungen eingingen, sagte die Redaktion.',
      '71 Kommentare gingen bei der Stadt zu dem Plan ein.',
      'Das Schiff wird geladen, bevor es am Abend ausläuft.',
      '5 Min. Lesezeit braucht man für den Bericht nicht, sagt sie.',
      'Von: der Stadt bis zum Fluss sind es zwei Kilometer.',
      'Externer Inhalt wird auf der Seite der Stadt nicht mehr gezeigt.',
      'The contents of the box were handed to the police.',
      'Die PDF-Version des Berichts ist 80 Seiten lang.',
      'Noch keine Bewertungen liegen für das neue Hotel vor.',
    ])
      expect(junkReason(l), l).toBeNull();
  });
});
