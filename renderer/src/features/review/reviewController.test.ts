import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLinkOp } from '../../core/changes/linkOps';
import type { LinkType } from '../../core/model/link';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { makeAnnotation, makeArticle } from '../../../testing/fixtures';
import { SaveStatus } from '../common/saveStatus';
import { ActionHistory } from '../history/actionHistory';
import { connectReview } from './connectReview';
import { ReviewController } from './reviewController';
import { ReviewStore } from './reviewStore';

const saved = new Map<string, string>();
const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (k) => saved.get(k) ?? null,
  setItem: (k, v) => void saved.set(k, v),
  removeItem: (k) => void saved.delete(k),
};

const stops: (() => void)[] = [];
beforeEach(() => {
  saved.clear();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllGlobals();
});

let n = 0;
const AT = (s: number) => `2026-01-01T00:00:0${s}.000Z`;

/**
 * Three articles (dated January, February, March) and three links. By date (the later of
 * the two articles, newest first, ties in creation order) the queue is l2, l3, l1.
 */
async function project() {
  const repo = new ProjectRepository(new ProjectDb(`review-${n++}`));
  const articles = [makeArticle('A'), makeArticle('B'), makeArticle('C')];
  articles.forEach((a, i) => Object.assign(a, { publishedAt: `2018-0${i + 1}-01`, source: i === 1 ? 'Reuters' : 'AFP' }));
  await repo.addArticles(articles);
  const claims = [makeAnnotation('cA1', 'A', 'claim'), makeAnnotation('cA2', 'A', 'claim'), makeAnnotation('cB1', 'B', 'claim'), makeAnnotation('cC1', 'C', 'claim')];
  const claim = (i: number) => {
    const c = claims[i];
    if (!c) throw new Error(`no claim ${i}`);
    return c;
  };
  const link = (id: string, from: number, to: number, type: LinkType, s: number) => createLinkOp(id, claim(from), claim(to), type, AT(s));
  await repo.applyAction({
    id: 'setup',
    label: 'Setup',
    by: 't',
    at: AT(0),
    ops: [
      ...claims.map((row) => ({ table: 'annotations' as const, op: 'create' as const, row })),
      link('l1', 0, 2, 'contradicts', 1),
      link('l2', 1, 3, 'supports', 2),
      link('l3', 2, 3, 'updates', 3),
    ],
  });
  const history = new ActionHistory(repo, new SaveStatus(), 'tester');
  return { repo, history };
}

/** A review of the project as the hook makes it: store, controller, live queries; resolves once the links are read. */
async function open(repo: ProjectRepository, history: ActionHistory | null, projectId: string | null = 'p1') {
  const store = new ReviewStore();
  const controller = new ReviewController(store, history, projectId);
  const errors: string[] = [];
  stops.push(connectReview(store, repo, (m) => errors.push(m)));
  await expect.poll(() => store.get().links !== null && store.get().articles !== null).toBe(true);
  return { store, controller, errors };
}

const ids = (store: ReviewStore) => store.get().queue.map((l) => l.id);
const statusOf = async (repo: ProjectRepository, id: string) => (await repo.db.links.get(id))?.status;

