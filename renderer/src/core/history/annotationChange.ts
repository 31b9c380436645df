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
