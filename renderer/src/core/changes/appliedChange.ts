import type { RowOp, RowTypes, TableName } from './rowOp';

type AnyRow = RowTypes[TableName];

/**
 * What an op did to one row, taken from the row as stored inside the transaction:
 * `before` null for a create, `after` null for a delete. `fields` are the fields an
 * update set, so that undo puts back those and nothing else.
 */
export interface AppliedChange {
  table: TableName;
  id: string;
  before: AnyRow | null;
  after: AnyRow | null;
  fields: string[];
}

/** Raised when an op cannot apply to the row as stored (it was deleted, or already exists). */
export class RowConflictError extends Error {}

const NOUN: Record<TableName, string> = { annotations: 'annotation', articles: 'article', bodies: 'article text', links: 'link', linkTypes: 'link type', entities: 'entity', tags: 'tag', kinds: 'kind', counted: 'counted thing' };

/**
 * Applies one op to the stored row (undefined when there is none). An update patches the
 * stored row, so a field another action changed since the screen last read the row is kept.
 * Rows with `updatedAt` are stamped with `at`.
 */
export function applyRowOp(stored: AnyRow | undefined, op: RowOp, at: string): AppliedChange {
  const base = { table: op.table, fields: [] as string[] };
  if (op.op === 'create') {
    if (stored) throw new RowConflictError(`This ${NOUN[op.table]} already exists.`);
    return { ...base, id: op.row.id, before: null, after: op.row };
  }
  if (op.op === 'delete') {
    return { ...base, id: op.id, before: stored ?? null, after: null };
  }
  if (!stored) throw new RowConflictError(`This ${NOUN[op.table]} no longer exists; it was deleted, perhaps in another window.`);
  if (op.expect) {
    const source = stored as unknown as Record<string, unknown>;
    const changed = Object.entries(op.expect).filter(([f, v]) => !sameValue(source[f], v)).map(([f]) => f);
    if (changed.length) throw new RowConflictError(`This ${NOUN[op.table]}'s ${changed.join(' and ')} ${changed.length === 1 ? 'was' : 'were'} changed elsewhere since (another window or analyst); it was left as it is.`);
  }
  const fields = Object.keys(op.set).filter((f) => f !== 'id' && f !== 'updatedAt');
  const after = { ...stored, ...op.set, id: stored.id } as AnyRow;
  if ('updatedAt' in after) (after as { updatedAt: string }).updatedAt = at;
  return { ...base, id: op.id, before: stored, after, fields };
}

/** Equal as stored values (rows are plain JSON-like data). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function pick(row: AnyRow, fields: readonly string[]): Record<string, unknown> {
  const source = row as unknown as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, source[f]]));
}

function createOp(table: TableName, row: AnyRow): RowOp {
  return { table, op: 'create', row } as RowOp;
}

function updateOp(table: TableName, id: string, set: Record<string, unknown>, expect: Record<string, unknown>): RowOp {
  return { table, op: 'update', id, set, expect } as RowOp;
}

/** The ops that undo `changes`: in reverse order, an update puts back only the fields it set. */
export function undoOps(changes: readonly AppliedChange[]): RowOp[] {
  return [...changes].reverse().flatMap((c): RowOp[] => {
    if (c.before === null && c.after === null) return [];
    if (c.before === null) return [{ table: c.table, op: 'delete', id: c.id }];
    if (c.after === null) return [createOp(c.table, c.before)];
    return [updateOp(c.table, c.id, pick(c.before, c.fields), pick(c.after, c.fields))];
  });
}

/** The ops that do `changes` again after an undo. */
export function redoOps(changes: readonly AppliedChange[]): RowOp[] {
  return changes.flatMap((c): RowOp[] => {
    if (c.before === null && c.after === null) return [];
    if (c.after === null) return [{ table: c.table, op: 'delete', id: c.id }];
    if (c.before === null) return [createOp(c.table, c.after)];
    return [updateOp(c.table, c.id, pick(c.after, c.fields), pick(c.before, c.fields))];
  });
}

/**
 * One list that does what `first` then `second` did, per row: the state before `first`,
 * the state after `second`, the union of the fields set. Rows both created and deleted drop out.
 */
export function mergeApplied(first: readonly AppliedChange[], second: readonly AppliedChange[]): AppliedChange[] {
  const byRow = new Map<string, AppliedChange>();
  for (const c of [...first, ...second]) {
    const key = `${c.table}/${c.id}`;
    const earlier = byRow.get(key);
    byRow.set(
      key,
      earlier
        ? { ...c, before: earlier.before, fields: [...new Set([...earlier.fields, ...c.fields])] }
        : c,
    );
  }
  return [...byRow.values()].filter((c) => c.before !== null || c.after !== null);
}
