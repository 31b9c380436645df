import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { editDistance } from './editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['daesh', 'daesh', 0],
    ['kitten', 'sitting', 3],
    ['khasham', 'khusham', 1],
    ['mosul', 'mossul', 1],
    ['raqqa', 'raqqah', 1],
    ['daesh', 'deash', 1],
    ['qamishli', 'qamishly', 1],
    ['mayadin', 'mayadeen', 2],
    ['russia', 'prussia', 1],
    ['syria', 'serbia', 2],
    ['austrian', 'australian', 2],
    // Optimal string alignment: the swap and the insertion may not both touch "ca". Unrestricted Damerau gives 2.
    ['ca', 'abc', 3],
    ['𝒜b', 'b𝒜', 1],
    ['zürich', 'zurich', 1],
  ])('%s / %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it.each([
    ['islamic state', 'syrian democratic forces', 2],
    ['abcdef', 'abc', 1],
    ['kitten', 'sitting', 2],
    ['kitten', 'sitting', 0],
  ])('%s / %s beyond max %i gives max + 1', (a, b, max) => {
    expect(editDistance(a, b, max)).toBe(max + 1);
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '𝒜'), maxLength: 9 });

  it('is symmetric, zero only for equal strings, and bounded by the lengths', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        const [la, lb] = [Array.from(a).length, Array.from(b).length];
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(la - lb));
        expect(d).toBeLessThanOrEqual(Math.max(la, lb));
      }),
      { numRuns: 1000 },
    );
  });

  it('with a max, agrees with the full distance up to max and says max + 1 beyond', () => {
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
      }),
      { numRuns: 1000 },
    );
  });
});
