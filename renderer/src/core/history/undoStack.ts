/**
 * Linear undo history: doing something new drops the redo branch. Bounded so a
 * day-long session does not grow without limit.
 */
export class UndoStack<T> {
  private done: T[] = [];
  private undone: T[] = [];

  constructor(private readonly limit = 500) {}

  push(entry: T): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** Replaces the newest entry (typing merged into one undo step); drops the redo branch like `push`. */
  replaceTop(entry: T): void {
    if (this.done.length === 0) this.done.push(entry);
    else this.done[this.done.length - 1] = entry;
    this.undone = [];
  }

  /** The entry undo would apply; `confirmUndo` moves it only once it is stored, so a failed write leaves history as it was. */
  peekUndo(): T | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): T | undefined {
    return this.undone[this.undone.length - 1];
  }

  confirmUndo(): void {
    const entry = this.done.pop();
    if (entry !== undefined) this.undone.push(entry);
  }

  confirmRedo(): void {
    const entry = this.undone.pop();
    if (entry !== undefined) this.done.push(entry);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
