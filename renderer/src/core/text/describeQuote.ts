import type { TextRange } from '../model/article';
import type { TextQuote } from '../model/annotation';

export const QUOTE_CONTEXT = 32;

/** The quote of a range with up to 32 code units of context each side (W3C TextQuoteSelector). */
export function describeQuote(text: string, range: TextRange, context = QUOTE_CONTEXT): TextQuote {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - context), range.start),
    suffix: text.slice(range.end, range.end + context),
  };
}
