import { describe, expect, it } from 'vitest';
import type { AppliedChange } from '../changes/appliedChange';
import type { Annotation } from '../model/annotation';
import type { Link } from '../model/link';
import { applyDelta, countAll, countDeltas, emptyCounts, isEmptyCounts } from './articleCounts';

const ann = (id: string, articleId: string, kind: string) => ({ id, articleId, kind }) as Annotation;
const link = (id: string, from: string, to: string, type = 'contradicts', status = 'candidate') =>
  ({ id, fromId: `${id}-f`, toId: `${id}-t`, fromArticleId: from, toArticleId: to, type, status }) as Link;
const change = (table: 'annotations' | 'links', before: unknown, after: unknown): AppliedChange =>
  ({ table, id: ((after ?? before) as { id: string }).id, before, after, fields: [] }) as AppliedChange;

describe('countDeltas', () => {
  it.each<[string, AppliedChange[], Record<string, Record<string, number>>]>([
    ['a claim made', [change('annotations', null, ann('c', 'a1', 'claim'))], { a1: { claims: 1 } }],
    ['an entity deleted', [change('annotations', ann('e', 'a1', 'entity'), null)], { a1: { entities: -1 } }],
    ['a mention retagged as a claim', [change('annotations', ann('x', 'a1', 'entity'), ann('x', 'a1', 'claim'))], { a1: { entities: -1, claims: 1 } }],
    ['a kind of the project’s own', [change('annotations', null, ann('s', 'a1', 'source'))], { a1: { other: 1 } }],
    ['a note changed (nothing moves)', [change('annotations', ann('c', 'a1', 'claim'), ann('c', 'a1', 'claim'))], {}],
    ['a contradiction between two articles', [change('links', null, link('l', 'a1', 'a2'))], { a1: { openContradictions: 1 }, a2: { openContradictions: 1 } }],
    ['a contradiction inside one article counts once', [change('links', null, link('l', 'a1', 'a1'))], { a1: { openContradictions: 1 } }],
    ['a contradiction rejected', [change('links', link('l', 'a1', 'a2'), link('l', 'a1', 'a2', 'contradicts', 'rejected'))], { a1: { openContradictions: -1 }, a2: { openContradictions: -1 } }],
    ['a contradiction confirmed (still open)', [change('links', link('l', 'a1', 'a2'), link('l', 'a1', 'a2', 'contradicts', 'confirmed'))], {}],
    ['a support link (not a contradiction)', [change('links', null, link('l', 'a1', 'a2', 'supports'))], {}],
    ['a claim and its link deleted together', [change('links', link('l', 'a1', 'a2'), null), change('annotations', ann('c', 'a1', 'claim'), null)], { a1: { openContradictions: -1, claims: -1 }, a2: { openContradictions: -1 } }],
  ])('%s', (_what, changes, expected) => {
    const got = Object.fromEntries([...countDeltas(changes)].map(([id, d]) => [id, Object.fromEntries(Object.entries(d).filter(([, v]) => v !== 0))]));
    expect(got).toEqual(expected);
  });
});

describe('applyDelta and countAll', () => {
  it('moves a stored row, starts from zero without one, and never goes below zero', () => {
    expect(applyDelta({ ...emptyCounts('a1'), claims: 2 }, 'a1', { claims: -1, entities: 1 })).toEqual({ ...emptyCounts('a1'), claims: 1, entities: 1 });
    expect(applyDelta(undefined, 'a2', { openContradictions: 1 })).toEqual({ ...emptyCounts('a2'), openContradictions: 1 });
    expect(applyDelta(undefined, 'a3', { claims: -1 })).toEqual(emptyCounts('a3'));
    expect(isEmptyCounts(emptyCounts('a3'))).toBe(true);
  });

  it('counts a whole project as the deltas of making each row would', () => {
    const annotations = [ann('1', 'a1', 'claim'), ann('2', 'a1', 'entity'), ann('3', 'a2', 'entity'), ann('4', 'a2', 'source')];
    const links = [link('l1', 'a1', 'a2'), link('l2', 'a1', 'a3', 'contradicts', 'explained')];
    const byId = new Map(countAll(annotations, links).map((c) => [c.articleId, c]));
    expect(byId.get('a1')).toEqual({ articleId: 'a1', claims: 1, entities: 1, other: 0, openContradictions: 1 });
    expect(byId.get('a2')).toEqual({ articleId: 'a2', claims: 0, entities: 1, other: 1, openContradictions: 1 });
    expect(byId.has('a3')).toBe(false);
    const made = countDeltas([...annotations.map((a) => change('annotations', null, a)), ...links.map((l) => change('links', null, l))]);
    expect(new Map([...made].map(([id, d]) => [id, applyDelta(undefined, id, d)]))).toEqual(byId);
  });
});
