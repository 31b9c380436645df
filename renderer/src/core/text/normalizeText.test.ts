import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalizeText';

const BOM = '\uFEFF';

describe('normalizeText', () => {
  it.each([
    ['strips a leading BOM', `${BOM}Hello`, 'Hello'],
    ['keeps a U+FEFF that is not at the start', `a${BOM}b`, `a${BOM}b`],
    ['turns CRLF into LF', 'a\r\nb\r\n', 'a\nb\n'],
    ['turns a lone CR into LF', 'a\rb\rc', 'a\nb\nc'],
    ['counts CR followed by CRLF as two breaks', 'a\r\r\nb', 'a\n\nb'],
    ['counts LF followed by CR as two breaks', 'a\n\rb', 'a\n\nb'],
    ['keeps LF as it is', 'a\n\nb\n', 'a\n\nb\n'],
    ['strips the BOM and converts CRLF together', `${BOM}Title\r\n\r\nBody`, 'Title\n\nBody'],
    ['leaves an empty string empty', '', ''],
    ['leaves a lone BOM empty', BOM, ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([
    ['NFD e + combining acute', 'cafe\u0301'],
    ['NFC precomposed é', 'caf\u00e9'],
    ['Hangul jamo (NFD)', '\u1112\u1161\u11ab'],
    ['compatibility ligature and full-width letters', '\ufb01nance \uff21\uff22'],
    ['Arabic with harakat', 'كَتَبَ الرَّئِيسُ'],
    ['ZWJ family emoji and a flag', '👨‍👩‍👧‍👦 🇺🇦'],
  ])('never Unicode-normalises (%s)', (_name, raw) => {
    const out = normalizeText(raw);
    expect(out).toBe(raw);
    expect(out.length).toBe(raw.length);
  });

  it('keeps NFD input NFD, so offsets into it stay valid', () => {
    const nfd = 'Cafe\u0301 de\u0301ja\u0300';
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(normalizeText(nfd)).toBe(nfd);
    expect(normalizeText(nfd)).not.toBe(nfd.normalize('NFC'));
  });

  const piece = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\r\n', BOM, 'e\u0301', '😀', 'قال', '\u2028');
  const raw = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  // Only the first U+FEFF is a byte-order mark; a second one is a character of the text
  // (ZWNBSP) and stays, so idempotence holds for texts that do not start with two.
  it('strips one BOM only', () => {
    expect(normalizeText(`${BOM}${BOM}a`)).toBe(`${BOM}a`);
  });

  it('never leaves a CR, and is idempotent', () => {
    fc.assert(
      fc.property(raw, (s) => {
        const out = normalizeText(s);
        expect(out).not.toContain('\r');
        if (!s.startsWith(BOM + BOM)) expect(out.charCodeAt(0)).not.toBe(0xfeff);
        if (!out.startsWith(BOM)) expect(normalizeText(out)).toBe(out);
      }),
    );
  });

  it('keeps every line and every other character', () => {
    fc.assert(
      fc.property(raw, (s) => {
        const withoutBom = s.startsWith(BOM) ? s.slice(1) : s;
        const out = normalizeText(s);
        expect(out.split('\n')).toEqual(withoutBom.split(/\r\n|\r|\n/));
      }),
    );
  });

  it('is the identity on text that has no CR and no leading BOM', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\n', BOM, '\u0301', '\u2029', '\u0085'))).map((p) => p.join('')), (s) => {
        fc.pre(!s.includes('\r') && !s.startsWith(BOM));
        expect(normalizeText(s)).toBe(s);
      }),
    );
  });
});
