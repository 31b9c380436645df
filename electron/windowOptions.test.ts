import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './windowOptions';

const PRELOAD = '/opt/crosscheck/resources/app.asar/dist-electron/preload.cjs';

describe('mainWindowOptions', () => {
  const production = mainWindowOptions({ preload: PRELOAD, isProduction: true }).webPreferences ?? {};
  const development = mainWindowOptions({ preload: PRELOAD, isProduction: false }).webPreferences ?? {};

  it.each<[string, unknown]>([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['enableWebSQL', false],
    ['plugins', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['spellcheck', false],
    ['disableBlinkFeatures', 'Auxclick'],
    ['preload', PRELOAD],
  ])('%s is %s, set explicitly in production and development alike', (key, value) => {
    expect(production).toHaveProperty(key, value);
    expect(development).toHaveProperty(key, value);
  });

  it('has no DevTools in a packaged build, and has them while developing', () => {
    expect(production.devTools).toBe(false);
    expect(development.devTools).toBe(true);
  });

  it('sets nothing that loosens the renderer (no Blink features switched on, no extra arguments, no partition of its own)', () => {
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'webgl', 'affinity', 'zoomFactor']) {
      expect(production, key).not.toHaveProperty(key);
    }
  });

  it('opens hidden and shows itself when ready', () => {
    expect(mainWindowOptions({ preload: PRELOAD, isProduction: true }).show).toBe(false);
  });
});

describe('the main process', () => {
  const sources = readdirSync('electron')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: readFileSync(path.join('electron', f), 'utf8') }));

  it('makes every window from mainWindowOptions, and nowhere else', () => {
    const windows = sources.flatMap(({ file, text }) => [...text.matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => `${file}: ${(m[1] ?? '').slice(0, 18)}`));
    expect(windows).toEqual(['main.ts: mainWindowOptions(']);
  });

  it('hardens the app before any window exists, with every renderer sandboxed, and loads only app://', () => {
    const main = sources.find((s) => s.file === 'main.ts')?.text ?? '';
    const firstWindow = main.indexOf('function createWindow');
    for (const call of ['app.enableSandbox()', 'registerAppScheme()', 'hardenApp({ isProduction })']) {
      expect(main.indexOf(call), call).toBeGreaterThan(-1);
      expect(main.indexOf(call), call).toBeLessThan(firstWindow);
    }
    expect(main).toMatch(/const isProduction = app\.isPackaged;/);
    expect(main).toMatch(/loadURL\(APP_ENTRY\)/);
    // In code, not comments: nothing loads a file or the web, opens a link outside, or turns a protection off.
    const code = sources.map(({ file, text }) => ({ file, code: ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 } }).outputText }));
    const loose = /loadFile\(|loadURL\((?!APP_ENTRY\))|['"`]https?:|shell\.openExternal|webviewTag: true|nodeIntegration\w*: true|contextIsolation: false|sandbox: false|webSecurity: false|allowRunningInsecureContent: true|experimentalFeatures: true|enableBlinkFeatures/;
    expect(code.filter(({ code }) => loose.test(code)).map(({ file, code }) => `${file}: ${loose.exec(code)?.[0]}`)).toEqual([]);
  });
});
