import type { TextRange } from '../model/article';
import type { TextQuote } from '../model/annotation';

export const QUOTE_CONTEXT = 32;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The quote of a range with up to 32 code units of context each side (W3C TextQuoteSelector).
 * The context is cut on grapheme boundaries of the whole text, so it never starts or ends
 * with half an emoji, half a flag or a combining mark without its letter: the prefix may
 * be shorter than `context`, never longer, and still ends at `range.start` (the suffix
 * still starts at `range.end`).
 */
export function describeQuote(text: string, range: TextRange, context = QUOTE_CONTEXT): TextQuote {
  const segments = graphemes.segment(text);
  let prefixStart = Math.max(0, range.start - context);
  if (prefixStart < range.start) {
    // Cut inside a cluster: leave the whole cluster out.
    const g = segments.containing(prefixStart);
    if (g && g.index < prefixStart) prefixStart = Math.min(range.start, g.index + g.segment.length);
  }
  let suffixEnd = Math.min(text.length, range.end + context);
  if (suffixEnd > range.end && suffixEnd < text.length) {
    const g = segments.containing(suffixEnd);
    if (g && g.index < suffixEnd) suffixEnd = Math.max(range.end, g.index);
  }
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(prefixStart, range.start),
    suffix: text.slice(range.end, suffixEnd),
  };
}
