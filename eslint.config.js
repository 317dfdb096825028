// One lint setup for the whole repo: typescript-eslint's recommended rules, React hooks rules, and
// import boundaries that keep each process honest (see README "Where code runs").
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = { name: 'electron', message: 'Only main/electron and main/preload may import Electron.' };

// Modules of main/ that are constants or pure code with no process of their own, which a page may
// import as values: the studio's contract (paths, the preview's query) and the pack's head (what the
// first screens draw from) for every page, and for the studio's page the pack schema (zod) its forms
// and instant checks come from.
const PURE_FOR_EVERY_PAGE = ['contract/studio', 'contract/lead-shapes', 'contract/pack-head'];
const PURE_FOR_THE_STUDIO = [
  ...PURE_FOR_EVERY_PAGE,
  'contract/studio-sheet',
  'contract/studio-photos',
  'core/pack/schema',
  'core/pack/schema-fields',
  'core/pack/map-schema',
  'core/pack/pack-issue',
  'contract/studio-boundary',
  'core/studio/import/boundary/apply-boundary',
  'core/studio/import/boundary/world-cities',
  'core/studio/import/boundary/world-projection',
];

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
      ...restrictImports(rendererProcess()),
    },
  },
  // Feature boundaries, on top of the process boundary (a later block's rule replaces an earlier
  // one, so each repeats it). Unit tests next to the code run in Node and may read main/ and files.
  ...rendererBoundaries().flatMap(({ dirs, patterns }) => [
    {
      files: dirs.map((d) => `renderer/src/${d}/**/*.{ts,tsx}`),
      rules: restrictImports([
        ...rendererProcess(dirs.includes('studio') ? PURE_FOR_THE_STUDIO : PURE_FOR_EVERY_PAGE),
        ...patterns,
      ]),
    },
    { files: dirs.map((d) => `renderer/src/${d}/**/*.test.{ts,tsx}`), rules: restrictImports(patterns) },
  ]),
  {
    // Unit tests elsewhere in the renderer (none today) may use Node too.
    files: ['renderer/**/*.test.{ts,tsx}'],
    ignores: rendererBoundaries().flatMap(({ dirs }) => dirs.map((d) => `renderer/src/${d}/**`)),
    rules: restrictImports([]),
  },
  {
    // Every text a visitor reads comes from the locale files or the pack: no literal strings in JSX
    // (markup mode: text children and user-facing attributes; test ids, class names and the like
    // are not text).
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
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

// The renderer's process boundary: a sandboxed page, no Node, and from main/ only types, except the
// pure modules listed above. (Function
// declarations down here are hoisted, so the config above can use them.)
function rendererProcess(pureMain = PURE_FOR_EVERY_PAGE) {
  return [
    { group: ['node:*'], message: 'The renderer has no Node.' },
    {
      regex: `^(\\.\\./)+main/(?!(${pureMain.join('|')})(\\.ts)?$)`,
      message: 'Import only types from main/.',
      allowTypeImports: true,
    },
  ];
}

function restrictImports(patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnly], patterns }] };
}

// The renderer by feature: each screen's folder under renderer/src, the app shell (shell/) that
// routes between them, and what they share (ui/: widgets; kiosk/: state, the kiosk client, i18n,
// formatting). Shared folders import no feature; a feature imports no other feature and not the
// shell. Renderer folders are flat, so a sibling is always `../<folder>/…`.
function rendererBoundaries() {
  const features = [
    'attract',
    'home',
    'enterprises',
    'clusters',
    'map',
    'future',
    'contact',
    'admin',
    'leads',
    'studio',
  ];
  const sibling = (folders) => `^\\.\\./(${folders.join('|')})(/|$)`;
  return [
    {
      dirs: ['ui'],
      patterns: [
        { regex: sibling([...features, 'shell']), message: 'Shared code imports no feature and not the shell.' },
      ],
    },
    {
      // The bottom layer: widgets use it, it uses no widget.
      dirs: ['kiosk'],
      patterns: [
        {
          regex: sibling([...features, 'shell', 'ui']),
          message: 'kiosk/ imports no feature, no widget, not the shell.',
        },
      ],
    },
    ...features.map((feature) => ({
      dirs: [feature],
      patterns: [
        {
          regex: sibling([...features.filter((f) => f !== feature), 'shell']),
          message: 'A feature imports no other feature and not the shell: share it in ui/ or kiosk/.',
        },
      ],
    })),
  ];
}
