import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { changedKeys } from './changedKeys';

const keys = (...k: string[]) => new RangeSet().addKeys(k);
// What arrives from another tab: the same tree, structured-cloned into plain objects.
const cloned = (...k: string[]) => structuredClone({ ...keys(...k) }) as unknown;

describe('changedKeys', () => {
  it.each<[string, Record<string, unknown>, string[] | 'all' | null]>([
    ['rows written', { 'idb://p/annotations/': keys('a2', 'a1') }, ['a1', 'a2']],
    ['rows written and deleted', { 'idb://p/annotations/': keys('a1'), 'idb://p/annotations/:dels': keys('a3') }, ['a1', 'a3']],
    ['from another tab, as plain objects', { 'idb://p/annotations/': cloned('a1', 'a2', 'a3') }, ['a1', 'a2', 'a3']],
    ['another table only', { 'idb://p/links/': keys('l1') }, null],
    ['another project', { 'idb://q/annotations/': keys('a1') }, null],
    ['an index of the table only (no row keys)', { 'idb://p/annotations/articleId': keys('x') }, null],
    ['a range (a clear)', { 'idb://p/annotations/': new RangeSet('a', 'z') }, 'all'],
    ['everything (back from the back-forward cache)', { all: new RangeSet(-Infinity, [[]]) }, 'all'],
    ['an empty set', { 'idb://p/annotations/': new RangeSet() }, []],
  ])('%s', (_what, parts, expected) => {
    const got = changedKeys(parts, 'p', 'annotations');
    expect(Array.isArray(got) ? [...got].sort() : got).toEqual(expected);
  });

  it('reads all again when more rows changed than reading them one by one is worth', () => {
    const many = Array.from({ length: 11 }, (_, i) => `a${i}`);
    expect(changedKeys({ 'idb://p/annotations/': keys(...many) }, 'p', 'annotations', 10)).toBe('all');
    expect(changedKeys({ 'idb://p/annotations/': keys(...many.slice(0, 10)) }, 'p', 'annotations', 10)).toHaveLength(10);
  });
});
