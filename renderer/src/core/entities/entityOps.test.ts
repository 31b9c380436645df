import { describe, expect, it } from 'vitest';
import { applyOpsTo } from '../changes/applyOpsTo';
import type { RowOp } from '../changes/rowOp';
import type { Annotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import { annotate, sampleCorpus } from '../../../testing/sampleCorpus';
import { aliasesWith, linkMentionsOps, mergeEntitiesOps, newEntityOps, refuseEntityName, renameEntityOps, sameTextMentions, splitMentionOps } from './entityOps';

const T = '2026-01-02T00:00:00.000Z';
const corpus = sampleCorpus();
const daesh = [0, 1, 2].map((i) => annotate(corpus, `d${i}`, '000', 'Daesh', 'entity', {}, i));
const isis = annotate(corpus, 'isis', '003', 'ISIS', 'entity');
const state: Entity = { id: 'e1', name: 'Islamic State', type: 'group', aliases: ['Daesh'], createdAt: T, updatedAt: T };

/** Applies ops to lists of rows the way the store does, by id. */
function apply(ops: readonly RowOp[], entities: Entity[], annotations: Annotation[]): { entities: Entity[]; annotations: Annotation[] } {
  return {
    entities: [...applyOpsTo('entities', new Map(entities.map((e) => [e.id, e])), ops, T).values()],
    annotations: [...applyOpsTo('annotations', new Map(annotations.map((a) => [a.id, a])), ops, T).values()],
  };
}

describe('aliasesWith', () => {
  it.each([
    ['a new name', ['ISIS'], ['Daesh', 'ISIS']],
    ['the name itself, in other case', ['islamic state'], ['Daesh']],
    ['an alias spelled another way', ['DAESH', 'the Daesh'], ['Daesh']],
    ['blanks and repeats', ['  ', 'ISIL', 'ISIL ', 'isil'], ['Daesh', 'ISIL']],
    ['inner spaces collapse', ['Islamic  State  Group'], ['Daesh', 'Islamic State Group']],
  ])('%s', (_name, names, expected) => {
    expect(aliasesWith(state, names)).toEqual(expected);
  });
});

describe('entity ops', () => {
  it('creates an entity from a mention, named as it reads, and links it', () => {
    const ops = newEntityOps('e2', ' Deir  Ezzor ', 'location', [annotate(corpus, 'm', '000', 'Deir Ezzor', 'entity')], T);
    const { entities, annotations } = apply(ops, [], [annotate(corpus, 'm', '000', 'Deir Ezzor', 'entity')]);
    expect(entities).toEqual([{ id: 'e2', name: 'Deir Ezzor', type: 'location', aliases: [], createdAt: T, updatedAt: T }]);
    expect(annotations[0]?.entityId).toBe('e2');
  });

  it('links mentions, and the names the entity did not go by become aliases', () => {
    const ops = linkMentionsOps(state, [isis, daesh[0] as Annotation]);
    const { entities, annotations } = apply(ops, [state], [isis, daesh[0] as Annotation]);
    expect(entities[0]?.aliases).toEqual(['Daesh', 'ISIS']);
    expect(annotations.map((a) => a.entityId)).toEqual(['e1', 'e1']);
  });

  it('offers the unlinked mentions that read the same, and no others', () => {
    const linkedElsewhere = { ...(daesh[2] as Annotation), entityId: 'e9' };
    const claim = annotate(corpus, 'c', '000', 'Daesh', 'claim');
    expect(sameTextMentions(daesh[0] as Annotation, [daesh[0] as Annotation, daesh[1] as Annotation, linkedElsewhere, isis, claim]).map((m) => m.id)).toEqual(['d1']);
  });

  it('merges: mentions, names and the claims that name the entity move, and the other entity goes', () => {
    const other: Entity = { id: 'e2', name: 'ISIS', type: 'group', aliases: ['ISIL'], createdAt: T, updatedAt: T };
    const mention = { ...isis, entityId: 'e2' };
    const claim = annotate(corpus, 'c', '003', 'IS had held most of Deir al-Zour since 2014', 'claim', { attribution: { phrase: 'ISIS said', source: 'ISIS', entityId: 'e2' } });
    const ops = mergeEntitiesOps(state, other, [mention, claim]);
    const { entities, annotations } = apply(ops, [state, other], [mention, claim]);
    expect(entities).toEqual([{ ...state, aliases: ['Daesh', 'ISIS', 'ISIL'] }]);
    expect(annotations.map((a) => a.entityId)).toEqual(['e1', null]);
    expect(annotations[1]?.attribution?.entityId).toBe('e1');
  });

  it('splits a mention off into an entity of its own; its name stays an alias while another mention reads so', () => {
    const withIsis = { ...state, aliases: ['Daesh', 'ISIS'] };
    const mentions = [{ ...isis, entityId: 'e1' }, { ...(daesh[0] as Annotation), entityId: 'e1' }];
    const alone = apply(splitMentionOps('e2', mentions[0] as Annotation, withIsis, mentions, T), [withIsis], mentions);
    expect(alone.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Islamic State', ['Daesh']],
      ['ISIS', []],
    ]);
    expect(alone.annotations.map((a) => a.entityId)).toEqual(['e2', 'e1']);
    const twice = [...mentions, { ...isis, id: 'isis2', entityId: 'e1' }];
    const kept = apply(splitMentionOps('e2', twice[0] as Annotation, withIsis, twice, T), [withIsis], twice);
    expect(kept.entities[0]?.aliases).toEqual(['Daesh', 'ISIS']);
  });

  it('renames, keeping the old name as an alias and dropping an alias that is now the name', () => {
    const { entities } = apply(renameEntityOps({ ...state, aliases: ['Daesh', 'ISIS'] }, 'ISIS'), [{ ...state, aliases: ['Daesh', 'ISIS'] }], []);
    expect(entities[0]).toMatchObject({ name: 'ISIS', aliases: ['Daesh', 'Islamic State'] });
  });

  it.each([
    ['', 'An entity needs a name.'],
    ['x'.repeat(121), 'An entity name can have at most 120 characters.'],
    ['islamic state', 'There is already an entity named “Islamic State”; link the mention to it, or merge the two.'],
    ['Islamic State Group', null],
  ])('refuses the name %j: %s', (name, expected) => {
    expect(refuseEntityName(name, [state])).toBe(expected);
  });

  it('lets an entity keep its own name', () => {
    expect(refuseEntityName('Islamic State', [state], 'e1')).toBeNull();
  });
});
