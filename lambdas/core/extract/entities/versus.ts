/**
 * Fixtures and results ("Riverton v Hallam United", "Ashby 2 Corton 1"): the two sides of a match
 * are the same kind of thing. A side the tagger took for a town, because the town gives the club its
 * name, is the club when the other side is an organization, and so are two places facing each other
 * in a list of fixtures; a country stays a place (CoNLL tags national teams as locations), and so
 * do two places of a lone pair (a comparison: "Boston vs. Denver").
 */
import { lookup } from './gazetteer.ts';

const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** Is the token "v", "vs." or "versus" (a side of a match follows)? */
export function isVersus(token: string | undefined): boolean {
  return token !== undefined && VERSUS.has(token.toLowerCase());
}

/** The span [start, end) of the entity whose tags cover token k, or null. */
function spanAt(tags: string[], k: number): [number, number] | null {
  if (k < 0 || k >= tags.length || tags[k] === 'O') return null;
  let a = k;
  while (a > 0 && tags[a]!.startsWith('I-')) a--;
  let b = k + 1;
  while (b < tags.length && tags[b]!.startsWith('I-')) b++;
  return [a, b];
}

function kindOf(tags: string[], span: [number, number]): string {
  return tags[span[0]]!.slice(2);
}

/** Is the side a town or region (a name that clubs take), not a country? */
function isTown(tokens: string[], span: [number, number]): boolean {
  return lookup(tokens.slice(span[0], span[1]).join(' '))?.kind === 'place';
}

/** Is the side a place the tagger saw that is not a known country (a town, a county, a name it guessed)? */
function isNonCountryPlace(tokens: string[], tags: string[], span: [number, number]): boolean {
  return kindOf(tags, span) === 'LOC' && lookup(tokens.slice(span[0], span[1]).join(' '))?.kind !== 'country';
}

function retag(tags: string[], span: [number, number]): void {
  for (let x = span[0]; x < span[1]; x++) tags[x] = `${x === span[0] ? 'B' : 'I'}-ORG`;
}

/** Retag, in place, a town facing an organization across "v" / "vs." as that organization's kind. */
export function alignVersusSides(tokens: string[], tags: string[]): void {
  let pairs = 0;
  for (const t of tokens) if (isVersus(t)) pairs++;
  const fixtures = pairs >= 2;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!isVersus(tokens[k])) continue;
    const left = spanAt(tags, k - 1);
    const right = spanAt(tags, k + 1);
    if (!left || !right) continue;
    for (const [side, other] of [[left, right], [right, left]] as const) {
      if (kindOf(tags, other) === 'ORG' && isNonCountryPlace(tokens, tags, side)) retag(tags, side);
    }
    // In a list of fixtures ("Cambridge v Cardiff, Colchester v Hereford") two towns are their
    // clubs; one pair alone may compare places ("Boston vs. Denver rents"). Countries are national
    // teams, which CoNLL and the vote keep as places.
    if (fixtures && isNonCountryPlace(tokens, tags, left) && isNonCountryPlace(tokens, tags, right)) {
      retag(tags, left);
      retag(tags, right);
    }
  }
}
