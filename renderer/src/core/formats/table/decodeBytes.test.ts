import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded } from './decodeBytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

/** "Café, “quoted” €5 – it’s fine" in windows-1252: é E9, “ 93, ” 94, € 80, – 96, ’ 92. */
const CP1252 = bytes('title,text\nCaf', [0xe9], ',', [0x93], 'quoted', [0x94], ' ', [0x80], '5 ', [0x96], ' it', [0x92], 's fine\n');
const CP1252_TEXT = 'title,text\nCafé,“quoted” €5 – it’s fine\n';

function decoded(result: ReturnType<typeof decodeBytes>): Decoded {
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('decodeBytes', () => {
  it.each<[string, Uint8Array, string | undefined, Omit<Decoded, 'ok' | 'problems'>]>([
    ['UTF-8 without a BOM', utf8('title,text\nالمرصد,45 ✓\n'), undefined, { text: 'title,text\nالمرصد,45 ✓\n', encoding: 'utf-8', detected: false }],
    ['UTF-8 with a BOM (stripped)', bytes([0xef, 0xbb, 0xbf], 'title\nCafé\n'), undefined, { text: 'title\nCafé\n', encoding: 'utf-8', detected: false }],
    ['UTF-16LE with a BOM', utf16('title\nقال 👍\n', 'le'), undefined, { text: 'title\nقال 👍\n', encoding: 'utf-16le', detected: false }],
    ['UTF-16BE with a BOM', utf16('title\nCafé\n', 'be'), undefined, { text: 'title\nCafé\n', encoding: 'utf-16be', detected: false }],
    ['a BOM wins over the chosen encoding', utf16('a\n', 'le'), 'windows-1252', { text: 'a\n', encoding: 'utf-16le', detected: false }],
    ['valid UTF-8 wins over the chosen encoding', utf8('Café\n'), 'windows-1252', { text: 'Café\n', encoding: 'utf-8', detected: false }],
    ['plain ASCII is UTF-8', utf8('a,b\n1,2\n'), undefined, { text: 'a,b\n1,2\n', encoding: 'utf-8', detected: false }],
    ['windows-1252 detected (é ’ € and curly quotes)', CP1252, undefined, { text: CP1252_TEXT, encoding: 'windows-1252', detected: true }],
    ['windows-1252 chosen', CP1252, 'windows-1252', { text: CP1252_TEXT, encoding: 'windows-1252', detected: false }],
    ['a label of windows-1252 chosen (latin1)', CP1252, 'latin1', { text: CP1252_TEXT, encoding: 'windows-1252', detected: false }],
    ['iso-8859-15 chosen: A4 is €', bytes('prix ', [0xa4], '\n'), 'iso-8859-15', { text: 'prix €\n', encoding: 'iso-8859-15', detected: false }],
    ['UTF-16LE without a BOM, chosen (its NUL bytes are valid UTF-8, but not text)', utf16('a,b\n', 'le', false), 'utf-16le', { text: 'a,b\n', encoding: 'utf-16le', detected: false }],
  ])('%s', (_name, input, chosen, expected) => {
    expect(decoded(decodeBytes(input, chosen))).toEqual({ ok: true, ...expected, problems: [] });
  });

  it('decodes all 32 bytes windows-1252 has at 0x80–0x9F (Node itself reads them as ISO-8859-1)', () => {
    const high = new Uint8Array(32).map((_, i) => 0x80 + i);
    expect(decoded(decodeBytes(high, 'windows-1252')).text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it('reports by line the bytes of a UTF-8 file that are not UTF-8 (one damaged row)', () => {
    const input = bytes('title,text\r\nCafé,naïve résumé “x”\r\nBad,', [0xff, 0xfe], 'x\r\nok,déjà vu\r\nagain,', [0xc3], '\r\n');
    const result = decoded(decodeBytes(input));
    expect(result).toMatchObject({ encoding: 'utf-8', detected: true, text: 'title,text\r\nCafé,naïve résumé “x”\r\nBad,\uFFFD\uFFFDx\r\nok,déjà vu\r\nagain,\uFFFD\r\n' });
    expect(result.problems).toEqual([
      { line: 3, message: 'some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding' },
      { line: 5, message: 'some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding' },
    ]);
  });

  it('reports the lines a chosen encoding cannot read', () => {
    const result = decoded(decodeBytes(bytes('ok\n', [0xe9], '\nfine\n'), 'utf-8'));
    expect(result.problems.map((p) => p.line)).toEqual([2]);
  });

  it.each([
    ['latin-9', '“latin-9” is not an encoding this app knows; try windows-1252, iso-8859-15, utf-16le…'],
    ['utf-32le', '“utf-32le” is not an encoding this app knows; try windows-1252, iso-8859-15, utf-16le…'],
    ['iso-2022-kr', '“iso-2022-kr” is not an encoding this app knows; try windows-1252, iso-8859-15, utf-16le…'],
  ])('refuses the unknown encoding name %s', (name, error) => {
    expect(decodeBytes(utf8('a\n'), name)).toEqual({ ok: false, error });
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8', detected: false, problems: [] });
  });
});
