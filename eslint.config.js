// ESLint flat config. Two jobs: typescript-eslint's recommended rules for ordinary mistakes, and
// eslint-plugin-regexp to keep patterns that can backtrack super-linearly out of the code: any upload
// reaches these patterns, so one exponential regex is a way to burn a Lambda's whole timeout.
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 (the native compiler the
// project type-checks with, installed as `typescript-native`) does not have: ESLint parses with
// `typescript` 6.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

/**
 * Rules with findings in code older than the linter, reported as warnings until that code is cleaned
 * (none of them is about running time). A rule leaves this list when its last finding is fixed.
 */
const STILL_TO_CLEAN = [
  '@typescript-eslint/no-explicit-any',
  '@typescript-eslint/no-unused-expressions',
  '@typescript-eslint/no-unused-vars',
  'no-useless-assignment',
  'no-control-regex',
  'no-irregular-whitespace',
  'prefer-const',
  'prefer-regex-literals',
  'regexp/no-unused-capturing-group',
  'regexp/no-useless-character-class',
  'regexp/no-contradiction-with-assertion',
  'regexp/no-misleading-capturing-group',
  'regexp/no-obscure-range',
  'regexp/no-dupe-characters-character-class',
  'regexp/optimal-quantifier-concatenation',
  'regexp/no-useless-quantifier',
  'regexp/no-useless-assertions',
  'regexp/no-misleading-unicode-character',
  'regexp/no-empty-group',
  'regexp/no-empty-capturing-group',
];

export default tseslint.config(
  // What git ignores is not ours to lint either (bench/.out holds bundles the bench builds).
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', '.news-ingest/', 'coverage/', 'bench/.out/', 'bench/results/', '**/*.d.ts', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', setImmediate: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly',
        performance: 'readonly', structuredClone: 'readonly', AbortController: 'readonly', queueMicrotask: 'readonly',
      },
    },
    rules: {
      // The two rules this config exists for: errors, never warnings.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Off: on the long multilingual alternations of the junk and credit rules its automaton analysis
      // takes over 10 s a file, a third of the lint budget; a repeated alternative there costs a
      // comparison, and the backtracking it can cause inside a quantifier is what the two rules above catch.
      'regexp/no-dupe-disjunctions': 'off',
      ...Object.fromEntries(STILL_TO_CLEAN.map((rule) => [rule, 'warn'])),
    },
  },
);
