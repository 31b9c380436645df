import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_TYPES } from '../../core/model/link';
import { linkTypeName, reasonLabel, shortQuote } from './linkText';

describe('linkText', () => {
  it('shortens a quote at a word boundary, on one line', () => {
    expect(shortQuote('Daesh said\n100 fighters   were killed.')).toBe('Daesh said 100 fighters were killed.');
    const long = 'The coalition said that 100 fighters were killed in the strikes near Raqqa on Tuesday, officials added.';
    const short = shortQuote(long);
    expect(short).toBe('The coalition said that 100 fighters were killed in the strikes near Raqqa on…');
    expect(short.length).toBeLessThanOrEqual(81);
  });

  it('never cuts an emoji in half', () => {
    const short = shortQuote(`${'x'.repeat(79)}😀 and more`);
    expect(short).toBe(`${'x'.repeat(79)}…`);
  });

  it('names link types, with their direction when asked, and reasons', () => {
    expect(linkTypeName(DEFAULT_LINK_TYPES, 'updates', true)).toBe('Updates →');
    expect(linkTypeName(DEFAULT_LINK_TYPES, 'contradicts', true)).toBe('Contradicts');
    expect(linkTypeName(DEFAULT_LINK_TYPES, 'gone')).toBe('gone');
    const own = [...DEFAULT_LINK_TYPES, { id: 'cites', label: 'Cites', color: '#999999', directed: true, key: '5' }];
    expect(linkTypeName(own, 'cites', true)).toBe('Cites →');
    expect(reasonLabel('different-time')).toBe('Different time');
  });
});
