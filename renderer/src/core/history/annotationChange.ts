import type { Annotation } from '../model/annotation';

/**
 * One stored change as data: create (before null), delete (after null) or update.
 * Undo applies the inverse, so every undoable action is a list of these.
 */
export interface AnnotationChange {
  before: Annotation | null;
  after: Annotation | null;
}

export interface ChangeSet {
  /** What the user did, for the undo/redo tooltips ("Tag as Person"). */
  label: string;
  changes: AnnotationChange[];
}

export function invertChangeSet(set: ChangeSet): ChangeSet {
  return {
    label: set.label,
    changes: set.changes.map((c) => ({ before: c.after, after: c.before })).reverse(),
  };
}

/**
 * One change set that does what `first` then `second` did: per annotation, the state
 * before `first` and the state after `second`. Annotations both created and deleted drop out.
 */
export function mergeChangeSets(first: ChangeSet, second: ChangeSet): ChangeSet {
  const byId = new Map<string, AnnotationChange>();
  for (const c of [...first.changes, ...second.changes]) {
    const id = (c.after ?? c.before)?.id;
    if (!id) continue;
    const earlier = byId.get(id);
    byId.set(id, { before: earlier ? earlier.before : c.before, after: c.after });
  }
  return { label: second.label, changes: [...byId.values()].filter((c) => c.before !== null || c.after !== null) };
}
