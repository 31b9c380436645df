import type { Page } from '@playwright/test';

/** The open project's seq in its database, and the highest seq its safety copy holds (journal lines and bases), read past the app. */
export function copyState(page: Page): Promise<{ db: number; journal: number; files: string[] }> {
  return page.evaluate(async () => {
    const projects = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('crosscheck-project-'));
    const current = localStorage.getItem('crosscheck.currentProject');
    const name = current && projects.includes(`crosscheck-project-${current}`) ? `crosscheck-project-${current}` : (projects[0] ?? '');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const row = await new Promise<{ value?: number } | undefined>((resolve, reject) => {
      const req = db.transaction('meta').objectStore('meta').get('journalSeq');
      req.onsuccess = () => resolve(req.result as { value?: number } | undefined);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const folder = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('crosscheck-safety')).getDirectoryHandle(name.replace('crosscheck-project-', ''));
    let journal = 0;
    const files: string[] = [];
    for await (const [file, handle] of folder.entries()) {
      const base = /^base-(\d{12})\.crosscheck$/.exec(file);
      if (base) {
        journal = Math.max(journal, Number(base[1]));
        continue;
      }
      const text = await (await (handle as FileSystemFileHandle).getFile()).text();
      const seqs = [...text.matchAll(/^\{"seq":(\d+)/gm)].map((m) => Number(m[1]));
      files.push(`${file}: ${seqs.join(',')}`);
      journal = Math.max(journal, ...seqs);
    }
    return { db: row?.value ?? 0, journal, files };
  });
}
