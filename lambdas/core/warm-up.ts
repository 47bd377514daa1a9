/**
 * The one-time cost of a fresh process, paid before the first object's time budget starts: the
 * entity model, its gazetteer and the junk-line model are parsed on first use. On a busy machine
 * the first page of a run took more than a second with that inside it, and the budget rejected it
 * as `timeout` although the page itself is quick. The budget exists to stop inputs that are slow to
 * clean, not to charge one article for starting the process.
 *
 * Only the models are loaded here, not sample articles run: compiling the core on samples would
 * also move the first compilation out of the budget, but it costs every short-lived process (one
 * `news-ingest extract` of one file) about 150 ms it would otherwise not spend.
 */
import { junkModel } from './clean/junk-model.ts';
import { gazetteer } from './extract/entities/gazetteer.ts';
import { shippedModel } from './extract/entities/tagger.ts';

let warmed = false;

/** Loads the models once per process; later calls return at once. Throws ModelDataError when they are missing. */
export function warmUpOnce(load: () => void = loadModels): void {
  if (warmed) return;
  warmed = true;
  load();
}

function loadModels(): void {
  junkModel();
  gazetteer();
  shippedModel();
}

/** Whether this process has paid its warm-up (for tests and diagnostics). */
export function isWarm(): boolean {
  return warmed;
}
