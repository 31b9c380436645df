import type { TextRange } from '../../model/article';
import type { TextQuote } from '../../model/annotation';
import type { CodePointIndex } from '../../text/codePoints';
import type { TextPositionSelector, TextQuoteSelector } from './w3cTypes';

/**
 * The two selectors of one range: position in code points (what the model counts) and the
 * quote with its context, which the model says to prefer when the two disagree. Both select
 * the same text, as §4.2 asks of several selectors on one resource.
 */
export function passageSelectors(index: CodePointIndex, range: TextRange, quote: TextQuote): [TextPositionSelector, TextQuoteSelector] {
  const length = index.text.length;
  const start = Math.min(Math.max(0, range.start), length);
  const end = Math.min(Math.max(start, range.end), length);
  return [{ type: 'TextPositionSelector', start: index.pointOf(start), end: index.pointOf(end) }, quoteSelector(quote)];
}

export function quoteSelector(quote: TextQuote): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}
