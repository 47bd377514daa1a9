/**
 * Credits: wire-service credit lines ("(With information from AFP)", "— Reuters") and photo credits
 * at the end of captions ("(AP)", "Photo: Jane Doe/Reuters", "AFP via Getty Images").
 */

/** Agencies by the names they appear under, mapped to the short name kept in `credits`. */
const AGENCIES: [RegExp, string][] = [
  [/\bassociated press\b/i, 'AP'],
  [/\bAP\b/, 'AP'],
  [/\bagence france[- ]presse\b|\bAFP\b/i, 'AFP'],
  [/\breuters\b/i, 'Reuters'],
  [/\b(agencia )?EFE\b/, 'EFE'],
  [/\bdpa\b/i, 'dpa'],
  [/\bANSA\b/, 'ANSA'],
  [/\bxinhua\b/i, 'Xinhua'],
  [/\bTASS\b|\bRIA Novosti\b/, 'TASS'],
  [/\bbloomberg\b/i, 'Bloomberg'],
  [/\bPTI\b|\bpress trust of india\b/i, 'PTI'],
  [/\bANI\b/, 'ANI'],
  [/\bIANS\b/, 'IANS'],
  [/\bUPI\b|\bunited press international\b/i, 'UPI'],
  [/\bkyodo\b/i, 'Kyodo'],
  [/\byonhap\b/i, 'Yonhap'],
  [/\bAAP\b|\baustralian associated press\b/i, 'AAP'],
  [/\beuropa press\b/i, 'Europa Press'],
  [/\bgetty images\b/i, 'Getty Images'],
  [/\bpress association\b|\bPA Media\b/i, 'PA'],
  [/\bEPA\b/, 'EPA'],
  [/\bshutterstock\b/i, 'Shutterstock'],
  [/\banadolu\b/i, 'Anadolu'],
  [/\bcanadian press\b/i, 'The Canadian Press'],
  [/\bLusa\b/, 'Lusa'],
  [/\bANP\b/, 'ANP'],
  [/\bAPA\b/, 'APA'],
  [/\bBelga\b/, 'Belga'],
  [/\bKeystone-SDA\b|\bSDA\b/, 'Keystone-SDA'],
  [/\bNTB\b/, 'NTB'],
  [/\bRitzau\b/, 'Ritzau'],
  [/\bPAP\b/, 'PAP'],
  [/\bAgência Brasil\b/, 'Agência Brasil'],
  [/\bTélam\b/, 'Télam'],
  [/\bServimedia\b/, 'Servimedia'],
  [/\bKNA\b/, 'KNA'],
];

export function agenciesIn(text: string): string[] {
  const found: string[] = [];
  for (const [re, name] of AGENCIES) if (re.test(text) && !found.includes(name)) found.push(name);
  return found;
}

