import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultTagSchema, inOrder, type TagDef } from '../model/tagSchema';
import { deleteTagOps, moveOp, orderBetween, withAttribute } from './schemaOps';
import { makeAnnotation } from '../../../testing/fixtures';

const { tags } = defaultTagSchema();

function applyMove(rows: readonly TagDef[], from: number, to: number): string[] {
  const op = moveOp('tags', rows, from, to);
  if (!op || op.op !== 'update') return rows.map((r) => r.id);
  return inOrder(rows.map((r) => (r.id === op.id ? { ...r, order: (op.set as { order: number }).order } : r))).map((r) => r.id);
}

describe('moveOp', () => {
  it.each([
    [0, 2, ['person', 'organization', 'claim', 'group']],
    [3, 0, ['group', 'claim', 'person', 'organization']],
    [1, 3, ['claim', 'organization', 'group', 'person']],
  ])('moves row %i to %i by changing that row alone', (from, to, expected) => {
    expect(applyMove(tags.slice(0, 4), from, to)).toEqual(expected);
  });

  it('does nothing for a move out of the list or onto itself', () => {
    expect(moveOp('tags', tags, 2, 2)).toBeNull();
    expect(moveOp('tags', tags, 0, tags.length)).toBeNull();
  });

  it('agrees with moving an item in an array, for any list and any move', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.nat(), fc.nat(), (n, a, b) => {
        const rows = tags.slice(0, n);
        const from = a % n;
        const to = b % n;
        const expected = rows.map((r) => r.id);
        const [moved] = expected.splice(from, 1);
        expected.splice(to, 0, moved as string);
        expect(applyMove(rows, from, to)).toEqual(expected);
      }),
    );
  });

  it('places between neighbours, and past either end', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(undefined, 1)).toBe(0);
    expect(orderBetween(8, undefined)).toBe(9);
    expect(orderBetween(undefined, undefined)).toBe(1);
  });
});

describe('deleteTagOps', () => {
  const person = tags[1] as TagDef;
  const group = tags[3] as TagDef;
  const using = [makeAnnotation('m1', 'a1'), makeAnnotation('m2', 'a2')];

  it('retags what used the tag, then deletes it, in one list of ops', () => {
    expect(deleteTagOps(person, using, { retagAs: group })).toEqual([
      { table: 'annotations', op: 'update', id: 'm1', set: { tag: 'group', kind: 'entity' } },
      { table: 'annotations', op: 'update', id: 'm2', set: { tag: 'group', kind: 'entity' } },
      { table: 'tags', op: 'delete', id: 'person' },
    ]);
  });

  it('unlinks mentions from their entity when they become another kind', () => {
    const claim = tags[0] as TagDef;
    expect(deleteTagOps(person, using.slice(0, 1), { retagAs: claim })[0]).toEqual({ table: 'annotations', op: 'update', id: 'm1', set: { tag: 'claim', kind: 'claim', entityId: null } });
  });

  it('or deletes those annotations with it', () => {
    expect(deleteTagOps(person, using, 'delete').map((o) => `${o.op} ${o.table}`)).toEqual(['delete annotations', 'delete annotations', 'delete tags']);
  });
});

describe('withAttribute', () => {
  it('adds a new attribute at the end and replaces one by id, cleaning its values', () => {
    const tag = { ...(tags[0] as TagDef), attributes: [] };
    const added = withAttribute(tag, { id: 'a1', label: ' Certainty ', type: 'choice', choices: ['low', ' ', ' high'] });
    expect(added).toEqual([{ id: 'a1', label: 'Certainty', type: 'choice', choices: ['low', 'high'] }]);
    const changed = withAttribute({ ...tag, attributes: added }, { id: 'a1', label: 'Sure', type: 'text', choices: ['x'] });
    expect(changed).toEqual([{ id: 'a1', label: 'Sure', type: 'text', choices: [] }]);
  });
});
