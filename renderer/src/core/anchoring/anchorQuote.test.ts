import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TextRange } from '../model/article';
import type { TextQuote } from '../model/annotation';
import { describeQuote } from '../text/describeQuote';
import { anchorQuote } from './anchorQuote';

/** The range of the `occurrence`-th `needle` in `text`. */
function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start: at, end: at + needle.length };
}

/** Annotates `needle` in the old text; returns what an annotation stores. */
function stored(oldText: string, needle: string, occurrence = 0): { range: TextRange; quote: TextQuote } {
  const range = rangeOf(oldText, needle, occurrence);
  return { range, quote: describeQuote(oldText, range) };
}

describe('anchorQuote: by position', () => {
  it('anchors by position when the text is unchanged', () => {
    const text = 'The army said 12 people died in the strike.';
    const { range, quote } = stored(text, '12 people');
    expect(anchorQuote(text, range, quote)).toEqual({ status: 'anchored', method: 'position', range });
  });

  it('anchors by position when the quote is still at its place even if its context changed', () => {
    const oldText = 'The army said 12 people died.';
    const newText = 'The navy said 12 people died!';
    const { range, quote } = stored(oldText, '12 people');
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'anchored', method: 'position', range });
  });

  it('prefers the stored position over an earlier identical quote', () => {
    const text = 'Yes. Yes. Yes.';
    const { range, quote } = stored(text, 'Yes', 2);
    expect(anchorQuote(text, range, quote)).toEqual({ status: 'anchored', method: 'position', range });
  });
});

describe('anchorQuote: by quote', () => {
  it.each([
    ['text inserted before it', 'UPDATE 14:00: '],
    ['a line break inserted before it', '\n'],
    ['an emoji inserted before it', '👨‍👩‍👧‍👦 '],
  ])('finds the quote again after %s', (_name, insert) => {
    const oldText = 'The army said 12 people died in the strike.';
    const newText = insert + oldText;
    const { range, quote } = stored(oldText, '12 people');
    expect(anchorQuote(newText, range, quote)).toEqual({
      status: 'anchored',
      method: 'quote',
      range: { start: range.start + insert.length, end: range.end + insert.length },
    });
  });

  it('finds the quote again after text before it was deleted', () => {
    const oldText = 'Breaking: The army said 12 people died.';
    const newText = oldText.replace('Breaking: ', '');
    const { range, quote } = stored(oldText, '12 people');
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'anchored', method: 'quote', range: rangeOf(newText, '12 people') });
  });

  it('finds the quote when the stored range runs past the end of the new text', () => {
    const oldText = 'A long introduction that was later removed. Officials said 40.';
    const newText = 'Officials said 40.';
    const { range, quote } = stored(oldText, 'said 40');
    expect(range.end).toBeGreaterThan(newText.length);
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'anchored', method: 'quote', range: rangeOf(newText, 'said 40') });
  });

  it('uses prefix and suffix to choose between identical quotes, over nearness', () => {
    const oldText = 'X said the ceasefire held. Y said the ceasefire failed.';
    const newText = 'Y said the ceasefire failed. X said the ceasefire held.';
    // Annotate "the ceasefire" in Y's sentence; the sentences then swap places.
    const { range, quote } = stored(oldText, 'the ceasefire', 1);
    const ys = rangeOf(newText, 'the ceasefire', 0);
    const xs = rangeOf(newText, 'the ceasefire', 1);
    // X's occurrence is the nearer one: only the context can pick Y's.
    expect(Math.abs(xs.start - range.start)).toBeLessThan(Math.abs(ys.start - range.start));
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'anchored', method: 'quote', range: ys });
  });

  it.each([
    ['the suffix when the prefixes are the same', 'Reported: 40 dead. Reported: 40 injured.', { exact: '40', prefix: 'Reported: ', suffix: ' injured.' }, 1],
    ['the prefix when the suffixes are the same', 'Police: 40 dead. Army: 40 dead.', { exact: '40', prefix: 'Army: ', suffix: ' dead.' }, 1],
    ['a partial context match', 'Police said 40. Army said 40 dead.', { exact: '40', prefix: 'XX said ', suffix: ' dead, then' }, 1],
  ])('lets %s decide, over nearness', (_name, text, quote, occurrence) => {
    // The stored position is at the start: the first occurrence is the nearer one.
    expect(anchorQuote(text, { start: 0, end: 2 }, quote)).toEqual({ status: 'anchored', method: 'quote', range: rangeOf(text, '40', occurrence) });
  });

  it.each([
    // [old start, expected occurrence]; occurrences of "alpha" at 11, 22 and 33 in the new text.
    [0, 0],
    [13, 0],
    [19, 1],
    [25, 1],
    [31, 2],
    [60, 2],
  ])('among equally good matches, takes the one nearest the old position %i', (oldStart, occurrence) => {
    const text = 'start here alpha beta alpha beta alpha beta';
    expect([11, 22, 33].map((_, i) => rangeOf(text, 'alpha', i).start)).toEqual([11, 22, 33]);
    const quote = { exact: 'alpha', prefix: '', suffix: '' };
    const range = { start: oldStart, end: oldStart + 5 };
    // The old position itself must not hold the quote, or the position wins.
    expect(text.slice(range.start, range.end)).not.toBe('alpha');
    expect(anchorQuote(text, range, quote)).toEqual({ status: 'anchored', method: 'quote', range: rangeOf(text, 'alpha', occurrence) });
  });

  it('breaks ties by nearness when the context matches several occurrences equally', () => {
    const text = 'said: yes. said: yes. said: yes.';
    const quote = { exact: 'yes', prefix: 'said: ', suffix: '.' };
    expect(anchorQuote(text, { start: 26, end: 29 }, quote)).toMatchObject({ range: rangeOf(text, 'yes', 2), method: 'quote' });
    expect(anchorQuote(text, { start: 1, end: 4 }, quote)).toMatchObject({ range: rangeOf(text, 'yes', 0), method: 'quote' });
    expect(anchorQuote(text, { start: 14, end: 17 }, quote)).toMatchObject({ range: rangeOf(text, 'yes', 1), method: 'quote' });
  });
});

