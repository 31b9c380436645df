import { anchorQuote } from '../../anchoring/anchorQuote';
import type { TextRange } from '../../model/article';
import type { TextQuote } from '../../model/annotation';
import { describeQuote } from '../../text/describeQuote';
import type { ArticleText } from './exportLookup';
import type { ImportLog } from './importLog';
import { describeJson } from './jsonPaths';
import type { TargetSelectors } from './readSelectors';

export interface AnchoredTarget {
  range: TextRange;
  quote: TextQuote;
  orphan: boolean;
}

/**
 * Places one target in its article as the app anchors annotations (anchorQuote): by the
 * position when the text there is the quote, else by the quote and its context, else kept
 * as an orphan at its position with the file's quote, which the reader lists as not found.
 * Positions are code points; a position with no quote is taken as it is. Returns a reason
 * to skip when there is nothing to place the passage by.
 */
export function anchorTarget(text: ArticleText, selectors: TargetSelectors, path: string, log: ImportLog): AnchoredTarget | string {
  const { article, index } = text;
  const { position } = selectors;
  const quote = selectors.quote && selectors.quote.quote.exact !== '' ? selectors.quote : null;
  const inside = position !== null && position.end <= index.length;
  const range: TextRange | null = position && inside ? { start: index.unitOf(position.start), end: index.unitOf(position.end) } : null;
  const where = position ? `${position.start}–${position.end}` : '';
  const pastEnd = `${where} is past the end of the article (${index.length} code points)`;

  if (!quote) {
    if (range) return { range, quote: describeQuote(article.text, range), orphan: false };
    return position ? `the position ${pastEnd} and there is no quote to find the passage by: annotation skipped` : 'has no TextQuoteSelector or TextPositionSelector: annotation skipped';
  }
  // Past the end, the nearest occurrence is the one nearest the end; with no position, the first.
  const at = position ? article.text.length : 0;
  const guess = range ?? { start: at, end: at };
  const found = anchorQuote(article.text, guess, quote.quote);
  if (found.status === 'orphaned') {
    log.warn(quote.path, `the quote ${describeJson(quote.quote.exact)} is not in the article: kept as an orphan`);
    return { range: range ?? guess, quote: quote.quote, orphan: true };
  }
  if (found.method === 'position') return { range: found.range, quote: quote.hasContext ? quote.quote : describeQuote(article.text, found.range), orphan: false };
  if (position) {
    const now = `${index.pointOf(found.range.start)}–${index.pointOf(found.range.end)}`;
    const why = inside ? `the text at ${where} is not the quote` : `the position ${pastEnd}`;
    log.warn(position.path, `${why}; the quote ${describeJson(quote.quote.exact)} is at ${now}: anchored there`);
  }
  return { range: found.range, quote: describeQuote(article.text, found.range), orphan: false };
}
