/**
 * The story split across boxes: when the chosen container holds only part of the page's prose (a
 * page built of sibling sections, a question apart from its answers, a recipe's intro apart from its
 * steps), the lowest ancestor of the container that holds most of the page's prose is where the
 * whole story is. Its walk reads class words as the main one does, so the boxes inside it that are
 * named as junk still go.
 *
 * Measured on the real-pages corpus (bench/strategy-dump.ts, pages with id % 5 != 0): taking the
 * ancestor at 60% of the page's prose when its body comes out 1.3× longer than the pick gained
 * segments on 33 pages and lost on 5.
 */
import type { ContainerChoice } from './content.ts';
import { all, first, type El } from './dom.ts';

/** Share of the page's prose (outside junk boxes) the ancestor must hold. */
export const GROWN_SHARE = 0.6;
/** How much longer the grown body must be than the one picked to replace it. */
export const GROWN_GAIN = 1.3;

/**
 * The lowest ancestor of the container holding GROWN_SHARE of the page's prose, or null when the
 * container already does, or the ancestor's prose is not GROWN_GAIN times the container's (then its
 * walk could not win, and is not run), or the ancestor holds another story: an <article> with its own
 * <h1> beside the container (an infinite-scroll page's next story is never merged in).
 */
export function storyAncestor(choice: ContainerChoice, body: El): El | null {
  const { container, pageProse, proseOf } = choice;
  const want = GROWN_SHARE * pageProse;
  let a: El | null = container;
  for (let guard = 0; a && a !== body && proseOf(a) < want && guard < 1000; guard++) a = a.parentElement;
  if (!a || a === container || proseOf(a) < GROWN_GAIN * proseOf(container)) return null;
  for (const el of all(a, 'article').slice(0, 200)) if (!el.contains(container) && !container.contains(el) && first(el, 'h1')) return null;
  return a;
}