describe('anchorQuote: orphaned', () => {
  it('orphans when the quote is no longer in the text', () => {
    const oldText = 'The army said 12 people died.';
    const newText = 'The army said 12 people were killed.';
    const { range, quote } = stored(oldText, 'people died');
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'orphaned' });
  });

  it('does not match a quote that differs only by Unicode normalisation', () => {
    const oldText = 'Le cafe\u0301 ferme.';
    const newText = 'Le caf\u00e9 ferme.';
    const { range, quote } = stored(oldText, 'cafe\u0301');
    expect(anchorQuote(newText, range, quote)).toEqual({ status: 'orphaned' });
  });

  it('orphans an empty quote, even where the position is valid', () => {
    expect(anchorQuote('Some text', { start: 2, end: 2 }, { exact: '', prefix: 'So', suffix: 'me' })).toEqual({ status: 'orphaned' });
  });

  it('orphans when the text is empty', () => {
    expect(anchorQuote('', { start: 0, end: 3 }, { exact: 'abc', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' });
  });
});

describe('anchorQuote: properties', () => {
  const piece = fc.constantFrom('a', 'b', 'ab', ' ', '\n', 'said', '40', '😀', 'e\u0301', 'قال', '.');
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  const textAndRange = text.chain((t) =>
    fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length })),
  );

  it('anchors by position on the text it was described on', () => {
    fc.assert(
      fc.property(textAndRange, ([t, a, b]) => {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        fc.pre(range.end > range.start);
        expect(anchorQuote(t, range, describeQuote(t, range))).toEqual({ status: 'anchored', method: 'position', range });
      }),
    );
  });

  it('after an edit, either anchors on text equal to the quote or orphans', () => {
    fc.assert(
      fc.property(textAndRange, text, fc.nat(), ([t, a, b], insert, at) => {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        fc.pre(range.end > range.start);
        const quote = describeQuote(t, range);
        const cut = at % (t.length + 1);
        const edited = t.slice(0, cut) + insert + t.slice(cut);
        const result = anchorQuote(edited, range, quote);
        if (result.status === 'anchored') {
          expect(edited.slice(result.range.start, result.range.end)).toBe(quote.exact);
        } else {
          expect(edited.includes(quote.exact)).toBe(false);
        }
      }),
    );
  });

  it('follows a quote that occurs once when text is inserted before it', () => {
    fc.assert(
      fc.property(textAndRange, text, ([t, a, b], insert) => {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        fc.pre(range.end > range.start && insert.length > 0);
        const quote = describeQuote(t, range);
        const edited = insert + t;
        fc.pre(edited.indexOf(quote.exact) === edited.lastIndexOf(quote.exact));
        const result = anchorQuote(edited, range, quote);
        expect(result).toMatchObject({ status: 'anchored', range: { start: range.start + insert.length, end: range.end + insert.length } });
      }),
    );
  });
});
