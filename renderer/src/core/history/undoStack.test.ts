import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { UndoStack } from './undoStack';

/** Undoes what can be undone, confirming each step; returns the entries in undo order. */
function undoAll<T>(stack: UndoStack<T>): T[] {
  const out: T[] = [];
  for (let entry = stack.peekUndo(); entry !== undefined; entry = stack.peekUndo()) {
    out.push(entry);
    stack.confirmUndo();
  }
  return out;
}

describe('UndoStack', () => {
  it('starts with nothing to undo or redo', () => {
    const s = new UndoStack<string>();
    expect(s.canUndo).toBe(false);
    expect(s.canRedo).toBe(false);
    expect(s.peekUndo()).toBeUndefined();
    expect(s.peekRedo()).toBeUndefined();
  });

  it('undoes the most recent entry first', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.push('c');
    expect(s.canUndo).toBe(true);
    expect(undoAll(s)).toEqual(['c', 'b', 'a']);
    expect(s.canUndo).toBe(false);
  });

  it('peeking changes nothing, so a failed write leaves history as it was', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    expect(s.peekUndo()).toBe('b');
    // The write of the undo failed: nothing is confirmed.
    expect(s.peekUndo()).toBe('b');
    expect(s.canRedo).toBe(false);
    expect(s.peekRedo()).toBeUndefined();
    s.confirmUndo();
    expect(s.peekRedo()).toBe('b');
    // The write of the redo failed too.
    expect(s.peekRedo()).toBe('b');
    expect(s.peekUndo()).toBe('a');
  });

  it('moves a confirmed undo to redo and a confirmed redo back', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.push('c');
    s.confirmUndo();
    s.confirmUndo();
    expect(s.peekUndo()).toBe('a');
    expect(s.peekRedo()).toBe('b');
    expect(s.canRedo).toBe(true);
    s.confirmRedo();
    expect(s.peekUndo()).toBe('b');
    expect(s.peekRedo()).toBe('c');
    s.confirmRedo();
    expect(s.peekUndo()).toBe('c');
    expect(s.canRedo).toBe(false);
  });

  it('drops the redo branch when something new is done', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.confirmUndo();
    expect(s.canRedo).toBe(true);
    s.push('c');
    expect(s.canRedo).toBe(false);
    expect(s.peekRedo()).toBeUndefined();
    expect(undoAll(s)).toEqual(['c', 'a']);
  });

  it('ignores confirmations with nothing to move', () => {
    const s = new UndoStack<string>();
    s.confirmUndo();
    s.confirmRedo();
    expect(s.canUndo).toBe(false);
    expect(s.canRedo).toBe(false);
    s.push('a');
    s.confirmRedo();
    expect(s.peekUndo()).toBe('a');
    expect(s.canRedo).toBe(false);
    s.confirmUndo();
    s.confirmUndo();
    expect(s.peekRedo()).toBe('a');
    expect(s.canUndo).toBe(false);
    s.confirmRedo();
    expect(s.peekUndo()).toBe('a');
  });

  it.each([1, 3, 10])('keeps only the newest %i entries', (limit) => {
    const s = new UndoStack<number>(limit);
    for (let i = 1; i <= limit + 5; i++) s.push(i);
    const expected = Array.from({ length: limit }, (_, i) => limit + 5 - i);
    expect(undoAll(s)).toEqual(expected);
  });

  it('keeps 500 entries by default', () => {
    const s = new UndoStack<number>();
    for (let i = 0; i < 600; i++) s.push(i);
    const undone = undoAll(s);
    expect(undone).toHaveLength(500);
    expect(undone[0]).toBe(599);
    expect(undone[499]).toBe(100);
  });

  it('clears both undo and redo', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.confirmUndo();
    s.clear();
    expect(s.canUndo).toBe(false);
    expect(s.canRedo).toBe(false);
    expect(s.peekUndo()).toBeUndefined();
    expect(s.peekRedo()).toBeUndefined();
  });

  type Op = { op: 'push'; value: number } | { op: 'undo' } | { op: 'redo' } | { op: 'clear' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('push' as const), value: fc.integer() }),
    fc.constant({ op: 'undo' as const }),
    fc.constant({ op: 'redo' as const }),
    fc.constant({ op: 'clear' as const }),
  );

  it('behaves like a bounded list of done entries and a list of undone entries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 60 }), (limit, ops) => {
        const s = new UndoStack<number>(limit);
        let done: number[] = [];
        let undone: number[] = [];
        for (const o of ops) {
          if (o.op === 'push') {
            s.push(o.value);
            done = [...done, o.value].slice(-limit);
            undone = [];
          } else if (o.op === 'undo') {
            expect(s.peekUndo()).toBe(done[done.length - 1]);
            s.confirmUndo();
            const last = done.pop();
            if (last !== undefined) undone.push(last);
          } else if (o.op === 'redo') {
            expect(s.peekRedo()).toBe(undone[undone.length - 1]);
            s.confirmRedo();
            const last = undone.pop();
            if (last !== undefined) done.push(last);
          } else {
            s.clear();
            done = [];
            undone = [];
          }
          expect(s.canUndo).toBe(done.length > 0);
          expect(s.canRedo).toBe(undone.length > 0);
          expect(s.peekUndo()).toBe(done[done.length - 1]);
          expect(s.peekRedo()).toBe(undone[undone.length - 1]);
        }
      }),
    );
  });
});
