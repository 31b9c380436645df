import { mergeApplied, redoOps, undoOps, type AppliedChange } from '../../core/changes/appliedChange';
import type { Action, RowOp } from '../../core/changes/rowOp';
import { newId } from '../../core/model/ids';
import type { SaveStatus } from '../common/saveStatus';

export interface ActionStore {
  applyAction(action: Action): Promise<AppliedChange[]>;
}

interface Entry {
  action: Action;
  /** What the action did, from the stored rows; rejects when it was not stored. */
  applied: Promise<AppliedChange[]>;
  mergeKey: string | null;
  /** The entry this one absorbed (a note typed on), put back if the newer part fails. */
  previous: Entry | null;
}

/** An action on its way to disk: its ops are known at once, what it did once stored. */
export interface Dispatched {
  action: Action;
  stored: Promise<AppliedChange[]>;
}

const LIMIT = 500;

/**
 * The project's undo history. An action enters it the moment it is dispatched, so a Ctrl+Z
 * pressed before the write commits undoes that action; the writes run one after another in
 * dispatch order. Undo and redo are actions too, built from what the undone action did to
 * the stored rows: an update is undone by putting back the fields it set, and nothing else.
 */
export class ActionHistory {
  private done: Entry[] = [];
  private undone: Entry[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private openMerge: string | null = null;

  constructor(
    private readonly store: ActionStore,
    private readonly status: SaveStatus,
    private readonly author: string,
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private action(label: string, ops: RowOp[]): Action {
    return { id: newId('act'), label, ops, by: this.author, at: new Date().toISOString() };
  }

  private store_(action: Action, retry: () => Promise<unknown>): Promise<AppliedChange[]> {
    const release = this.status.hold();
    const stored = this.serial(() => this.status.track(action.label, () => this.store.applyAction(action), retry));
    stored.then(release, release);
    return stored;
  }

  /**
   * Stores `ops` as one action and makes it undoable. Consecutive actions with the same
   * `mergeKey` (autosaves of one note while it is typed) are one undo step.
   */
  execute(label: string, ops: RowOp[], mergeKey: string | null = null): Dispatched {
    const action = this.action(label, ops);
    const stored = this.store_(action, () => this.execute(label, ops, null).stored);
    const top = this.done[this.done.length - 1];
    let entry: Entry;
    if (mergeKey !== null && mergeKey === this.openMerge && top?.mergeKey === mergeKey) {
      entry = { action, mergeKey, previous: top, applied: Promise.all([top.applied, stored]).then(([a, b]) => mergeApplied(a, b)) };
      this.done[this.done.length - 1] = entry;
    } else {
      entry = { action, mergeKey, previous: null, applied: stored };
      this.done.push(entry);
      if (this.done.length > LIMIT) this.done.shift();
    }
    this.undone = [];
    this.openMerge = mergeKey;
    // A write that failed was never done: it leaves the history (Retry enters it again).
    stored.catch(() => {
      const i = this.done.indexOf(entry);
      if (i === -1) return;
      if (entry.previous) this.done[i] = entry.previous;
      else this.done.splice(i, 1);
    });
    entry.applied.catch(() => undefined);
    return { action, stored };
  }

  /** Ends a merge run: the next action is a step of its own even with the same key. */
  closeMerge(): void {
    this.openMerge = null;
  }

  /** The action undo would revert, or null. */
  peekUndo(): Action | null {
    return this.done[this.done.length - 1]?.action ?? null;
  }

  peekRedo(): Action | null {
    return this.undone[this.undone.length - 1]?.action ?? null;
  }

  /** Undoes the newest action; resolves to what the undo did, or null when there was nothing to undo. */
  undo(): Promise<AppliedChange[] | null> {
    return this.move(this.done, this.undone, 'Undo', undoOps);
  }

  redo(): Promise<AppliedChange[] | null> {
    return this.move(this.undone, this.done, 'Redo', redoOps);
  }

  private move(from: Entry[], to: Entry[], verb: string, opsOf: (changes: readonly AppliedChange[]) => RowOp[]): Promise<AppliedChange[] | null> {
    const entry = from.pop();
    if (!entry) return Promise.resolve(null);
    to.push(entry);
    this.openMerge = null;
    const label = `${verb} ${entry.action.label.charAt(0).toLowerCase()}${entry.action.label.slice(1)}`;
    const again = () => (verb === 'Undo' ? this.undo() : this.redo());
    let failed = false;
    const result = this.serial(async () => {
      let changes: AppliedChange[];
      try {
        changes = await entry.applied;
      } catch {
        // The action itself was never stored: there is nothing to revert.
        to.splice(to.indexOf(entry), 1);
        return null;
      }
      try {
        return await this.status.track(label, () => this.store.applyAction(this.action(label, opsOf(changes))), again);
      } catch (error) {
        failed = true;
        throw error;
      }
    });
    // A failed undo leaves the history where it was; Retry tries it again.
    result.catch(() => {
      if (!failed) return;
      const i = to.indexOf(entry);
      if (i !== -1) to.splice(i, 1);
      from.push(entry);
    });
    return result;
  }
}
