import type { TextRange } from '../../model/article';

// 'en' for the same tokens on every machine; ICU's word rules do not depend on it outside
// dictionary scripts (Thai, CJK), which it segments the same in any locale.
const words = new Intl.Segmenter('en', { granularity: 'word' });

/** "Syria's", "Assad’s": CoNLL-2003 (like the Penn Treebank) has the possessive as a token of its own. */
const POSSESSIVE = /^(.+)(['’][sS])$/su;

/**
 * The tokens of `text[from, to)`: its words by Unicode word boundaries (UAX #29), so a
 * punctuation mark is a token of its own while an emoji sequence, a letter with its combining
 * marks or an Arabic word stays whole; whitespace is never in a token. Offsets are UTF-16 code
 * units of `text`.
 */
export function conllTokens(text: string, from = 0, to = text.length): TextRange[] {
  const tokens: TextRange[] = [];
  for (const { segment, index, isWordLike } of words.segment(text.slice(from, to))) {
    const start = from + index;
    // A segment can still hold whitespace (a combining mark after a space joins the space): split there.
    for (const piece of segment.matchAll(/\S+/gu)) {
      const pieceStart = start + piece.index;
      const possessive = isWordLike ? POSSESSIVE.exec(piece[0]) : null;
      const stem = possessive?.[1];
      if (stem) {
        tokens.push({ start: pieceStart, end: pieceStart + stem.length }, { start: pieceStart + stem.length, end: pieceStart + piece[0].length });
      } else {
        tokens.push({ start: pieceStart, end: pieceStart + piece[0].length });
      }
    }
  }
  return tokens;
}
