/**
 * Text normalisation after decoding: line ends, control and invisible characters, spaces, NFC.
 * Every pattern is a single character class: linear time on any input.
 */

// C0 controls except tab and newline, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Zero-width space, word joiner, BOM, soft hyphen, and bidi embedding/override/isolate controls
// (invisible, and a known way to disguise text). ZWJ/ZWNJ stay: Persian and Indic words need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u180E]/g;
// Non-breaking and other fixed-width spaces become plain spaces.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LINE_SEPARATORS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .normalize('NFC');
}

/** Collapses runs of spaces and tabs inside one line and trims it. */
export function collapseSpaces(line: string): string {
  // Most lines have single spaces and no tabs: then only the trim changes anything (cleaning calls
  // this on every line, so the replace is skipped when it would change nothing).
  if (line.indexOf('\t') < 0 && line.indexOf('  ') < 0) return line.trim();
  return line.replace(/[ \t]+/g, ' ').trim();
}
