import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../text/sentenceAt';
import { conllTokens } from './conllTokens';

const tokens = (text: string) => conllTokens(text).map((t) => text.slice(t.start, t.end));
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

describe('conllTokens', () => {
  it.each<[string, string, string[]]>([
    ['punctuation apart', 'The US-led coalition (CENTCOM) said: "45 dead."', ['The', 'US', '-', 'led', 'coalition', '(', 'CENTCOM', ')', 'said', ':', '"', '45', 'dead', '.', '"']],
    ['numbers whole', 'some 1,000.5 people, 30,000 barrels', ['some', '1,000.5', 'people', ',', '30,000', 'barrels']],
    ['the possessive a token of its own', "Syria's oil, Assad’s forces", ['Syria', "'s", 'oil', ',', 'Assad', '’s', 'forces']],
    ['a word with combining marks whole', 'e\u0301te\u0301 cafe\u0301.', ['e\u0301te\u0301', 'cafe\u0301', '.']],
    ['emoji sequences whole', 'Family 👨‍👩‍👧 flag 🇸🇾 ok👍🏽.', ['Family', '👨‍👩‍👧', 'flag', '🇸🇾', 'ok', '👍🏽', '.']],
    ['Arabic words whole', 'قال المرصد إن ٤٥ قتلوا.', ['قال', 'المرصد', 'إن', '٤٥', 'قتلوا', '.']],
    ['no-break spaces split', '100\u00a0killed\u2009today', ['100', 'killed', 'today']],
    ['nothing', '  \n ', []],
  ])('%s', (_name, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('gives offsets in the whole text for a slice of it', () => {
    const text = 'One. Two words.';
    expect(conllTokens(text, 5, 15)).toEqual([
      { start: 5, end: 8 },
      { start: 9, end: 14 },
      { start: 14, end: 15 },
    ]);
  });

  /** Words of the scripts and symbols news text mixes, with the spaces and punctuation between them. */
  const piece = fc.oneof(
    fc.constantFrom('Deir', 'Ezzor', 'al-Assad', "Syria's", 'U.S.', 'e\u0301te\u0301', 'Cafe\u0301', 'naïve', 'ﬁne', 'قال', 'المرصد', 'السوري', '٤٥', 'שלום', '中文', 'ไทย'),
    fc.constantFrom('👍🏽', '👨‍👩‍👧', '🇸🇾', '❤️', '🏳️‍🌈', '1️⃣'),
    fc.constantFrom('45', '1,000', '3.5', '2018-02-08', '100%', '$5'),
    fc.constantFrom('.', ',', '!', '?', '"', '“', '”', '(', ')', '—', '-', '…', ':', ';', "'"),
  );
  const separator = fc.constantFrom(' ', '', '  ', '\u00a0', '\t', ' \n', '\n\n');
  const text = fc.array(fc.tuple(piece, separator), { maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

  it('keeps every character of each sentence, in order, and never splits a character (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of sentenceRanges(t)) {
          const found = conllTokens(t, s.start, s.end);
          const words = found.map((r) => t.slice(r.start, r.end));
          expect(words.join('')).toBe(t.slice(s.start, s.end).replace(/\s/gu, ''));
          expect(words.every((w) => w.length > 0 && !/\s/u.test(w))).toBe(true);
          const boundaries = new Set([...graphemes.segment(t)].map((g) => g.index).concat(t.length));
          for (const r of found) {
            expect(boundaries.has(r.start) && boundaries.has(r.end)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
