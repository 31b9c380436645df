import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { TextRange } from '../model/article';
import { snapSelection } from './snapSelection';

const FAMILY = '👨‍👩‍👧‍👦'; // man ZWJ woman ZWJ girl ZWJ boy: 11 code units, one grapheme
const FLAG_UA = '🇺🇦'; // two regional indicators: 4 code units, one grapheme
const THUMBS = '👍🏽'; // emoji + skin-tone modifier
const E_ACUTE = 'e\u0301'; // e + combining acute: 2 code units, one grapheme

/** Range of the `occurrence`-th `needle` in `text`, shifted by `from`/`to` code units at each end. */
function rangeOf(text: string, needle: string, from = 0, to = 0, occurrence = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start: at + from, end: at + needle.length + to };
}

function snapped(text: string, raw: TextRange, exact = false): string | null {
  const r = snapSelection(text, raw, exact);
  return r ? text.slice(r.start, r.end) : null;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function graphemeBoundaries(text: string): Set<number> {
  const b = new Set<number>([text.length]);
  for (const s of graphemeSegmenter.segment(text)) b.add(s.index);
  return b;
}

describe('snapSelection: word edges', () => {
  const text = 'The minister denied the report. Then she left.';

  it.each([
    ['part of one word', rangeOf(text, 'inist'), 'minister'],
    ['the end of a word', rangeOf(text, 'eport'), 'report'],
    ['parts of two words', rangeOf(text, 'inister den'), 'minister denied'],
    ['an exact word', rangeOf(text, 'minister'), 'minister'],
    ['a word with the spaces around it', rangeOf(text, ' minister '), 'minister'],
    ['from inside whitespace into a word', rangeOf(text, ' the rep'), 'the report'],
    ['a word and its full stop', rangeOf(text, 'report.'), 'report.'],
    ['the full stop and the start of the next word', rangeOf(text, '. Th'), '. Then'],
    ['the whole text', { start: 0, end: text.length }, text],
  ])('grows %s to whole words', (_name, raw, expected) => {
    expect(snapped(text, raw)).toBe(expected);
  });

  it('trims whitespace and newlines at both ends', () => {
    const t = 'First paragraph.\n\n  Second one  \n';
    expect(snapped(t, rangeOf(t, '\n\n  Second one  \n'))).toBe('Second one');
  });

  it('keeps line breaks inside the selection', () => {
    const t = 'end of one.\n\nStart of two';
    expect(snapped(t, rangeOf(t, 'one.\n\nSta'))).toBe('one.\n\nStart');
  });

  it('treats a backwards selection like the forward one', () => {
    const forward = rangeOf(text, 'inister den');
    expect(snapSelection(text, { start: forward.end, end: forward.start })).toEqual(snapSelection(text, forward));
  });

  it('clamps a selection that runs past the text', () => {
    const t = '  Short text.  ';
    expect(snapped(t, { start: -5, end: 1000 })).toBe('Short text.');
  });

  it('keeps apostrophes and decimals inside their word', () => {
    const t = "They don't know: 3.5 million fled.";
    expect(snapped(t, rangeOf(t, "n't"))).toBe("don't");
    expect(snapped(t, rangeOf(t, '.5'))).toBe('3.5');
  });
});

describe('snapSelection: exact', () => {
  const text = 'The minister denied the report.';

  it.each([
    ['keeps part of a word', rangeOf(text, 'inist'), 'inist'],
    ['keeps parts of two words', rangeOf(text, 'inister den'), 'inister den'],
    ['still trims whitespace', rangeOf(text, ' minister '), 'minister'],
    ['still trims whitespace around partial words', rangeOf(text, ' mini'), 'mini'],
  ])('%s', (_name, raw, expected) => {
    expect(snapped(text, raw, true)).toBe(expected);
  });

  it('still takes the accent with its letter', () => {
    const t = `caf${E_ACUTE} noir`;
    expect(snapped(t, { start: 0, end: 4 }, true)).toBe(`caf${E_ACUTE}`);
    expect(snapped(t, { start: 4, end: 5 }, true)).toBe(E_ACUTE);
  });
});

describe('snapSelection: graphemes', () => {
  const family = `Family ${FAMILY} photo`;
  const flag = `Flag ${FLAG_UA} here`;
  const thumbs = `Nice ${THUMBS} work`;

  it.each([
    ['the start of a ZWJ family emoji', family, rangeOf(family, FAMILY, 0, -9), FAMILY],
    ['the middle of a ZWJ family emoji', family, rangeOf(family, FAMILY, 3, -4), FAMILY],
    ['the end of a ZWJ family emoji', family, rangeOf(family, FAMILY, 8, 0), FAMILY],
    ['one half of a surrogate pair in a family emoji', family, rangeOf(family, FAMILY, 1, -9), FAMILY],
    ['one regional indicator of a flag', flag, rangeOf(flag, FLAG_UA, 0, -2), FLAG_UA],
    ['the second regional indicator of a flag', flag, rangeOf(flag, FLAG_UA, 2, 0), FLAG_UA],
    ['the emoji without its skin tone', thumbs, rangeOf(thumbs, THUMBS, 0, -2), THUMBS],
    ['the skin tone without its emoji', thumbs, rangeOf(thumbs, THUMBS, 2, 0), THUMBS],
  ])('takes all of an emoji when the selection covers %s', (_name, text, raw, expected) => {
    expect(snapped(text, raw, true)).toBe(expected);
    expect(snapped(text, raw, false)).toBe(expected);
  });

  it('grows a word selection ending inside an emoji to the whole emoji and no further', () => {
    expect(snapped(family, rangeOf(family, `ily ${FAMILY}`, 0, -5))).toBe(`Family ${FAMILY}`);
  });

  it.each([
    ['the letter without its accent', `caf${E_ACUTE} noir`, { start: 3, end: 4 }, `caf${E_ACUTE}`],
    ['only the combining accent', `caf${E_ACUTE} noir`, { start: 4, end: 5 }, `caf${E_ACUTE}`],
    ['a word ending before the accent', `d${E_ACUTE}ja vu`, { start: 0, end: 1 }, `d${E_ACUTE}ja`],
  ])('keeps combining marks with their letter: %s', (_name, text, raw, expected) => {
    expect(snapped(text, raw)).toBe(expected);
  });

  // A combining mark (or ZWJ) after a space forms one grapheme with the space (UAX #29 GB9):
  // trimming the space must not leave the mark alone.
  it.each([
    ['a combining acute on a space', 'x \u0301y', { start: 1, end: 3 }],
    ['a ZWJ on a space', 'x \u200d\u{1F600}', { start: 1, end: 5 }],
  ])('does not split %s when trimming whitespace', (_name, text, raw) => {
    for (const exact of [true, false]) {
      const r = snapSelection(text, raw, exact);
      expect(r).not.toBeNull();
      if (!r) continue;
      const bounds = graphemeBoundaries(text);
      expect(bounds.has(r.start), `start ${r.start}`).toBe(true);
      expect(bounds.has(r.end), `end ${r.end}`).toBe(true);
      expect(r.end).toBeGreaterThanOrEqual(raw.end);
    }
  });

  const arabic = 'قال الرئيس إن الهدنة صامدة';
  it.each([
    ['part of one word', rangeOf(arabic, 'رئي'), 'الرئيس'],
    ['parts of two words', rangeOf(arabic, 'يس إ'), 'الرئيس إن'],
    ['a word with spaces around it', rangeOf(arabic, ' الهدنة '), 'الهدنة'],
  ])('snaps Arabic words: %s', (_name, raw, expected) => {
    expect(snapped(arabic, raw)).toBe(expected);
  });

  it('keeps Arabic harakat with their letter in an exact selection', () => {
    // kaf+fatha ta+fatha ba+fatha, space, alif lam ra+shadda+fatha hamza-on-ya+kasra ya sin+damma
    const t = '\u0643\u064e\u062a\u064e\u0628\u064e \u0627\u0644\u0631\u0651\u064e\u0626\u0650\u064a\u0633\u064f';
    // The first letter alone, without its fatha.
    expect(snapped(t, { start: 0, end: 1 }, true)).toBe('\u0643\u064e');
    // Only the shadda on ra: the letter and both marks come together.
    expect(snapped(t, rangeOf(t, '\u0651'), true)).toBe('\u0631\u0651\u064e');
    // Word snapping takes the whole vocalised word.
    expect(snapped(t, rangeOf(t, '\u0631'))).toBe('\u0627\u0644\u0631\u0651\u064e\u0626\u0650\u064a\u0633\u064f');
  });
});

describe('snapSelection: nothing to select', () => {
  it.each([
    ['spaces', 'a   b', { start: 1, end: 4 }],
    ['a blank line', 'a\n\n\nb', { start: 1, end: 4 }],
    ['a tab and newline', 'a\t\nb', { start: 1, end: 3 }],
    ['a no-break space', 'a\u00a0b', { start: 1, end: 2 }],
    ['an empty selection', 'abc', { start: 1, end: 1 }],
    ['an empty selection at the end', 'abc', { start: 3, end: 3 }],
    ['an empty text', '', { start: 0, end: 0 }],
    ['a selection beyond the text', 'abc', { start: 5, end: 9 }],
  ])('returns null for %s', (_name, text, raw) => {
    expect(snapSelection(text, raw)).toBeNull();
    expect(snapSelection(text, raw, true)).toBeNull();
  });
});

describe('snapSelection: properties', () => {
  const piece = fc.constantFrom(
    'a', 'b', 'word', 'The', '3.5', "'", '.', ',', ' ', ' ', '\n', '\n\n', '\t', '\u00a0',
    E_ACUTE, 'o\u0308\u0304', FAMILY, THUMBS, FLAG_UA, '🇫🇷', '😀', '❤\ufe0f',
    'قال', 'الرئيس', 'كَتَبَ', 'ـ',
  );
  const textAndSelection = fc
    .array(piece, { maxLength: 25 })
    .map((p) => p.join(''))
    .chain((text) =>
      fc.record({
        text: fc.constant(text),
        a: fc.integer({ min: 0, max: text.length }),
        b: fc.integer({ min: 0, max: text.length }),
        exact: fc.boolean(),
      }),
    );

  function trimmedSelection(text: string, a: number, b: number): TextRange {
    let start = Math.min(a, b);
    let end = Math.max(a, b);
    while (start < end && /\s/u.test(text[start] ?? '')) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    return { start, end };
  }

  it('never splits a grapheme cluster', () => {
    fc.assert(
      fc.property(textAndSelection, ({ text, a, b, exact }) => {
        const r = snapSelection(text, { start: a, end: b }, exact);
        if (!r) return;
        const bounds = graphemeBoundaries(text);
        expect(bounds.has(r.start), `start ${r.start} in ${JSON.stringify(text)}`).toBe(true);
        expect(bounds.has(r.end), `end ${r.end} in ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('always contains the trimmed original selection', () => {
    fc.assert(
      fc.property(textAndSelection, ({ text, a, b, exact }) => {
        const want = trimmedSelection(text, a, b);
        fc.pre(want.end > want.start);
        const r = snapSelection(text, { start: a, end: b }, exact);
        expect(r).not.toBeNull();
        if (!r) return;
        expect(r.start).toBeLessThanOrEqual(want.start);
        expect(r.end).toBeGreaterThanOrEqual(want.end);
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('neither starts nor ends with whitespace', () => {
    fc.assert(
      fc.property(textAndSelection, ({ text, a, b, exact }) => {
        const r = snapSelection(text, { start: a, end: b }, exact);
        if (!r) return;
        expect(r.end).toBeGreaterThan(r.start);
        expect(text[r.start]).not.toMatch(/\s/u);
        expect(text[r.end - 1]).not.toMatch(/\s/u);
      }),
      { numRuns: 1000 },
    );
  });

  it('an exact selection lies inside the word-snapped one, and snapping again changes nothing', () => {
    fc.assert(
      fc.property(textAndSelection, ({ text, a, b }) => {
        const raw = { start: a, end: b };
        const exact = snapSelection(text, raw, true);
        const words = snapSelection(text, raw, false);
        expect(exact === null).toBe(words === null);
        if (!exact || !words) return;
        expect(words.start).toBeLessThanOrEqual(exact.start);
        expect(words.end).toBeGreaterThanOrEqual(exact.end);
        expect(snapSelection(text, words, false)).toEqual(words);
        expect(snapSelection(text, exact, true)).toEqual(exact);
      }),
      { numRuns: 1000 },
    );
  });
});
