import type { Page } from '@playwright/test';

/**
 * What Chromium does to an origin's IndexedDB store it finds damaged on opening after a crash
 * (crbug.com/146284): every database is gone, and the rest of the origin's storage (local
 * storage, the private file system) is left. The app's open connections close on the
 * deletion's versionchange, as they would for a browser that starts on an empty store.
 */
export async function discardStore(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    for (const name of names) {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error(`${name}: a connection did not close`));
      });
    }
    return names;
  });
}
