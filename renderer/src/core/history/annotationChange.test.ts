import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Annotation } from '../model/annotation';
import { invertChangeSet, mergeChangeSets, type AnnotationChange, type ChangeSet } from './annotationChange';

function ann(id: string, tag = 'claim', note = ''): Annotation {
  return {
    id,
    articleId: 'a1',
    kind: tag === 'claim' ? 'claim' : 'entity',
    tag,
    ranges: [{ start: 0, end: 4 }],
    quotes: [{ exact: 'Army', prefix: '', suffix: ' said' }],
    note,
    attributes: {},
    entityId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Applies a change set to a store the way the repository does: create/update put `after`, delete removes `before`. */
function apply(store: ReadonlyMap<string, Annotation>, set: ChangeSet): Map<string, Annotation> {
  const next = new Map(store);
  for (const c of set.changes) {
    if (c.after) next.set(c.after.id, c.after);
    else if (c.before) next.delete(c.before.id);
  }
  return next;
}

describe('invertChangeSet', () => {
  const a = ann('n1');
  const aTagged = ann('n1', 'organization');

  it.each<[string, AnnotationChange, AnnotationChange]>([
    ['a create into a delete', { before: null, after: a }, { before: a, after: null }],
    ['a delete into a create', { before: a, after: null }, { before: null, after: a }],
    ['an update into the reverse update', { before: a, after: aTagged }, { before: aTagged, after: a }],
  ])('turns %s', (_name, change, inverse) => {
    expect(invertChangeSet({ label: 'Tag', changes: [change] })).toEqual({ label: 'Tag', changes: [inverse] });
  });

  it('reverses the order of the changes and keeps the label', () => {
    const b = ann('n2');
    const c = ann('n3');
    const set: ChangeSet = {
      label: 'Tag as Organization',
      changes: [
        { before: null, after: a },
        { before: b, after: ann('n2', 'person') },
        { before: c, after: null },
      ],
    };
    expect(invertChangeSet(set)).toEqual({
      label: 'Tag as Organization',
      changes: [
        { before: null, after: c },
        { before: ann('n2', 'person'), after: b },
        { before: a, after: null },
      ],
    });
  });

  it('does not change the set it inverts', () => {
    const set: ChangeSet = { label: 'Delete', changes: [{ before: a, after: null }, { before: null, after: aTagged }] };
    const copy = JSON.parse(JSON.stringify(set)) as ChangeSet;
    invertChangeSet(set);
    expect(set).toEqual(copy);
  });

  it('keeps an empty change set empty', () => {
    expect(invertChangeSet({ label: 'Nothing', changes: [] })).toEqual({ label: 'Nothing', changes: [] });
  });

  it('undoes a sequence that touches the same annotation several times', () => {
    const store = new Map([['n1', a]]);
    const v2 = ann('n1', 'claim', 'checked');
    const b = ann('n2', 'person');
    const b2 = ann('n2', 'location');
    const set: ChangeSet = {
      label: 'Edit',
      changes: [
        { before: a, after: v2 },
        { before: null, after: b },
        { before: b, after: b2 },
        { before: v2, after: null },
      ],
    };
    const after = apply(store, set);
    expect([...after.values()]).toEqual([b2]);
    expect(apply(after, invertChangeSet(set))).toEqual(store);
  });

  // A random, consistent change set over a store: each change starts from the current state.
  const scenario = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom<string>('n1', 'n2', 'n3', 'n4'), { maxLength: 4 }),
      fc.array(fc.tuple(fc.constantFrom('n1', 'n2', 'n3', 'n4', 'n5'), fc.constantFrom('set', 'delete'), fc.string({ maxLength: 3 })), {
        maxLength: 12,
      }),
    )
    .map(([initialIds, steps]) => {
      const store = new Map(initialIds.map((id) => [id, ann(id)] as const));
      const current = new Map(store);
      const changes: AnnotationChange[] = [];
      for (const [id, action, note] of steps) {
        const before = current.get(id) ?? null;
        if (action === 'delete') {
          if (!before) continue;
          changes.push({ before, after: null });
          current.delete(id);
        } else {
          const after = ann(id, 'claim', note);
          changes.push({ before, after });
          current.set(id, after);
        }
      }
      return { store, set: { label: 'Random', changes } };
    });

  it('always restores the store when applied after its set, and inverting twice gives the set back', () => {
    fc.assert(
      fc.property(scenario, ({ store, set }) => {
        const after = apply(store, set);
        expect(apply(after, invertChangeSet(set))).toEqual(store);
        expect(invertChangeSet(invertChangeSet(set))).toEqual(set);
      }),
    );
  });
});

describe('mergeChangeSets', () => {
  const note = (id: string, text: string): Annotation => ({ ...ann(id), note: text });

  it('keeps the state before the first set and after the second', () => {
    const a0 = note('n1', '');
    const a1 = note('n1', 'Pres');
    const a2 = note('n1', 'President');
    const merged = mergeChangeSets({ label: 'Edit note', changes: [{ before: a0, after: a1 }] }, { label: 'Edit note', changes: [{ before: a1, after: a2 }] });
    expect(merged.changes).toEqual([{ before: a0, after: a2 }]);
    expect(invertChangeSet(merged).changes).toEqual([{ before: a2, after: a0 }]);
  });

  it('drops an annotation created by the first set and deleted by the second', () => {
    const a = note('n1', 'x');
    const b0 = note('n2', '');
    const b1 = note('n2', 'y');
    const merged = mergeChangeSets(
      { label: 'a', changes: [{ before: null, after: a }, { before: b0, after: b1 }] },
      { label: 'b', changes: [{ before: a, after: null }] },
    );
    expect(merged.changes).toEqual([{ before: b0, after: b1 }]);
  });
});
