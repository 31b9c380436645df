import { describe, expect, it } from 'vitest';
import type { RowOp } from '../../core/changes/rowOp';
import { DEFAULT_COUNTED_THINGS } from '../../core/model/figure';
import { defaultTagSchema, type TagDef } from '../../core/model/tagSchema';
import { nextPaletteColour } from './palette';
import { addKind, addTag, deleteKind, deleteTagLabel, moveRow, recolourTag, renameTag, saveAttribute, setCountedTerms, setTagKey } from './settingsActions';
import type { SettingsRows } from './settingsStore';

function setup() {
  const schema = defaultTagSchema();
  const rows: SettingsRows = { ...schema, counted: DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] })) };
  const done: [string, RowOp[]][] = [];
  const run = (label: string, ops: RowOp[]) => void done.push([label, ops]);
  const tag = (id: string) => rows.tags.find((t) => t.id === id) as TagDef;
  return { rows, done, run, tag };
}

describe('settings actions', () => {
  it('stores a rename as one labelled update of the label alone', () => {
    const { rows, done, run, tag } = setup();
    expect(renameTag(run, rows, tag('person'), ' People ')).toBeNull();
    expect(done).toEqual([['Rename tag Person to People', [{ table: 'tags', op: 'update', id: 'person', set: { label: 'People' } }]]]);
  });

  it('stores nothing when the rules refuse, and says why', () => {
    const { rows, done, run, tag } = setup();
    expect(renameTag(run, rows, tag('person'), 'group')).toBe('There is already a tag named “Group”.');
    expect(setTagKey(run, rows, tag('person'), '3')).toBe('Key 3 already applies “Organization”; give that tag another key first.');
    expect(addKind(run, rows, 'entity')).toBe('There is already a kind named “Entity”.');
    expect(deleteKind(run, rows, rows.kinds[0] as (typeof rows.kinds)[number])).toMatchObject({ ok: false });
    expect(setCountedTerms(run, rows, rows.counted[0] as (typeof rows.counted)[number], 'killed, hurt')).toBe('“hurt” already proposes Wounded; remove it there first.');
    expect(saveAttribute(run, tag('claim'), { id: 'a', label: 'Certainty', type: 'choice', choices: ['sure', ' '] })).toBe('A choice needs at least two values, one a line.');
    expect(done).toEqual([]);
  });

  it('does nothing for a change to what is already there', () => {
    const { rows, done, run, tag } = setup();
    expect(renameTag(run, rows, tag('person'), 'Person')).toBeNull();
    expect(recolourTag(run, rows, tag('person'), tag('person').color.toLowerCase())).toBeNull();
    expect(setTagKey(run, rows, tag('person'), '2')).toBeNull();
    expect(moveRow(run, 'tags', rows.tags, 0, -1, 'tag Claim')).toBe(false);
    expect(done).toEqual([]);
  });

  it('names each change for the history', () => {
    const { rows, done, run, tag } = setup();
    recolourTag(run, rows, tag('person'), '#cc79a7');
    setTagKey(run, rows, tag('quantity'), '');
    moveRow(run, 'tags', rows.tags, 3, -1, 'tag Group');
    saveAttribute(run, tag('claim'), { id: 'a', label: 'Certainty', type: 'choice', choices: ['likely', 'confirmed'] });
    expect(done.map(([label]) => label)).toEqual(['Recolour tag Person', 'No key for tag Quantity', 'Move tag Group up', 'Add attribute Certainty to tag Claim']);
    expect(done[0]?.[1]).toEqual([{ table: 'tags', op: 'update', id: 'person', set: { color: '#CC79A7' } }]);
  });

  it('adds a tag after the last, with the colour and key asked for', () => {
    const { rows, done, run } = setup();
    expect(addTag(run, rows, { label: 'Weapon', kind: 'entity', color: '#56b4e9', key: '9' })).toBeNull();
    const op = done[0]?.[1][0];
    expect(op).toMatchObject({ table: 'tags', op: 'create', row: { label: 'Weapon', kind: 'entity', color: '#56B4E9', key: '9', order: 9, attributes: [] } });
  });

  it('says on the delete button what becomes of the annotations', () => {
    const { tag } = setup();
    expect(deleteTagLabel(tag('person'), 12, { retagAs: tag('group') })).toBe('Retag 12 as Group and delete Person');
    expect(deleteTagLabel(tag('person'), 12, 'delete')).toBe('Delete Person and its 12 annotations');
    expect(deleteTagLabel(tag('person'), 1, 'delete')).toBe('Delete Person and its 1 annotation');
    expect(deleteTagLabel(tag('person'), 0, 'delete')).toBe('Delete tag Person');
  });

  it('offers the first palette colour no tag has', () => {
    expect(nextPaletteColour([{ color: '#E69F00' }, { color: '#56b4e9' }])).toBe('#009E73');
    expect(nextPaletteColour(defaultTagSchema().tags)).toBe('#E69F00');
  });
});
