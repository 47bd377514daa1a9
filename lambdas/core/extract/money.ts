/** Money amounts. FIRST SIMPLE VERSION: issue 4 replaces it. */
import type { MoneyMention } from '#contracts/record.ts';

export function extractMoney(_text: string): MoneyMention[] {
  return [];
}
