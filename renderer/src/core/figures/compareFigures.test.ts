import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/figure';
import { compareFigures, describeRange } from './compareFigures';
import { findFigures } from './findFigures';

type Bounds = Pick<Figure, 'low' | 'high'>;
const r = (low: number | null, high: number | null): Bounds => ({ low, high });

describe('compareFigures', () => {
  it.each<[string, Bounds, Bounds, 'agree' | 'conflict']>([
    // From the seeds: the coalition's "at least 100" against the Observatory's 45 and state media's dozens.
    ['at least 100 / exact 45', r(100, null), r(45, 45), 'conflict'],
    ['at least 100 / dozens', r(100, null), r(24, 99), 'conflict'],
    ['more than 100 / exact 45', r(101, null), r(45, 45), 'conflict'],
    ['more than 100 / some 100', r(101, null), r(90, 110), 'agree'],
    ['some 100 / at least 100', r(90, 110), r(100, null), 'agree'],
    ['at least 100 / more than 100', r(100, null), r(101, null), 'agree'],
    ['dozens / exact 45', r(24, 99), r(45, 45), 'agree'],
    ['dozens / some 100', r(24, 99), r(90, 110), 'agree'],
    ['exact 45 / some 100', r(45, 45), r(90, 110), 'conflict'],
    // Edges: ranges that touch agree; one past conflicts.
    ['exact 100 / at least 100', r(100, 100), r(100, null), 'agree'],
    ['exact 100 / more than 100', r(100, 100), r(101, null), 'conflict'],
    ['up to 30 / 20 to 30', r(null, 30), r(20, 30), 'agree'],
    ['fewer than 10 / exact 10', r(null, 9), r(10, 10), 'conflict'],
    ['20 to 30 / 31 to 40', r(20, 30), r(31, 40), 'conflict'],
    ['20 to 30 / 30 to 40', r(20, 30), r(30, 40), 'agree'],
    ['exact 6.21 / exact 6.2', r(6.21, 6.21), r(6.2, 6.2), 'conflict'],
    // Open on both sides, or both open the same way: always possible.
    ['unbounded / exact 45', r(null, null), r(45, 45), 'agree'],
    ['at least 100 / at least 1,000', r(100, null), r(1000, null), 'agree'],
    ['up to 30 / up to 3', r(null, 30), r(null, 3), 'agree'],
    ['up to 30 / at least 31', r(null, 30), r(31, null), 'conflict'],
    ['up to 30 / at least 30', r(null, 30), r(30, null), 'agree'],
  ])('%s: %s', (_what, a, b, expected) => {
    expect(compareFigures(a, b)).toBe(expected);
    expect(compareFigures(b, a)).toBe(expected);
  });

  it.each<[string, string, 'agree' | 'conflict']>([
    ['at least 100 pro-regime fighters', 'only confirmed 45 dead', 'conflict'],
    ['at least 100 pro-regime fighters', 'dozens were killed', 'conflict'],
    ['more than 100 Syrian pro-regime forces were killed', 'Some 100 pro-regime forces were killed', 'agree'],
    ['Some 100 pro-regime forces were killed', 'killing at least 100', 'agree'],
    ['dozens of dead and wounded', 'only confirmed 45 dead', 'agree'],
  ])('as the seeds word them: %j and %j %s', (a, b, expected) => {
    const [fa] = findFigures(a);
    const [fb] = findFigures(b);
    if (!fa || !fb) throw new Error('no figure');
    expect(compareFigures(fa, fb)).toBe(expected);
  });

  it('is symmetric', () => {
    const bound = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    const bounds = fc.record({ low: bound, high: bound });
    fc.assert(
      fc.property(bounds, bounds, (a, b) => {
        expect(compareFigures(a, b)).toBe(compareFigures(b, a));
      }),
    );
  });

  it('agrees exactly when some value lies in both ranges', () => {
    const range = fc
      .tuple(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }))
      .map(([x, y]) => (x !== null && y !== null && x > y ? r(y, x) : r(x, y)));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const holds = (f: Bounds, n: number) => (f.low === null || n >= f.low) && (f.high === null || n <= f.high);
        const shared = Array.from({ length: 63 }, (_, i) => i - 1).some((n) => holds(a, n) && holds(b, n));
        expect(compareFigures(a, b)).toBe(shared ? 'agree' : 'conflict');
      }),
    );
  });
});

describe('describeRange', () => {
  it.each<[Bounds, string]>([
    [r(45, 45), '45'],
    [r(100, null), '100 or more'],
    [r(101, null), '101 or more'],
    [r(null, 30), 'up to 30'],
    [r(null, 9), 'up to 9'],
    [r(20, 30), '20–30'],
    [r(90, 110), '90–110'],
    [r(1800, 2200), '1,800–2,200'],
    [r(50_001, null), '50,001 or more'],
    [r(13_000_000, 13_000_000), '13,000,000'],
    [r(6.21, 6.21), '6.21'],
    [r(null, null), 'any number'],
  ])('%j is %j', (f, expected) => {
    expect(describeRange(f)).toBe(expected);
  });
});
