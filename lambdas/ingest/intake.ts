/** Which objects the pipeline takes: the same rule the bucket notification filter applies in AWS. */
export const ACCEPTED_SUFFIXES = ['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.md'] as const;

/**
 * @example isAcceptedKey('incoming/a/b.jsonl.gz', 'incoming/') // true
 */
export function isAcceptedKey(key: string, incomingPrefix: string): boolean {
  if (!key.startsWith(incomingPrefix)) return false;
  const lower = key.toLowerCase().replace(/\.gz$/, '');
  return ACCEPTED_SUFFIXES.some((s) => lower.endsWith(s));
}
