import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it.each([
    [0, '0 claims'],
    [1, '1 claim'],
    [2, '2 claims'],
    [1000, '1,000 claims'],
    [2000, '2,000 claims'],
    [1.5, '1.5 claims'],
    [-1, '-1 claim'],
  ])('%s -> %s', (n, expected) => {
    expect(countOf(n, 'claim', 'claims')).toBe(expected);
  });

  it('takes irregular plurals as given', () => {
    expect(countOf(1, 'entity', 'entities')).toBe('1 entity');
    expect(countOf(3, 'entity', 'entities')).toBe('3 entities');
  });
});
