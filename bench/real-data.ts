/**
 * Where the real evaluation pages are (../shared/data/web-pages, or REAL_PAGES_DIR): outside the
 * project, so a user's clone has none. A bench that needs them says so and exits 0 when they are missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function realPagesDir(bench: string, needed: string): string {
  const dir = resolve(process.cwd(), process.env.REAL_PAGES_DIR ?? '../shared/data/web-pages');
  if (!existsSync(join(dir, needed))) {
    console.log(`${bench}: skipped, ${dir} is not there (the evaluation pages live outside the project)`);
    process.exit(0);
  }
  return dir;
}
