import type { TextRange } from '../../model/article';

/**
 * The characters Python's `str.splitlines` breaks at. brat reads an `.ann` file line by line
 * with it, so none of them may appear in a TAIL: a range over one is written as fragments.
 */
const BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

export function isLineBreak(text: string, at: number): boolean {
  return BREAKS.has(text.charCodeAt(at));
}

/** The text with every line break turned into a space: for the one-line fields brat has (names, values). */
export function oneLine(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += isLineBreak(text, i) ? ' ' : text[i];
  return out;
}

/** The lines of a multi-line text, split as brat would split them. A CRLF is one break. */
export function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLineBreak(text, i)) continue;
    lines.push(text.slice(start, i));
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** The pieces of `range` between line breaks, the breaks left out, empty pieces dropped. */
export function splitAtLineBreaks(text: string, range: TextRange): TextRange[] {
  const pieces: TextRange[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i < range.end && !isLineBreak(text, i)) continue;
    if (i > start) pieces.push({ start, end: i });
    start = i + 1;
  }
  return pieces;
}

/**
 * Ranges in text order, overlapping ones merged, and neighbours joined where nothing but line
 * breaks lies between them: brat cannot cross a line break, so fragments split there mean one
 * range (the export splits ranges exactly so).
 */
export function joinAcrossLineBreaks(text: string, ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && onlyLineBreaks(text, last.end, r.start)) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function onlyLineBreaks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLineBreak(text, i)) return false;
  return true;
}
