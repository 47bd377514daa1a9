/**
 * Rules that recognise junk lines. Each looks at a whole short line, anchored at both ends, so a
 * paragraph that merely contains "read" or "source" is never touched. All patterns are linear:
 * alternations of literals and bounded character classes, no nested quantifiers.
 */
import type { RemovalReason } from '#contracts/record.ts';

/** Lines longer than this are never junk by these rules: junk is short. */
const MAX_JUNK_LINE = 300;

export interface JunkRule {
  reason: RemovalReason;
  /** A pattern, or a function in a RegExp's shape where a pattern would backtrack. */
  test: { test(line: string): boolean };
}

const NAV_SEPARATORS = new Set(['|', '›', '»', '>', '/', '•', '·']);
const NAV_ITEM = /^[\p{L}\p{N}&' -]{1,25}$/u;

/** True for 3 to 13 short names joined by menu separators: "Home | News | Politics". Linear in the line. */
export function isSeparatorList(line: string): boolean {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!NAV_SEPARATORS.has(line[i]!)) continue;
    parts.push(line.slice(start, i));
    if (parts.length > 12) return false;
    start = i + 1;
  }
  parts.push(line.slice(start));
  if (parts.length < 3) return false;
  return parts.every((p, i) => {
    // The first part may not open with spaces nor the last end with them, as in the pattern this replaces.
    const item = i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim();
    return NAV_ITEM.test(item);
  });
}

const CTA_VERB = /\b(send|email|e-mail|contact|write to|tips?|follow|message|dm|whatsapp|share your|submit|schick|schicken|senden|sende|schreiben|schreib|kontakt|kontaktieren|folgen|envoyez|envoyer|écrivez|contactez|suivez|envíe|envía|envíanos|escríbenos|escriba|contacta|síguenos|mande|envie|escreva|contatta|scrivi|inviate|stuur|mail ons)\b/i;

/**
 * A call to action: "Send us your photos: desk@example.org", "Tips? Message @ExampleDesk": a short
 * line holding an e-mail address or a handle and a sending or contact verb. Tokenised, no regex over
 * the whole line but the verb list.
 */
export function isCallToAction(line: string): boolean {
  if (line.length > 220) return false;
  if (!line.includes('@')) return phoneAppeal(line);
  let contact = false;
  for (const w of line.split(' ')) {
    const at = w.indexOf('@');
    if (at < 0) continue;
    // "@Handle" (at the start) or "name@host.tld" (a dot after the @).
    if ((at === 0 && w.length > 2) || (at > 0 && w.indexOf('.', at) > at + 1)) contact = true;
  }
  return contact && CTA_VERB.test(line);
}

/** "Vous avez une info ? Contactez-nous au 03 20 00 00 00", "Rufen Sie uns an: 0221 123456": the outlet's own tip line. */
const US = /\b(?:us|uns|ci)\b|-nous\b|-nos\b|\bnous\b|\bnos\b|contáctanos|escríbenos|llámanos|contattaci|scrivici|chiamaci|ligue-nos|fale conosco/i;
const PHONE = /(?:\+|\b0)\d[\d ./-]{6,18}\d\b/;

/**
 * The outlet asking its readers to call it, with a number: a contact verb, a first-person-plural
 * object ("us", "nous", "uns") and a phone number. A police appeal in the story ("anyone with
 * information should contact police on 0800 555 111") names someone else and stays.
 */
function phoneAppeal(line: string): boolean {
  if (line.length > 160 || !PHONE.test(line)) return false;
  return (CTA_VERB.test(line) || /\b(?:call|ring|rufen|appelez|appelle[sz]?|llame|llama|chiamate|chiama|ligue|bel)\b/i.test(line)) && US.test(line);
}

/** A shortcode wrapping a URL or an embed: the whole line goes. */
export const EMBED_SHORTCODE = /^\[(embed|video|audio|tweet|instagram|youtube|soundcloud|playlist)(\s[^\]]{0,300})?\][^[]{0,2000}\[\/\1\]$/i;
export const SHORTCODE = /^\[\/?(ad_?\d*|ads?|advert[a-z]*|caption|embed|gallery|video|audio|playlist|related[a-z_-]*|tweet|instagram|youtube|facebook|twitter|vc_[a-z_]+|et_pb_[a-z_]+|contact-form[\w-]*|sc[a-z_-]*|shortcode[a-z_-]*)(\s[^\]]{0,300})?\]$/i;
/** Shortcodes inside a paragraph: removed from it, the paragraph stays. */
export const INLINE_SHORTCODE = /\[\/?(ad_?\d*|embed|gallery|video|audio|tweet|related[a-z_-]*)(\s[^\]]{0,300})?\]/gi;

export const RELATED_HEADER =
  /^(read more|read also|also read|read next|keep reading|continue reading|related|related articles?|related stories|related news|related content|related coverage|related links?|related posts?|more stories|more news|more from [\p{L}\p{N} .&'-]{1,40}|more on this( story| topic)?|recommended( for you| stories| reading)?|see also|you may also like|you might also like|don'?t miss|must read|trending( now)?|popular( now| stories)?|most popular|most read|most viewed|top stories|editor'?s picks|latest( news| stories)?|related topics|more in [\p{L}\p{N} .&'-]{1,40}|what to read next|más noticias|lee también|lea también|te puede interesar|ver también|noticias relacionadas|lire aussi|à lire aussi|a lire aussi|sur le même sujet|voir aussi|mehr zum thema|auch interessant|lesen sie auch|weitere artikel|leia também|leia mais|veja também|leggi anche|potrebbe interessarti|lees ook|lees meer|meer nieuws|ook interessant|läs också|läs mer|læs også|les også|czytaj też|czytaj także|zobacz też|zobacz także|читайте также|смотрите также|по теме|اقرأ أيضاً|اقرأ أيضا|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|関連記事|関連ニュース|관련기사|관련 기사|das könnte sie (?:auch )?interessieren|(?:dich|sie) interessiert (?:vielleicht|sicher|bestimmt) auch|(?:die )?neueste[nr]? (?:artikel|beiträge|meldungen|nachrichten)|populäre artikel(?: der letzten \d{1,2} tage)?|articles les plus lus|les plus lus|most viewed(?: content| stories| articles)?|notas relacionadas|artículos relacionados|mehr zum thema (?:auf|bei) [\p{L}\p{N} .&'-]{1,40}|verwandte (?:artikel|beiträge|themen|themenbereiche|nachrichten)|ähnliche (?:artikel|beiträge|nachrichten|themen)|temas relacionados|schon gelesen\?|zum weiterlesen|aktuelle beiträge|热门推荐|相关推荐|meistgelesen(?:e (?:artikel|beiträge|nachrichten))?|meist gelesen|zum thema|lo más (?:leído|visto|popular)|mais (?:lidas|lidos|vistos|populares)|i più letti|più lett[ie]|sponsored stories|promoted stories|recommended by [\p{L}]{2,20}|around the web|from the web|more to explore|siehe auch|vous aimerez (?:aussi|également)|trending on [\p{L}\p{N} .&'-]{1,40}|ti potrebbe interessare|también te puede interesar|das könnte dich (?:auch )?interessieren|(?:audios? et )?vidéos sur le (?:même )?sujet)\s*(?:[:：.…>»-]{1,3}\s*)?$/iu;

