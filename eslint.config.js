// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The dependency zones of DESIGN.md: features -> {editor, storage, core, platform}, editor -> core, storage -> core, core -> nothing.
 * Each call is one `no-restricted-imports` config, and a later config for the same file replaces an earlier one,
 * so every renderer file matches exactly one zone, and each zone lists all of its restrictions.
 */
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/** Every renderer zone: electron/api.ts is the IPC contract, and the renderer imports only its types. */
const electronTypesOnly = [
  { group: ['**/electron/**'], allowTypeImports: true, message: 'The renderer imports only types (`import type`) from electron/api.ts.' },
  { group: ['**/electron/**', '!**/electron/api'], message: 'The renderer imports only types from electron/api.ts.' },
];

const ui = ['react', 'react-dom', 'react-dom/*', 'react/*', '@tiptap/*', 'dexie', 'dexie/*'];

const coreRestrictions = [
  { group: ui, message: 'core is pure TypeScript: no React, TipTap, Dexie or DOM libraries.' },
  { group: ['**/storage/**', '**/editor/**', '**/features/**', '**/platform/**', '**/app/**'], message: 'core depends on nothing.' },
  ...electronTypesOnly,
];

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
  // Renderer files outside the zones below (main.tsx).
  zone(['renderer/src/**'], electronTypesOnly),
  zone(['renderer/src/core/**'], [...coreRestrictions, { group: ['node:*', 'fs', 'path', 'crypto'], message: 'core runs in the browser too: no Node modules.' }]),
  // Its tests run under Node and read their data files with it.
  zone(['renderer/src/core/**/*.test.ts'], coreRestrictions),
  // A library's types (papaparse's) pull Node's into the core's type check, so tsc alone no longer
  // catches a Node or DOM global used by mistake there; this does.
  {
    files: ['renderer/src/core/**/*.ts'],
    ignores: ['renderer/src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'window', 'document', 'localStorage', 'navigator', 'crypto'].map((name) => ({
          name,
          message: 'core is pure TypeScript that runs in Node and the browser alike.',
        })),
      ],
    },
  },
  zone(['renderer/src/storage/**'], [
    { group: ['react', 'react-dom', '@tiptap/*'], message: 'storage knows Dexie and core only.' },
    { group: ['**/editor/**', '**/features/**', '**/platform/**', '**/app/**'], message: 'storage depends on core only.' },
    ...electronTypesOnly,
  ]),
  zone(['renderer/src/editor/**'], [
    { group: ['dexie', 'dexie/*'], message: 'editor never touches storage.' },
    { group: ['**/storage/**', '**/features/**', '**/platform/**', '**/app/**'], message: 'editor depends on core only.' },
    ...electronTypesOnly,
  ]),
  zone(['renderer/src/platform/**'], [
    { group: ['dexie', 'dexie/*', '@tiptap/*'], message: 'platform only bridges Electron and the browser.' },
    { group: ['**/storage/**', '**/editor/**', '**/features/**', '**/app/**'], message: 'platform depends on core only.' },
    ...electronTypesOnly,
  ]),
  zone(['renderer/src/features/**'], [
    { group: ['dexie', 'dexie/*'], message: 'Only storage/ touches Dexie.' },
    { group: ['**/app/**'], message: 'features never import the app shell.' },
    { group: ['**/electron/**'], message: 'The UI reaches Electron only through platform/.' },
  ]),
  zone(['renderer/src/app/**'], [
    { group: ['dexie', 'dexie/*'], message: 'Only storage/ touches Dexie.' },
    { group: ['**/electron/**'], message: 'The UI reaches Electron only through platform/.' },
  ]),
  // Command-line scripts talk to the user on stdout.
  { files: ['scripts/**'], rules: { 'no-console': 'off' } },
  zone(['electron/**'], [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }]),
);
