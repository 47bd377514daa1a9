/**
 * The linter in `npm test` is what keeps backtracking patterns out: these tests fail if the config
 * stops catching them (a rule dropped, downgraded to a warning, or the plugin gone).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errorsIn(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'lambdas/core/clean/probe.ts' });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '');
}

describe('the regex rules of `npm run lint`', () => {
  it('rejects a nested quantifier, (a+)+', async () => {
    expect(await errorsIn('export const bad = /^(a+)+$/;\n')).toContain('regexp/no-super-linear-backtracking');
  });

  it('rejects a repeated group whose parts overlap, like the old menu-line pattern', async () => {
    const code = "export const bad = /^([\\p{L} -]{1,25}\\s*[|/]\\s*){2,12}[\\p{L} -]{1,25}$/u;\n";
    expect(await errorsIn(code)).toContain('regexp/no-super-linear-backtracking');
  });

  it('rejects an unanchored run before a rejecting suffix (quadratic search)', async () => {
    expect(await errorsIn("export const trim = (s: string) => s.replace(/\\s+$/, '');\n")).toContain('regexp/no-super-linear-move');
  });

  it('accepts the linear forms the code uses instead', async () => {
    const code = "export const ok = /^(?:a|b)+$/;\nexport const trim = (s: string) => s.replace(/(?<!\\s)\\s+$/, '');\n";
    expect(await errorsIn(code)).toEqual([]);
  });
});
