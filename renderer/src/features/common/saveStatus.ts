import { useSyncExternalStore } from 'react';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retry: (() => void) | null };

/**
 * What the status bar says about the user's work. Every stored action goes through
 * `track`, so "Saved" is only shown once IndexedDB has committed.
 */
export class SaveStatus {
  private state: SaveState = { kind: 'saved' };
  private pending = 0;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): SaveState => this.state;

  /** `retry` replaces a plain re-run of `action` when a retry must do more (enter the undo history). */
  async track<T>(what: string, action: () => Promise<T>, retry?: () => Promise<unknown>): Promise<T> {
    this.pending++;
    if (this.state.kind !== 'error') this.set({ kind: 'saving' });
    try {
      const result = await action();
      this.pending--;
      if (this.pending === 0 && this.state.kind !== 'error') this.set({ kind: 'saved' });
      return result;
    } catch (error) {
      this.pending--;
      const reason = error instanceof Error ? error.message : String(error);
      this.set({
        kind: 'error',
        message: `${what} was not saved: ${reason}`,
        retry: () => {
          this.set({ kind: 'saving' });
          void (retry ? retry() : this.track(what, action)).catch(() => undefined);
        },
      });
      throw error;
    }
  }

  /**
   * Counts work that is queued but not yet writing (an action waiting for the one before it),
   * so the status bar never says Saved while anything is pending. Call the result when done.
   */
  hold(): () => void {
    this.pending++;
    if (this.state.kind !== 'error') this.set({ kind: 'saving' });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.pending--;
      if (this.pending === 0 && this.state.kind === 'saving') this.set({ kind: 'saved' });
    };
  }

  /** The analyst has read the error and chosen not to retry. */
  dismiss = (): void => {
    if (this.state.kind === 'error') this.set({ kind: this.pending > 0 ? 'saving' : 'saved' });
  };

  /** Shows a failure that has nothing to retry (a read that failed). */
  fail(message: string): void {
    this.set({ kind: 'error', message, retry: null });
  }

  private set(state: SaveState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

export function useSaveState(status: SaveStatus): SaveState {
  return useSyncExternalStore(status.subscribe, status.get);
}
