import { describe, expect, it } from 'vitest';
import { defaultTagSchema, type AttributeDef, type TagDef } from '../model/tagSchema';
import { freeTagKey, refuseAttribute, refuseDeleteKind, refuseKind, refuseTag } from './schemaRules';

const { tags, kinds } = defaultTagSchema();
const person = tags[1] as TagDef;
const others = tags.filter((t) => t.id !== person.id);

describe('refuseTag', () => {
  it.each([
    ['a rename and recolour', { label: 'People', color: '#123ABC' }, null],
    ['no key', { key: '' }, null],
    ['an empty name', { label: '  ' }, 'A tag needs a name.'],
    ['a name another tag has, in other case', { label: 'location' }, 'There is already a tag named “Location”.'],
    ['a name past 40 characters', { label: 'x'.repeat(41) }, 'A tag name can have at most 40 characters.'],
    ['a colour that is not hex', { color: 'red' }, 'The colour must look like #D55E00.'],
    ['a short hex colour', { color: '#abc' }, 'The colour must look like #D55E00.'],
    ['a letter key', { key: 'J' }, 'A tag’s key is one of 1 to 9, or none.'],
    ['key 0', { key: '0' }, 'A tag’s key is one of 1 to 9, or none.'],
    ['a key another tag uses', { key: '5' }, 'Key 5 already applies “Location”; give that tag another key first.'],
    ['a kind that does not exist', { kind: 'event' }, 'There is no kind “event”; choose one of Claim, Entity.'],
  ])('%s', (_name, change, expected) => {
    expect(refuseTag({ ...person, ...change }, others, kinds)).toBe(expected);
  });

  it('lets a tag keep its own name and key', () => {
    expect(refuseTag(person, others, kinds)).toBeNull();
  });
});

describe('refuseKind and refuseDeleteKind', () => {
  it.each([
    ['Event', null],
    ['', 'A kind needs a name.'],
    ['ENTITY', 'There is already a kind named “Entity”.'],
  ])('kind named %j', (label, expected) => {
    expect(refuseKind(label, kinds)).toBe(expected);
  });

  it('keeps the built-in kinds', () => {
    expect(refuseDeleteKind(kinds[0]!, tags)).toBe('“Claim” is built in: links join claims. It can be renamed, not deleted.');
    expect(refuseDeleteKind(kinds[1]!, [])).toBe('“Entity” is built in: entities gather mentions. It can be renamed, not deleted.');
  });

  it('refuses to delete a kind its tags still use, naming them', () => {
    const event = { id: 'event', label: 'Event', order: 3 };
    const used = [{ ...person, id: 'attack', label: 'Attack', kind: 'event' }];
    expect(refuseDeleteKind(event, used)).toBe('1 tag is of kind “Event” (Attack); give it another kind first.');
    expect(refuseDeleteKind(event, [...used, { ...person, id: 'raid', label: 'Raid', kind: 'event' }])).toBe('2 tags are of kind “Event” (Attack, Raid); give them another kind first.');
    expect(refuseDeleteKind(event, tags)).toBeNull();
  });
});

describe('refuseAttribute', () => {
  const certainty: AttributeDef = { id: 'certainty', label: 'Certainty', type: 'choice', choices: ['low', 'high'] };
  it.each([
    ['a number', { label: 'Count', type: 'number' as const, choices: [] }, null],
    ['a choice of two', { label: 'Stance', type: 'choice' as const, choices: ['for', ' against '] }, null],
    ['a choice of one', { label: 'Stance', type: 'choice' as const, choices: ['for', ' '] }, 'A choice needs at least two values, one a line.'],
    ['a repeated value', { label: 'Stance', type: 'choice' as const, choices: ['for', 'For'] }, 'The value “For” is listed twice.'],
    ['a name the tag has', { label: 'certainty', type: 'text' as const, choices: [] }, 'This tag already has an attribute named “certainty”.'],
    ['no name', { label: '', type: 'text' as const, choices: [] }, 'An attribute needs a name.'],
  ])('%s', (_name, attr, expected) => {
    expect(refuseAttribute(attr, [certainty])).toBe(expected);
  });
});

describe('freeTagKey', () => {
  it('gives the first free key, or none when nine are used', () => {
    expect(freeTagKey(tags)).toBe('9');
    expect(freeTagKey(tags.filter((t) => t.key !== '3'))).toBe('3');
    expect(freeTagKey([...tags, { ...person, id: 'x', key: '9' }])).toBe('');
  });
});
