/**
 * Fixtures and results ("Riverton v Hallam United", "Ashby 2 Corton 1"): the two sides of a match
 * are the same kind of thing. A side the tagger took for a town, because the town gives the club its
 * name, is the club when the other side is an organization; a country stays a place (CoNLL tags
 * national teams as locations), and so does a side facing another place.
 */
import { lookup } from './gazetteer.ts';

const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

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

/** Retag, in place, a town facing an organization across "v" / "vs." as that organization's kind. */
export function alignVersusSides(tokens: string[], tags: string[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!VERSUS.has(tokens[k]!.toLowerCase())) continue;
    const left = spanAt(tags, k - 1);
    const right = spanAt(tags, k + 1);
    if (!left || !right) continue;
    for (const [side, other] of [[left, right], [right, left]] as const) {
      if (kindOf(tags, side) === 'LOC' && kindOf(tags, other) === 'ORG' && isTown(tokens, side)) {
        for (let x = side[0]; x < side[1]; x++) tags[x] = `${x === side[0] ? 'B' : 'I'}-ORG`;
      }
    }
  }
}
