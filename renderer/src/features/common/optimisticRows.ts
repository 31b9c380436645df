import { applyOpsTo } from '../../core/changes/applyOpsTo';
import type { RowOp, RowTypes, TableName } from '../../core/changes/rowOp';

interface Pending<T> {
  /** The row as the action leaves it, or null when it deletes it. */
  row: T | null;
  actionId: string;
  /** Its write committed: the next rows from the live query replace it. */
  stored: boolean;
}

/**
 * The rows of one table as a screen shows them: the live query's rows with the actions
 * dispatched since on top. An action shows the moment it is dispatched; once stored, the
 * live query's next rows take over; if its write fails, what it showed is taken back.
 */
export class OptimisticRows<K extends TableName> {
  private stored: readonly RowTypes[K][] = [];
  private readonly pending = new Map<string, Pending<RowTypes[K]>>();

  constructor(private readonly table: K) {}

  /** The rows to show. */
  rows(): RowTypes[K][] {
    if (this.pending.size === 0) return [...this.stored];
    const rows = new Map(this.stored.map((r) => [r.id, r]));
    for (const [id, p] of this.pending) {
      if (p.row) rows.set(id, p.row);
      else rows.delete(id);
    }
    return [...rows.values()];
  }

  /** New rows from the live query: they replace what stored actions showed. */
  setStored(rows: readonly RowTypes[K][]): void {
    this.stored = rows;
    for (const [id, p] of this.pending) if (p.stored) this.pending.delete(id);
  }

  /** Shows an action's ops on this table. */
  dispatch(actionId: string, ops: readonly RowOp[], at: string): void {
    const after = applyOpsTo(this.table, new Map(this.rows().map((r) => [r.id, r])), ops, at);
    for (const op of ops) {
      if (op.table !== this.table) continue;
      const id = op.op === 'create' ? op.row.id : op.id;
      this.pending.set(id, { row: after.get(id) ?? null, actionId, stored: false });
    }
  }

  /** The action's write is done; returns whether the rows shown changed (a failure took something back). */
  settle(actionId: string, ok: boolean): boolean {
    let changed = false;
    for (const [id, p] of this.pending) {
      if (p.actionId !== actionId) continue;
      if (ok) p.stored = true;
      else {
        this.pending.delete(id);
        changed = true;
      }
    }
    return changed;
  }

  clear(): void {
    this.stored = [];
    this.pending.clear();
  }
}