/** "Read more: Headline" on one line. */
export const RELATED_INLINE =
  /^(read more|read also|also read|read next|related|see also|recommended|don'?t miss|must read|more|watch|video|listen|photos|ver vídeo|vidéo|lee también|lea también|lire aussi|à lire aussi|mehr zum thema|lesen sie auch|leia também|leia mais|leggi anche|ver también|te puede interesar|lees ook|lees meer|läs också|läs mer|læs også|les også|czytaj też|czytaj także|zobacz też|zobacz także|читайте также|смотрите также|اقرأ أيضاً|اقرأ أيضا)\s*[:>»|–—-]\s*(\S[^\n]{3,200})$/iu;

export const RULES: JunkRule[] = [
  // Feed and syndication footers: "The post X appeared first on Y.", "This article originally appeared on Z."
  { reason: 'boilerplate', test: /^(the post [^\n]{3,250} appeared first on [^\n]{2,120}|(this (article|story|post|piece) )?(was )?(originally|first) (appeared|published|posted|ran) (on|at|in|by) [^\n]{2,150}|(this (article|story|post|piece) )(was )?(originally |first )?(appeared|published|posted|ran) (on|at|in|by) [^\n]{2,150}|republished (with permission )?from [^\n]{2,150}|publicado originalmente en [^\n]{2,150}|initialement publié (sur|dans|par) [^\n]{2,150}|zuerst erschienen (auf|in|bei) [^\n]{2,150})$/i },
  // WordPress comment forms and widgets.
  { reason: 'comments', test: /^(leave a reply( cancel reply)?|cancel reply|your email address will not be published\.?[^\n]{0,80}|required fields are marked \*?|save my name, email,? and website [^\n]{0,120}|please enable javascript to view the comments[^\n]{0,80}|post a comment|post comment|submit comment|you must be logged in to post a comment\.?)$/i },
  // Comment sections, however few comments they hold: "Bisher keine Kommentare", "Kommentare (0)", "No responses so far".
  { reason: 'comments', test: /^(?:(?:bisher |noch )?keine kommentare(?: vorhanden)?\.?|es gibt noch keine kommentare\.?|kommentare ?\(\d{1,5}\)|no responses? (?:so far|yet)\s?»?|notify me (?:of|when) (?:new )?(?:comments|posts)[^\n]{0,60}|(?:name|e-?mail|website) \((?:erforderlich|required|obligatoire|obligatorio)\)|comentar este artículo[^\n]{0,30})$/iu },
  { reason: 'comments', test: /^(?:vos réactions \(\d{1,5}\)|dołącz do dyskusji|إضافة تعليق جديد)$/iu },
  // Back and list links: "nach oben", "zurück zur Listenansicht", "Zu allen Beiträgen".
  { reason: 'navigation', test: /^(?:nach oben|zurück|zurück zur (?:listenansicht|übersicht|vorherigen seite|startseite)|zu allen (?:beiträgen|artikeln|meldungen|news)|vorheriges weiter)$/iu },
  // "Publiziert: 03.04.2020, 12:35", "Publikacja: 04.05.2021": a publication stamp on its own.
  { reason: 'boilerplate', test: /^(?:publiziert|veröffentlichung|publikacja|opublikowano)\s?:?\s[^\n\d]{0,20}\d[^\n]{0,40}$/iu },
  // Share prompts: "Diesen Artikel teilen", "Möchten Sie den Artikel teilen?", "Like it? Share it!".
  { reason: 'share-prompt', test: /^(?:(?:diese[ns]?|den) (?:artikel|beitrag|geschichte|seite) teilen|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\?|like it\? share it!|share (?:this|the) (?:article|story|post|page)\s?:?|partager (?:cet|l') ?article|compartir (?:esta|la) (?:noticia|nota))$/iu },
  { reason: 'navigation', test: /^(post navigation|(next|previous|prev) (post|article|story)\s*[:»›>-]?[^\n]{0,150})$/i },
  // The previous/next post links of a blog, in other languages ("Weiter Nächster Beitrag: …", "Article suivant").
  {
    reason: 'navigation',
    test: /^(?:(?:(?:weiter|zurück)\s)?(?:nächster|vorheriger|voriger) (?:beitrag|artikel|eintrag)|article (?:suivant|précédent)|(?:entrada|artículo) (?:anterior|siguiente)|siguiente (?:entrada|artículo)|articolo (?:successivo|precedente)|(?:volgend|vorig) bericht)(?:\s?[:»›>-]\s?[^\n]{1,150})?$/iu,
  },
  // A line opening with a back arrow or ending with a forward one is a link between posts or pages.
  { reason: 'navigation', test: /^←\s?[^\n←→]{1,150}(?:\s→\s?[^\n←→]{0,150})?$|^[^\n←→]{1,150}\s→$/u },
  // An author's archive link: "View all posts by …".
  { reason: 'navigation', test: /^(?:view all posts by|see all posts by|zeige alle beiträge von|alle beiträge von|voir tous les articles (?:de|par)|ver todas las entradas de|vedi tutti gli articoli di|bekijk alle berichten van)\s[^\n]{2,60}$/iu },
  // WordPress's share and rating headers, translated: "Teilen Sie dies mit:", "Partager :", "Rate this:".
  { reason: 'share-prompt', test: /^(?:teilen sie dies mit|teilen mit|partager|compartir esto|condividi|delen|compartilhe isso|udostępnij|rate this|bewerten|évaluer|valora esto)\s?:$/iu },
  { reason: 'share-prompt', test: /^(like this:?|like loading\.{0,3}|share this:?|share:|follow|open in app|join our [\p{L} ]{0,25}(channel|community|group)[^\n]{0,60})$/iu },
  // "Source: BBC News", "Via: The Verge", "h/t Daily Mail": where the copy came from, not story text.
  // Only a bare credit: an address, or one short name (or a short comma list of agencies). Case-sensitive:
  // what follows the label must be a name ("Source: the company said…" is a sentence). A line listing
  // its sources in the article's own voice ("Sources: Royal College of Nursing; Office for National
  // Statistics.") is content: a semicolon list, or more than six words.
  { reason: 'source-link', test: /^(([Ss]ources?|SOURCES?|[Vv]ia|VIA|[Ff]uente|[Qq]uelle|[Ff]onte|[Ss]ource de l'article)\s*:|[Hh]\/[Tt]:?|[Hh]at tip:?)\s*(?:(?:https?:\/\/|www\.)\S{1,200}|(?=[\p{Lu}\d]|dpa\b)[^\s;!?]{1,40}(?: [^\s;!?]{1,40}){0,5})$/u },
  { reason: 'advertisement', test: /^(sponsored by [^\n]{2,60}|skip ad|report (an|this) ad|ad feedback|close ad|advertisement feature)$/i },
  { reason: 'boilerplate', test: /^(click to enlarge|enlarge this image|toggle caption|hide caption|show caption|expand|photo gallery|view gallery|see (the )?gallery|your browser does not support the (video|audio)( tag| element)?\.?|our standards: [^\n]{2,80}|disclaimer: [^\n]{10,280})$/i },
  { reason: 'ad-marker', test: /^\[\/?ad_?\d*\]$/i },
  { reason: 'source-link', test: /^(source link|source|link to source|original source|fuente|fonte|quelle|lien source|source de l'article)\s*(?::\s*)?$/i },
  {
    reason: 'advertisement',
    test: /^[-–—([]*\s*(advertisement( [-–—] scroll to continue( with content)?)?|advertisements|advertising|advertorial|sponsored|sponsored content|paid content|promoted|promoted content|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|reklame|реклама|إعلان|广告|廣告|広告|광고|story continues below( this)? advertisement|article continues below( this)?( advertisement)?|continue reading (the main story|below)|scroll to continue( with content)?)\s*[-–—)\]]*$/i,
  },
  {
    reason: 'share-prompt',
    test: /^((share|tweet|email|print|pin|post)( this| the)?( article| story| post| page| video| on| via| with)?( on| via)?([\s,|·•]+(facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|pinterest|messenger|flipboard|bluesky|threads)){0,10}[\s,|·•]*|share (on|via) [^\n]{1,100}|follow (us|me|@\S+)( on)? [^\n]{1,100}|like us on facebook[^\n]{0,60}|click here (to|for) [^\n]{1,160}|tap here (to|for) [^\n]{1,160}|join (us|our (channel|community|group)) on [^\n]{1,80}|(get|download) (the|our) (free )?app[^\n]{0,100}|síguenos en [^\n]{1,80}|suivez-nous sur [^\n]{1,80}|folgen sie uns [^\n]{1,80}|compartir en [^\n]{1,60}|partager sur [^\n]{1,60}|teilen (?:auf|bei|über|via) [^\n]{1,60}|comparti?lhe [^\n]{1,80})$/i,
  },
  {
    // "Comparte esta receta en Facebook y WhatsApp", "Partagez cet article sur X": a share verb and a network.
    reason: 'share-prompt',
    test: /^(share|comparte|compártelo|compartir|partagez|partager|teilen sie|teile|condividi|compartilhe|partilhe)\b[^\n]{0,80}\b(facebook|twitter|whatsapp|linkedin|telegram|e-?mail|x|bluesky|redes sociales|réseaux sociaux|sozialen netzwerken|social media)\b[^\n]{0,40}$/i,
  },
  {
    reason: 'share-prompt',
    test: /^((facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|reddit|telegram|messenger|copy link|copy|print|share|flipboard|sms)[\s,|·•/]*){2,10}$/i,
  },
  {
    reason: 'newsletter-prompt',
    test: /^[^\n]{0,80}\b(sign up|signup|subscribe|register|get|receive|join)\b[^\n]{0,120}\b(newsletters?|inbox|e-?mail (updates|alerts|briefing)|daily briefing|breaking news alerts)\b[^\n]{0,120}$/i,
  },
  // "If you enjoyed this post, subscribe…", "Subscribe to get new posts by email".
  // Donation and membership appeals, a line of their own: "Jetzt spenden", "Soutenez notre travail".
  {
    reason: 'newsletter-prompt',
    test: /^(?:support (?:independent|our|quality|local) (?:journalism|reporting|work)[.!]?(?:\s(?:donate|give|subscribe|join)\b[^\n]{0,60})?|(?:jetzt|hier) spenden[.!]?|spenden sie jetzt[^\n]{0,60}|unterstützen sie (?:unsere arbeit|unabhängigen journalismus|uns mit einer spende)[^\n]{0,100}|soutenez(?:-nous| notre (?:travail|journal|rédaction)| le journalisme indépendant)[^\n]{0,100}|faites un don[^\n]{0,60}|apoya (?:nuestro periodismo|el periodismo independiente)[^\n]{0,100}|sostieni il nostro (?:lavoro|giornalismo)[^\n]{0,60}|become a (?:member|supporter|patron)(?: (?:today|now))?[.!]?)$/iu,
  },
  { reason: 'newsletter-prompt', test: /^(if you (enjoyed|liked|enjoy|like|found)( reading)? (this|the|our) (post|article|story|piece|newsletter|blog)[^\n]{0,160}|(wenn|falls) (dir|ihnen|euch) (dieser|der|mein) (beitrag|artikel|blogpost|post) gefallen hat[^\n]{0,160}|hat (dir|ihnen|euch) (dieser|der|mein) (beitrag|artikel|blogpost|post) gefallen\?[^\n]{0,160}|si vous avez aimé (cet|ce|notre) (article|billet|post)[^\n]{0,160}|si te ha gustado (este|esta) (artículo|entrada|post|nota)[^\n]{0,160}|thanks for reading[^\n]{0,30}\bsubscribe\b[^\n]{0,160}|[^\n]{0,60}\bsubscribe\b[^\n]{0,60}\b(receive|get) new posts\b[^\n]{0,80}|[^\n]{0,60}\bsubscribe\b[^\n]{0,80}\bby e-?mail\b[^\n]{0,40})$/i },
  { reason: 'newsletter-prompt', test: /^(newsletter|newsletters|suscríbete[^\n]{0,120}|abonnez-vous[^\n]{0,120}|abonnieren sie[^\n]{0,120}|assine[^\n]{0,120}|iscriviti[^\n]{0,120})$/i },
  // "Inscrivez-vous à notre newsletter.", "Melden Sie sich für unseren Newsletter an", "Suscríbete a nuestro boletín":
  // an imperative opening the line's last sentence, a newsletter noun in it, at most one sentence before.
  {
    reason: 'newsletter-prompt',
    test: /^(?:[^.!?\n]{0,160}[.!?]\s)?(?:inscrivez-vous|abonnez-vous|recevez|inscris-toi|melden sie sich|abonnieren sie|bestellen sie|erhalten sie|suscríbete|suscríbase|suscribite|regístrate|regístrese|apúntate|iscriviti|iscrivetevi|abbonati|inscreva-se|inscrevase|assine|receba|cadastre-se|registe-se|subscreva)\b[^.!?\n]{0,120}\b(?:newsletters?|lettre d'information|lettres d'information|infolettre|boletín|boletines|boletim|boletins|e-?mail|courriel|postfach|posteingang|bandeja de entrada|casella di posta)\b[^.!?\n]{0,80}[.!]?$/i,
  },
  // "Runway Notes is a reader-supported publication. To receive new posts and support my work, consider
  // becoming a free or paid subscriber.": the appeal, not the story. The "is a … publication" sentence
  // must open the line and an appeal must follow it (or stand alone); a sentence that merely calls a
  // paper reader-supported goes on with its own verb and is kept.
  {
    reason: 'newsletter-prompt',
    test: /^(?:[^.!?\n]{1,60}\s(?:is|are|est|ist|es|è|é)\s(?:a|an|une?|eine?|una?|uma?)\s(?:(?:reader|listener|viewer|member|audience)[- ](?:supported|funded|powered)|publication financée par ses lecteurs|von (?:seinen |ihren )?lesern finanzierte)\s?[\p{L} -]{0,30}[.!]\s?)?(?:to (?:receive|get) new posts[^.!?\n]{0,80}|please )?(?:consider (?:becoming|upgrading to) a (?:free or paid |paid |free )?(?:subscriber|member|supporter)|become a (?:free or paid |paid )?(?:subscriber|supporter)|support (?:my|our) work|devenez abonnée?|werden sie abonnent(?:in)?|hazte suscriptor|diventa abbonato|torne-se assinante)(?![\p{L}\p{N}])[^.!?\n]{0,80}[.!]?$/iu,
  },
  {
    reason: 'newsletter-prompt',
    test: /^[^.!?\n]{1,60}\s(?:is|are)\s(?:a|an)\s(?:reader|listener|viewer|member|audience)[- ](?:supported|funded|powered)\s(?:publication|newsletter|site|podcast|project)[.!]?$/i,
  },
  {
    reason: 'cookie-notice',
    test: /^[^\n]{0,200}\b(we use cookies|this (web)?site uses cookies|uses cookies to|accept (all )?cookies|cookie (policy|settings|preferences)|utilizamos cookies|nous utilisons des cookies|wir verwenden cookies)\b[^\n]{0,200}$/i,
  },
  {
    reason: 'paywall-notice',
    test: /^[^\n]{0,60}\b(subscribe to (continue|read|unlock|keep reading)|(\d+|no) free (articles?|stories) (left )?(this month|remaining)|subscribers? only|for subscribers|premium (content|article)|you have (reached|used) (your|all your) (free )?(article|story|monthly)?\s?(limit|articles)|to continue reading|continue reading with|already a (subscriber|member)|log ?in to (continue|read)|become a (member|subscriber) to|unlock (this|full) (article|access)|this (article|content) is (only )?(for|available to) (subscribers|members)|contenido exclusivo para suscriptores|réservé aux abonnés|article réservé|nur für abonnenten|exklusiv für abonnenten)\b[^\n]{0,160}$/i,
  },
  // Breadcrumbs and menus: "Home | News | Politics", "World › Europe › France". Decided on the line's
  // parts, split once on the separators: one regex doing the same (a repeated group of name, spaces,
  // separator, spaces) backtracks exponentially on long "Name · Name · Name ·" lists.
  { reason: 'navigation', test: { test: isSeparatorList } },
  { reason: 'navigation', test: /^(sign in|log in|login|register|contact us|about us|privacy policy|terms of (use|service)|report an error|corrections policy|site map|sitemap|accessibility)$/i },
  {
    reason: 'boilerplate',
    test: /^(listen to (this|the) (article|story)([^\n]{0,30})?|listen|ascolta (?:l'articolo|la notizia)|écouter (?:cet|l') ?article|artikel (?:anhören|vorlesen)|escuchar (?:la noticia|el artículo|esta noticia)|ouvir (?:a notícia|o artigo|esta notícia)|play (video|audio)|watch( now| video| live| the video| our video| the full video| the clip)?( here| below)?|video ansehen|regarder la vidéo|ver (el )?v[ií]deo|guarda il video|assista ao v[ií]deo|video|audio|loading\.{0,3}|supported by|gift this article|send any friend a story|save (this )?(article|story)|bookmark|\d{1,2}:\d{2}( min)?)$/i,
  },
  // A lone media label left where a picture was: "Photo", "Foto", "Image copyright", "Bildquelle".
  {
    reason: 'caption',
    test: /^(photo|photos|foto|fotos|photograph|picture|image|images|bild|bilder|credit|credits|crédit|crédito|image copyright|image caption|media caption|copyright|bildquelle|bildnachweis|fotonachweis|quelle|gallery|galerie|galería|video|vidéo|zoom|enlarge|vergrößern|agrandir|ampliar)\s*:?$/i,
  },
  // Gallery and player counters: "1 of 8", "3 / 12", "Bild 2 von 9", "Photo 4 sur 10".
  {
    reason: 'boilerplate',
    test: /^((photo|foto|bild|image|slide|picture|diapositive|imagen|immagine)\s)?\d{1,3}\s?(of|von|sur|de|di|\/|aus)\s?\d{1,3}$/i,
  },
  // Counters left by share bars and players: "2,345 shares", "1.2K views", "Aufrufe: 310", and a bare number alone on its line.
  {
    reason: 'share-prompt',
    test: /^(?:\d{1,3}(?:[,.\u00a0 ]\d{3}){0,3}|\d{1,6}(?:[.,]\d)?\s?[kKmM])\s?(?:shares?|views?|likes?|reactions?|retweets?|reposts?|partages|vues|compartidos|compartilhamentos|visualizaciones|visualizzazioni|aufrufe|mal geteilt|mal gelesen)$/iu,
  },
  { reason: 'share-prompt', test: /^(?:shares?|views?|aufrufe|vues|visualizaciones)\s?:\s?\d{1,3}(?:[,.\u00a0 ]\d{3}){0,3}$/iu },
  { reason: 'boilerplate', test: /^\d{1,6}$/ },
  // Reader polls and comment prompts: "Have your say: …? Yes / No", "Poll: …", "Let us know in the comments below."
  { reason: 'comments', test: /^(?:have your say|reader poll|poll|quick poll|vote|umfrage|abstimmung|sondage|encuesta|sondaggio|enquete)\s?:\s?[^\n]{3,200}$/iu },
  { reason: 'comments', test: /^(?:[^\n]{0,80}[.?!]\s)?(?:let us know|tell us|share your (?:thoughts|views|opinion)|sagen sie uns|schreiben sie uns|dites-nous|cuéntanos|diganos|dicci)\b[^\n]{0,60}\b(?:comments?|kommentar\p{L}*|commentaires?|comentarios?|commenti)\b[^\n]{0,40}$/iu },
  { reason: 'comments', test: /^[^\n]{3,160}\?\s(?:yes|ja|oui|sí|si|sim)\s?\/\s?(?:no|nein|non|não)$/iu },
  // "[Thanks to reader Ellie Marsh for the photo.]", "(H/t to our reader Jo.)": a bracketed thank-you.
  { reason: 'boilerplate', test: /^[[(]\s?(?:thanks|thank you|with thanks|many thanks|h\/t|hat tip|danke|merci|gracias|grazie|obrigado)\b[^\n\])]{0,160}[\])]$/iu },
  // Page tools and player residue standing alone: "Copy link", "Drucken", "Artikel merken", "Video Player is loading.".
  {
    reason: 'share-prompt',
    test: /^(?:copy link|link copied|copy url|teilen|drucken|artikel merken|merken|kommentieren|compartir|imprimir|partager|imprimer|réagir|condividi|stampa|partilhar|compartilhar|delen|printen|print this (?:page|article))$/iu,
  },
  {
    reason: 'boilerplate',
    test: /^(?:scroll down for (?:the )?video|click to play(?: the)? video|video player is loading\.?|this video (?:can ?not|cannot|could not) be played\.?[^\n]{0,60}|report (?:a typo|an error|a correction)|about the author|contact the author|letters to the editor|photo d'illustration|image d'illustration|symbolbild|foto de archivo|ver comentarios|(?:newsletter|jetzt) abonnieren|donate(?: now| today)?|support (?:independent|our|quality) journalism[.!]?|our journalism needs your support[.!]?)$/iu,
  },
  // "Call us on 0800 123 4567": an appeal with a phone number and nothing else.
  { reason: 'boilerplate', test: /^(?:call|ring|phone|text|whatsapp|rufen sie|appelez|llame|llámanos)\b[^\n\d]{0,40}\+?\d[\d ()./-]{6,20}\d\.?$/iu },
  { reason: 'image-filename', test: /^[\w\-.() ]{1,100}\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i },
  {
    reason: 'copyright',
    test: /^[*_\s]*(©|\(c\)|copyright\s*(©|\(c\)|\d{4}|by\b|of\b)|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati)[^\n]{0,240}$/i,
  },
  { reason: 'copyright', test: /^[^\n]{0,200}\b(all rights reserved|derechos reservados|droits réservés)\.?[*_\s]*$/i },
  // "Riproduzione riservata © Copyright Il Messaggero", "Texto: © 2026 Diario": a © in a short line naming a holder.
  { reason: 'copyright', test: /^[^\n©]{0,60}©\s*(copyright\s*)?(\d{4}\s*)?[\p{Lu}\d][^\n©]{0,80}$/u },
  { reason: 'copyright', test: /^(riproduzione riservata|reproduction interdite|nachdruck verboten|reproducción prohibida)\b[^\n]{0,120}$/i },
  // Press-release tails: "SOURCE Acme Robotics, Inc.", "###", a lone e-mail address or phone number.
  { reason: 'boilerplate', test: /^SOURCE [\p{Lu}\d][^\n]{1,100}$/u },
  { reason: 'boilerplate', test: /^(#{3}|-{3}|\*{3}|-30-|ends|- ends -)$/i },
  { reason: 'boilerplate', test: { test: isCallToAction } },
  { reason: 'boilerplate', test: /^(e-?mail:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,5}$/i },
  { reason: 'boilerplate', test: /^(tel|phone|ph|mobile|tél|telefon|teléfono)\.?\s*(?::\s*)?\+?\d[\d\s()./-]{5,24}$/i },
  {
    reason: 'comments',
    test: /^((\d+\s+)?comments?(\s*\(\d+\))?|leave a (comment|reply)|comments are closed|join the (conversation|discussion)|show comments|view comments|add (a )?comment|\d+ responses?|comentarios|commentaires|kommentare)\s*:?$/i,
  },
  {
    reason: 'navigation',
    test: /^(home|menu|skip to (main )?content|skip navigation|back to top|toggle navigation|search|close|open menu|main menu|next article|previous article|next|previous|load more|show more|see more|view all|more|inicio|accueil|startseite)$/i,
  },
  { reason: 'boilerplate', test: /^(tags|topics|filed under|categories|category|temas|étiquettes|schlagwörter)\s*:[^\n]{0,300}$/i },
  // The post's filing without a colon ("Filed under politics, media"), and tag runs glued to their label.
  { reason: 'boilerplate', test: /^(?:filed under|abgelegt unter|classé dans|archivado en|archiviato in)\s[^\n]{1,200}$|^(?:getaggt mit|tagged with|verschlagwortet mit)\s?:[^\n]{0,300}$/iu },
  {
    reason: 'boilerplate',
    test: /^(this (article|story) (was|has been) (originally )?(published|updated|corrected)[^\n]{0,200}|(updated|published|posted|last updated|first published)( on| at)?:? [^\n]{0,60}|publicado( el)?:? [^\n]{0,60}|actualizado( el)?:? [^\n]{0,60}|publié le [^\n]{0,60}|mis à jour le [^\n]{0,60}|veröffentlicht( am)? [^\n]{0,60}|aktualisiert( am)? [^\n]{0,60}|(pubblicato|aggiornato)( il)?:? [^\n\d]{0,30}\d[^\n]{0,40}|(publicado|atualizado)( em)? [^\n\d]{0,30}\d[^\n]{0,40})$/i,
  },
  { reason: 'boilerplate', test: /^(thanks|thank you) for reading[.!]?$/i },
  // "Read more news at https://…", "Lee más noticias en www.…": a pointer elsewhere, not story text.
  { reason: 'boilerplate', test: /^(read|visit|see|find|follow|lee|lea|visita|encuentra|lire|retrouvez|consultez|leia|veja|acesse|lesen sie|mehr|leggi)\b[^\n]{0,80}\s(https?:\/\/|www\.)\S{1,200}$/i },
  // A line that is only an address (a print view's page URL, a pasted link): not story text.
  { reason: 'boilerplate', test: /^(?:https?:\/\/|www\.)[^\s<>"]{1,300}$/i },
  // Tip-line appeals: "Do you have a story? Email tips@…", "Got a news tip? Contact us".
  { reason: 'boilerplate', test: /^(do you have|have you got|got) a (story|news tip|tip|video|photo)\b[^\n]{0,160}$/i },
  { reason: 'boilerplate', test: /^(reading time|lesezeit|tiempo de lectura|temps de lecture)\s*(?::\s*)?\d+\s*(min|minutes?|minuten|minutos)[^\n]{0,20}$/i },
  { reason: 'boilerplate', test: /^\d+\s*(min|minute|minutes)\s+(read|de lectura|de lecture|lesezeit)$/i },
  // A reading-time badge on its own: "4 min", "6 mins".
  { reason: 'boilerplate', test: /^\d{1,3}\s*(min|mins|minutes|minutos|minuten)\.?$/i },
  // Chinese editor credit: "（责任编辑：王芳）".
  { reason: 'boilerplate', test: /^[（(]?\s*(责任编辑|責任編輯|编辑|編輯|责编|来源|來源)\s*[:：][^（）()\n]{1,30}[）)]?$/u },
  // Comment-section notices: moderation, the address not published, the form's own help, "12 responses to …", pingbacks.
  { reason: 'comments', test: /^(?:[^\n]{0,80}\b)?(?:comments are moderated|comments? (?:will be|are|is) (?:moderated|reviewed) before|kommentare werden (?:vor (?:der|ihrer) veröffentlichung )?moderiert|les commentaires sont modérés|los comentarios (?:son|serán) moderados|i commenti sono moderati)\b[^\n]{0,200}$/iu },
  { reason: 'comments', test: /^(?:(?:deine|ihre|your) e-?mail-?adresse wird nicht veröffentlicht|(?:some )?(?:comments may be|email addresses will not be) published[^\n]{0,120}|votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|tu (?:dirección de )?correo electrónico no (?:será|se) publicad[oa]|o seu (?:endereço de )?e-?mail não será publicado|il tuo indirizzo email non sarà pubblicato|die kommentarfunktion (?:wird|ist)[^\n]{0,80}(?:geschlossen|deaktiviert)|zeilenumbrüche und absätze werden automatisch erzeugt|lines and paragraphs break automatically)\.?[^\n]{0,120}$/iu },
  { reason: 'comments', test: /^(?:\d{1,5}|one|two|three|ein|eine|zwei|drei) (?:responses?|replies|thoughts|comments?|antworten|kommentare?|gedanken|réponses?|commentaires?|comentarios?|respuestas?|risposte|commenti|komentarz[ey]?) (?:to|on|zu|auf|à|sur|en|a|para|su|do)\s["“„«‘'‚»][^\n]{1,160}$/iu },
  { reason: 'comments', test: /^(?:pingback|trackback)(?: von| by| de| di| od)?\s?:?[^\n]{0,160}$/iu },
  // A post's filing line: "This entry was posted in …", "Dieser Eintrag wurde veröffentlicht in …".
  { reason: 'boilerplate', test: /^(?:this (?:entry|post) was posted|dieser (?:eintrag|beitrag) wurde (?:am [^\n]{1,40} )?(?:veröffentlicht|abgelegt|geschrieben)|cet? (?:billet|article|entrée) a été publiée? (?:dans|le)|esta entrada (?:fue publicada|se publicó)|questo articolo è stato pubblicato|este artigo foi publicado|dit bericht is geplaatst)\b[^\n]{0,240}$/iu },
  // Disclaimers of opinions, and of affiliate links and sponsors.
  { reason: 'boilerplate', test: /^(?:[^\n]{0,80}\s)?(?:is not responsible for the (?:opinions|content|views)|(?:the )?(?:opinions|views) expressed[^\n]{0,80}\b(?:are|is) (?:solely |those |the )|les opinions exprimées[^\n]{0,80}n['’]engagent que|(?:die )?(?:hier )?geäußerten meinungen[^\n]{0,80}(?:nicht|ausschließlich)|las opiniones (?:expresadas|vertidas)[^\n]{0,80}(?:son|es) (?:de )?(?:exclusiva )?responsabilidad)\b[^\n]{0,200}$/iu },
  { reason: 'advertisement', test: /^(?:this (?:post|article|page|site) (?:contains|may contain|includes) (?:affiliate links|references to products|sponsored)|we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation) (?:when|if|from)|we occasionally get sponsored|as an amazon associate|dieser (?:beitrag|artikel) enthält (?:affiliate|werbe|partner)-?links|(?:cet|l') ?article contient des liens (?:affiliés|sponsorisés)|este (?:artículo|post) contiene enlaces de afiliados)\b[^\n]{0,260}$/iu },
  { reason: 'advertisement', test: /^(?:if you(?:'|’)re (?:running|using) an? ad-?blocker|(?:bitte )?deaktivieren sie (?:ihren|den) (?:ad|werbe)-?blocker|sie (?:verwenden|nutzen) einen (?:ad|werbe)-?blocker|vous utilisez un bloqueur de publicités?|(?:estás|está) usando un bloqueador de anuncios)\b[^\n]{0,260}$/iu },
  // A print / pin / recommend bar with its labels only: "Zum Rezept Drucken Pinnen", "Weiterempfehlen Drucken".
  { reason: 'share-prompt', test: { test: isActionBar } },
  // "Follow us", "Folge uns auch in den sozialen Medien …".
  { reason: 'share-prompt', test: /^(?:follow us|folge uns|folgt uns|folgen sie uns|suivez-nous|síguenos|siga-nos|seguici|seguinos|obserwuj nas|volg ons)\b[^\n]{0,100}$/iu },
  // "Was this article helpful?", "War der Artikel nützlich?": the page's own feedback prompt.
  { reason: 'boilerplate', test: /^(?:was (?:this|the) (?:article|page|post|story|information|recipe) (?:helpful|useful)|was this helpful|did you find (?:this|the) (?:article|page|post|story) (?:helpful|useful)|war (?:der|dieser|das|diese) (?:artikel|beitrag|text|information|seite) (?:nützlich|hilfreich)|(?:hat|wie hat) (?:ihnen|dir|euch) (?:der|dieser|das|dieses) (?:artikel|beitrag|rezept) gefallen|cet article vous a-t-il (?:été utile|plu)|¿?(?:te|le) (?:ha )?(?:resultado|resultó|fue|pareció) útil(?: (?:este|esta|el|la) (?:artículo|nota|información))?|czy ten artykuł był pomocny)\s?\?$/iu },
  // Cookie notices the rule above does not word: "Wir nutzen Cookies", "korzystamy z cookies", "Was sind Cookies?".
  { reason: 'cookie-notice', test: /^[^\n]{0,200}\b(?:wir (?:nutzen|benutzen|setzen) cookies|diese (?:web)?seite (?:benutzt|verwendet|nutzt) cookies|was sind cookies\?|ce site utilise des cookies|este (?:sitio|sitio web|portal) (?:utiliza|usa) cookies|usamos cookies|utilizziamo (?:i )?cookie|questo sito (?:utilizza|usa) (?:i )?cookie|(?:używamy|korzystamy z) (?:plików )?cookies?|este site (?:utiliza|usa) cookies)[^\n]{0,200}$/iu },
  // More comment-section lines: closed, log in to comment, the form's e-mail field, "71 Kommentare".
  { reason: 'comments', test: /^(?:kommentare sind (?:geschlossen|deaktiviert)|die kommentare sind geschlossen|les commentaires sont fermés|los comentarios están cerrados|i commenti sono chiusi|komentarze są wyłączone|du musst angemeldet sein, um (?:einen kommentar abzugeben|kommentieren zu können)|sie müssen (?:angemeldet|eingeloggt) sein, um (?:einen kommentar abzugeben|kommentieren zu können)|vous devez être connecté pour (?:publier|poster) un commentaire|debes (?:estar registrado|iniciar sesión) para (?:publicar|dejar) un comentario|e-?mail \((?:wird benötigt und nicht veröffentlicht|wird nicht veröffentlicht|will not be published|ne sera pas publié)\)|\((?:erforderlich|required|obligatoire|obligatorio|pflichtfeld)\)|\d{1,5} (?:kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|reacties|reactions?))\.?$/iu },
  // "Wird geladen", "Cargando…": a loading placeholder in other languages.
  { reason: 'boilerplate', test: /^(?:wird geladen|lädt|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|ładowanie|laden)\s?(?:\.{1,3}|…)?$/iu },
  // Reading times in other languages: "5 Min. Lesezeit", "11 minut czytania", "3 min de lecture".
  { reason: 'boilerplate', test: /^(?:lesezeit:? )?\d{1,3}\s?(?:min\.?|minuten|minut|minutes?|minutos|minuti)\s(?:lesezeit|czytania|de lecture|de lectura|di lettura|de leitura|leestijd|lesen)$/iu },
  // A label whose value is on another line: "Aktualisiert:", "Von:", "Markiert:", "Ultima modifica".
  { reason: 'boilerplate', test: /^(?:(?:aktualisiert|veröffentlicht|erstellt|geändert|von|autor(?:in)?|markiert|verschlagwortet|schlagwörter|by|author|tagged|posted|publié|par|mis à jour|publicado|actualizado|por|pubblicato|aggiornato|autore)\s?:|ultima modifica|zuletzt aktualisiert|last modified)$/iu },
  // Embed placeholders: "Externer Inhalt", "Empfohlener redaktioneller Inhalt".
  { reason: 'boilerplate', test: /^(?:externer inhalt|empfohlener redaktioneller inhalt|contenu externe|contenido externo|external content)$/iu },
  // A table of contents' header, downloads of the page as PDF or EPUB.
  { reason: 'navigation', test: /^(?:inhaltsverzeichnis|inhalt(?:sübersicht)?|table of contents|contents|sommaire|índice|indice|spis treści)\s?:?$/iu },
  { reason: 'boilerplate', test: /^(?:pdf version|print version|(?:download|herunterladen|descargar|télécharger|scarica)(?: (?:as|als|en|au format|in formato))? (?:pdf|epub)|[\p{L}-]{1,30} als pdf|als pdf (?:herunterladen|speichern)|version pdf|versión pdf|télécharger au format (?:pdf|epub))$/iu },
  // Ratings and event placeholders: "(Noch keine Bewertungen)", "Es gibt derzeit keine bevorstehenden Veranstaltungen."
  { reason: 'boilerplate', test: /^(?:\(?(?:noch keine bewertungen?|no ratings yet|aucune évaluation|sin valoraciones(?: todavía)?)\)?|(?:es gibt (?:derzeit|aktuell) keine (?:bevorstehenden|kommenden) (?:veranstaltungen|termine)|there are no upcoming events|aucun événement à venir|no hay (?:próximos )?eventos(?: próximos)?)\.?)$/iu },
];

/** Labels of a print / pin / share bar, in several languages. */
const ACTION_WORDS = new Set(['drucken', 'pinnen', 'merken', 'teilen', 'weiterempfehlen', 'empfehlen', 'print', 'pin', 'save', 'share', 'imprimer', 'partager', 'imprimir', 'compartir', 'guardar', 'stampa', 'condividi', 'drukuj', 'udostępnij', 'partilhar', 'printen', 'delen']);
/** "Zum Rezept", "Jump to recipe": a recipe page's link that may open such a bar. */
const ACTION_LEAD = /^(?:zum rezept|jump to recipe|print recipe|pin recipe|rezept|recipe|recette|receta)\s?/i;

/** A line made of one to six action labels (after an optional "Zum Rezept"), nothing else. */
function isActionBar(line: string): boolean {
  if (line.length > 80) return false;
  const rest = line.replace(ACTION_LEAD, '');
  const words = rest.split(/[\s|·•,/]+/).filter(Boolean);
  if (words.length === 0) return rest !== line && /^(?:jump to recipe|print recipe|pin recipe)$/i.test(line.trim());
  if (words.length > 6) return false;
  return words.every((w) => ACTION_WORDS.has(w.toLowerCase()));
}

/**
 * Lines already decided: the segmenters and the cleaner ask about the same line several times (its
 * own turn, then as a neighbour of the lines around it), and each answer costs some fifty patterns.
 * Bounded: cleared when full.
 */
const decided = new Map<string, RemovalReason | null>();
const MAX_DECIDED = 20_000;

/** The reason a line is junk, or null when it is content. */
export function junkReason(line: string): RemovalReason | null {
  if (line.length > MAX_JUNK_LINE) return null;
  const known = decided.get(line);
  if (known !== undefined) return known;
  if (decided.size >= MAX_DECIDED) decided.clear();
  const reason = decideJunk(line);
  decided.set(line, reason);
  return reason;
}

function decideJunk(line: string): RemovalReason | null {
  if (SHORTCODE.test(line)) return /^\[\/?ad/i.test(line) ? 'ad-marker' : 'shortcode';
  if (EMBED_SHORTCODE.test(line)) return 'shortcode';
  for (const rule of RULES) if (rule.test.test(line)) return rule.reason;
  return null;
}

/**
 * A byline: "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters", "Por María López".
 * Returns the names, or null.
 */
export function bylineNames(line: string): string[] | null {
  if (line.length > 160) return null;
  const m = /^(?:written |reported |words |posted |published |story |text |texto |texte |escrito |écrit |interview |interviewed )?(?:by|por|par|von|di|de|door)\s+(.{2,150})$/i.exec(line.trim());
  if (!m) return null;
  // Drop a trailing role or place: ", Staff Reporter", " in Kabul", " | The Times".
  const names = m[1]!
    .split(/(?<!\s)\s*[|•·]\s*|\s[-–—]\s|,\s+(?=(?:staff|senior|chief|local|political|foreign|business|sports?|deputy|special|news|the)\b)|(?<!\s)\s+(?:in|en|à|aus|em)\s+\p{Lu}\p{L}+$/iu)[0]!
    .replace(/,\s*\p{Ll}[^,]*$/u, '')
    .split(/(?<!\s)\s*(?:,|\band\b|&|\by\b|\bet\b|\bund\b|\be\b)\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const isName = (s: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|la|le|bin|al|ibn)){0,4}$/u.test(s) && s.split(/\s+/).length <= 5;
  // "Kelly Marsh, Showbiz Reporter": a role after the names is not a name.
  while (names.length > 1 && ROLE.test(names.at(-1)!)) names.pop();
  // "Gareth Pryce Wales transport correspondent": a role phrase straight after one name, no comma.
  if (names.length === 1 && ROLE.test(names[0]!)) {
    const name = nameBeforeRole(names[0]!);
    if (name) names[0] = name;
  }
  if (names.length === 0 || !names.every(isName)) return null;
  return names;
}

/**
 * The name in "Gareth Pryce Wales transport correspondent" / "Jane Doe BBC correspondent": two or three
 * capitalised words, then a short role phrase (up to five words) with a lower-case word before the role.
 */
function nameBeforeRole(s: string): string | null {
  const words = s.split(/\s+/);
  if (words.length > 9) return null;
  const lower = words.findIndex((w) => /^\p{Ll}/u.test(w));
  if (lower < 2) return null;
  // Capitalised words before the first lower-case one: the last one or two of them (a place, a
  // programme, an outlet) belong to the role when more than two were there.
  const take = lower >= 3 ? 2 : lower;
  if (words.length - take > 5) return null;
  return words.slice(0, take).join(' ');
}

/** A role line on its own under a byline: "Wales transport correspondent", "Korrespondentin in Berlin", "corresponsal en Bruselas". */
export function isRoleLine(line: string): boolean {
  if (line.length > 60 || /[.!?;:]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 6) return false;
  return ROLE.test(line) || ROLE_THEN_PLACE.test(line.charAt(0).toLowerCase() + line.slice(1));
}

const ROLE_THEN_PLACE = /^(?:[\p{L}'’-]{1,25}\s){0,3}(?:correspondent|correspondante?|korrespondent(?:in)?|corresponsal|corrispondente|correspondente|envoyée? spéciale?|inviat[oa] speciale|enviad[oa] especial|reporter|redakteur(?:in)?|editor)\s(?:in|en|à|a|em|für|for|de|di|da|do|del|at|aus)\s\p{Lu}[\p{L}'’ -]{1,30}$/u;

const ROLE = /\b(reporter|correspondent|editor|writer|columnist|journalist|critic|contributor|photographer|producer|analyst|staff|desk|team|redakteur(in)?|korrespondent(in)?|corresponsal|redactora?|periodista|journaliste|correspondant(e)?|envoyée? spéciale?|giornalista|inviato|repórter|correspondente)$/i;

/** True when a line reads like a subheading: short, no sentence punctuation at the end, not a sentence. */
export function looksLikeHeading(line: string): boolean {
  if (line.length < 3 || line.length > 90) return false;
  if (/[.,;:!?"”’»)]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 12) return false;
  if (!/^[\p{Lu}\p{N}"“«¿¡]/u.test(line)) return false;
  return true;
}

/** True when a line reads like a headline in a related-links list (not a paragraph of the story). */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 8 || line.length > 200) return false;
  const words = line.split(/\s+/).length;
  if (words > 30) return false;
  // Headlines rarely end with a full stop; two or more sentences is a paragraph.
  const sentences = (line.match(/[.!?]\s+\p{Lu}/gu) ?? []).length;
  // "Who is Tom Reyes? Everything we know": a short headline may hold one question or exclamation.
  return (sentences === 0 || (sentences === 1 && words <= 12 && /[?!:]\s/.test(line))) && !(words > 18 && /\.$/.test(line));
}
