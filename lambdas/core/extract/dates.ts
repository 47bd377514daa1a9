/** Date and time expressions. FIRST SIMPLE VERSION: issue 4 replaces it. */
import type { DateMention } from '#contracts/record.ts';

export function extractDates(_text: string, _publishedAt: string | null): DateMention[] {
  return [];
}
