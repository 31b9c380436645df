import { expect } from 'vitest';
import type { ArticleContent, Block, InlineMark } from '../src/core/model/article';

// Shared by the importer tests: what any importer's output must satisfy, and readable views of it.

export type BlockView = Omit<Block, 'start' | 'end'> & { text: string };
export type MarkView = Omit<InlineMark, 'start' | 'end'> & { text: string };

export function blocksOf(a: ArticleContent): BlockView[] {
  return a.blocks.map(({ start, end, ...rest }) => ({ ...rest, text: a.text.slice(start, end) }));
}

export function marksOf(a: ArticleContent): MarkView[] {
  return a.marks.map(({ start, end, ...rest }) => ({ ...rest, text: a.text.slice(start, end) }));
}

/** Blocks in order, trimmed, not overlapping, ending the text; no CR; every mark non-empty and inside one block. */
export function expectWellFormed(a: ArticleContent): void {
  let previousEnd = 0;
  for (const b of a.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(a.text.slice(b.start, b.end)).not.toMatch(/^\s|\s$/);
    previousEnd = b.end;
  }
  expect(previousEnd).toBe(a.text.length);
  expect(a.text).not.toContain('\r');
  for (const m of a.marks) {
    expect(m.end).toBeGreaterThan(m.start);
    expect(a.blocks.some((b) => b.start <= m.start && m.end <= b.end)).toBe(true);
  }
}
