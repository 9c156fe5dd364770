import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * The import rules of ARCHITECTURE.md §1, as lint: each layer lists what it may not reach.
 * shared → nothing of ours · backend → shared · host, main → backend, shared · preload → shared ·
 * renderer → shared (and browser libraries).
 */
const nodeBuiltins = ['node:*', ...builtinModules];
const layer = (name) => ({ group: [`**/${name}/**`, `**/${name}`], message: `This layer may not import from ${name}/ (ARCHITECTURE.md §1).` });
const packages = (names, why) => ({ group: names, message: why });

const importRules = [
  {
    files: ['shared/**/*.ts'],
    patterns: [
      layer('electron'),
      layer('renderer'),
      packages(nodeBuiltins, 'shared/ is pure TypeScript: no Node built-ins.'),
      packages(['electron', 'react', 'react-dom', 'better-sqlite3'], 'shared/ is pure TypeScript: no runtime-specific packages.'),
    ],
  },
  {
    files: ['electron/backend/**/*.ts'],
    patterns: [
      layer('renderer'),
      layer('main'),
      layer('preload'),
      layer('host'),
      packages(['electron', 'electron/*'], 'The backend is plain Node and runs unchanged behind the web host.'),
    ],
  },
  { files: ['electron/host/**/*.ts'], patterns: [layer('renderer'), layer('main'), layer('preload'), packages(['electron', 'electron/*'], 'The web host runs without Electron.')] },
  { files: ['electron/main/**/*.ts'], patterns: [layer('renderer'), layer('preload'), layer('host')] },
  {
    files: ['electron/preload/**/*.ts'],
    patterns: [layer('renderer'), layer('main'), layer('backend'), layer('host'), packages(nodeBuiltins, 'A sandboxed preload has no Node built-ins.')],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    patterns: [
      layer('electron'),
      packages(nodeBuiltins, 'The renderer runs in the browser: no Node built-ins.'),
      packages(['electron', 'electron/*', 'better-sqlite3'], 'The renderer talks to the backend only through the command contract.'),
    ],
  },
].map(({ files, patterns }) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-support.ts', '**/test-setup.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['out', 'release', 'node_modules', 'test-results', 'playwright-report', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...jsxA11y.flatConfigs.recommended },
  {
    // No user-facing literal text in components: every string goes through i18n (ARCHITECTURE.md §5).
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  ...importRules,
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
