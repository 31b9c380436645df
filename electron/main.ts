import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY } from './appOrigin';
import { registerIpcHandlers } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp } from './security';
import { mainWindowOptions } from './windowOptions';

// dist-electron/main.cjs next to dist/renderer, in the checkout and inside app.asar alike.
const RENDERER_ROOT = path.join(__dirname, '..', 'dist', 'renderer');

// A packaged build: no DevTools. `npm start` runs the checkout unpackaged, with them.
const isProduction = app.isPackaged;

// Every renderer sandboxed, whatever its preferences say (the window asks for it too).
app.enableSandbox();
registerAppScheme();
hardenApp({ isProduction });

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions({ preload: path.join(__dirname, 'preload.cjs'), isProduction }));
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
