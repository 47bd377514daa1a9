/**
 * The S3 notification filters for the intake bucket.
 *
 * S3 rejects a notification configuration when two filters for the same event type overlap: with
 * the same prefix, two suffixes overlap when one ends with the other (`.gz` and `.txt.gz`, `.json`
 * and `x.json`). Listing every accepted suffix both plain and with `.gz` never overlaps: no plain
 * suffix ends with another (`.htm`/`.html`, `.json`/`.jsonl`/`.ndjson` all differ at the end) and
 * each `.gz` form ends in `.<ext>.gz`, which no other entry ends with. A single `.gz` filter would
 * instead overlap every `.<ext>.gz` one, and would also let unsupported `.gz` files in.
 * `overlappingSuffixes` checks this at synth time so a future edit cannot produce a template that
 * fails only at deploy.
 *
 * S3 suffix matching is case-sensitive; upper-case extensions are not notified (reprocess can
 * still pick them up by prefix).
 */

/** The formats the ingest function accepts, as key suffixes (lower case). */
export const ACCEPTED_SUFFIXES = ['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.md'] as const;

/** Where producers drop objects; the pipeline's own outputs live under other prefixes. */
export const INCOMING_PREFIX = 'incoming/';
export const RECORDS_PREFIX = 'records/';
export const QUARANTINE_PREFIX = 'quarantine/';

export interface KeyFilter {
  prefix: string;
  suffix: string;
}

/** One filter per accepted suffix, plain and gzipped, all under `incoming/`. */
export function intakeFilters(suffixes: readonly string[] = ACCEPTED_SUFFIXES, prefix = INCOMING_PREFIX): KeyFilter[] {
  const all = suffixes.flatMap((s) => [s, `${s}.gz`]);
  const clash = overlappingSuffixes(all);
  if (clash) throw new Error(`S3 notification suffixes overlap and would be rejected at deploy: "${clash[0]}" and "${clash[1]}"`);
  return all.map((suffix) => ({ prefix, suffix }));
}

/**
 * Returns the first pair of suffixes where one ends with the other (S3's overlap rule for filters
 * sharing a prefix), or null when none do. Quadratic in a list of a few dozen entries.
 */
export function overlappingSuffixes(suffixes: readonly string[]): [string, string] | null {
  for (let i = 0; i < suffixes.length; i++) {
    for (let j = 0; j < suffixes.length; j++) {
      if (i === j) continue;
      const a = suffixes[i]!;
      const b = suffixes[j]!;
      if (a.endsWith(b)) return [b, a];
    }
  }
  return null;
}
