import type { TextRange } from '../model/article';

// 'en' rather than the user's locale: the abbreviation fixes below are English, and the
// same text must split the same way on every machine.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Stand before a name ("Mr. Smith", "Gen. Milley", "Mt. Hermon"): the full stop never ends a sentence. */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Maj', 'Adm', 'Brig',
  'Cpl', 'Pvt', 'Gov', 'Sen', 'Rep', 'Prof', 'Rev', 'Pres', 'Hon', 'Insp', 'Supt', 'Fr', 'Mt', 'Ft',
]);

/** Numbering ("No. 10 Downing St."): a sentence goes on when a number follows. */
const NUMBERING = new Set(['No', 'Nos', 'Art', 'Vol']);

/**
 * May end a sentence ("…based in the U.S. The next day…", "…Apple Inc. The company…"), but in news
 * text mostly run on into a capitalised word ("the U.S. Army", "St. Louis", "Jan. 5"). Dotted
 * initialisms ("U.S.", "U.N.", "p.m.") and single capital initials ("J.") are in this class too.
 */
const AMBIGUOUS = new Set([
  'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'vs', 'approx', 'est',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Words that mostly open a sentence: after an ambiguous abbreviation they mean the sentence did end. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our',
  'This', 'That', 'These', 'Those', 'There', 'Then', 'But', 'And', 'Or', 'So', 'Yet', 'However',
  'Meanwhile', 'In', 'On', 'At', 'For', 'With', 'After', 'Before', 'When', 'While', 'As', 'If',
  'Although', 'Some', 'Many', 'Most', 'All', 'Both', 'No', 'Not', 'What', 'Who', 'Why', 'How',
]);

/** Quotes and brackets that close: ICU's Close class, with the straight quotes that also open. */
const LEADING_CLOSERS = /^["'\p{Pf}\p{Pe}]+(?=\s|$)/u;
const PARAGRAPH_SEPARATOR = /[\r\u0085\u2028\u2029]\s*$/u;

function isAmbiguousAbbreviation(word: string): boolean {
  return AMBIGUOUS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

/** Whether ICU's break between `before` and `after` (both within one line) is one of its known misses. */
function runsOn(before: string, after: string): boolean {
  if (PARAGRAPH_SEPARATOR.test(before)) return false;
  // ICU breaks after "?" or "!" whatever follows: `"Is it over?" she asked.` is one sentence.
  if (/^\p{Ll}/u.test(after)) return true;
  const token = /(\S+)\.\s*$/u.exec(before)?.[1]?.replace(/^["'([\p{Pi}\p{Ps}]+/u, '');
  if (token === undefined) return false;
  if (TITLES.has(token)) return true;
  if (NUMBERING.has(token)) return /^\d/.test(after);
  if (!isAmbiguousAbbreviation(token)) return false;
  const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0];
  return next !== undefined && !SENTENCE_STARTERS.has(next);
}

function trimmed(text: string, start: number, end: number): TextRange {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** The sentences of one line (no "\n" inside `[from, to)`), trimmed, empty ones left out. */
function lineSentences(text: string, from: number, to: number): TextRange[] {
  const line = text.slice(from, to);
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(line)) {
    if (index === 0) continue;
    // A closing quote or bracket ICU left at the start of the next sentence belongs to the previous one.
    const moved = index + (LEADING_CLOSERS.exec(line.slice(index))?.[0].length ?? 0);
    const previous = breaks.at(-1) ?? 0;
    if (moved >= line.length || runsOn(line.slice(previous, moved), line.slice(moved))) continue;
    breaks.push(moved);
  }
  breaks.push(line.length);
  const result: TextRange[] = [];
  let start = 0;
  for (const end of breaks) {
    const range = trimmed(text, from + start, from + end);
    if (range.start < range.end) result.push(range);
    start = end;
  }
  return result;
}

/** Sentences of the lines that `[from, to]` touches. */
function sentencesBetween(text: string, from: number, to: number): TextRange[] {
  const result: TextRange[] = [];
  let lineStart = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    result.push(...lineSentences(text, lineStart, lineEnd));
    if (newline < 0 || newline >= to) return result;
    lineStart = newline + 1;
  }
}

/**
 * Every sentence of `text`, in order, trimmed of whitespace. A sentence never crosses a
 * paragraph break ("\n"), even where the writer left out the full stop (headings, datelines).
 */
export function sentenceRanges(text: string): TextRange[] {
  return sentencesBetween(text, 0, text.length);
}

function lineOf(text: string, at: number): TextRange {
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** For a range of only whitespace: the sentence before it on its line, else the one after it. */
function nearest(text: string, sentences: TextRange[], start: number, end: number): TextRange[] {
  const startLine = lineOf(text, start);
  const before = sentences.filter((s) => s.end <= start && s.start >= startLine.start).at(-1);
  if (before) return [before];
  const endLine = lineOf(text, end);
  const after = sentences.find((s) => s.start >= end && s.end <= endLine.end);
  return after ? [after] : [];
}

/**
 * The sentence holding `range`, or the run of sentences when `range` crosses a boundary, trimmed
 * of whitespace. The result always contains `range`: a range that starts or ends in the space
 * between sentences keeps that space, and a range of only whitespace takes the sentence before
 * it on its line (else the one after it). A caret (empty range) right after a full stop belongs
 * to the sentence it ends. Never crosses a "\n" unless `range` does.
 */
export function sentenceRangeAt(text: string, range: TextRange): TextRange {
  const start = Math.max(0, Math.min(range.start, range.end, text.length));
  const end = Math.min(text.length, Math.max(range.start, range.end, 0));
  const sentences = sentencesBetween(text, start, end);
  let hit =
    start < end
      ? sentences.filter((s) => s.start < end && s.end > start)
      : sentences.filter((s) => s.start <= start && start < s.end);
  if (hit.length === 0 && start === end) hit = sentences.filter((s) => s.end === start);
  if (hit.length === 0) hit = nearest(text, sentences, start, end);
  const first = hit[0];
  const last = hit.at(-1);
  if (!first || !last) return { start, end };
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}
