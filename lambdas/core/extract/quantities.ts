/** Quantities with units. FIRST SIMPLE VERSION: issue 4 replaces it. */
import type { QuantityMention } from '#contracts/record.ts';

export function extractQuantities(_text: string): QuantityMention[] {
  return [];
}
