import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ARTICLE_EXTENSIONS, CHANNELS, type PickedFile, type Result } from './api';
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
}
