/**
 * Pruning inside the chosen body (core/clean/html/prune.ts), both ways: the headings of boxes below
 * the story and linked headlines go; the story's own headings, and a last heading over real text, stay.
 */
import { describe, expect, it } from 'vitest';
import { pruneBody } from '../../../lambdas/core/clean/html/prune.ts';
import type { Block } from '../../../lambdas/core/types.ts';

const para = (text: string, linkDensity = 0): Block => ({ kind: 'paragraph', text, linkDensity });
const head = (text: string, linkDensity = 0): Block => ({ kind: 'heading', text, linkDensity });
const item = (text: string): Block => ({ kind: 'list-item', text, linkDensity: 0 });
const LONG = 'The harbour board agreed on Thursday to dredge the eastern channel before the summer season, after two fishing boats ran aground there in March and a ferry was held outside for hours.';
const LONG2 = 'Dredging will start in May and take about six weeks; the board expects the work to cost less than a third of what it spent on the western quay three winters ago.';

describe('pruneBody', () => {
  it('drops a heading below the story that opens a short box, keeps the story and its own headings', () => {
    const blocks = [para(LONG), head('What happens next'), para(LONG2), head('About the author'), para('Ana writes about the coast.')];
    const { blocks: kept, removed } = pruneBody(blocks);
    expect(kept.map((b) => b.text)).toEqual([LONG, 'What happens next', LONG2, 'Ana writes about the coast.']);
    expect(removed).toEqual([{ reason: 'boilerplate', text: 'About the author' }]);
  });

  it('keeps a last heading over real text (a recipe’s method under its heading)', () => {
    const steps = ['Heat the oven to 180 degrees and butter a deep tin of about twenty centimetres.', 'Beat the eggs with the sugar until pale, then fold in the flour and the grated zest.', 'Bake for forty minutes, until a skewer pushed into the middle comes out clean.'];
    const blocks = [para(LONG), head('Method'), ...steps.map(item)];
    expect(pruneBody(blocks).blocks).toEqual(blocks);
  });

  it('drops a heading that is a link to another story, wherever it is', () => {
    const blocks = [para(LONG), head('Ferry fares to rise in the autumn', 1), para(LONG2)];
    const { blocks: kept, removed } = pruneBody(blocks);
    expect(kept.map((b) => b.text)).toEqual([LONG, LONG2]);
    expect(removed[0]).toMatchObject({ reason: 'related-block' });
  });

  it('leaves a body without a long paragraph as it is', () => {
    const blocks = [para('Short note.'), head('Details'), para('Open on Sundays.')];
    expect(pruneBody(blocks).blocks).toEqual(blocks);
  });

  it('drops a paragraph or list item that is mostly a link (a teaser), keeps a paragraph with a link in it', () => {
    const teaser = { ...para('Read too: Ferry fares to rise in the autumn as fuel costs climb', 0.8), href: 'https://example.test/fares' };
    const card = { ...item('Harbour master retires after thirty years'), linkDensity: 1, href: 'https://example.test/retires' };
    // Several links in a sentence (sources cited inline) are prose, however much of it is linked.
    const sourced = para('The survey, the tide tables and the insurers’ report all say the same.', 0.8);
    const cited = para('The board published its survey of the channel, which found silt two metres deep near the old pier, on its website.', 0.2);
    const { blocks: kept, removed } = pruneBody([para(LONG), teaser, cited, sourced, para(LONG2), card]);
    expect(kept.map((b) => b.text)).toEqual([LONG, cited.text, sourced.text, LONG2]);
    expect(removed.map((r) => r.reason)).toEqual(['related-block', 'related-block']);
  });

  it('drops short fragments after the story, keeps short lines within it', () => {
    const blocks = [para(LONG), para('In brief:'), para(LONG2), para('Share this story'), para('Tags: harbour')];
    const { blocks: kept, removed } = pruneBody(blocks);
    expect(kept.map((b) => b.text)).toEqual([LONG, 'In brief:', LONG2]);
    expect(removed).toEqual([
      { reason: 'boilerplate', text: 'Share this story' },
      { reason: 'boilerplate', text: 'Tags: harbour' },
    ]);
  });
  it('drops a paragraph of several links after the story (other stories\' headlines), keeps one that cites a source', () => {
    const row = 'See also: Lighthouse keepers\' cottages to become a museum. Night buses return to the coast road.';
    const cite = 'The board\'s full report on the channel is published on its website, with the survey maps.';
    const blocks = [para(LONG), para(LONG2), para(cite, 0.3), para(row, 0.9)];
    const { blocks: kept, removed } = pruneBody(blocks);
    expect(kept.map((b) => b.text)).toEqual([LONG, LONG2, cite]);
    expect(removed).toEqual([{ reason: 'related-block', text: row }]);
  });

  it('keeps a mostly linked paragraph inside the story, before its last long paragraph', () => {
    const linked = 'Read the council statement and the harbour board minutes for the full figures.';
    const blocks = [para(LONG), para(linked, 0.9), para(LONG2)];
    expect(pruneBody(blocks).blocks).toEqual(blocks);
  });
});
