import type { TextRange } from '../model/article';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Widens a range to whole grapheme clusters: never half an emoji or a letter without its accent. */
function graphemeBounds(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  const first = graphemes.segment(text).containing(start);
  if (first && first.index < start) s = first.index;
  if (end > 0 && end < text.length) {
    const last = graphemes.segment(text).containing(end);
    if (last && last.index < end) e = last.index + last.segment.length;
  }
  return { start: s, end: e };
}

/** Trims whole grapheme clusters that are only whitespace: a space carrying a combining mark is kept whole. */
function trimWhitespace(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end) {
    const g = graphemes.segment(text).containing(start);
    if (!g || !/^\s+$/u.test(g.segment)) break;
    start = g.index + g.segment.length;
  }
  while (end > start) {
    const g = graphemes.segment(text).containing(end - 1);
    if (!g || !/^\s+$/u.test(g.segment)) break;
    end = g.index;
  }
  return { start, end };
}

/**
 * Turns a raw selection into the range an analyst meant: whitespace trimmed at both ends,
 * grown to whole words unless `exact` (the user held a modifier), and never splitting a
 * grapheme cluster. Returns null when nothing but whitespace was selected.
 */
export function snapSelection(text: string, raw: TextRange, exact = false): TextRange | null {
  const lo = Math.max(0, Math.min(raw.start, raw.end, text.length));
  const hi = Math.min(text.length, Math.max(raw.start, raw.end));
  let range = trimWhitespace(text, graphemeBounds(text, lo, hi));
  if (range.start >= range.end) return null;
  if (!exact) {
    const segs = words.segment(text);
    const first = segs.containing(range.start);
    if (first?.isWordLike && first.index < range.start) range = { ...range, start: first.index };
    const last = segs.containing(range.end - 1);
    if (last?.isWordLike) range = { ...range, end: Math.max(range.end, last.index + last.segment.length) };
  }
  return range;
}
