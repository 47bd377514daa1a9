/**
 * HTML pages: find the main article with a DOM parser and turn it into blocks, plus page metadata.
 * FIRST SIMPLE VERSION: issue 3 replaces it.
 */
import type { RelatedLink, Removal } from '#contracts/record.ts';
import type { Block, PageMeta } from '../../types.ts';
import { EMPTY_META } from '../../types.ts';

export interface SegmentedPage {
  meta: PageMeta;
  /** Main-content blocks in reading order; the headline, when found, is the first block with kind 'title'. */
  blocks: Block[];
  /** What the DOM stage dropped (navigation, share widgets, related-link lists...), for the audit trail. */
  removed: Removal[];
  /** Related-article links found in related/recommended/"read more" containers, in page order. */
  related: RelatedLink[];
}

export function segmentHtml(html: string): SegmentedPage {
  const text = html.replace(/<[^>]*>/g, '\n');
  const blocks: Block[] = text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
  return { meta: { ...EMPTY_META }, blocks, removed: [], related: [] };
}
