// One lint setup for the whole repo: typescript-eslint's recommended rules, React hooks rules, and
// import boundaries that keep each process honest (see README "Where code runs").
import js from '@eslint/js';
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
);
