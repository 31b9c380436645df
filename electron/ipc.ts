import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ipcHandlers, type IpcCaller } from './ipcHandlers';
import { readPickedFiles } from './readPickedFiles';

/** The caller as `ipcHandlers` checks it, with the window its dialogs belong to. */
interface WindowCaller extends IpcCaller {
  window: BrowserWindow | null;
}

function callerOf(event: IpcMainInvokeEvent): WindowCaller {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return { url: frame?.url, isMainFrame: frame !== null && frame.parent === null, inAppWindow: window !== null, window };
}

/** The handlers of `ipcHandlers.ts` (where every check is, tested without Electron) on Electron's IPC, dialogs and Node's files. */
export function registerIpcHandlers(): void {
  const handlers = ipcHandlers<WindowCaller>({
    async pickFiles({ window }, options) {
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : picked.filePaths;
    },
    async pickSavePath({ window }, options) {
      const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
    readPickedFiles,
    writeFile: (path, data) => writeFile(path, data),
    backupsFolder: () => join(app.getPath('userData'), 'backups'),
    makeFolder: async (path) => {
      await mkdir(path, { recursive: true });
    },
    async writeFileWhole(path, data) {
      const partial = `${path}.partial`;
      await writeFile(partial, data, { flush: true });
      await rename(partial, path);
    },
    listFolder: (path) => readdir(path),
    removeFile: (path) => unlink(path),
  });
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handler(callerOf(event), args));
  }
}
