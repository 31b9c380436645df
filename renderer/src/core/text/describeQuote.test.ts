import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUOTE_CONTEXT, describeQuote } from './describeQuote';

// 100 distinct-enough characters: 'a0a1...' makes every slice recognisable.
const long = Array.from({ length: 50 }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i % 10)).join('');

describe('describeQuote', () => {
  it('uses 32 code units of context by default', () => {
    expect(QUOTE_CONTEXT).toBe(32);
  });

  it.each([
    // [name, start, end, prefix length, suffix length]
    ['in the middle of a long text', 40, 50, 32, 32],
    ['at the very start', 0, 10, 0, 32],
    ['five units from the start', 5, 10, 5, 32],
    ['exactly 32 units from the start', 32, 40, 32, 32],
    ['at the very end', 90, 100, 32, 0],
    ['seven units from the end', 80, 93, 32, 7],
    ['covering the whole text', 0, 100, 0, 0],
  ])('gives full or clipped context %s', (_name, start, end, prefixLength, suffixLength) => {
    expect(long.length).toBe(100);
    const q = describeQuote(long, { start, end });
    expect(q.exact).toBe(long.slice(start, end));
    expect(q.prefix).toHaveLength(prefixLength);
    expect(q.suffix).toHaveLength(suffixLength);
    // The context is what stands right before and after the quote.
    expect(long.slice(start - prefixLength, end + suffixLength)).toBe(q.prefix + q.exact + q.suffix);
  });

  it('reads the context around a quote in a short sentence', () => {
    const text = 'Officials said 40 people died.';
    expect(describeQuote(text, { start: 15, end: 24 })).toEqual({
      exact: '40 people',
      prefix: 'Officials said ',
      suffix: ' died.',
    });
  });

  it('takes a custom amount of context', () => {
    const text = 'Officials said 40 people died.';
    expect(describeQuote(text, { start: 15, end: 24 }, 5)).toEqual({ exact: '40 people', prefix: 'said ', suffix: ' died' });
    expect(describeQuote(text, { start: 15, end: 24 }, 0)).toEqual({ exact: '40 people', prefix: '', suffix: '' });
  });

  it('counts context in UTF-16 code units', () => {
    const text = '😀😀😀 hello';
    const q = describeQuote(text, { start: 7, end: 12 }, 3);
    expect(q.exact).toBe('hello');
    expect(q.prefix).toBe('😀 ');
    expect(q.prefix).toHaveLength(3);
    expect(describeQuote(text, { start: 7, end: 12 }, 7).prefix).toBe('😀😀😀 ');
  });

  it('has prefix + exact + suffix at its place in the text, with context clipped only by the text edges', () => {
    const arb = fc
      .string({ unit: 'grapheme', maxLength: 120 })
      .chain((text) =>
        fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })),
      );
    fc.assert(
      fc.property(arb, ([text, a, b]) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const q = describeQuote(text, { start, end });
        expect(q.exact).toBe(text.slice(start, end));
        expect(q.prefix.length).toBe(Math.min(QUOTE_CONTEXT, start));
        expect(q.suffix.length).toBe(Math.min(QUOTE_CONTEXT, text.length - end));
        expect(text.slice(start - q.prefix.length, end + q.suffix.length)).toBe(q.prefix + q.exact + q.suffix);
      }),
    );
  });
});
