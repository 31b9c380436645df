import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../core/model/annotation';
import { makeAnnotation, makeArticle } from '../../testing/fixtures';
import { ProjectDb } from './projectDb';
import { ProjectRepository } from './projectRepository';
import { observeArticleAnnotations } from './observeArticleAnnotations';

let db: ProjectDb;
let repo: ProjectRepository;
let n = 0;

beforeEach(async () => {
  db = new ProjectDb(`observe-${n++}`);
  repo = new ProjectRepository(db);
  await repo.addArticles([makeArticle('a1'), makeArticle('a2')]);
  await db.annotations.bulkPut([makeAnnotation('x1', 'a1'), makeAnnotation('x2', 'a1'), makeAnnotation('y1', 'a2')]);
});

afterEach(async () => {
  await db.delete();
});

/** Every value the observer gave, and a way to wait for the next. */
function watch(articleId: string) {
  const values: (readonly Annotation[])[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const stop = observeArticleAnnotations(
    repo,
    articleId,
    (rows) => {
      values.push(rows);
      wake?.();
    },
    (e) => errors.push(e),
  );
  const next = async (count: number) => {
    while (values.length < count) await new Promise<void>((r) => (wake = r));
    return values[count - 1] as readonly Annotation[];
  };
  return { values, errors, next, stop };
}

const ids = (rows: readonly Annotation[]) => rows.map((r) => r.id).sort();

describe('observeArticleAnnotations', () => {
  it('gives the article rows, then each change, keeping the rows that did not change as they were', async () => {
    const w = watch('a1');
    const first = await w.next(1);
    expect(ids(first)).toEqual(['x1', 'x2']);

    await db.annotations.update('x1', { note: 'checked' });
    const second = await w.next(2);
    expect(second.find((r) => r.id === 'x1')?.note).toBe('checked');
    // The untouched row is the same object: the screen does not anchor it again.
    expect(second.find((r) => r.id === 'x2')).toBe(first.find((r) => r.id === 'x2'));

    await db.annotations.put(makeAnnotation('x3', 'a1'));
    expect(ids(await w.next(3))).toEqual(['x1', 'x2', 'x3']);
    await db.annotations.delete('x2');
    expect(ids(await w.next(4))).toEqual(['x1', 'x3']);
    // A row moved to another article leaves this one.
    await db.annotations.update('x3', { articleId: 'a2' });
    expect(ids(await w.next(5))).toEqual(['x1']);
    w.stop();
    expect(w.errors).toEqual([]);
  });

  it('says nothing for changes to other articles, and reads everything again after a clear', async () => {
    const w = watch('a1');
    await w.next(1);
    await db.annotations.put(makeAnnotation('y2', 'a2'));
    await db.annotations.update('x1', { note: 'after' });
    // The change to a2 gave no value of its own: the next value is the note.
    expect((await w.next(2)).find((r) => r.id === 'x1')?.note).toBe('after');
    await db.annotations.clear();
    expect(await w.next(3)).toEqual([]);
    expect(w.values).toHaveLength(3);
    w.stop();
  });

  it('gives nothing once stopped', async () => {
    const w = watch('a1');
    await w.next(1);
    w.stop();
    await db.annotations.update('x1', { note: 'late' });
    await new Promise((r) => setTimeout(r, 50));
    expect(w.values).toHaveLength(1);
  });
});
