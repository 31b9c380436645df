import { applyRowOp } from './appliedChange';
import type { RowOp, RowTypes, TableName } from './rowOp';

/**
 * The rows of one table as they will be once `ops` are stored: what the screen shows from
 * the moment an action is dispatched. An op that cannot apply (its row is gone) is skipped
 * here; the stored transaction reports it.
 */
export function applyOpsTo<K extends TableName>(table: K, rows: ReadonlyMap<string, RowTypes[K]>, ops: readonly RowOp[], at: string): Map<string, RowTypes[K]> {
  const next = new Map(rows);
  for (const op of ops) {
    if (op.table !== table) continue;
    const id = op.op === 'create' ? op.row.id : op.id;
    try {
      const change = applyRowOp(next.get(id), op, at);
      if (change.after) next.set(id, change.after as RowTypes[K]);
      else next.delete(id);
    } catch {
      // Left to the transaction, which says what went wrong.
    }
  }
  return next;
}
