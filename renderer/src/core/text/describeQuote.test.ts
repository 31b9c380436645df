import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TextRange } from '../model/article';
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

  it('counts context in UTF-16 code units but never cuts a surrogate pair', () => {
    const text = '😀😀😀 hello';
    // 2 units back from "hello" is the low surrogate of the last 😀: the emoji is left out whole.
    expect(describeQuote(text, { start: 7, end: 12 }, 2).prefix).toBe(' ');
    expect(describeQuote(text, { start: 0, end: 2 }, 3).suffix).toBe('😀');
  });
});

const FAMILY = '👨‍👩‍👧‍👦'; // man ZWJ woman ZWJ girl ZWJ boy: 11 code units, one grapheme
const FLAG_UA = '🇺🇦'; // two regional indicators: 4 code units, one grapheme
const FLAG_FR = '🇫🇷';
const THUMBS = '👍🏽'; // emoji + skin-tone modifier
const E_ACUTE = 'e\u0301'; // e + combining acute: 2 code units, one grapheme
const KATABA = '\u0643\u064e\u062a\u064e\u0628\u064e'; // kaf, ta, ba, each with a fatha

/** Range of the first `needle` in `text`. */
function rangeOf(text: string, needle: string): TextRange {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start: at, end: at + needle.length };
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function graphemeBoundaries(text: string): number[] {
  return [...[...graphemeSegmenter.segment(text)].map((s) => s.index), text.length];
}

/** A surrogate code unit that is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

describe('describeQuote: grapheme clusters', () => {
  it.each<[string, string, string, number, string, string]>([
    // [name, text, exact, context, prefix, suffix]
    ['a ZWJ family emoji cut in the prefix', `x${FAMILY}quote`, 'quote', 5, '', ''],
    ['a ZWJ family emoji that fits in the prefix', `x${FAMILY}quote`, 'quote', 11, FAMILY, ''],
    ['a ZWJ family emoji cut in the suffix', `quote ${FAMILY}x`, 'quote', 6, '', ' '],
    ['a ZWJ family emoji that fits in the suffix', `quote ${FAMILY}x`, 'quote', 12, '', ` ${FAMILY}`],
    ['a flag cut between its regional indicators (prefix)', `${FLAG_UA}${FLAG_FR} quote`, 'quote', 3, ' ', ''],
    ['a flag cut between its regional indicators (suffix)', `quote ${FLAG_UA}${FLAG_FR}`, 'quote', 7, '', ` ${FLAG_UA}`],
    ['a second flag cut in half (prefix)', `${FLAG_UA}${FLAG_FR} quote`, 'quote', 7, `${FLAG_FR} `, ''],
    ['an emoji without its skin tone (suffix)', `quote ${THUMBS}!`, 'quote', 3, '', ' '],
    ['a skin tone without its emoji (prefix)', `${THUMBS} quote`, 'quote', 3, ' ', ''],
    ['a combining accent without its letter (prefix)', `caf${E_ACUTE} quote`, 'quote', 2, ' ', ''],
    ['a letter without its combining accent (suffix)', `quote caf${E_ACUTE}`, 'quote', 5, '', ' caf'],
    ['an Arabic letter without its haraka (suffix)', `قال ${KATABA}`, 'قال', 4, '', ` ${KATABA.slice(0, 2)}`],
    ['an Arabic haraka without its letter (prefix)', `${KATABA} قال`, 'قال', 4, `${KATABA.slice(4)} `, ''],
  ])('leaves out %s', (_name, text, exact, context, prefix, suffix) => {
    const range = rangeOf(text, exact);
    const q = describeQuote(text, range, context);
    expect(q).toEqual({ exact, prefix, suffix });
    expect(text.slice(range.start - prefix.length, range.end + suffix.length)).toBe(prefix + exact + suffix);
  });

  it('gives the full 32 units of context when no cluster is cut', () => {
    const before = `${FAMILY}${'a'.repeat(21)}`; // 32 units, starting on the family emoji
    const text = `zz${before}QUOTE${before}zz`;
    const q = describeQuote(text, rangeOf(text, 'QUOTE'));
    expect(q.prefix).toBe(before);
    expect(q.suffix).toBe(`${FAMILY}${'a'.repeat(21)}`);
  });

  const piece = fc.constantFrom(
    'a', 'b', 'word', 'The', ' ', '\n\n', '\u00a0',
    E_ACUTE, 'o\u0308\u0304', FAMILY, THUMBS, FLAG_UA, FLAG_FR, '😀', '❤\ufe0f',
    'قال', 'الرئيس', KATABA, 'ـ',
  );
  const textAndRange = fc
    .array(piece, { maxLength: 30 })
    .map((p) => p.join(''))
    .chain((text) => {
      const bounds = graphemeBoundaries(text);
      return fc.record({
        text: fc.constant(text),
        a: fc.constantFrom(...bounds),
        b: fc.constantFrom(...bounds),
        context: fc.oneof(fc.constant(QUOTE_CONTEXT), fc.integer({ min: 0, max: 40 })),
      });
    });

  it('keeps the quote and its context in place, cut only on grapheme boundaries, as long as allowed', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, a, b, context }) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const q = describeQuote(text, { start, end }, context);
        const where = JSON.stringify({ text, start, end, context, q });
        expect(q.exact).toBe(text.slice(start, end));
        expect(q.prefix.length, where).toBeLessThanOrEqual(context);
        expect(q.suffix.length, where).toBeLessThanOrEqual(context);
        const from = start - q.prefix.length;
        const to = end + q.suffix.length;
        expect(text.slice(from, to), where).toBe(q.prefix + q.exact + q.suffix);
        const bounds = graphemeBoundaries(text);
        // The prefix does not start inside a grapheme, the suffix does not end inside one.
        expect(bounds.includes(from), where).toBe(true);
        expect(bounds.includes(to), where).toBe(true);
        expect(q.prefix, where).not.toMatch(LONE_SURROGATE);
        expect(q.suffix, where).not.toMatch(LONE_SURROGATE);
        // Only what would be cut is left out: the context reaches the furthest boundary within reach.
        expect(from, where).toBe(bounds.find((x) => x >= start - context && x <= start));
        expect(to, where).toBe(bounds.findLast((x) => x <= end + context && x >= end));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps prefix and suffix against the quote for any range, even one that is not on grapheme boundaries', () => {
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
        expect(q.prefix.length).toBeLessThanOrEqual(Math.min(QUOTE_CONTEXT, start));
        expect(q.suffix.length).toBeLessThanOrEqual(Math.min(QUOTE_CONTEXT, text.length - end));
        expect(text.slice(start - q.prefix.length, end + q.suffix.length)).toBe(q.prefix + q.exact + q.suffix);
      }),
    );
  });
});
