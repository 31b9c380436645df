import Dexie, { type ObservabilitySet } from 'dexie';
import type { Annotation } from '../core/model/annotation';
import { changedKeys } from './changedKeys';
import type { ProjectRepository } from './projectRepository';

/**
 * The stored annotations of one article, kept current: read once, then after each change (in
 * this tab or another) only the rows it touched are read again, by key, and an unchanged row
 * keeps its identity, so the screen redoes the work of the rows that changed alone. (A live
 * query would read and clone all of a long article's 5,000 rows again after every tag.)
 */
export function observeArticleAnnotations(
  repo: ProjectRepository,
  articleId: string,
  onValue: (rows: readonly Annotation[]) => void,
  onError: (error: unknown) => void,
): () => void {
  let rows = new Map<string, Annotation>();
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  // One read at a time, in the order the changes came: each reads the rows as they are now.
  const run = (job: () => Promise<boolean>) => {
    queue = queue.then(async () => {
      if (stopped) return;
      try {
        if ((await job()) && !stopped) onValue([...rows.values()]);
      } catch (e) {
        if (!stopped) onError(e);
      }
    });
  };
  const readAll = async () => {
    rows = new Map((await repo.annotationsFor(articleId)).map((r) => [r.id, r]));
    return true;
  };
  const readKeys = (keys: readonly string[]) => async () => {
    const found = await repo.db.annotations.bulkGet([...keys]);
    let changed = false;
    keys.forEach((key, i) => {
      const row = found[i];
      if (row && row.articleId === articleId) {
        rows.set(key, row);
        changed = true;
      } else if (rows.delete(key)) changed = true;
    });
    return changed;
  };
  const onMutated = (parts: ObservabilitySet) => {
    const keys = changedKeys(parts, repo.db.name, 'annotations');
    if (keys === 'all') run(readAll);
    else if (keys && keys.length > 0) run(readKeys(keys));
  };
  Dexie.on('storagemutated', onMutated);
  run(readAll);
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
