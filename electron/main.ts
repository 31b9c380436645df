import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY } from './appOrigin';
import { registerIpcHandlers } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp } from './security';

// dist-electron/main.cjs next to dist/renderer, in the checkout and inside app.asar alike.
const RENDERER_ROOT = path.join(__dirname, '..', 'dist', 'renderer');

registerAppScheme();
hardenApp();


function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    title: 'Crosscheck',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}

function start(): void {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(
    () => {
      serveRenderer(RENDERER_ROOT);
      registerIpcHandlers();
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    },
    (error: unknown) => {
      console.error('Crosscheck could not start:', error);
      app.exit(1);
    },
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// A second instance would open the same IndexedDB; it hands over to the first and quits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
