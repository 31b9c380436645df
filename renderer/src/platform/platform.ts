import type { CrosscheckApi, PickedFile } from '../../../electron/api';
import { ARTICLE_ACCEPT } from '../core/import/articleFileRules';

export type { PickedFile };

export interface Platform {
  /** Asks the user for article files; null when they cancelled. */
  pickArticleFiles(): Promise<PickedFile[] | null>;
}

declare global {
  interface Window {
    crosscheck?: CrosscheckApi;
  }
}

function browserPlatform(): Platform {
  return {
    pickArticleFiles() {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = ARTICLE_ACCEPT;
        input.addEventListener('change', () => {
          void readFiles([...(input.files ?? [])]).then(resolve);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
  };
}

export async function readFiles(files: readonly File[]): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      } catch (error) {
        return { name: file.name, error: error instanceof Error ? error.message : 'the file could not be read' };
      }
    }),
  );
}

function electronPlatform(api: CrosscheckApi): Platform {
  return {
    async pickArticleFiles() {
      const result = await api.openArticleFiles();
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
  };
}

let current: Platform | null = null;

/** The one place that knows whether the workbench runs in Electron or in a browser tab. */
export function getPlatform(): Platform {
  current ??= window.crosscheck ? electronPlatform(window.crosscheck) : browserPlatform();
  return current;
}
