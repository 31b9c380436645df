import { invertChangeSet, type ChangeSet } from '../../core/history/annotationChange';
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

  execute(set: ChangeSet): Promise<void> {
    return this.serial(async () => {
      await this.status.track(set.label, () => this.repo.applyChanges(set.changes));
      this.stack.push(set);
    });
  }

  /** Returns the change set as it was applied (the inverse), or null when there was nothing to undo. */
  undo(): Promise<ChangeSet | null> {
    return this.serial(async () => {
      const set = this.stack.peekUndo();
      if (!set) return null;
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
