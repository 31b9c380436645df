import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- a contract test: electron/ and renderer/ share no code, so this holds their two copies of the rule to the same words.
import { sizeProblem as mainProcessRule } from '../../../../electron/readPickedFiles';
import { sizeProblem } from './fileSizeRule';

describe('sizeProblem', () => {
  it.each<[number, number, number, number, string | null]>([
    [10, 100, 0, 1000, null],
    [100, 100, 0, 1000, null],
    [101, 100, 0, 1000, 'the file is 101 bytes; the limit is 100 bytes'],
    [3 * 1048576, 2 * 1048576, 0, 1e10, 'the file is 3 MB; the limit is 2 MB'],
    [2 * 1048576 + 1, 2 * 1048576, 0, 1e10, 'the file is 2097153 bytes; the limit is 2097152 bytes'],
    [60, 100, 50, 100, 'the files picked together come to more than 100 bytes, so this one (60 bytes) was not read; import it in another batch'],
    [50, 100, 50, 100, null],
  ])('a file of %i bytes, limit %i, %i taken of %i', (size, limit, taken, total, expected) => {
    expect(sizeProblem(size, limit, taken, total)).toBe(expected);
    // The browser and the main process refuse in the same words.
    expect(mainProcessRule(size, limit, taken, total)).toBe(expected);
  });
});
