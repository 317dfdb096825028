// One lint setup for the whole repo: typescript-eslint's recommended rules, React hooks rules, and
// import boundaries that keep each process honest (see README "Where code runs").
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = { name: 'electron', message: 'Only main/electron and main/preload may import Electron.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scratch/', 'test-results/', 'playwright-report/', 'release/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node core: testable without Electron, importable by the CLI and the tests.
    files: ['main/core/**/*.ts', 'main/cli/**/*.ts', 'main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronOnly], patterns: ['**/electron/**', '**/preload/**', '**/renderer/**'] },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no Electron, and from main/ only types.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/main/**'], message: 'Import only types from main/.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Every text a visitor reads comes from the locale files or the pack: no literal strings in JSX
    // (markup mode: text children and user-facing attributes; test ids, class names and the like
    // are not text).
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          'jsx-attributes': {
            include: ['alt', 'aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'label'],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', '[^A-Za-z\u00c0-\u024f\u3400-\u9fff]+', '×'] },
        },
      ],
    },
  },
);
