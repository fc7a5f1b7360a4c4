// Lint rules. The layer boundaries (README «Architecture») are checked on resolved paths, not on the
// text of an import, so `../overview/OverviewPage` inside src/features/events fails like any other way
// of spelling it. test/lint/boundaries.test.ts proves each zone with an import that must fail.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const src = (folder) => `./src/${folder}`;
const PURE = 'Pure layer (src/lib, src/domain, src/ingest, src/config): no React and nothing above it.';
/** React and the libraries built on it, by package name: the pure layers run in Node and in any renderer. */
const REACT_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react-is', 'react-router', 'react-router-dom'];
const REACT_PATTERNS = [...REACT_PACKAGES, '@tanstack/*', 'recharts', 'recharts/*'];

/**
 * The zones: `target` may not import from `from`. `tests` says whether the zone also binds test files
 * (tests may use the mock API and test helpers; everything else holds for them too).
 */
const ZONES = [
  { target: src('lib'), from: ['domain', 'ingest', 'config'].map(src), message: PURE },
  { target: src('config'), from: ['domain', 'ingest'].map(src), message: PURE },
  { target: src('domain'), from: ['ingest', 'config'].map(src), message: PURE },
  { target: src('ingest'), from: [src('config')], message: PURE },
  ...['lib', 'config', 'domain', 'ingest'].map((layer) => ({
    target: src(layer),
    from: ['api', 'mocks', 'shared', 'features', 'app'].map(src),
    message: PURE,
  })),
  {
    target: [src('api'), src('mocks')],
    from: ['shared', 'features', 'app'].map(src),
    message: 'src/api and src/mocks serve data: no shared UI, features or app.',
  },
  { target: src('api'), from: [src('mocks')], message: 'The API layer never knows the mock exists.', tests: false },
  {
    target: src('shared'),
    from: ['features', 'app'].map(src),
    message: 'src/shared is used by features: it imports no feature and not the app.',
  },
  ...features.map((feature) => ({
    target: src(`features/${feature}`),
    from: [src('app'), ...features.filter((f) => f !== feature).map((f) => src(`features/${f}`))],
    message: 'A feature imports no other feature and not the app: move shared code to src/shared or src/domain.',
  })),
  {
    target: [src('shared'), src('features')],
    from: [src('mocks')],
    message: 'Only the app entry starts the mock API; screens never import it.',
    tests: false,
  },
  {
    // The browser runs the parser in a worker (src/api/import/parse.worker.ts) through its one
    // browser-safe entry; the rest of src/ingest is the CLI's Node side and the parser's insides.
    target: ['api', 'mocks', 'shared', 'features', 'app'].map(src),
    from: [src('ingest')],
    except: ['./core.ts'],
    message: 'Outside src/ingest, only its browser-safe entry src/ingest/core.ts is imported.',
  },
];

const restrictedPaths = (forTests) =>
  ZONES.filter((zone) => !forTests || zone.tests !== false).map(({ target, from, except, message }) => ({
    target,
    from,
    ...(except ? { except } : {}),
    message,
  }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'bench/.tmp*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: restrictedPaths(false) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: restrictedPaths(true) }] },
  },
  {
    files: ['src/{lib,config,domain,ingest}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: REACT_PATTERNS, message: PURE }] }] },
  },
);
