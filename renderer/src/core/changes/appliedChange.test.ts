import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import { applyRowOp, mergeApplied, redoOps, RowConflictError, undoOps, type AppliedChange } from './appliedChange';
import { applyOpsTo } from './applyOpsTo';
import { noteOp, retagOp, deleteAnnotationOp } from './annotationOps';
import type { RowOp } from './rowOp';
import { defaultTagSchema } from '../model/tagSchema';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:01:00.000Z';
const T2 = '2026-01-01T00:02:00.000Z';

function ann(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: 'a1',
    kind: 'entity',
    tag: 'organization',
    ranges: [{ start: 0, end: 7 }],
    quotes: [{ exact: 'CENTCOM', prefix: '', suffix: ' said' }],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
}

const [, , , group] = defaultTagSchema().tags;
if (!group) throw new Error('default schema changed');

/** A table of rows, and the ops applied to it the way the repository does inside its transaction. */
function store(rows: Annotation[]) {
  const table = new Map(rows.map((r) => [r.id, r]));
  return {
    table,
    apply(ops: readonly RowOp[], at: string): AppliedChange[] {
      return ops.map((op) => {
        const change = applyRowOp(table.get(op.op === 'create' ? op.row.id : op.id), op, at);
        if (change.after) table.set(change.id, change.after as Annotation);
        else table.delete(change.id);
        return change;
      });
    },
  };
}

describe('applyRowOp', () => {
  it('patches the stored row: a retag built while the screen still showed the row without its note keeps the note', () => {
    // The screen's snapshot has no note; the stored row got one since (another action, another tab).
    const db = store([ann('n1', { note: 'Central Command, Tampa', updatedAt: T1 })]);
    const [change] = db.apply([retagOp('n1', group)], T2);
    expect(db.table.get('n1')).toMatchObject({ tag: 'group', kind: 'entity', note: 'Central Command, Tampa', updatedAt: T2 });
    // Undo's "before" is the stored row, not the stale snapshot.
    expect(change?.before).toMatchObject({ note: 'Central Command, Tampa', tag: 'organization' });
    expect(change?.fields).toEqual(['tag', 'kind']);
  });

  it('undo of a retag puts back the tag alone: a note written after the retag survives the undo', () => {
    const db = store([ann('n1')]);
    const retag = db.apply([retagOp('n1', group)], T1);
    db.apply([noteOp('n1', 'written in another tab')], T1);
    db.apply(undoOps(retag), T2);
    expect(db.table.get('n1')).toMatchObject({ tag: 'organization', note: 'written in another tab' });
  });

  it('redo sets again the fields the action set, over the row as stored', () => {
    const db = store([ann('n1')]);
    const retag = db.apply([retagOp('n1', group)], T1);
    db.apply(undoOps(retag), T1);
    db.apply([noteOp('n1', 'later')], T1);
    db.apply(redoOps(retag), T2);
    expect(db.table.get('n1')).toMatchObject({ tag: 'group', note: 'later' });
  });

  it('undo of a delete brings back the row as it was stored when it was deleted', () => {
    const db = store([ann('n1', { note: 'stored note' })]);
    const removed = db.apply([deleteAnnotationOp('n1')], T1);
    expect(db.table.has('n1')).toBe(false);
    db.apply(undoOps(removed), T2);
    expect(db.table.get('n1')?.note).toBe('stored note');
  });

  it.each<[string, Annotation | undefined, RowOp, RegExp]>([
    ['an update of a deleted row', undefined, noteOp('n1', 'x'), /no longer exists/],
    ['a create over an existing row', ann('n1'), { table: 'annotations', op: 'create', row: ann('n1') }, /already exists/],
  ])('refuses %s', (_name, stored, op, message) => {
    expect(() => applyRowOp(stored, op, T1)).toThrow(RowConflictError);
    expect(() => applyRowOp(stored, op, T1)).toThrow(message);
  });

  it('treats a delete of a missing row as done (idempotent)', () => {
    expect(applyRowOp(undefined, deleteAnnotationOp('n1'), T1)).toEqual({ table: 'annotations', id: 'n1', before: null, after: null, fields: [] });
  });

  it('never lets a patch change the id', () => {
    const op = { table: 'annotations', op: 'update', id: 'n1', set: { id: 'n2', note: 'x' } } as unknown as RowOp;
    expect(applyRowOp(ann('n1'), op, T1).after?.id).toBe('n1');
  });
});

