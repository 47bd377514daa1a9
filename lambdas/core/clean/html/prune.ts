/**
 * Pruning inside the chosen body, after the walk: what the container holds that is not the story,
 * told by position and links rather than by class names.
 *
 *   - A heading that is mostly a link is the title of another story (a teaser), not a section of this one.
 *   - A heading after the story's last long paragraph, over little text of its own, opens a box
 *     below the story ("About the author", "Leave a comment", "More on this"): the heading goes,
 *     the short text under it is left to the other rules (a recipe's steps under a last heading stay).
 *   - A paragraph or list item that is mostly the text of one link is a teaser for another page
 *     ("Read too: <headline>", a card's title and kicker), wherever it sits.
 *   - A paragraph after the story's last long paragraph that is mostly links (four fifths of its text)
 *     is a row of other stories' headlines, however many links it holds.
 *   - A fragment of a paragraph (under 25 characters) after the story's last long paragraph is a
 *     label of what follows the story ("Share", "Tags:", a name under a sign-off), not its text.
 *
 * Measured on the real-pages corpus (bench/strategy-dump.ts): the two paragraph rules together raise
 * F1 by about 0.005 (held-out pages, id % 5 == 0: 0.900 -> 0.907), precision 0.898 -> 0.914.
 *
 * Pure: returns the kept blocks and what was removed, with the reason.
 */
import type { Removal } from '#contracts/record.ts';
import type { Block } from '../../types.ts';

/** A paragraph this long is the story's text (the tail is what comes after the last one). */
const LONG_PARAGRAPH = 150;
/** Text under a trailing heading, up to the next heading, below which the heading opens a box. */
const TAIL_SECTION_TEXT = 200;
/** Link share above which a heading is a linked headline. */
const LINKED_HEADING = 0.5;
/** Link share from which a paragraph or list item is a teaser for another page. */
const LINKED_PARAGRAPH = 0.6;
/** Link share from which a paragraph after the story's last long one is a link to other stories. */
const LINKED_TAIL = 0.8;
/** Paragraphs shorter than this after the story's last long one are labels. */
const TAIL_FRAGMENT = 25;

export interface Pruned {
  blocks: Block[];
  removed: Removal[];
}

export function pruneBody(blocks: Block[]): Pruned {
  const removed: Removal[] = [];
  let lastLong = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && b.text.length >= LONG_PARAGRAPH && (b.linkDensity ?? 0) < 0.5) lastLong = i;
  }
  // Without a long paragraph there is no story to tell the tail from: leave the body as it is.
  if (lastLong < 0) return { blocks, removed };
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') {
      if ((b.linkDensity ?? 0) >= LINKED_HEADING) {
        removed.push({ reason: 'related-block', text: b.text });
        continue;
      }
      if (i > lastLong && sectionText(blocks, i) < TAIL_SECTION_TEXT) {
        removed.push({ reason: 'boilerplate', text: b.text });
        continue;
      }
    }
    // One link (the walk sets `href` then): prose citing several sources in links stays.
    if ((b.kind === 'paragraph' || b.kind === 'list-item') && b.href !== undefined && (b.linkDensity ?? 0) >= LINKED_PARAGRAPH) {
      removed.push({ reason: 'related-block', text: b.text });
      continue;
    }
    // Mostly links after the story's last long paragraph: headlines of other stories ("See also:
    // <headline> <teaser>", a row of linked titles), whatever the number of links.
    if (b.kind === 'paragraph' && i > lastLong && (b.linkDensity ?? 0) >= LINKED_TAIL) {
      removed.push({ reason: 'related-block', text: b.text });
      continue;
    }
    if (b.kind === 'paragraph' && i > lastLong && b.text.length < TAIL_FRAGMENT) {
      removed.push({ reason: 'boilerplate', text: b.text });
      continue;
    }
    kept.push(b);
  }
  return { blocks: kept, removed };
}

/** Unlinked characters of the blocks after heading i, up to the next heading. */
function sectionText(blocks: Block[], i: number): number {
  let n = 0;
  for (let k = i + 1; k < blocks.length && blocks[k]!.kind !== 'heading' && blocks[k]!.kind !== 'title'; k++) {
    const b = blocks[k]!;
    n += b.text.length * (1 - (b.linkDensity ?? 0));
  }
  return n;
}
