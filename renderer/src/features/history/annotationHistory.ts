import { invertChangeSet, mergeChangeSets, type ChangeSet } from '../../core/history/annotationChange';
import { UndoStack } from '../../core/history/undoStack';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { SaveStatus } from '../common/saveStatus';

/**
 * The project's undo history. A change set enters the history only after it is stored,
 * and undo/redo move through it only after their inverse is stored, so what the user
 * sees, what is on disk and what Ctrl+Z will do never disagree.
 */
export class AnnotationHistory {
  private readonly stack = new UndoStack<ChangeSet>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Key of the newest entry when it may absorb the next change (a note being typed). */
  private openMerge: string | null = null;

  constructor(
    private readonly repo: ProjectRepository,
    private readonly status: SaveStatus,
  ) {}

  /** Actions run one after another: a fast Ctrl+Z after a tag must undo that tag. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Stores a change set and makes it undoable. Consecutive sets with the same `mergeKey`
   * (autosaves of one note while it is typed) become one undo step that spans them all.
   */
  execute(set: ChangeSet, mergeKey: string | null = null): Promise<void> {
    return this.serial(async () => {
      await this.status.track(
        set.label,
        () => this.repo.applyChanges(set.changes),
        () => this.execute(set),
      );
      const top = this.stack.peekUndo();
      if (mergeKey !== null && mergeKey === this.openMerge && top) {
        this.stack.replaceTop(mergeChangeSets(top, set));
      } else {
        this.stack.push(set);
      }
      this.openMerge = mergeKey;
    });
  }

  /** Ends a merge run: the next change is a step of its own even with the same key. */
  closeMerge(): void {
    void this.serial(async () => {
      this.openMerge = null;
    });
  }

  /** Returns the change set as it was applied (the inverse), or null when there was nothing to undo. */
  undo(): Promise<ChangeSet | null> {
    return this.serial(async () => {
      const set = this.stack.peekUndo();
      if (!set) return null;
      this.openMerge = null;
      const inverse = invertChangeSet(set);
      await this.status.track(`Undo ${set.label.toLowerCase()}`, () => this.repo.applyChanges(inverse.changes));
      this.stack.confirmUndo();
      return inverse;
    });
  }

  redo(): Promise<ChangeSet | null> {
    return this.serial(async () => {
      const set = this.stack.peekRedo();
      if (!set) return null;
      this.openMerge = null;
      await this.status.track(`Redo ${set.label.toLowerCase()}`, () => this.repo.applyChanges(set.changes));
      this.stack.confirmRedo();
      return set;
    });
  }

  get canUndo(): boolean {
    return this.stack.canUndo;
  }

  get canRedo(): boolean {
    return this.stack.canRedo;
  }
}
