import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAnnotationOp, noteOp, retagOp } from '../../core/changes/annotationOps';
import { defaultTagSchema } from '../../core/model/tagSchema';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { makeArticle } from '../../../testing/fixtures';
import { SaveStatus } from '../common/saveStatus';
import { ActionHistory } from './actionHistory';

let n = 0;
async function setup() {
  const repo = new ProjectRepository(new ProjectDb(`history-${n++}`));
  await repo.addArticles([makeArticle('a1')]);
  const status = new SaveStatus();
  return { repo, status, history: new ActionHistory(repo, status, 'tester') };
}

const [claim, person, , group] = defaultTagSchema().tags;
if (!claim || !person || !group) throw new Error('default schema changed');
const TEXT = 'Daesh said 100 fighters were killed.';
const create = (id: string) => createAnnotationOp(id, 'a1', TEXT, { start: 0, end: 5 }, person, '2026-01-01T00:00:00.000Z');

describe('ActionHistory', () => {
  it('stores, undoes and redoes in dispatch order, even when nothing is awaited', async () => {
    const { repo, history } = await setup();
    history.execute('Tag as Person', [create('n1')]);
    history.execute('Retag as Claim', [retagOp('n1', claim)]);
    // Undo is pressed before either write has committed: it undoes the retag.
    expect(history.peekUndo()?.label).toBe('Retag as Claim');
    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('person');
    await history.undo();
    expect(await repo.annotationsFor('a1')).toEqual([]);
    await history.redo();
    expect((await repo.annotationsFor('a1'))[0]?.tag).toBe('person');
    expect(history.peekRedo()?.label).toBe('Retag as Claim');
  });

  it('keeps a note written after a retag when the retag is undone (the sequence tag, note, retag, undo)', async () => {
    const { repo, history } = await setup();
    history.execute('Tag as Person', [create('n1')]);
    history.execute('Edit note', [noteOp('n1', 'Central Command, Tampa')], 'note:n1');
    history.closeMerge();
    await history.execute('Retag as Group', [retagOp('n1', group)]).stored;
    expect((await repo.annotationsFor('a1'))[0]).toMatchObject({ tag: 'group', note: 'Central Command, Tampa' });
    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]).toMatchObject({ tag: 'person', note: 'Central Command, Tampa' });
  });

  it('makes the autosaves of one note a single undo step', async () => {
    const { repo, history } = await setup();
    await history.execute('Tag as Person', [create('n1')]).stored;
    for (const text of ['P', 'Pres', 'President']) history.execute('Edit note', [noteOp('n1', text)], 'note:n1');
    history.closeMerge();
    await history.execute('Edit note', [noteOp('n1', 'President of Syria')], 'note:n1').stored;

    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]?.note).toBe('President');
    await history.undo();
    expect((await repo.annotationsFor('a1'))[0]?.note).toBe('');
    await history.undo();
    expect(await repo.annotationsFor('a1')).toEqual([]);
    expect(history.peekUndo()).toBeNull();
  });

  it('leaves a failed write out of the history and reports it; Retry stores it and makes it undoable', async () => {
    const { repo, status, history } = await setup();
    repo.db.close();
    await expect(history.execute('Tag as Person', [create('n1')]).stored).rejects.toThrow();
    expect(history.peekUndo()).toBeNull();
    const state = status.get();
    if (state.kind !== 'error' || !state.retry) throw new Error(`expected an error with retry, got ${state.kind}`);
    expect(state.message).toMatch(/^Tag as Person was not saved: /);

    await repo.db.open();
    state.retry();
    await expect.poll(() => status.get().kind).toBe('saved');
    expect(await repo.annotationsFor('a1')).toMatchObject([{ id: 'n1', tag: 'person' }]);
    expect(history.peekUndo()?.label).toBe('Tag as Person');
  });

  it('says so when an undo cannot apply, and leaves the step to undo', async () => {
    const { repo, status, history } = await setup();
    await history.execute('Tag as Person', [create('n1')]).stored;
    await history.execute('Edit note', [noteOp('n1', 'x')]).stored;
    // Another window deletes the annotation; undoing the note cannot bring back a note on nothing.
    await repo.db.annotations.delete('n1');
    await expect(history.undo()).rejects.toThrow(/no longer exists/);
    expect(status.get()).toMatchObject({ kind: 'error', message: expect.stringMatching(/^Undo edit note was not saved: .*no longer exists/) });
    expect(history.peekUndo()?.label).toBe('Edit note');
  });
});
