import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex } from './codePoints';

describe('CodePointIndex', () => {
  it.each([
    ['plain ASCII', 'abc', 1, 1],
    ['after an emoji (two units, one point)', '😀ab', 3, 2],
    ['after a flag (two points, four units)', '🇺🇦 x', 5, 3],
    ['after a combining mark (one unit, one point)', 'e\u0301x', 2, 2],
    ['Arabic (one unit each)', 'مرحبا', 3, 3],
    ['CRLF counts two', 'a\r\nb', 3, 3],
    ['the end', 'a😀', 3, 2],
  ])('%s', (_name, text, unit, point) => {
    const index = new CodePointIndex(text);
    expect(index.pointOf(unit)).toBe(point);
    expect(index.unitOf(point)).toBe(unit);
  });

  it('rounds an offset inside a surrogate pair up past the pair', () => {
    expect(new CodePointIndex('😀').pointOf(1)).toBe(1);
  });

  it('refuses offsets outside the text, saying its length', () => {
    expect(() => new CodePointIndex('ab').unitOf(3)).toThrow('Offset 3 is outside the text (0–2 code points).');
    expect(() => new CodePointIndex('ab').pointOf(-1)).toThrow('Offset -1 is outside the text (0–2).');
  });

  it('agrees with Array.from for any text, both ways, at every code point boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const index = new CodePointIndex(text);
        const points = Array.from(text);
        expect(index.length).toBe(points.length);
        let unit = 0;
        for (let p = 0; p <= points.length; p++) {
          expect(index.unitOf(p)).toBe(unit);
          expect(index.pointOf(unit)).toBe(p);
          unit += points[p]?.length ?? 0;
        }
      }),
    );
  });
});
