import { useEffect, useMemo } from 'react';
import { BackupStore } from '../../storage/backupStore';
import type { SaveStatus } from '../common/saveStatus';
import type { OpenProject } from '../projects/useProjectSession';
import { backupCopies } from './backupCopies';
import { backUp } from './backUp';

/** How often a changed project is backed up while it is open. */
export const BACKUP_EVERY_MS = 10 * 60_000;
/** The first backup after a project opens: not at once, when the analyst is waiting for the screen. */
export const FIRST_BACKUP_AFTER_MS = 60_000;
/** When the window is hidden (switched away from, minimised, closing) a backup is taken if the last is older than this. */
const ON_HIDE_AFTER_MS = 60_000;

let shared: BackupStore | null = null;
export function backupStore(): BackupStore {
  shared ??= new BackupStore();
  return shared;
}

/**
 * Backs the open project up a minute after it opens (if it has none yet or changed), every
 * ten minutes while it changes, and when the window is hidden; in a worker, so a large
 * project's backup never freezes the window. A failed backup says so in the status bar;
 * the project itself is never touched.
 */
export function useBackups(open: OpenProject | null, status: SaveStatus): BackupStore {
  const store = useMemo(backupStore, []);
  useEffect(() => {
    if (!open) return undefined;
    let last = 0;
    let running = false;
    const run = (newBase = false) => {
      if (running) return;
      running = true;
      last = Date.now();
      backUp(open.repo, store, { id: open.record.id, name: open.record.name }, backupCopies(open, newBase))
        .catch((e: unknown) => status.fail(`The backup of “${open.record.name}” failed: ${e instanceof Error ? e.message : String(e)}. The project itself is unchanged.`))
        .finally(() => {
          running = false;
        });
    };
    // A crash between a commit and its journal line leaves the safety copy behind the database:
    // at once, copy what it lacks from the action log; when the log cannot give it, the first
    // backup gives the copy a new base (not at once: reading a large project whole in a worker
    // while the analyst waits for the first screen slowed it by seconds in the bench).
    let newBase = false;
    const first = window.setTimeout(() => run(newBase), FIRST_BACKUP_AFTER_MS);
    const timer = window.setInterval(() => run(), BACKUP_EVERY_MS);
    const { safety } = open;
    // Switched away (the database closes): what was under way is not this window's problem any more.
    let current = true;
    if (safety) {
      // Until the copy holds what the database holds, nothing is shown as Saved.
      const release = status.hold();
      safety
        .lastSeq(open.record.id)
        .then((copied) => (current ? open.repo.catchUpJournal(copied) : true))
        .then((caughtUp) => {
          newBase = !caughtUp;
        })
        .catch((e: unknown) => current && status.fail(`The safety copy of “${open.record.name}” could not be brought up to date: ${e instanceof Error ? e.message : String(e)}. The project itself is unchanged.`))
        .finally(release);
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden' && Date.now() - last > ON_HIDE_AFTER_MS) run();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      current = false;
      window.clearTimeout(first);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
    };
    // A rename gives a new record object for the same project: no new schedule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open?.record.id, open?.repo, store, status]);
  return store;
}
