/** Direct quotes and their speakers. FIRST SIMPLE VERSION: issue 4 replaces it. */
import type { Entity, Quote } from '#contracts/record.ts';

export function extractQuotes(paragraphs: string[], _entities: Entity[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    for (const m of p.matchAll(/[“"]([^”"]{2,2000})[”"]/g)) quotes.push({ text: m[1]!.trim(), speaker: null });
  }
  return quotes;
}
