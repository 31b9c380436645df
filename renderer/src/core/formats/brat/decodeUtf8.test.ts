import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decodeUtf8';

const oracle = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

describe('decodeUtf8', () => {
  it('reads what TextEncoder writes, emoji, Arabic and a byte order mark included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const withMark = `\uFEFF${text}`;
        expect(decodeUtf8(new TextEncoder().encode(withMark))).toEqual({ ok: true, text: withMark });
      }),
    );
  });

  it('accepts and refuses exactly the bytes a strict TextDecoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let expected: string | null;
        try {
          expected = oracle.decode(bytes);
        } catch {
          expected = null;
        }
        const got = decodeUtf8(bytes);
        expect(got.ok ? got.text : null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a stray continuation byte', [0x61, 0x80], 1, 0x80],
    ['a byte that never starts a character', [0xff], 0, 0xff],
    ['an overlong slash', [0xc0, 0xaf], 0, 0xc0],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0, 0xed],
    ['a character cut short', [0x61, 0xe2, 0x82], 1, 0xe2],
  ])('says where the bytes stop being UTF-8: %s', (_name, bytes, offset, byte) => {
    expect(decodeUtf8(new Uint8Array(bytes))).toEqual({ ok: false, offset, byte });
  });

  it('decodes a long text (more than one chunk)', () => {
    const text = 'é😀'.repeat(10_000);
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });
});
