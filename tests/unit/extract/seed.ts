/** The seed article's body paragraphs, taken by hand-written rules (not the cleaner) for extractor tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entity } from '#contracts/record.ts';

const path = fileURLToPath(new URL('../../../seeds/afghanistan-taliban-china-russia-scraped.txt', import.meta.url));
const raw = readFileSync(path, 'utf8');
const blocks = raw.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);

/** Body paragraphs: everything between the ad markers except captions, the subhead and the trailer. */
export const seedParagraphs: string[] = blocks.slice(1).filter(
  (b) => !b.startsWith('[ad') && !b.includes('\n') && b.split(' ').length > 8 && !b.startsWith('KEEP READING') && !b.startsWith('(With'),
);
export const seedTitle = blocks[0]!;
export const seedBody = seedParagraphs.join('\n\n');
export const seedPublishedAt = '2021-08-17T10:00:00Z';

export const person = (name: string, aliases: string[] = []): Entity => ({ name, aliases, type: 'person', mentions: 1, countryCode: null });
export const org = (name: string, aliases: string[] = []): Entity => ({ name, aliases, type: 'organization', mentions: 1, countryCode: null });

export const seedEntities: Entity[] = [
  person('Zamir Kabulov', ['Kabulov']),
  person('Dmitry Zhirnov', ['Zhirnov']),
  person('Hua Chunying', ['Hua']),
  person('Wang Yi'),
  person('Abdul Ghani Baradar'),
  org('Taliban'),
  { name: 'Russia', aliases: [], type: 'location', mentions: 9, countryCode: 'RU' },
  { name: 'Kabul', aliases: [], type: 'location', mentions: 9, countryCode: 'AF' },
];
