import { describe, expect, it } from 'vitest';
import { blocksBetween, highlightName, highlightPriority, highlightsAt, overlaps, sameLook, type Highlight } from './highlight';

const h = (id: string, start: number, end: number, more: Partial<Highlight> = {}): Highlight => ({
  id, tag: 'person', kind: 'entity', label: 'Person', ranges: [{ start, end }], ...more,
});

describe('sameLook', () => {
  it.each<[string, Highlight, Highlight, boolean]>([
    ['a copy of the same highlight', h('a', 1, 5), h('a', 1, 5), true],
    ['a new label only (the painter does not show labels)', h('a', 1, 5), h('a', 1, 5, { label: 'Someone' }), true],
    ['moved', h('a', 1, 5), h('a', 2, 5), false],
    ['another tag', h('a', 1, 5), h('a', 1, 5, { tag: 'place' }), false],
    ['another kind', h('a', 1, 5), h('a', 1, 5, { kind: 'claim' }), false],
    ['now linked', h('a', 1, 5), h('a', 1, 5, { linked: true }), false],
    ['linked: false is unlinked', h('a', 1, 5, { linked: false }), h('a', 1, 5), true],
    ['a second range', h('a', 1, 5), h('a', 1, 5, { ranges: [{ start: 1, end: 5 }, { start: 9, end: 12 }] }), false],
  ])('%s', (_what, a, b, same) => {
    expect(sameLook(a, b)).toBe(same);
  });
});

describe('highlightName', () => {
  it('gives each tag one identifier, whatever characters its id has, and keeps kinds apart', () => {
    const odd = highlightName('x" onload="alert(1)', 'entity');
    expect(odd).toMatch(/^cc-entity-\d+$/);
    expect(highlightName('x" onload="alert(1)', 'entity')).toBe(odd);
    expect(highlightName('x" onload="alert(1)', 'claim')).toBe(odd.replace('entity', 'claim'));
    expect(highlightName('another', 'entity')).not.toBe(odd);
  });

  it('paints claims under entities', () => {
    expect(highlightPriority(highlightName('c', 'claim'))).toBeLessThan(highlightPriority(highlightName('e', 'entity')));
  });
});

describe('highlightsAt', () => {
  const claim = h('claim', 0, 40, { kind: 'claim' });
  const name = h('name', 10, 16);
  const later = h('later', 50, 60);
  it.each<[number, string[]]>([
    [12, ['claim', 'name']],
    [10, ['claim', 'name']],
    [16, ['claim', 'name']],
    [30, ['claim']],
    [45, []],
    [60, ['later']],
  ])('at %i: %j (outermost first)', (offset, ids) => {
    expect(highlightsAt([name, claim, later], offset).map((x) => x.id)).toEqual(ids);
  });
});

describe('overlaps', () => {
  it.each<[number, number, boolean]>([
    [0, 9, false],
    [0, 10, true],
    [12, 13, true],
    [20, 30, true],
    [21, 30, false],
  ])('a highlight over 10-20 and the text %i-%i: %s', (start, end, expected) => {
    expect(overlaps(h('a', 10, 20), start, end)).toBe(expected);
  });
});

describe('blocksBetween', () => {
  // Ten blocks of 100 px with 20 px between them: block i spans 120i to 120i + 100.
  const box = (i: number) => ({ top: 120 * i, bottom: 120 * i + 100 });
  it.each<[number, number, { first: number; last: number } | null]>([
    [0, 50, { first: 0, last: 0 }],
    [105, 115, null],
    [110, 250, { first: 1, last: 2 }],
    [-500, 5000, { first: 0, last: 9 }],
    [1181, 2000, null],
    [-300, -1, null],
    [1080, 1180, { first: 9, last: 9 }],
  ])('the band %i-%i', (top, bottom, expected) => {
    expect(blocksBetween(10, box, top, bottom)).toEqual(expected);
  });

  it('reads a few boxes of a long article, not all of them', () => {
    let reads = 0;
    const counted = (i: number) => {
      reads++;
      return box(i);
    };
    expect(blocksBetween(10_000, counted, 600_000, 601_000)).toEqual({ first: 5000, last: 5008 });
    expect(reads).toBeLessThan(40);
  });

  it('has nothing in an empty article', () => {
    expect(blocksBetween(0, box, 0, 100)).toBeNull();
  });
});
