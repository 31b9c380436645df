import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { makeAnnotation, makeArticle } from '../../../testing/fixtures';
import { SaveStatus } from '../common/saveStatus';
import { AnnotationHistory } from './annotationHistory';
import { createAnnotation, editNote, retagAnnotation } from './annotationActions';
import { defaultTagSchema } from '../../core/model/tagSchema';

let n = 0;
async function setup() {
  const repo = new ProjectRepository(new ProjectDb(`history-${n++}`));
  await repo.addArticles([makeArticle('a1')]);
  const status = new SaveStatus();
  return { repo, status, history: new AnnotationHistory(repo, status) };
}

const [claim, person] = defaultTagSchema().tags;
if (!claim || !person) throw new Error('default schema changed');

describe('AnnotationHistory', () => {
  it('stores, undoes and redoes in order, even when called without waiting', async () => {
    const { repo, history } = await setup();
    const create = createAnnotation('a1', 'Daesh said 100 fighters were killed.', { start: 0, end: 5 }, person);
    const created = create.changes[0]?.after;
    if (!created) throw new Error('no annotation');
    void history.execute(create);
    void history.execute(retagAnnotation(created, claim));
    const undone = history.undo();
    expect((await undone)?.label).toBe('Retag as Claim');
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('person');
    await history.undo();
    expect(await repo.annotationsFor('a1')).toEqual([]);
    await history.redo();
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('person');
    expect(history.canRedo).toBe(true);
  });

  it('makes the autosaves of one note a single undo step', async () => {
    const { repo, history } = await setup();
    const a = makeAnnotation('n1', 'a1');
    await repo.applyChanges([{ before: null, after: a }]);
    let current = a;
    for (const text of ['P', 'Pres', 'President']) {
      const set = editNote(current, text);
      current = set.changes[0]?.after ?? current;
      await history.execute(set, 'note:n1');
    }
    history.closeMerge();
    const next = editNote(current, 'President of Syria');
    await history.execute(next, 'note:n1');

    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]?.note).toBe('President');
    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]?.note).toBe('');
    expect(history.canUndo).toBe(false);
  });

  it('keeps history unchanged and reports the error when a write fails; Retry stores it and makes it undoable', async () => {
    const { repo, status, history } = await setup();
    repo.db.close();
    const a = makeAnnotation('n1', 'a1');
    await expect(history.execute({ label: 'Tag as Person', changes: [{ before: null, after: a }] })).rejects.toThrow();
    expect(history.canUndo).toBe(false);
    const state = status.get();
    if (state.kind !== 'error' || !state.retry) throw new Error(`expected an error with retry, got ${state.kind}`);
    expect(state.message).toMatch(/^Tag as Person was not saved: /);

    await repo.db.open();
    state.retry();
    await expect.poll(() => status.get().kind).toBe('saved');
    expect(await repo.annotationsFor('a1')).toEqual([a]);
    expect(history.canUndo).toBe(true);
  });
});
