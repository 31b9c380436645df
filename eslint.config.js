// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The dependency zones of DESIGN.md: features -> {editor, storage, core, platform}, editor -> core, storage -> core, core -> nothing. */
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const ui = ['react', 'react-dom', 'react-dom/*', 'react/*', '@tiptap/*', 'dexie', 'dexie/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  zone(['renderer/src/core/**'], [
    { group: ui, message: 'core is pure TypeScript: no React, TipTap, Dexie or DOM libraries.' },
    { group: ['**/storage/**', '**/editor/**', '**/features/**', '**/platform/**', '**/app/**', '**/electron/**'], message: 'core depends on nothing.' },
  ]),
  zone(['renderer/src/storage/**'], [
    { group: ['react', 'react-dom', '@tiptap/*'], message: 'storage knows Dexie and core only.' },
    { group: ['**/editor/**', '**/features/**', '**/platform/**', '**/app/**', '**/electron/**'], message: 'storage depends on core only.' },
  ]),
  zone(['renderer/src/editor/**'], [
    { group: ['dexie', 'dexie/*'], message: 'editor never touches storage.' },
    { group: ['**/storage/**', '**/features/**', '**/platform/**', '**/app/**', '**/electron/**'], message: 'editor depends on core only.' },
  ]),
  zone(['renderer/src/platform/**'], [
    { group: ['dexie', 'dexie/*', '@tiptap/*'], message: 'platform only bridges Electron and the browser.' },
    { group: ['**/storage/**', '**/editor/**', '**/features/**', '**/app/**'], message: 'platform depends on core only.' },
    { group: ['**/electron/*', '!**/electron/api'], message: 'The renderer imports only types from electron/api.ts.' },
  ]),
  zone(['renderer/src/features/**', 'renderer/src/app/**'], [
    { group: ['dexie', 'dexie/*'], message: 'Only storage/ touches Dexie.' },
    { group: ['**/electron/**'], message: 'The renderer reaches Electron only through platform/.' },
  ]),
  // Command-line scripts talk to the user on stdout.
  { files: ['scripts/**'], rules: { 'no-console': 'off' } },
  zone(['electron/**'], [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }]),
);
