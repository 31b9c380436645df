import { kindFields } from '../changes/annotationOps';
import type { RowOp } from '../changes/rowOp';
import type { Annotation } from '../model/annotation';
import type { AttributeDef, KindDef, TagDef } from '../model/tagSchema';

/**
 * The order value that puts a row between `before` and `after` (either may be missing, at
 * an end): only the moved row changes, so two analysts moving different rows do not clash.
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The op that moves `rows[from]` to position `to` of the list as shown (rows in their order). */
export function moveOp(table: 'tags' | 'kinds' | 'counted', rows: readonly { id: string; order: number }[], from: number, to: number): RowOp | null {
  const moved = rows[from];
  if (!moved || to < 0 || to >= rows.length || to === from) return null;
  const rest = rows.filter((_, i) => i !== from);
  const order = orderBetween(rest[to - 1]?.order, rest[to]?.order);
  return { table, op: 'update', id: moved.id, set: { order } };
}

export function createTagOp(tag: TagDef): RowOp {
  return { table: 'tags', op: 'create', row: tag };
}

export function updateTagOp(id: string, set: Partial<Omit<TagDef, 'id'>>): RowOp {
  return { table: 'tags', op: 'update', id, set };
}

export function createKindOp(kind: KindDef): RowOp {
  return { table: 'kinds', op: 'create', row: kind };
}

/** What becomes of the annotations of a deleted tag: they take another tag, or go with it. */
export type TagFate = { retagAs: TagDef } | 'delete';

/**
 * Deletes a tag and, in the same action, retags or deletes the annotations that use it
 * (read from the store when the analyst confirms), so no annotation points at a missing tag.
 */
export function deleteTagOps(tag: TagDef, using: readonly Annotation[], fate: TagFate): RowOp[] {
  const ops: RowOp[] = using.map((a) =>
    fate === 'delete'
      ? { table: 'annotations', op: 'delete', id: a.id }
      : { table: 'annotations', op: 'update', id: a.id, set: { tag: fate.retagAs.id, ...kindFields(fate.retagAs.kind) } },
  );
  ops.push({ table: 'tags', op: 'delete', id: tag.id });
  return ops;
}

/** The attributes list of a tag with `attr` put in place of the one with its id, or added at the end. */
export function withAttribute(tag: TagDef, attr: AttributeDef): AttributeDef[] {
  const clean = { ...attr, label: attr.label.trim(), choices: attr.type === 'choice' ? attr.choices.map((c) => c.trim()).filter(Boolean) : [] };
  return tag.attributes.some((a) => a.id === attr.id) ? tag.attributes.map((a) => (a.id === attr.id ? clean : a)) : [...tag.attributes, clean];
}
