/**
 * How deep a Markdown source nests, estimated line by line before it is parsed: the
 * containers (block quotes, list items) a line opens plus those it stays inside by its
 * indentation, the brackets left open in a paragraph, and the emphasis a paragraph can nest
 * (the shorter of its longest run of `*` or `_` that can open and its longest that can
 * close). Linear in the source, so a file built to nest 10,000 levels deep is known for what
 * it is before the parser, which slows down by the square of the depth, ever sees it.
 * Fenced code and thematic breaks are skipped: they are text or lines, not structure.
 */
export function markdownNesting(source: string): number {
  let deepest = 0;
  let containers = 0;
  let inline: InlineState = EMPTY;
  let fence: { char: string; length: number } | null = null;
  for (let lineStart = 0; lineStart <= source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (line.trim() === '') {
      inline = EMPTY;
      continue;
    }
    const { depth, rest, thematicBreak } = containersOf(line, containers);
    containers = depth;
    deepest = Math.max(deepest, depth);
    if (thematicBreak) continue;
    const opened = /^(`{3,}|~{3,})/.exec(rest.trimStart());
    if (opened?.[1]) {
      fence = { char: opened[1].charAt(0), length: opened[1].length };
      continue;
    }
    inline = inlineNesting(rest, inline);
    deepest = Math.max(deepest, inline.deepestBrackets, Math.min(inline.opening, inline.closing));
  }
  return deepest;
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && [...trimmed].every((c) => c === fence.char);
}

/** Columns of leading spaces and tabs (a tab to the next multiple of 4) and where the text starts. */
function indentOf(line: string, from: number): { columns: number; at: number } {
  let columns = 0;
  let at = from;
  for (; at < line.length; at++) {
    const c = line.charAt(at);
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, at };
}

/**
 * The containers the line is inside: those of the line before that its indentation keeps it
 * in (a nested list item is indented by at least two columns a level), plus the quote and
 * list markers it starts with. A line of markers that is a thematic break ("- - -") is one.
 */
function containersOf(line: string, before: number): { depth: number; rest: string; thematicBreak: boolean } {
  const indent = indentOf(line, 0);
  let depth = Math.min(Math.floor(indent.columns / 2), before);
  const breakFrom = thematicBreakStart(line);
  let at = indent.at;
  for (;;) {
    at = indentOf(line, at).at;
    const c = line.charAt(at);
    if (c === '>') {
      depth++;
      at++;
      continue;
    }
    if (breakFrom !== null && at >= breakFrom.start && breakFrom.markersFrom(at) >= 3) return { depth, rest: '', thematicBreak: true };
    const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(at, at + 11));
    if (!marker) break;
    depth++;
    at += marker[0].length;
  }
  return { depth, rest: line.slice(at), thematicBreak: false };
}

/**
 * Where the line's trailing run of one of `-`, `*`, `_` (with spaces between) starts, and how
 * many of them lie from a given position on: from there on the line is a thematic break
 * when there are three or more. Computed once per line, so a line of 10,000 markers costs
 * no more than its length.
 */
function thematicBreakStart(line: string): { start: number; markersFrom: (at: number) => number } | null {
  let end = line.length;
  while (end > 0 && (line.charAt(end - 1) === ' ' || line.charAt(end - 1) === '\t')) end--;
  const char = line.charAt(end - 1);
  if (char !== '-' && char !== '*' && char !== '_') return null;
  let start = end;
  let count = 0;
  const after: number[] = [];
  while (start > 0) {
    const c = line.charAt(start - 1);
    if (c === char) count++;
    else if (c !== ' ' && c !== '\t') break;
    start--;
    after.push(count);
  }
  // after[k] is how many markers lie from position end - 1 - k on.
  return { start, markersFrom: (at) => after[end - 1 - at] ?? 0 };
}

/** What a paragraph's lines so far leave open: brackets, and its longest emphasis runs. */
interface InlineState {
  brackets: number;
  /** The deepest the brackets reached on the last line read. */
  deepestBrackets: number;
  /** The longest run of `*` or `_` followed by a non-space: it can open that many emphases. */
  opening: number;
  /** The longest preceded by a non-space: it can close that many. */
  closing: number;
}

const EMPTY: InlineState = { brackets: 0, deepestBrackets: 0, opening: 0, closing: 0 };

const isSpace = (c: string): boolean => c === '' || c === ' ' || c === '\t';

/** Reads one line of a paragraph on from `state`. A blank ("Name: ______") is no emphasis. */
function inlineNesting(text: string, state: InlineState): InlineState {
  let { brackets, opening, closing } = state;
  let deepestBrackets = brackets;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '*' || c === '_') {
      let end = i + 1;
      while (text.charAt(end) === c) end++;
      const run = end - i;
      if (!isSpace(text.charAt(end))) opening = Math.max(opening, run);
      if (i > 0 && !isSpace(text.charAt(i - 1))) closing = Math.max(closing, run);
      i = end - 1;
    } else if (c === '\\') i++;
    else if (c === '[') deepestBrackets = Math.max(deepestBrackets, ++brackets);
    else if (c === ']') brackets = Math.max(0, brackets - 1);
  }
  return { brackets, deepestBrackets, opening, closing };
}