describe('mergeApplied', () => {
  it('makes typed autosaves of one note one step whose undo restores the note before typing', () => {
    const db = store([ann('n1', { note: 'old' })]);
    const a = db.apply([noteOp('n1', 'P')], T1);
    const b = db.apply([noteOp('n1', 'President')], T1);
    const merged = mergeApplied(a, b);
    expect(merged).toHaveLength(1);
    db.apply(undoOps(merged), T2);
    expect(db.table.get('n1')?.note).toBe('old');
  });

  it('drops a row created then deleted, and keeps a create followed by an update as a create', () => {
    const created: AppliedChange = { table: 'annotations', id: 'n1', before: null, after: ann('n1'), fields: [] };
    const updated: AppliedChange = { table: 'annotations', id: 'n1', before: ann('n1'), after: ann('n1', { note: 'x' }), fields: ['note'] };
    const deleted: AppliedChange = { table: 'annotations', id: 'n1', before: ann('n1'), after: null, fields: [] };
    expect(mergeApplied([created], [deleted])).toEqual([]);
    expect(mergeApplied([created], [updated])).toEqual([{ ...updated, before: null }]);
    expect(undoOps(mergeApplied([created], [updated]))).toEqual([deleteAnnotationOp('n1')]);
  });
});

describe('applyOpsTo', () => {
  it('shows the ops over the rows the screen has, skipping one whose row is gone', () => {
    const rows = new Map([['n1', ann('n1')]]);
    const next = applyOpsTo('annotations', rows, [retagOp('n1', group), noteOp('gone', 'x'), { table: 'articles', op: 'delete', id: 'a1' }], T1);
    expect([...next.values()].map((a) => [a.id, a.tag])).toEqual([['n1', 'group']]);
    expect(rows.get('n1')?.tag).toBe('organization');
  });
});

describe('undo and redo when the row changed elsewhere', () => {
  it('undo of a note puts the old note back only if the note is still what this undo would take away', () => {
    const edited = applyRowOp(ann('n1', { note: 'mine' }), noteOp('n1', 'mine, longer'), T1);
    const [undo] = undoOps([edited]);
    // Untouched since: the undo applies.
    expect(applyRowOp(edited.after as Annotation, undo as RowOp, T2).after).toMatchObject({ note: 'mine' });
    // Another window wrote the note since: the undo refuses rather than erase it.
    const theirs = { ...(edited.after as Annotation), note: 'theirs' };
    expect(() => applyRowOp(theirs, undo as RowOp, T2)).toThrow(RowConflictError);
    expect(() => applyRowOp(theirs, undo as RowOp, T2)).toThrow("This annotation's note was changed elsewhere since (another window or analyst); it was left as it is.");
  });

  it('an undo of a retag still applies when only the note changed since', () => {
    const retagged = applyRowOp(ann('n1'), retagOp('n1', group as never), T1);
    const [undo] = undoOps([retagged]);
    const noted = { ...(retagged.after as Annotation), note: 'added in another window' };
    expect(applyRowOp(noted, undo as RowOp, T2).after).toMatchObject({ tag: 'organization', note: 'added in another window' });
  });

  it('redo refuses too when the field moved on', () => {
    const edited = applyRowOp(ann('n1', { note: 'a' }), noteOp('n1', 'b'), T1);
    const [redo] = redoOps([edited]);
    expect(() => applyRowOp(ann('n1', { note: 'c' }), redo as RowOp, T2)).toThrow(/note was changed elsewhere/);
    expect(applyRowOp(ann('n1', { note: 'a' }), redo as RowOp, T2).after).toMatchObject({ note: 'b' });
  });
});
