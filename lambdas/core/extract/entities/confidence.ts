/**
 * How much one mention's type should count when the article's mentions of a name vote on its
 * type (merge.ts): the tagger's confidence in the span, or — for a mention whose own context
 * settles the type — a weight no amount of unsure mentions outvotes.
 */
import type { EntityType } from '#contracts/record.ts';
import { knownPlaceOrOrg } from './gazetteer.ts';
import { closesOrgName, impliedType, isTitle } from './names.ts';

/** The vote of a sure mention ("Mr. X", "X Inc.", "in X"): above any sum of tagger margins in one article. */
export const SURE_WEIGHT = 1e9;

const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. dr dr. sir dame prof. mme mme. m.'.split(' '));
/** "in X", "near X": a place the gazetteer knows, after these, is that place ("at X", "from X" may be a club a player is at or came from). */
const PLACE_CUES = new Set(['in', 'near', 'outside']);

/**
 * Tagger margin (model units: Int16 weights at scale 100) at which a mention counts fully. Chosen
 * on the validation split: uncapped margins let one confident "Boston" outvote a standings table
 * of the club (location up, organization down, all three level); capped at 1000, less-sure
 * mentions count less and a confident one no more than once (all three +0.002).
 */
const FULL_CONFIDENCE = 1000;

/** The mention's say in the vote, 0–1: the mean tagger margin over tokens [from, to), capped; 1 when the tagger gave none. */
export function spanConfidence(margins: number[] | undefined, from: number, to: number): number {
  if (!margins || to <= from) return 1;
  let sum = 0;
  for (let k = from; k < to; k++) sum += margins[k] ?? 0;
  return Math.min(1, sum / (to - from) / FULL_CONFIDENCE);
}

/**
 * Does the mention's own context settle its type? "Mr. Kowalski", "spokeswoman Hua" (person),
 * "Acme Holdings Ltd", "Riverside Council" (organization, by its head word), "in Tbilisi" (a
 * known place after a preposition of place).
 */
export function isSureMention(tokens: string[], from: number, to: number, type: EntityType): boolean {
  const before = from > 0 ? tokens[from - 1]! : '';
  const span = tokens.slice(from, to);
  if (type === 'person') return HONORIFICS.has(before.toLowerCase()) || (before !== '' && isTitle(before) && /^\p{Ll}/u.test(before));
  if (type === 'organization') return (span.length >= 2 && closesOrgName(span[span.length - 1]!)) || impliedType(span) === 'organization';
  if (!PLACE_CUES.has(before)) return false;
  const known = knownPlaceOrOrg(span.join(' '));
  return known !== undefined && known.kind !== 'org';
}
