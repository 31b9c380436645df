import type { TextRange } from '../model/article';
import type { TextQuote } from '../model/annotation';

export type AnchorMethod = 'position' | 'quote';

export type RangeAnchor =
  | { status: 'anchored'; method: AnchorMethod; range: TextRange }
  | { status: 'orphaned' };

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a stored range in `text` again (Hypothesis's order): by position when the quote
 * is still there; else by the quote, preferring the occurrence whose context matches the
 * stored prefix and suffix best and, among equals, the one nearest the old position; else
 * orphaned. Never guesses a range whose text differs from the quote.
 */
export function anchorQuote(text: string, range: TextRange, quote: TextQuote): RangeAnchor {
  if (quote.exact.length === 0) return { status: 'orphaned' };
  if (range.start >= 0 && range.end <= text.length && text.slice(range.start, range.end) === quote.exact) {
    return { status: 'anchored', method: 'position', range: { start: range.start, end: range.end } };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const score = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
    const distance = Math.abs(at - range.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  if (!best) return { status: 'orphaned' };
  return { status: 'anchored', method: 'quote', range: { start: best.start, end: best.start + quote.exact.length } };
}
