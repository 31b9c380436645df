import type { Page } from '@playwright/test';

/**
 * The rows of some stores of the open project's IndexedDB, read past the app: the project the
 * app has open (its id in localStorage), or the only project there is. Every spec that checks
 * what was stored reads it this way, so none guesses which database is the project's.
 */
export function storedRows<T extends Record<string, unknown[]>>(page: Page, stores: (keyof T & string)[]): Promise<T> {
  return page.evaluate(async (names) => {
    const current = localStorage.getItem('crosscheck.currentProject');
    const projects = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('crosscheck-project-'));
    const name = current && projects.includes(`crosscheck-project-${current}`) ? `crosscheck-project-${current}` : projects.length === 1 ? projects[0] : null;
    if (!name) throw new Error(`cannot tell the open project among ${projects.length} project databases`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of names) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  }, stores) as Promise<T>;
}
