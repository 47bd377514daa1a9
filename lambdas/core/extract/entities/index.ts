/** Named entities (person, organization, location). FIRST SIMPLE VERSION: issue 4 replaces it. */
import type { Entity } from '#contracts/record.ts';

export interface EntityInput {
  title: string;
  paragraphs: string[];
  captions: string[];
}

export function extractEntities(_doc: EntityInput): Entity[] {
  return [];
}