// "(With information from AFP)", "With reporting by Reuters", "(Reporting by X; Editing by Y)",
// "AP contributed to this report.", "— Reuters", Spanish/French/German/Portuguese/Italian forms.
const WIRE_LINE = [
  // "Reporting by …" must name someone: "Reporting by the council showed…" is a sentence.
  /^\(?\s*([Aa]dditional [Rr]eporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by \p{Lu}[^\n]{0,250}$/u,
  /^\(?\s*(with (information|info|reporting|inputs?|files?|material) (from|by)|with agencies|source:?\s*(afp|ap|reuters|agencies)|con (información|informacion) de|con información de las agencias|avec (l'?afp|l'?ap|reuters|agences)|mit material (von|der)|com informações d[aoe]s?|con informazioni d[ai]|fuente:\s*(efe|afp|reuters|ap|europa press))\b[^\n]{0,250}$/i,
  /^[-—–]+\s*(AFP|AP|Reuters|EFE|dpa|Xinhua|ANSA|Bloomberg|PTI|IANS|Lusa|ANP|APA|Belga|Europa Press|agencies|Agencias)\.?\s*$/i,
  // "Avec AFP", "Mit dpa", "Con EFE": a preposition and agencies, nothing else.
  /^\(?(?:avec|mit|con|com|with)\s(?:l'|la |le )?(AFP|AP|Reuters|EFE|dpa|ANSA|Lusa|Belga|APA|Europa Press|agences|agencies|agencias|agenturen)(?:(?:\s(?:et|und|and|[ye])|,)\s(?:l'|la )?(AFP|AP|Reuters|EFE|dpa|ANSA|Lusa|Belga|APA|Europa Press|agences|agencies|agencias|agenturen))?\)?\.?$/i,
  /^(the )?(associated press|AP|reuters|AFP|bloomberg|agencies|news agencies|wire services)(( and | & )[\p{L} ]{2,40})? contributed to this (report|story|article)\.?$/iu,
  /^\((AFP|AP|Reuters|EFE|dpa|Xinhua|ANSA|Bloomberg|Lusa|ANP|APA|Belga|Europa Press|agencies|Agencias|Agences)\)\.?$/i,
  // "Information from the Press Association was used in this report.", "Material from Reuters was used in this story."
  /^\(?\s*(?:[Ii]nformation|[Mm]aterial|[Rr]eporting|[Dd]etails) (?:from|by) (?:the )?\p{Lu}[^\n.]{1,80} (?:was|were) used in (?:this|the) (?:report|story|article)\.?\)?$/u,
];

export function isWireCredit(line: string): boolean {
  if (line.length > 260) return false;
  return WIRE_LINE.some((re) => re.test(line));
}

/** What a wire line credits: agency short names, or the line itself (without parentheses) when it names none. */
export function creditsOf(line: string): string[] {
  const agencies = agenciesIn(line);
  if (agencies.length > 0) return agencies;
  const used = /(?:from|by) (?:the )?(.{2,80}?) (?:was|were) used in/.exec(line);
  if (used) return [used[1]!];
  return [line.replace(/^[(\s—–-]+|(?<![)\s.])[)\s.]+$/g, '')];
}

const PHOTO_WORDS = /^(photo|photos|foto|fotos|photograph|picture|pic|image|imagen|bild|credit|crédito|crédit|file photo|archive|file|video|courtesy|illustration|graphic)\b/i;

/**
 * Splits a caption into text and credit when it ends with one.
 * @example splitCaptionCredit('Wang Yi and Abdul Ghani Baradar (AP)') // { text: 'Wang Yi and Abdul Ghani Baradar', credit: 'AP' }
 */
export function splitCaptionCredit(caption: string): { text: string; credit: string | null } {
  const s = caption.trim();
  // Trailing parenthesis: "(AP)", "(Photo: Reuters/Jane Doe)", "(EFE)".
  const paren = /(?<!\s)\s*\(([^()]{2,80})\)\s*\.?$/.exec(s);
  if (paren && looksLikeCredit(paren[1]!)) return { text: s.slice(0, paren.index).trim(), credit: cleanCredit(paren[1]!) };
  // "… Photo: Jane Doe", "… | Getty Images", "… / AFP", "… - Reuters".
  const tail = /([.!?]\s+|(?<!\s)\s+[|/–—-]\s+|(?<!\s)\s{2,})((?:photo|photos|foto|photograph|picture|image|imagen|bild|credit|crédit|crédito|file photo)\s*(?:by|:)\s*[^.|\s][^.|]{1,79}|[\p{L}.' /-]{2,60}\bvia getty images|getty images|AFP|AP|Reuters|EPA|Shutterstock|Anadolu|Xinhua|dpa)\s*\.?$/iu.exec(s);
  if (tail && tail.index > 0) {
    // Keep the sentence's own full stop; drop a separator bar or dash.
    const keep = /^[.!?]/.test(tail[1]!) ? tail[1]![0] : '';
    const text = (s.slice(0, tail.index) + keep).trim();
    if (text.length > 0) return { text, credit: cleanCredit(tail[2]!) };
  }
  return { text: s, credit: null };
}

/** True when a short string names an agency or a photographer credit. */
export function looksLikeCredit(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (PHOTO_WORDS.test(t)) return true;
  if (agenciesIn(t).length > 0 && t.split(/\s+/).length <= 8) return true;
  // "Jane Doe/Reuters", "John Smith for The Times"
  return /^\p{Lu}[\p{L}.'-]+(\s\p{Lu}[\p{L}.'-]+){0,3}\s*\/\s*[\p{L} ]{2,40}$/u.test(t);
}

function cleanCredit(s: string): string {
  return s
    .replace(/^(photo|photos|foto|fotos|photograph|picture|pic|image|imagen|bild|credit|crédito|crédit|file photo)\s*(by|:)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
