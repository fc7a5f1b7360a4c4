// Lint rules. Import boundaries follow bulletproof-react: app → features → shared
// (shared = src/shared, src/domain, src/api, src/mocks); features never import each other's internals,
// and the pure layers (domain, ingest) never import React or the app.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

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
    files: ['src/domain/**', 'src/ingest/**'],
    rules: restrict([
      { group: ['react', 'react-dom', 'react-*', '@tanstack/*', 'recharts'], message: 'Pure layer: no React here.' },
      { group: ['**/app/**', '**/features/**', '**/api/**'], message: 'Pure layer: depends on nothing above it.' },
    ]),
  },
  {
    files: ['src/shared/**', 'src/api/**', 'src/mocks/**'],
    rules: restrict([
      { group: ['**/app/**', '**/features/**'], message: 'Shared code must not import app or features.' },
    ]),
  },
  // One block per feature: no app imports, no reaching into a sibling feature (share via src/shared).
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict([
      { group: ['**/app/**'], message: 'Features must not import the app layer.' },
      {
        group: features.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
        message: 'Features must not import each other: move shared code to src/shared.',
      },
    ]),
  })),
);
