import { describe, expect, it } from 'vitest';
import { bratTypeName, documentNames, NameAllocator, namesThing, slug } from './bratNames';

describe('bratTypeName', () => {
  it.each([
    ['Claim', 'Claim'],
    ['Same claim', 'Same_claim'],
    ['Revises (count)', 'Revises_count'],
    ['Géographie', 'Geographie'],
    ['US-led', 'US-led'],
    ['  spaced  out  ', 'spaced_out'],
    ['مرحبا', ''],
  ])('%s → %s', (label, name) => {
    expect(bratTypeName(label)).toBe(name);
    expect(name).toMatch(/^([A-Za-z0-9_-]+)?$/);
  });
});

describe('namesThing', () => {
  const tag = { id: 'same-claim', label: 'Same claim' };
  it.each([
    ['Same_claim', true],
    ['same claim', true],
    ['SAME_CLAIM', true],
    ['same-claim', true],
    ['Same-claim', true],
    ['Claim', false],
  ])('%s names “Same claim”: %s', (type, expected) => {
    expect(namesThing(type, tag)).toBe(expected);
  });

  it('matches the name the export made of a label with other characters', () => {
    expect(namesThing('Revises_count', { id: 'lt-1', label: 'Revises (count)' })).toBe(true);
  });
});

describe('NameAllocator', () => {
  it('numbers a name taken before, whatever its case, and never hands out visual.conf’s own names', () => {
    const names = new NameAllocator();
    expect([names.take('Claim', 'X'), names.take('claim', 'X'), names.take('', 'Tag'), names.take('SPAN_DEFAULT', 'X')]).toEqual(['Claim', 'claim_2', 'Tag', 'SPAN_DEFAULT_2']);
  });
});

describe('documentNames', () => {
  it('gives each article a slug of its title and its id: unique, and the same whatever else is exported', () => {
    const a = { id: 'art_1', title: 'US-backed militias said they captured Syria’s largest oil field' };
    const b = { id: 'art_2', title: 'US-backed militias said they captured Syria’s largest oil field' };
    const c = { id: 'x/y', title: 'مرحبا' };
    const all = documentNames([a, b, c]);
    expect([...all.values()]).toEqual(['us-backed-militias-said-they-captured-art_1', 'us-backed-militias-said-they-captured-art_2', 'x_y']);
    expect(documentNames([b]).get('art_2')).toBe(all.get('art_2'));
  });

  it('keeps names distinct where two ids make one file name', () => {
    expect([...documentNames([{ id: 'a.b', title: '' }, { id: 'a b', title: '' }, { id: 'A_B', title: '' }]).values()]).toEqual(['a_b', 'a_b-2', 'A_B-3']);
  });

  it('cuts a long title at a word', () => {
    expect(slug('Backed forces in Syria strike pro-regime militants, killing at least 100')).toBe('backed-forces-in-syria-strike-pro-regime');
  });
});
