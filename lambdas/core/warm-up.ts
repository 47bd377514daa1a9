/**
 * The one-time cost of a fresh process, paid before the first object's time budget starts: the
 * entity and junk-line models are parsed on first use and every function of the core is compiled
 * the first time it runs. On a busy machine that came to more than a second for the first page of a
 * run, which the budget then rejected as `timeout` although the page itself is quick. The budget
 * exists to stop inputs that are slow to clean, not to charge one article for starting the process.
 */

/** A small article of each common shape, written for this purpose, that touches the main code paths. */
const SAMPLES: { key: string; body: string }[] = [
  {
    key: 'warm-up/article.txt',
    body:
      'Council approves new bridge over the river\n\n' +
      'By Ana Lopez\n\n' +
      'The city council on Monday approved a new bridge for cyclists and walkers, at a cost of 12 million euros.\n\n' +
      '"It will join two halves of the town," said the mayor, Peter Hansen, after the vote in Springfield.\n\n' +
      'Share this article\n',
  },
  {
    key: 'warm-up/page.html',
    body:
      '<!doctype html><html lang="en"><head><title>Bridge approved | The Daily</title>' +
      '<meta property="article:published_time" content="2026-03-02T10:00:00Z"></head><body>' +
      '<nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Bridge approved</h1>' +
      '<p class="byline">By Ana Lopez</p><p>The city council on Monday approved a new bridge for cyclists and walkers.</p>' +
      '<figure><img src="b.jpg"><figcaption>The river at dawn. Photo: J. Smith</figcaption></figure>' +
      '<p>"It will join two halves of the town," said the mayor after the vote, which passed by nine votes to two.</p>' +
      '</article><footer>© 2026 The Daily</footer></body></html>',
  },
];

let warmed = false;

/** Runs `process` over the samples once per process; later calls return at once. */
export function warmUpOnce(process: (bytes: Uint8Array, key: string) => void): void {
  if (warmed) return;
  warmed = true;
  for (const s of SAMPLES) process(Buffer.from(s.body), s.key);
}

/** Whether this process has paid its warm-up (for tests and diagnostics). */
export function isWarm(): boolean {
  return warmed;
}
