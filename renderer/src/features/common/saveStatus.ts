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
    this.set({ kind: 'saving' });
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
        retry: () => void (retry ? retry() : this.track(what, action)).catch(() => undefined),
      });
      throw error;
    }
  }

  clearError(): void {
    if (this.state.kind === 'error') this.set({ kind: this.pending > 0 ? 'saving' : 'saved' });
  }

  private set(state: SaveState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

export function useSaveState(status: SaveStatus): SaveState {
  return useSyncExternalStore(status.subscribe, status.get);
}
