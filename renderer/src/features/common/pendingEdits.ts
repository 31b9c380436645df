import type { SaveStatus } from './saveStatus';

/**
 * Edits typed but not yet handed to an action (a field's autosave delay). While any is
 * held, the status bar says Saving: nothing shown as saved is still waiting. They are all
 * flushed when the page is hidden, reloaded or closed, and before the window closes.
 */
class PendingEdits {
  private readonly flushers = new Map<number, () => void>();
  private next = 0;
  private status: SaveStatus | null = null;
  private readonly releases = new Map<number, () => void>();

  /** The status that counts held edits as Saving (the open project's). */
  attach(status: SaveStatus): void {
    this.status = status;
  }

  /** Holds an edit until the returned release is called; `flush` saves it now when the page goes away. */
  hold(flush: () => void): () => void {
    const id = this.next++;
    this.flushers.set(id, flush);
    const release = this.status?.hold();
    if (release) this.releases.set(id, release);
    return () => {
      this.flushers.delete(id);
      this.releases.get(id)?.();
      this.releases.delete(id);
    };
  }

  get size(): number {
    return this.flushers.size;
  }

  /** Saves every held edit now (each flush releases its hold). */
  flushAll(): void {
    for (const flush of [...this.flushers.values()]) flush();
  }
}

export const pendingEdits = new PendingEdits();

/**
 * Flushes held edits when the page is hidden or unloaded. While writes are still pending at
 * unload, the page asks to stay (a browser's "leave site?" prompt; in Electron the close
 * waits) and, in Electron, closes itself once they are stored.
 */
export function installUnloadFlush(status: SaveStatus, isElectron: boolean): () => void {
  const flush = () => pendingEdits.flushAll();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    flush();
    if (status.get().kind !== 'saving') return;
    e.preventDefault();
    // A browser shows its own prompt for this; Electron cancels the close silently, so close again once stored.
    e.returnValue = '';
    if (isElectron) {
      const stop = status.subscribe(() => {
        if (status.get().kind === 'saving') return;
        stop();
        window.close();
      });
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