describe('ReviewController', () => {
  it('shows the queue in date order, selects its head, and reads its claims, articles and row quotes', async () => {
    const { repo, history } = await project();
    const { store } = await open(repo, history);
    expect(ids(store)).toEqual(['l2', 'l3', 'l1']);
    expect(store.get().selectedLinkId).toBe('l2');
    expect(store.get().counts).toEqual({ candidate: 3, confirmed: 0, explained: 0, rejected: 0 });
    await expect.poll(() => [store.get().claims.get('cA2')?.id, store.get().claims.get('cC1')?.id]).toEqual(['cA2', 'cC1']);
    await expect.poll(() => [...store.get().bodies.keys()].sort()).toEqual(['A', 'C']);
    await expect.poll(() => store.get().quotes.get('cB1')).toBe('Daesh');
  });

  it('confirms at once, stores one undoable action and moves on; the last link stays where the filter still shows it', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    controller.confirm();
    // Shown before the write commits.
    expect(store.get().selectedLinkId).toBe('l3');
    expect(store.get().links?.find((l) => l.id === 'l2')?.status).toBe('confirmed');
    expect(store.get().counts.confirmed).toBe(1);
    expect(history.peekUndo()?.label).toBe('Confirm link');
    await expect.poll(() => statusOf(repo, 'l2')).toBe('confirmed');

    controller.select('l1');
    controller.confirm();
    expect(store.get().selectedLinkId).toBe('l1');
    await expect.poll(() => statusOf(repo, 'l1')).toBe('confirmed');
    expect(store.get().selectedLinkId).toBe('l1');
  });

  it('with candidates only, a verdict takes the link out of the queue and moves to the next as it was', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    controller.setFilter({ status: 'candidate' });
    controller.select('l3');
    controller.reject();
    expect(ids(store)).toEqual(['l2', 'l1']);
    expect(store.get().selectedLinkId).toBe('l1');
    await expect.poll(async () => repo.db.links.get('l3')).toMatchObject({ status: 'rejected', reason: '' });
    // The stored rows arriving do not move the queue again.
    await expect.poll(() => store.get().links?.find((l) => l.id === 'l3')?.updatedAt).not.toBe(AT(3));
    expect(store.get().selectedLinkId).toBe('l1');
    // The last one: back to the previous.
    controller.confirm();
    expect(store.get().selectedLinkId).toBe('l2');
    controller.confirm();
    expect(store.get().selectedLinkId).toBeNull();
    await expect.poll(() => store.get().counts).toEqual({ candidate: 0, confirmed: 2, explained: 0, rejected: 1 });
  });

  it('explains with a reason key after X; other keys are left alone and Esc leaves explaining', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    expect(controller.reason('2')).toBe(false);
    controller.explain();
    expect(controller.explaining).toBe(true);
    expect(controller.cancel()).toBe(true);
    expect(controller.explaining).toBe(false);
    expect(controller.cancel()).toBe(false);

    controller.explain();
    expect(controller.reason('9')).toBe(false);
    expect(controller.explaining).toBe(true);
    expect(controller.reason('2')).toBe(true);
    expect(controller.explaining).toBe(false);
    expect(store.get().selectedLinkId).toBe('l3');
    expect(history.peekUndo()?.label).toBe('Explain link: Different scope');
    await expect.poll(async () => repo.db.links.get('l2')).toMatchObject({ status: 'explained', reason: 'different-scope' });
    // Moving away also leaves explaining.
    controller.explain();
    controller.step(1);
    expect(controller.explaining).toBe(false);
  });

  it('undoes a verdict: the status comes back and the link is selected again', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    controller.setFilter({ status: 'candidate' });
    controller.confirm();
    await expect.poll(() => statusOf(repo, 'l2')).toBe('confirmed');
    expect(ids(store)).toEqual(['l3', 'l1']);
    controller.undo();
    expect(store.get().selectedLinkId).toBe('l2');
    await expect.poll(() => statusOf(repo, 'l2')).toBe('candidate');
    await expect.poll(() => ids(store)).toEqual(['l2', 'l3', 'l1']);
    expect(store.get().selectedLinkId).toBe('l2');
    controller.redo();
    await expect.poll(() => statusOf(repo, 'l2')).toBe('confirmed');
  });

  it('saves a rationale as typed, one undo step per editing session, for the link it was typed for', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    for (const text of ['D', 'Diff', 'Different counts']) controller.setRationale(text, false);
    controller.setRationale('Different counts', true);
    // A field leaving after the selection moved names its link.
    controller.step(1);
    controller.setRationale('Later report', true, 'l2');
    await expect.poll(async () => (await repo.db.links.get('l2'))?.rationale).toBe('Later report');
    expect(store.get().selectedLinkId).toBe('l3');
    await history.undo();
    expect((await repo.db.links.get('l2'))?.rationale).toBe('Different counts');
    await history.undo();
    expect((await repo.db.links.get('l2'))?.rationale).toBe('');
    expect(history.peekUndo()).toBeNull();
  });

  it('keeps where the queue stands per project across a reload', async () => {
    const { repo, history } = await project();
    const first = await open(repo, history);
    first.controller.setFilter({ outlet: 'Reuters' });
    first.controller.setSort('status');
    expect(ids(first.store)).toEqual(['l1', 'l3']);
    first.controller.step(1);
    expect(first.store.get().selectedLinkId).toBe('l3');
    expect(JSON.parse(saved.get('crosscheck.review.p1') ?? '{}')).toEqual({
      filter: { status: 'all', type: 'all', articleId: 'all', outlet: 'Reuters' },
      sort: 'status',
      selectedLinkId: 'l3',
    });

    const again = await open(repo, history);
    expect(again.store.get()).toMatchObject({ sort: 'status', selectedLinkId: 'l3', filter: { outlet: 'Reuters' } });
    expect(ids(again.store)).toEqual(['l1', 'l3']);
    // Another project starts afresh.
    const other = await open(repo, history, 'p2');
    expect(other.store.get()).toMatchObject({ sort: 'date', selectedLinkId: 'l2', filter: { outlet: 'all' } });
  });

  it('starts afresh from a saved place it cannot read, and when the saved link is gone', async () => {
    const { repo, history } = await project();
    saved.set('crosscheck.review.p1', '{"filter":{"status":"bogus","type":7},"sort":"size","selectedLinkId":"gone"}');
    const { store } = await open(repo, history);
    expect(store.get()).toMatchObject({ filter: { status: 'all', type: 'all' }, sort: 'date', selectedLinkId: 'l2' });
  });

  it('steps with J and K and stops at the ends of the queue', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    controller.step(-1);
    expect(store.get().selectedLinkId).toBe('l2');
    controller.step(1);
    controller.step(1);
    controller.step(1);
    expect(store.get().selectedLinkId).toBe('l1');
  });

  it('moves on when another window deletes the selected link, and says when a claim is gone', async () => {
    const { repo, history } = await project();
    const { store } = await open(repo, history);
    await repo.applyAction({ id: 'x', label: 'Delete link', by: 'other', at: AT(5), ops: [{ table: 'links', op: 'delete', id: 'l2' }] });
    await expect.poll(() => store.get().selectedLinkId).toBe('l3');
    await expect.poll(() => store.get().claims.get('cC1')?.id).toBe('cC1');
    // Deleted behind the repository's back (an import gone wrong): the pane says so.
    await repo.db.annotations.delete('cC1');
    await expect.poll(() => store.get().claims.get('cC1')).toBeNull();
  });

  it('gives the same verdict again without storing anything, and moves on', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    controller.confirm();
    await expect.poll(() => statusOf(repo, 'l2')).toBe('confirmed');
    controller.select('l2');
    const before = await repo.db.actions.count();
    controller.confirm();
    expect(store.get().selectedLinkId).toBe('l3');
    expect(await repo.db.actions.count()).toBe(before);
  });

  it('takes back what a verdict showed when it cannot be stored', async () => {
    const { repo, history } = await project();
    const { store, controller } = await open(repo, history);
    repo.db.close();
    controller.confirm();
    expect(store.get().links?.find((l) => l.id === 'l2')?.status).toBe('confirmed');
    await expect.poll(() => store.get().links?.find((l) => l.id === 'l2')?.status).toBe('candidate');
    expect(history.peekUndo()).toBeNull();
  });

  it('stores nothing without a project history', async () => {
    const { repo } = await project();
    const { store, controller } = await open(repo, null, null);
    controller.confirm();
    controller.explain();
    expect(controller.explaining).toBe(false);
    expect(store.get().selectedLinkId).toBe('l2');
    expect(saved.size).toBe(0);
  });
});
