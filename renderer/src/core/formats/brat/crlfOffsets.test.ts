import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalizeText';
import { StoredText } from './crlfOffsets';

/** The canonical form of a stored slice: the mark only counts at the start of the file. */
const canonicalOf = (slice: string, atStart: boolean) => (atStart ? slice.replace(/^\uFEFF/, '') : slice).replace(/\r\n?/g, '\n');

const piece = fc.constantFrom('a', 'b', ' ', '\r\n', '\n', '\r', '😀', 'e\u0301', 'مرحبا', '🇺🇦', '\t');
const storedText = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 30 })).map(([bom, pieces]) => (bom ? '\uFEFF' : '') + pieces.join(''));

describe('StoredText', () => {
  it.each([
    // [stored, code point offset, canonical UTF-16 offset]
    ['CRLF counts two in the file, one in the app', 'ab\r\ncd', 4, 3],
    ['an offset between CR and LF lands before the line break', 'ab\r\ncd', 3, 2],
    ['the offset before the CR too', 'ab\r\ncd', 2, 2],
    ['a lone CR is one character either way', 'ab\rcd', 3, 3],
    ['a byte order mark is a character in the file, none in the app', '\uFEFFabc', 2, 1],
    ['the offset before the mark', '\uFEFFabc', 0, 0],
    ['an emoji is one code point, two UTF-16 units', '😀\r\nx', 3, 3],
    ['several CRLFs add up', 'a\r\n\r\nb\r\nc', 7, 4],
    ['the end of the text', 'a\r\n😀', 4, 4],
  ])('%s', (_name, stored, point, unit) => {
    const text = new StoredText(stored);
    expect(text.canonical).toBe(normalizeText(stored));
    expect(text.canonicalOffset(point)).toBe(unit);
  });

  it('counts the stored text in code points, as brat does', () => {
    const text = new StoredText('\uFEFFa😀\r\n');
    expect(text.length).toBe(5);
    expect(text.slice(1, 3)).toBe('a😀');
  });

  it('refuses offsets outside the stored text', () => {
    expect(() => new StoredText('ab').canonicalOffset(3)).toThrow('Offset 3 is outside the text (0–2 code points).');
  });

  it('maps any span of the stored text to the same text in the canonical one', () => {
    fc.assert(
      fc.property(storedText, fc.nat(), fc.nat(), (stored, x, y) => {
        const text = new StoredText(stored);
        const [p, q] = [x % (text.length + 1), y % (text.length + 1)].sort((a, b) => a - b) as [number, number];
        // A span may not end between the CR and LF of a line break: brat's TAIL cannot hold either.
        const splitsCrlf = (at: number) => at > 0 && at < text.length && text.slice(at - 1, at) === '\r' && text.slice(at, at + 1) === '\n';
        fc.pre(!splitsCrlf(q));
        const start = splitsCrlf(p) ? p - 1 : p;
        expect(text.canonical.slice(text.canonicalOffset(start), text.canonicalOffset(q))).toBe(canonicalOf(text.slice(start, q), start === 0));
      }),
    );
  });

  it('maps canonical offsets back to stored ones and forth again', () => {
    fc.assert(
      fc.property(storedText, (stored) => {
        const text = new StoredText(stored);
        let unit = 0;
        for (const ch of [...Array.from(text.canonical), '']) {
          expect(text.canonicalOffset(text.storedOffset(unit))).toBe(unit);
          unit += ch.length;
        }
      }),
    );
  });
});
