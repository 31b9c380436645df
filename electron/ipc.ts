import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { ARTICLE_EXTENSIONS, CHANNELS, DATA_EXTENSIONS, MAX_DATA_BYTES, type PickedFile, type Result } from './api';
import { checkFileToSave } from './checkFileToSave';
import { isTrustedUrl } from './appOrigin';
import { readPickedFiles } from './readPickedFiles';

/** Rejects calls from any frame that is not our own app page, and calls with unexpected arguments. */
function guard(event: IpcMainInvokeEvent, args: readonly unknown[], expected: number): string | null {
  if (!isTrustedUrl(event.senderFrame?.url)) return 'refused: the request did not come from the Crosscheck window';
  if (args.length !== expected) return `refused: expected ${expected} arguments, got ${args.length}`;
  return null;
}

export function registerIpcHandlers(): void {
  ipcMain.handle(CHANNELS.openArticleFiles, async (event, ...args: unknown[]): Promise<Result<PickedFile[] | null>> => {
    const refused = guard(event, args, 0);
    if (refused) return { ok: false, error: refused };
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Import articles',
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (picked.canceled || picked.filePaths.length === 0) return { ok: true, value: null };
    return { ok: true, value: await readPickedFiles(picked.filePaths) };
  });

  ipcMain.handle(CHANNELS.openDataFiles, async (event, ...args: unknown[]): Promise<Result<PickedFile[] | null>> => {
    const refused = guard(event, args, 0);
    if (refused) return { ok: false, error: refused };
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Import',
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles and data', extensions: [...ARTICLE_EXTENSIONS, ...DATA_EXTENSIONS] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (picked.canceled || picked.filePaths.length === 0) return { ok: true, value: null };
    return { ok: true, value: await readPickedFiles(picked.filePaths, MAX_DATA_BYTES) };
  });

  ipcMain.handle(CHANNELS.saveFile, async (event, ...args: unknown[]): Promise<Result<string | null>> => {
    const refused = guard(event, args, 1);
    if (refused) return { ok: false, error: refused };
    const file = checkFileToSave(args[0]);
    if (!file.ok) return file;
    const { suggestedName, kind, extension, data } = file.value;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.SaveDialogOptions = { title: `Export ${kind}`, defaultPath: suggestedName, filters: [{ name: kind, extensions: [extension] }] };
    const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return { ok: true, value: null };
    try {
      await writeFile(picked.filePath, data);
      return { ok: true, value: picked.filePath };
    } catch (error) {
      return { ok: false, error: `${picked.filePath} could not be written: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
}
