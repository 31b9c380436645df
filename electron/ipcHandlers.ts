import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS, BACKUP_FILES_KEPT, CHANNELS, DATA_EXTENSIONS, MAX_ARTICLE_BYTES, MAX_BATCH_BYTES, MAX_DATA_BYTES, type PickedFile, type Result } from './api';
import { backupFileName, checkBackupFile } from './checkBackupFile';
import { isTrustedUrl } from './appOrigin';
import { checkFileToSave } from './checkFileToSave';

/** Who made an IPC call, as the main process can tell: `ipc.ts` reads it off the event. */
export interface IpcCaller {
  /** The URL of the frame that sent it; undefined when that frame is gone. */
  url: string | undefined;
  /** Whether that frame is the top frame of its page (not a frame inside it). */
  isMainFrame: boolean;
  /** Whether its page is in one of the app's own windows. */
  inAppWindow: boolean;
}

/** What the handlers do to the outside world: dialogs and files. `ipc.ts` gives Electron's and Node's; tests give stand-ins. */
export interface IpcEffects<C extends IpcCaller> {
  /** The open dialog; the paths picked, or null when cancelled. */
  pickFiles(caller: C, options: OpenDialogOptions): Promise<string[] | null>;
  /** The save dialog; the path chosen, or null when cancelled. */
  pickSavePath(caller: C, options: SaveDialogOptions): Promise<string | null>;
  readPickedFiles(paths: readonly string[], limit: number, total: number): Promise<PickedFile[]>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** The folder backups are kept in (the app's data folder's `backups`). */
  backupsFolder(): string;
  makeFolder(path: string): Promise<void>;
  /** Writes the whole file or nothing (a temporary file, then a rename). */
  writeFileWhole(path: string, data: Uint8Array): Promise<void>;
  listFolder(path: string): Promise<string[]>;
  removeFile(path: string): Promise<void>;
}

export type IpcHandler<C extends IpcCaller> = (caller: C, args: readonly unknown[]) => Promise<Result<unknown>>;

/** Why a call is refused before its arguments are looked at, or null: only the app's own page, in its own window, may call. */
export function refuseCaller(caller: IpcCaller): string | null {
  if (!isTrustedUrl(caller.url) || !caller.isMainFrame || !caller.inAppWindow) return 'refused: the request did not come from the Crosscheck window';
  return null;
}

/** Why a call's arguments are refused by their number, or null. */
export function refuseArity(args: readonly unknown[], expected: number): string | null {
  return args.length === expected ? null : `refused: expected ${expected} argument${expected === 1 ? '' : 's'}, got ${args.length}`;
}

/** The open dialog of Import articles… (articles only) and Import… (articles and data files). */
export function openDialogOptions(kind: 'articles' | 'data'): OpenDialogOptions {
  return kind === 'articles'
    ? {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      }
    : {
        title: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles and data', extensions: [...ARTICLE_EXTENSIONS, ...DATA_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
}

/**
 * Every channel's handler: the caller checked, then the number of arguments, then their
 * content; only then a dialog, and only the files the user picked are read or written.
 */
export function ipcHandlers<C extends IpcCaller>(effects: IpcEffects<C>): Record<(typeof CHANNELS)[keyof typeof CHANNELS], IpcHandler<C>> {
  const checked =
    (expected: number, run: (caller: C, args: readonly unknown[]) => Promise<Result<unknown>>): IpcHandler<C> =>
    async (caller, args) => {
      const refused = refuseCaller(caller) ?? refuseArity(args, expected);
      return refused ? { ok: false, error: refused } : run(caller, args);
    };
  const open = (kind: 'articles' | 'data', limit: number) =>
    checked(0, async (caller) => {
      const paths = await effects.pickFiles(caller, openDialogOptions(kind));
      if (!paths || paths.length === 0) return { ok: true, value: null };
      return { ok: true, value: await effects.readPickedFiles(paths, limit, MAX_BATCH_BYTES) };
    });
  return {
    [CHANNELS.openArticleFiles]: open('articles', MAX_ARTICLE_BYTES),
    [CHANNELS.openDataFiles]: open('data', MAX_DATA_BYTES),
    [CHANNELS.saveFile]: checked(1, async (caller, [request]) => {
      const file = checkFileToSave(request);
      if (!file.ok) return file;
      const { suggestedName, kind, extension, data } = file.value;
      const target = await effects.pickSavePath(caller, { title: `Export ${kind}`, defaultPath: suggestedName, filters: [{ name: kind, extensions: [extension] }] });
      if (!target) return { ok: true, value: null };
      try {
        await effects.writeFile(target, data);
        return { ok: true, value: target };
      } catch (error) {
        return { ok: false, error: `${target} could not be written: ${error instanceof Error ? error.message : String(error)}` };
      }
    }),
    [CHANNELS.writeBackup]: checked(1, async (_caller, [request]) => {
      const file = checkBackupFile(request);
      if (!file.ok) return file;
      const folder = join(effects.backupsFolder(), file.value.projectId);
      const target = join(folder, backupFileName(file.value.at));
      try {
        await effects.makeFolder(folder);
        await effects.writeFileWhole(target, file.value.data);
        // The newest are kept: names sort by time.
        const old = (await effects.listFolder(folder)).filter((n) => n.endsWith('.crosscheck')).sort().slice(0, -BACKUP_FILES_KEPT);
        for (const name of old) await effects.removeFile(join(folder, name));
        return { ok: true, value: target };
      } catch (error) {
        return { ok: false, error: `${target} could not be written: ${error instanceof Error ? error.message : String(error)}` };
      }
    }),
  };
}
