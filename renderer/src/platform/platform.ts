import type { BackupFile, CrosscheckApi, FileToSave, PickedFile } from '../../../electron/api';
import { MAX_BATCH_BYTES, MAX_DATA_BYTES, sizeProblem } from '../core/import/fileSizeRule';
import { ARTICLE_ACCEPT } from '../core/import/articleFileRules';
import { DATA_ACCEPT } from '../core/formats/dataFileRules';

export type { BackupFile, FileToSave, PickedFile };

export interface Platform {
  /** Asks the user for article files; null when they cancelled. */
  pickArticleFiles(): Promise<PickedFile[] | null>;
  /** Asks for anything Import takes (articles, archives, tables, brat, W3C); null when cancelled. */
  pickDataFiles(): Promise<PickedFile[] | null>;
  /** Saves an export where the user says (Electron) or as a download (browser); what it was saved as, or null when cancelled. */
  saveFile(file: FileToSave): Promise<string | null>;
  /** Under Electron: keeps a backup as a file in the app's data folder; the path. Absent in a browser. */
  keepBackupFile?(file: BackupFile): Promise<string>;
}

declare global {
  interface Window {
    crosscheck?: CrosscheckApi;
  }
}

function pickInBrowser(accept: string): Promise<PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('change', () => {
      void readFiles([...(input.files ?? [])]).then(resolve);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function browserPlatform(): Platform {
  return {
    pickArticleFiles: () => pickInBrowser(ARTICLE_ACCEPT),
    pickDataFiles: () => pickInBrowser(`${ARTICLE_ACCEPT},${DATA_ACCEPT}`),
    saveFile(file) {
      // A download: the browser saves it where it saves downloads.
      const blob = new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.suggestedName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve(file.suggestedName);
    },
  };
}

/**
 * Reads files chosen or dropped in the browser, one at a time. Sizes are checked before any
 * byte is read, by the same rule as the main process: a file over the data limit, or one
 * that would take the batch over its limit, comes back as an entry saying why.
 */
export async function readFiles(files: readonly File[], limit: number = MAX_DATA_BYTES, total: number = MAX_BATCH_BYTES): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  let taken = 0;
  for (const file of files) {
    const problem = sizeProblem(file.size, limit, taken, total);
    if (problem) {
      out.push({ name: file.name, error: problem });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      taken += bytes.length;
      out.push({ name: file.name, bytes });
    } catch (error) {
      out.push({ name: file.name, error: error instanceof Error ? error.message : 'the file could not be read' });
    }
  }
  return out;
}

function electronPlatform(api: CrosscheckApi): Platform {
  return {
    async pickArticleFiles() {
      const result = await api.openArticleFiles();
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    async pickDataFiles() {
      const result = await api.openDataFiles();
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    async saveFile(file) {
      const result = await api.saveFile(file);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    async keepBackupFile(file) {
      const result = await api.writeBackup(file);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
  };
}

/** Whether the workbench runs in the Crosscheck window (Electron) rather than a browser tab. */
export function isElectron(): boolean {
  return window.crosscheck !== undefined;
}

let current: Platform | null = null;

/** The one place that knows whether the workbench runs in Electron or in a browser tab. */
export function getPlatform(): Platform {
  current ??= window.crosscheck ? electronPlatform(window.crosscheck) : browserPlatform();
  return current;
}
