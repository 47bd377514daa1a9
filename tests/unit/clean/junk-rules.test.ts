/** The junk-line rules: what they catch, and the content they must leave alone. */
import { describe, expect, it } from 'vitest';
import { bylineNames, junkReason, RELATED_HEADER } from '#core/clean/junk.ts';
import { isWireCredit, creditsOf, splitCaptionCredit } from '#core/clean/credits.ts';
import { cleanBlocks } from '#core/clean/blocks.ts';
import { EMPTY_META } from '#core/types.ts';

describe('junk lines', () => {
  it.each([
    ['[ad_1]', 'ad-marker'],
    ['[embed]https://youtu.be/x[/embed]', 'shortcode'],
    ['Source link', 'source-link'],
    ['Реклама', 'advertisement'],
    ['広告', 'advertisement'],
    ['Subscribe to keep reading', 'paywall-notice'],
    ['You have 2 free articles left this month.', 'paywall-notice'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Advertisement - scroll to continue', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share this article on Facebook Twitter WhatsApp', 'share-prompt'],
    ['Facebook Twitter Email', 'share-prompt'],
    ['Follow us on Instagram for more', 'share-prompt'],
    ['Sign up for our daily newsletter to get the latest news in your inbox', 'newsletter-prompt'],
    ['We use cookies to improve your experience on our site.', 'cookie-notice'],
    ['You have reached your free article limit this month.', 'paywall-notice'],
    ['IMG_20260101_1200.jpg', 'image-filename'],
    ['© 2026 Kingsport Evening Post', 'copyright'],
    ['Copyright 2026 Daily Sparkle. All rights reserved.', 'copyright'],
    ['Comments (12)', 'comments'],
    ['Home | News | Politics', 'navigation'],
    ['World › Europe › France', 'navigation'],
    ['Listen to this article', 'boilerplate'],
    ['Tags: politics, election, Senate', 'boilerplate'],
    ['Published: 12 March 2026 09:40 GMT', 'boilerplate'],
    ['Comparte esta receta en Facebook y WhatsApp', 'share-prompt'],
    ['Partagez cet article sur les réseaux sociaux', 'share-prompt'],
    ['If you enjoyed this post, subscribe to get the next one by email.', 'newsletter-prompt'],
    ['4 min', 'boilerplate'],
    ['（责任编辑：王芳）', 'boilerplate'],
    ['Riproduzione riservata © Copyright Il Messaggero Locale', 'copyright'],
    ['Texto: © 2026 Diario del Sur', 'copyright'],
    ['SOURCE Acme Robotics, Inc.', 'boilerplate'],
    ['###', 'boilerplate'],
    ['press@acme.example', 'boilerplate'],
    ['Tel.: +49 30 1234 5678', 'boilerplate'],
    ['Do you have a story? Email tips@dailysparkle.example', 'boilerplate'],
    ['Thanks for reading!', 'boilerplate'],
    ['The post Ten ways to save on heating appeared first on Money Matters.', 'boilerplate'],
    ['This article originally appeared on The Conversation.', 'boilerplate'],
    ['Leave a Reply Cancel reply', 'comments'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Post navigation', 'navigation'],
    ['Like Loading...', 'share-prompt'],
    ['Join our WhatsApp channel', 'share-prompt'],
    ['Via: The Verge', 'source-link'],
    ['Source: BBC News', 'source-link'],
    ['h/t Daily Mail', 'source-link'],
    ['Source: Reuters', 'source-link'],
    ['Source: Reuters.', 'source-link'],
    ['Sources: Reuters, AP', 'source-link'],
    ['Quelle: dpa', 'source-link'],
    ['Source: https://example.com/2026/05/story-about-the-budget', 'source-link'],
    ['Via: www.example.org/report', 'source-link'],
    ['Source link', 'source-link'],
    ['Skip Ad', 'advertisement'],
    ['toggle caption', 'boilerplate'],
    ['Lee más noticias en https://diario.example/economia', 'boilerplate'],
    ['Read the full report at www.example.org/report', 'boilerplate'],
  ])('%s → %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each([
    'Readers skim more than they read, the study found.',
    'The source of the leak was never identified, officials said.',
    'Share prices fell 3% on Tuesday after the announcement.',
    'Follow-up talks are planned for next week in Geneva.',
    '"No," she said.',
    'Home owners in the valley will get compensation.',
    'Advertising revenue fell by a fifth in the second quarter, the company said.',
    'The cookie factory in Leeds will close in June, putting 300 jobs at risk.',
    'Subscribers to the scheme will pay £5 a month.',
    'Copyright law was at the heart of the dispute between the two publishers.',
    'Shares in Meta rose after it said Facebook and WhatsApp users grew by 4% in the quarter.',
    'If you enjoyed the first season, the second will not disappoint: it is darker and funnier.',
    'Residents can register online to get flood alerts by text message, the council said.',
    '4 minutes later the second train arrived.',
    'The © sign was missing from the label, the court heard.',
    'Source code for the app was published on Tuesday.',
    'Source: the company said its figures were wrong.',
    'Sources close to the minister denied it',
    // Sourcing lines in the article's own voice: a list of sources, or a sentence about them.
    'Sources: Royal College of Nursing; Office for National Statistics.',
    'Sources: Royal College of Paediatrics; Office for National Statistics.',
    'Source: Office for National Statistics analysis of census and council tax records.',
    'Sources: Interviews with nine nurses, NHS workforce data and the hospital trust\'s board papers.',
    'Fuente: Instituto Nacional de Estadística; Banco de España.',
    'Via Appia was closed to traffic for the marathon.',
    'Originally, the plan was to build 300 homes on the site.',
    'The novel was first published in 1962 by a small press in Paris, and sold poorly.',
    '« Je n\'ai pas le choix », explique Marc.',
    'Sponsored by the council, the scheme pays for insulation in older homes across the city.',
    'Follow the money, he told the committee.',
    'Read the statement in full, the minister told parliament, before publishing it at https://gov.example/statement on Friday evening after a long debate about the plan and its costs and who would pay them over the next decade, which went on until late.',
    'Do you have a moment to talk about the budget, the mayor asked reporters before the vote on Monday? Nobody did.',
  ])('keeps: %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });

  it('reads "read also" labels in Russian, Arabic, Dutch and Polish as related headers', () => {
    for (const label of ['Читайте также:', 'اقرأ أيضاً', 'Lees ook', 'Czytaj także:']) {
      const article = cleanBlocks(
        [
          { kind: 'title', text: 'A headline' },
          { kind: 'paragraph', text: 'The first paragraph of the story is long enough to be prose, and it ends here.' },
          { kind: 'paragraph', text: label },
          { kind: 'paragraph', text: 'Another story about something else entirely', href: 'https://example.com/other' },
          { kind: 'paragraph', text: 'The story goes on after the box with another long paragraph of real text.' },
        ],
        { ...EMPTY_META, authors: [] },
        { index: 0, line: null },
      );
      if ('code' in article) throw new Error(article.reason);
      expect(article.sections.flatMap((s) => s.paragraphs)).toHaveLength(2);
      expect(article.related.map((r) => r.title)).toContain('Another story about something else entirely');
    }
    expect(bylineNames('Interview by Callum Ashworth')).toEqual(['Callum Ashworth']);
  });

  it('keeps a sourcing line in the article\'s voice and drops a bare source credit, keeping the agency', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Nurses leave faster than they are trained' },
        { kind: 'paragraph', text: 'One in nine nurses left the profession last year, the highest share since records began in 2011.' },
        { kind: 'paragraph', text: 'Sources: Royal College of Nursing; Office for National Statistics.' },
        { kind: 'paragraph', text: 'Source: Reuters' },
        { kind: 'paragraph', text: 'Source link' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    expect('code' in article).toBe(false);
    if ('code' in article) return;
    const body = article.sections.flatMap((s) => s.paragraphs);
    expect(body).toContain('Sources: Royal College of Nursing; Office for National Statistics.');
    expect(body).not.toContain('Source: Reuters');
    expect(body).not.toContain('Source link');
    expect(article.removed.find((r) => r.text === 'Source: Reuters')?.reason).toMatch(/^(?:source-link|wire-credit)$/);
    expect(article.credits).toContain('Reuters');
  });

  it('reads bylines, keeping agencies out of the authors', () => {
    expect(bylineNames('By Jane Doe and John Roe, Staff Reporters')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('Por María López')).toEqual(['María López']);
    expect(bylineNames('By Kelly Marsh, Showbiz Reporter')).toEqual(['Kelly Marsh']);
    expect(bylineNames('Von Anna Berg, Korrespondentin')).toEqual(['Anna Berg']);
    expect(bylineNames('Posted by Tom Ellery')).toEqual(['Tom Ellery']);
    expect(bylineNames('By the time the polls closed, turnout was high.')).toBeNull();
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Storm hits coast' },
        { kind: 'paragraph', text: 'By Tom Hale, Associated Press' },
        { kind: 'paragraph', text: 'A storm hit the coast on Sunday, cutting power to 40,000 homes.' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    expect('code' in article).toBe(false);
    if (!('code' in article)) {
      expect(article.meta.authors).toEqual(['Tom Hale']);
      expect(article.credits).toEqual(['AP']);
    }
  });

  it('recognises wire credits and the agencies they name', () => {
    expect(isWireCredit('(With information from AFP)')).toBe(true);
    expect(isWireCredit('— Reuters')).toBe(true);
    expect(isWireCredit('The Associated Press contributed to this report.')).toBe(true);
    expect(isWireCredit('Reporting by the council showed a deficit of £3m.')).toBe(false);
    expect(creditsOf('(With information from AFP and Reuters)')).toEqual(['AFP', 'Reuters']);
  });

  it('splits captions from their credits', () => {
    expect(splitCaptionCredit('Rescue workers in the rubble (AP Photo/Evan Vucci)')).toEqual({ text: 'Rescue workers in the rubble', credit: 'AP Photo/Evan Vucci' });
    expect(splitCaptionCredit('The new bridge at dusk. Photo: Jane Doe')).toEqual({ text: 'The new bridge at dusk.', credit: 'Jane Doe' });
    expect(splitCaptionCredit('Voters queue in Lagos | Getty Images')).toEqual({ text: 'Voters queue in Lagos', credit: 'Getty Images' });
    expect(splitCaptionCredit('The vote passed 52-48 (Senate)').credit).toBeNull();
  });

  it('takes lone credit lines, breadcrumb lines and datelines out of the body, keeping what they say', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Bridge reopens' },
        { kind: 'paragraph', text: 'Published: 12 March 2026 09:40 GMT' },
        { kind: 'paragraph', text: 'The old bridge reopened to traffic on Saturday after eight months of repairs.' },
        { kind: 'paragraph', text: '(AP Photo/Evan Vucci)' },
        { kind: 'paragraph', text: 'Photo: Getty Images' },
        { kind: 'paragraph', text: 'Drivers welcomed the news.' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in article) throw new Error(article.reason);
    expect(article.sections[0]!.paragraphs).toEqual(['The old bridge reopened to traffic on Saturday after eight months of repairs.', 'Drivers welcomed the news.']);
    expect(article.credits).toEqual(['AP', 'Getty Images']);
    expect(article.meta.publishedAt).toBe('2026-03-12T09:40:00.000Z');
  });

  it('ends a related list at a subheading that opens the next paragraph, and reads dateline agencies', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Port strike extended' },
        { kind: 'paragraph', text: 'ROTTERDAM (Reuters) - Dock workers voted on Tuesday to extend their strike by another week, union officials said.' },
        { kind: 'paragraph', text: 'Related:' },
        { kind: 'paragraph', text: 'Antwerp braces for diverted cargo' },
        { kind: 'paragraph', text: 'Hamburg terminals add night shifts' },
        { kind: 'heading', text: 'What the union wants' },
        { kind: 'paragraph', text: 'The union is asking for a 9% pay rise over two years and limits on automated cranes at the new terminals.' },
        { kind: 'paragraph', text: '(Reporting by Bart Meijer; Editing by Susan Fenton)' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in article) throw new Error(article.reason);
    expect(article.related.map((r) => r.title)).toEqual(['Antwerp braces for diverted cargo', 'Hamburg terminals add night shifts']);
    expect(article.sections.map((s) => s.heading)).toEqual([null, 'What the union wants']);
    expect(article.credits).toContain('Reuters');
    expect(article.removed.find((r) => r.text.startsWith('(Reporting by'))?.reason).toBe('wire-credit');
  });

  it('takes a "Posted by" line as the byline and a copyright holder as the site named in a title suffix', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Why I moved my newsletter - Notes from the Shed' },
        { kind: 'paragraph', text: 'Posted by Tom Ellery' },
        { kind: 'paragraph', text: 'It took me three years and one very bad invoice to make the move.' },
        { kind: 'paragraph', text: '© 2026 Notes from the Shed' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in article) throw new Error(article.reason);
    expect(article.title).toBe('Why I moved my newsletter');
    expect(article.meta.authors).toEqual(['Tom Ellery']);
    // Without that evidence a dash in a title stays.
    const plain = cleanBlocks([{ kind: 'title', text: 'Rain - and more rain - for the weekend' }, { kind: 'paragraph', text: 'Forecasters expect heavy showers across the region on Saturday and Sunday.' }], { ...EMPTY_META, authors: [] }, { index: 0, line: null });
    if ('code' in plain) throw new Error(plain.reason);
    expect(plain.title).toBe('Rain - and more rain - for the weekend');
  });

  it('reads a standfirst under the headline and drops a press contact block at the end', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Acme Robotics Announces Record Third-Quarter Revenue' },
        { kind: 'paragraph', text: 'Company raises full-year guidance on strong demand for warehouse automation' },
        { kind: 'paragraph', text: 'SAN JOSE, Calif., Oct. 28, 2026 -- Acme Robotics today reported third-quarter revenue of $412 million, up 38%.' },
        { kind: 'paragraph', text: 'Media Contact:' },
        { kind: 'paragraph', text: 'Jordan Lee' },
        { kind: 'paragraph', text: 'press@acmerobotics.example' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in article) throw new Error(article.reason);
    expect(article.subtitle).toBe('Company raises full-year guidance on strong demand for warehouse automation');
    expect(article.sections[0]!.paragraphs).toEqual(['SAN JOSE, Calif., Oct. 28, 2026 -- Acme Robotics today reported third-quarter revenue of $412 million, up 38%.']);
    expect(article.removed.map((r) => r.text)).toEqual(['Media Contact:', 'Jordan Lee', 'press@acmerobotics.example']);
    // A first paragraph with its full stop is story text, not a standfirst.
    const plain = cleanBlocks(
      [
        { kind: 'title', text: 'Bridge reopens' },
        { kind: 'paragraph', text: 'The old bridge reopened to traffic on Saturday.' },
        { kind: 'paragraph', text: 'Drivers welcomed the news after eight months of repairs and diversions through the town centre.' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in plain) throw new Error(plain.reason);
    expect(plain.subtitle).toBeNull();
    expect(plain.sections[0]!.paragraphs).toHaveLength(2);
    // Nor is a photo credit left under the headline.
    const credit = cleanBlocks(
      [
        { kind: 'title', text: 'Bridge reopens' },
        { kind: 'paragraph', text: 'Jane Doe for The Valley Gazette' },
        { kind: 'paragraph', text: 'The old bridge reopened to traffic on Saturday after eight months of repairs and diversions.' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in credit) throw new Error(credit.reason);
    expect(credit.subtitle).toBeNull();
  });

  it('takes a caption printed twice, once without and once with its credit, as one caption with the credit', () => {
    const article = cleanBlocks(
      [
        { kind: 'title', text: 'Quake survivors pulled from rubble' },
        { kind: 'paragraph', text: 'Rescuers search the rubble in Antakya' },
        { kind: 'paragraph', text: 'Rescuers search the rubble in Antakya (Reuters)' },
        { kind: 'paragraph', text: 'Rescue teams pulled two people alive from a collapsed building in Antakya on Tuesday, officials said.' },
      ],
      { ...EMPTY_META, authors: [] },
      { index: 0, line: null },
    );
    if ('code' in article) throw new Error(article.reason);
    expect(article.captions).toEqual([{ text: 'Rescuers search the rubble in Antakya', credit: 'Reuters' }]);
    expect(article.sections[0]!.paragraphs).toHaveLength(1);
    expect(article.removed.map((r) => r.reason)).toEqual(['caption', 'duplicate-caption']);
  });
});

/** A title and paragraph lines through the cleaner; the article (a rejection fails the test). */
function cleanLines(lines: string[]) {
  const r = cleanBlocks([{ kind: 'title', text: 'A headline' }, ...lines.map((text) => ({ kind: 'paragraph' as const, text }))], { ...EMPTY_META }, { index: 0, line: null });
  if ('code' in r) throw new Error(r.reason);
  return r;
}

describe('share counters, bare numbers and photo residue', () => {
  it.each([
    ['2,345 shares', 'share-prompt'],
    ['1.2K views', 'share-prompt'],
    ['Aufrufe: 310', 'share-prompt'],
    ['12', 'boilerplate'],
    ['Watch the video', 'boilerplate'],
    ['Video ansehen', 'boilerplate'],
  ])('%s is %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each(['The post had 2,345 shares within an hour.', '12 people were hurt.', 'Watch the video and you will see why the referee was wrong.', '2026 was a hard year for the port.'])(
    'keeps %s',
    (line) => {
      expect(junkReason(line)).toBeNull();
    },
  );

  const story = 'The port reopened on Wednesday after nine days, and the first ships were unloaded before noon, the operator said in a statement.';

  it('takes the line under a lone "Photo" label as its caption, with the credit line after it', () => {
    const r = cleanLines(['Photo', 'Cranes stand idle at the container terminal.', 'Credit: Ana Ruiz/AP', story]);
    expect(r.captions).toEqual([{ text: 'Cranes stand idle at the container terminal.', credit: 'Ana Ruiz/AP' }]);
    expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([story]);
  });

  it('keeps a long paragraph that follows an orphaned label', () => {
    const long = `${story} Unions said the agreement would be put to members again in the spring, when the next round of talks on shift patterns opens.`;
    const r = cleanLines(['Photo', long]);
    expect(r.captions).toEqual([]);
    expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([long]);
  });

  it('reads "Image copyright X" as a credit and "Image caption X" as a caption, without their commas', () => {
    const r = cleanLines(['Image copyright Getty Images', 'Image caption The terminal was closed for nine days', story]);
    expect(r.credits).toContain('Getty Images');
    expect(r.captions.map((c) => c.text)).toEqual(['The terminal was closed for nine days']);
    expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([story]);
  });
});

describe('polls, comment prompts, thanks and wire lines', () => {
  it.each([
    ['Have your say: Do you support the new cycle lanes? Yes / No', 'comments'],
    ['Umfrage: Sollen die Radwege kommen?', 'comments'],
    ['What do you think? Let us know in the comments below.', 'comments'],
    ['Should the pool stay open in winter? Yes / No', 'comments'],
    ['[Thanks to reader Ellie Marsh for the photo.]', 'boilerplate'],
  ])('%s is %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each(['“Let us know what you need,” the mayor told residents at the meeting.', 'The vote was close: 21 councillors said yes, 19 said no.', 'Thanks to a late goal, the club stayed up.'])('keeps %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });

  it('reads "Information from X was used in this report" as a wire credit naming X', () => {
    expect(isWireCredit('Information from the Press Association was used in this report.')).toBe(true);
    expect(creditsOf('Information from the Press Association was used in this report.')).toEqual(['PA']);
    expect(creditsOf('Material from the Valley Courier was used in this story.')).toEqual(['Valley Courier']);
    expect(isWireCredit('Information from the survey was used to plan the route.')).toBe(false);
  });
});

describe('credit lines around pictures', () => {

  it('removes an agency/photographer pair as a credit ("EFE/Marcial Guillén")', () => {
    const r = cleanLines(['Die Demonstration zog am Samstag mit mehreren tausend Menschen durch die Innenstadt bis zum Rathaus.', 'EFE/Marcial Guillén']);
    expect(r.credits).toContain('EFE');
    expect(r.sections.flatMap((s) => s.paragraphs)).toHaveLength(1);
  });

  it.each(['Titelbild: Henrik Sommer/Bildwerk Nord', 'Beitragsbild: Lesesaal am Abend, Ausschnitt.', 'Aufmacherfoto: Lea Brandt', 'Photo de couverture : Claire Dumas', 'Foto de portada: Luis Ortega', 'Immagine di copertina: Marta Ricci', 'Hero image: Sam Patel/Studio Nine'])(
    'removes a header-picture credit under a compound label (%s)',
    (line) => {
      const story = 'Der Ausschuss will im April entscheiden, bis dahin sammelt eine Initiative weiter Unterschriften in der ganzen Stadt.';
      const r = cleanLines([story, line]);
      expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([story]);
    },
  );

  it('keeps a long paragraph that opens with such a label: it is the story talking about its picture', () => {
    const story = 'Der Ausschuss will im April entscheiden, bis dahin sammelt eine Initiative weiter Unterschriften in der ganzen Stadt.';
    const about = 'Titelbild: Über dieses Motiv haben wir lange diskutiert, am Ende hat die Mehrheit in unserer Umfrage für den leeren Lesesaal gestimmt.';
    expect(cleanLines([story, about]).sections.flatMap((s) => s.paragraphs)).toEqual([story, about]);
  });

  it('keeps the paragraph between two pictures\' credit lines: it is the story, not a caption', () => {
    const middle = 'Gestern waren wir auf der Demo in der Innenstadt, mit rund 8000 Menschen.';
    const r = cleanLines(['Foto: Anna Beispiel', middle, 'Foto: Ben Muster', 'Der Verein hat dazu einen Plan mit zehn Punkten vorgelegt, der im Rat beraten werden soll.']);
    expect(r.sections.flatMap((s) => s.paragraphs)).toContain(middle);
    expect(r.captions).toEqual([]);
  });
});

describe('page tools, player residue and list headers', () => {
  it.each(['Copy link', 'Drucken', 'Artikel merken', 'Imprimer', 'Video Player is loading.', 'Scroll down for video', 'Report a typo', 'Symbolbild', 'Newsletter abonnieren', 'Support independent journalism', 'Call us on 0800 123 4567'])(
    '%s is junk',
    (line) => {
      expect(junkReason(line)).not.toBeNull();
    },
  );

  it.each(['Meistgelesen', 'Lo más leído', 'Mais lidas', 'Zum Thema', 'Recommended by Outbrain', 'Around the web'])('%s heads a list of other stories', (line) => {
    expect(RELATED_HEADER.test(line)).toBe(true);
  });

  it('reads "Avec AFP" and "Mit dpa und Reuters" as wire credits', () => {
    expect(isWireCredit('Avec AFP')).toBe(true);
    expect(isWireCredit('Mit dpa und Reuters')).toBe(true);
    expect(creditsOf('Avec AFP')).toEqual(['AFP']);
  });

  it.each([
    'Call the council on 0800 123 4567 if your bin was not collected, the leaflet says, or write to the depot.',
    'Teilen sich zwei Familien eine Wohnung, steigt die Miete nicht.',
    'Support for the plan has grown among independent journalists, the survey found.',
    'Zum Thema Wohnungsbau sagte der Bürgermeister nichts.',
    'Avec AFP, the agency, the club signed a new deal.',
  ])('keeps %s', (line) => {
    expect(junkReason(line)).toBeNull();
    expect(RELATED_HEADER.test(line)).toBe(false);
    expect(isWireCredit(line)).toBe(false);
  });
});

describe('a sentence opening with a share verb is not a share prompt', () => {
  it.each(['Teilen sich zwei Familien eine Wohnung, steigt die Miete nicht.', 'Compartir piso es cada vez más común entre los jóvenes de la ciudad.', 'Partager ses repas avec les voisins est devenu une habitude au village.'])('keeps %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });
  it.each(['Teilen auf Facebook', 'Compartir en WhatsApp', 'Partager sur X'])('removes %s', (line) => {
    expect(junkReason(line)).toBe('share-prompt');
  });
});

describe("the outlet's tip line, listen prompts and tag lists", () => {
  it.each(['Vous avez une info ? Contactez-nous au 03 20 00 00 00', 'Rufen Sie uns an: 0221 123456', 'Got a story? Call us on +44 161 496 0000', "Ascolta l'articolo", 'Artikel anhören'])('%s is junk', (line) => {
    expect(junkReason(line)).not.toBeNull();
  });

  it.each(['Anyone with information should contact police on 0800 555 111.', 'La mairie a ouvert un numéro vert, le 0 800 00 00 00, pour les familles.'])('keeps %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });

  const story = 'Le trafic ferroviaire reprend progressivement ce jeudi après trois jours de grève, selon la direction de la SNCF.';

  it('removes the topics under a lone tags header, up to the next sentence', () => {
    const after = 'Un TGV sur deux circulera sur les grandes lignes, a précisé l’entreprise dans un communiqué.';
    const r = cleanLines([story, 'Mots-clés :', 'grève', 'SNCF', 'transports', after]);
    expect(r.sections.flatMap((s) => s.paragraphs)).toEqual([story, after]);
  });

  it('reads a day-first numeric publication stamp in French and Italian', () => {
    expect(cleanLines(['Publié le 12/03/2026 à 08h15', story]).meta.publishedAt).toBe('2026-03-12T00:00:00.000Z');
    expect(cleanLines(['Pubblicato il 04/11/2025 ore 07:30', story]).meta.publishedAt).toBe('2025-11-04T00:00:00.000Z');
    expect(cleanLines(['Publié le 31/02/2026', story]).meta.publishedAt).toBeNull();
  });
});

describe('blog chrome in other languages: share and rating headers, post links, author archives, filing lines', () => {
  it.each([
    ['Teilen Sie dies mit:', 'share-prompt'],
    ['Partager :', 'share-prompt'],
    ['Compartir esto:', 'share-prompt'],
    ['Rate this:', 'share-prompt'],
    ['Bewerten:', 'share-prompt'],
    ['Weiter Nächster Beitrag: Der Herbstmarkt im Hafen', 'navigation'],
    ['Vorheriger Artikel', 'navigation'],
    ['Article suivant : La fête du port', 'navigation'],
    ['Entrada anterior', 'navigation'],
    ['← Ältere Beiträge', 'navigation'],
    ['← Der Herbstmarkt → Die Hafenfähre im Winter', 'navigation'],
    ['Weiterlesen →', 'navigation'],
    ['View all posts by Ana Example', 'navigation'],
    ['Zeige alle Beiträge von Jonas Beispiel', 'navigation'],
    ['Filed under ferries, harbour', 'boilerplate'],
    ['Abgelegt unter Hafen, Fähren', 'boilerplate'],
    ['getaggt mit:FährenHafenWinter', 'boilerplate'],
  ])('%s is %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each([
    'Teilen Sie dies mit: Ihren Nachbarn, bevor die Fähre ausfällt.',
    'Bewerten Sie die neue Fähre selbst: Sie fährt ab Montag.',
    'Der nächste Beitrag zur Hafenmaut soll im März kommen, sagte der Bürgermeister.',
    'Nächster Beitrag zur Debatte: Die Fähre kostet die Stadt drei Millionen Euro im Jahr, und der Rat will bis zum Sommer entscheiden, ob er sie weiter betreibt oder einem privaten Betreiber übergibt, der billiger fahren könnte.',
    '« Je ne savais pas », a dit le capitaine → il a démissionné le lendemain.',
    'The fare rises from €3 → €4 in March.',
  ])('keeps %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });

  it('takes a lone "Siehe auch" or "Vous aimerez aussi" for a related-list header', () => {
    for (const h of ['Siehe auch', 'Vous aimerez aussi :', 'Trending on Harbour Notes', 'Vidéos sur le même sujet']) expect(RELATED_HEADER.test(h)).toBe(true);
    expect(RELATED_HEADER.test('Siehe auch die Karte unten: Dort sind alle Anleger eingezeichnet.')).toBe(false);
  });
});

describe('"if you liked this post" appeals in several languages', () => {
  it.each([
    'If you enjoyed reading this post, share it with a friend.',
    'Wenn dir dieser Beitrag gefallen hat, teile ihn gern.',
    'Hat dir der Artikel gefallen? Dann abonniere den Newsletter.',
    'Si vous avez aimé cet article, partagez-le.',
    'Si te ha gustado este artículo, compártelo.',
  ])('%s is a newsletter prompt', (line) => {
    expect(junkReason(line)).toBe('newsletter-prompt');
  });
  it('keeps a sentence of the story about liking something else', () => {
    expect(junkReason('If you enjoyed the concert, you will like the new album, the band said on Monday.')).toBeNull();
    expect(junkReason('Wenn dir das Konzert gefallen hat, kommt im März das neue Album, sagte die Band.')).toBeNull();
  });
});

describe('donation and membership appeals', () => {
  it.each(['Support independent journalism. Donate today.', 'Jetzt spenden', 'Unterstützen Sie unsere Arbeit mit einem Beitrag.', 'Soutenez notre rédaction', 'Faites un don', 'Apoya nuestro periodismo', 'Become a member'])('%s is an appeal', (line) => {
    expect(junkReason(line)).toBe('newsletter-prompt');
  });
  it('keeps story sentences that use the same words', () => {
    for (const l of ['Unterstützen Sie die Feuerwehr, bat der Bürgermeister die Anwohner am Montag.', 'Become a member of the board? She said she had never wanted to.', 'Faites un tour du port avant la nuit, conseille le guide.']) expect(junkReason(l)).toBeNull();
  });
});
