import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowParams {
  /** Absolute path of the bundled preload (`dist-electron/preload.cjs`). */
  preload: string;
  /** A packaged build (`app.isPackaged`): no DevTools. */
  isProduction: boolean;
}

/**
 * The Crosscheck window's options. Every web preference that matters for security is set
 * explicitly, even where it is Electron's default, so that a default changing in an upgrade
 * cannot loosen it unnoticed (`windowOptions.test.ts` asserts each one).
 */
export function mainWindowOptions({ preload, isProduction }: MainWindowParams): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    title: 'Crosscheck',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload,
      // The page and the preload live in separate JavaScript worlds; the page sees only `window.crosscheck`.
      contextIsolation: true,
      // The renderer is an OS-sandboxed Chromium process: no Node, no file system.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy on, and no http content inside the app's secure origin.
      webSecurity: true,
      allowRunningInsecureContent: false,
      // No experimental Blink features, no <webview>, no WebSQL, no plugins.
      experimentalFeatures: false,
      webviewTag: false,
      enableWebSQL: false,
      plugins: false,
      // A dropped file is an import (the library handles the drop), never a navigation to it.
      navigateOnDragDrop: false,
      // A page that loops on alert() can be stopped.
      safeDialogs: true,
      // DevTools only while developing (`npm start`); a packaged build has none.
      devTools: !isProduction,
      // Chromium's spellchecker downloads its dictionaries from Google's servers: the app makes no
      // request to the network, and articles are read, not written.
      spellcheck: false,
      // Middle-click would otherwise open links in new windows (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
