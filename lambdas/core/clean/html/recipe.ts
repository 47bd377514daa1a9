/**
 * A recipe's ingredients kept apart from its story: recipe pages put the ingredient list in a box of
 * its own (a table or list beside the photo, a "Zutaten" card) away from the introduction and the
 * steps, so the container the prose scoring picks holds the text but not what goes in the dish.
 *
 * The ingredient box is found by its markup, not by its words: schema.org items
 * (itemprop="recipeIngredient" / "ingredients") or a box named "ingredients" in its class or id.
 * It joins the body (as an extra root, in document order) when it lies outside the container, is
 * not link-heavy, and the page is a recipe (the container is then the recipe's text).
 */
import type { Classifier } from './classify.ts';
import { nameTokens } from './tokens.ts';
import { all, first, textCounts, type El } from './dom.ts';

/** Longest ingredient box taken in: a longer one is a page section, not a list of ingredients. */
const MAX_BOX_TEXT = 6000;
/** Link share above which a box is a list of links to other recipes. */
const MAX_LINK_SHARE = 0.3;
/** Ingredient boxes taken in at most (several cards: dough, filling, topping). */
const MAX_BOXES = 4;

/** The ingredient boxes of a recipe page outside `container`, in document order. */
export function ingredientBoxes(body: El, container: El, cls: Classifier, objects: Array<Record<string, unknown>>): El[] {
  const marked = isRecipe(body, objects);
  const items = all(body, '[itemprop="recipeIngredient"], [itemprop="ingredients"], [itemprop="recipeingredient"]').slice(0, 500);
  let boxes: El[] = [];
  if (marked && items.length >= 2) {
    // Each list of items is a box (a dough's list, a filling's list; a second copy for phones).
    for (const it of items) {
      const box = it.parentElement;
      if (box && box !== body && !boxes.includes(box)) boxes.push(box);
      if (boxes.length >= MAX_BOXES) break;
    }
  } else {
    for (const el of all(body, '[class*="ngredient"], [id*="ngredient"]').slice(0, 200)) {
      if (boxes.some((b) => b.contains(el))) continue;
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!nameTokens(names).some((t) => t === 'ingredients' || t === 'ingredient')) continue;
      // Without recipe markup, only a box that is a list (of items or table rows) is taken for one.
      if (!marked && all(el, 'li, tr').length < 3) continue;
      boxes.push(el);
      if (boxes.length >= MAX_BOXES) break;
    }
  }
  return boxes.filter((b) => {
    if (b === body || container.contains(b) || b.contains(container) || cls.inJunk(b, body)) return false;
    const { len, linkChars } = textCounts(b);
    return len > 0 && len <= MAX_BOX_TEXT && linkChars <= MAX_LINK_SHARE * len;
  });
}

/** A page that states it is a recipe: a JSON-LD Recipe, or schema.org Recipe microdata. */
function isRecipe(body: El, objects: Array<Record<string, unknown>>): boolean {
  for (const o of objects.slice(0, 200)) {
    const t = o['@type'];
    if (t === 'Recipe' || (Array.isArray(t) && t.includes('Recipe'))) return true;
  }
  return first(body, '[itemtype$="schema.org/Recipe"]') !== null;
}
