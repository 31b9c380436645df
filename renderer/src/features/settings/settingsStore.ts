import type { RowOp } from '../../core/changes/rowOp';
import type { CountedThing } from '../../core/model/figure';
import { inOrder, type KindDef, type TagDef } from '../../core/model/tagSchema';
import { OptimisticRows } from '../common/optimisticRows';
import type { ActionHistory } from '../history/actionHistory';

/** What the settings screen shows: each list in its order. */
export interface SettingsRows {
  tags: TagDef[];
  kinds: KindDef[];
  counted: CountedThing[];
}

/** Stores ops as one undoable action, shown at once. */
export type Run = (label: string, ops: RowOp[]) => void;

export interface SettingsState extends SettingsRows {
  /** The counted things have been read once (until then the list says so rather than showing none). */
  countedRead: boolean;
  /** The id of the action undo would revert: a message about what was just done shows until it changes. */
  lastAction: string | null;
}

/**
 * The settings' rows as stored, with the actions dispatched since on top: a rename shows the
 * moment Enter is pressed, and a second Alt+ArrowDown moves the row from where the first left
 * it, not from where the store still has it.
 */
export class SettingsStore {
  private readonly tags = new OptimisticRows('tags');
  private readonly kinds = new OptimisticRows('kinds');
  private readonly counted = new OptimisticRows('counted');
  private snapshot: SettingsState;
  private countedRead = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly history: ActionHistory,
    initial: Pick<SettingsRows, 'tags' | 'kinds'>,
  ) {
    this.tags.setStored(initial.tags);
    this.kinds.setStored(initial.kinds);
    this.snapshot = this.build();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): SettingsState => this.snapshot;

  setStoredSchema(tags: readonly TagDef[], kinds: readonly KindDef[]): void {
    this.tags.setStored(tags);
    this.kinds.setStored(kinds);
    this.changed();
  }

  setStoredCounted(rows: readonly CountedThing[]): void {
    this.counted.setStored(rows);
    this.countedRead = true;
    this.changed();
  }

  readonly run: Run = (label, ops) => {
    const { action, stored } = this.history.execute(label, ops);
    for (const rows of [this.tags, this.kinds, this.counted]) rows.dispatch(action.id, ops, action.at);
    this.changed();
    // A failed write is reported by the status bar (with Retry); here it is only taken back.
    stored.then(
      () => this.settle(action.id, true),
      () => this.settle(action.id, false),
    );
  };

  private settle(actionId: string, ok: boolean): void {
    const taken = [this.tags, this.kinds, this.counted].map((rows) => rows.settle(actionId, ok));
    if (taken.some(Boolean)) this.changed();
  }

  private build(): SettingsState {
    return { tags: inOrder(this.tags.rows()), kinds: inOrder(this.kinds.rows()), counted: inOrder(this.counted.rows()), countedRead: this.countedRead, lastAction: this.history.peekUndo()?.id ?? null };
  }

  private changed(): void {
    this.snapshot = this.build();
    for (const listener of this.listeners) listener();
  }
}
