/**
 * The audit trail for the page around the article: navigation, cookie banners, comment
 * sections and the like outside the container are recorded once each (outermost element only).
 */
import type { Removal, RemovalReason } from '#contracts/record.ts';
import { metaLineReason, type Classifier } from './classify.ts';
import { MAX_ELEMENTS, SKIP_TAGS, collapse, textOf, type El } from './dom.ts';
import { REMOVAL_TEXT } from './walk.ts';

/** Most removals recorded from outside the article: the trail stays readable on huge pages. */
const MAX_OUTSIDE = 60;

/** Junk containers outside `container` (and not holding it), outermost first, in page order. */
export function pageRemovals(body: El, walked: El[], cls: Classifier): { removed: Removal[]; bylinesBefore: string[] } {
  const bylinesBefore: string[] = [];
  let passed = false;
  const out: Removal[] = [];
  if (walked[0] === body) return { removed: out, bylinesBefore };
  const stack: El[] = [];
  const pushKids = (el: El) => {
    const kids: El[] = [];
    let n = 0;
    for (let c = el.firstElementChild; c && n++ < 20_000; c = c.nextElementSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  };
  pushKids(body);
  let steps = 0;
  while (stack.length && out.length < MAX_OUTSIDE && steps++ < MAX_ELEMENTS) {
    const el = stack.pop()!;
    if (walked.includes(el)) {
      passed = true;
      continue;
    }
    if (SKIP_TAGS.has(el.localName)) continue;
    if (walked.some((w) => el.contains(w))) {
      pushKids(el);
      continue;
    }
    let v = cls.verdict(el);
    if (!v && el.localName === 'header') v = 'navigation';
    if (v === 'hidden') continue;
    if (v === 'dateline') v = metaLineReason(el, v, cls);
    if (v) {
      const t = collapse(textOf(el, 4000, v === 'byline' || v === 'dateline' ? ' | ' : undefined).text).replace(/^\|\s*/, '');
      if (t) out.push({ reason: v as RemovalReason, text: t.length > REMOVAL_TEXT ? t.slice(0, REMOVAL_TEXT - 1) + '…' : t });
      // Bylines above the article (in its header) name its authors; those below belong to other stories.
      if (t && v === 'byline' && !passed) bylinesBefore.push(t);
      continue;
    }
    pushKids(el);
  }
  return { removed: out, bylinesBefore };
}
