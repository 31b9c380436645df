import { describe, expect, it } from 'vitest';
import { plainTitle } from './plainTitle';

describe('plainTitle', () => {
  it.each([
    ['Strike near Khasham', 'Strike near Khasham'],
    ['\u202EBreaking\u202C news', 'Breaking news'],
    ['\u2067قال الرئيس\u2069 (AFP)', 'قال الرئيس (AFP)'],
    ['\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069x', 'x'],
    // Marks stay: right-to-left titles need them to place punctuation, and they reorder nothing.
    ['قال\u200F: نعم', 'قال\u200F: نعم'],
    ['bell\u0007 and escape\u001B[31m', 'bell and escape[31m'],
    ['tab\tstays', 'tab\tstays'],
  ])('%j -> %j', (raw, expected) => {
    expect(plainTitle(raw)).toBe(expected);
  });
});
