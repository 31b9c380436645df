import Papa from 'papaparse';
import type { ImportProblem } from '../projectSnapshot';
import { normalizeText } from '../../text/normalizeText';
import type { TableKind } from './tableKindOf';

/**
 * What a problem does to the import: an error stops it (nothing is imported), a skipped row is
 * left out, a warning is reported and the row imported as read.
 */
export type ProblemEffect = 'error' | 'skipped' | 'warning';

export interface TableProblem extends ImportProblem {
  effect: ProblemEffect;
}

export interface TableRow {
  /** The row's first physical line in the file, 1-based (a quoted field can run over several). */
  line: number;
  /** The row's last physical line: the same as `line` unless a quoted value holds line breaks. */
  endLine: number;
  /** Every column of the table, '' where the row has no value. */
  values: Record<string, string>;
}

export interface ParsedTable {
  /** Column names, unique and non-empty, in file order. */
  columns: string[];
  rows: TableRow[];
  problems: TableProblem[];
  /** Rows with nothing in them (blank lines, ",,,"): left out without a message, counted here. */
  emptyRows: number;
}

/**
 * A table as rows of text, whatever its kind, never throwing. Text is first brought to the
 * canonical form (BOM stripped, CRLF and CR made LF): a file with mixed line ends then parses
 * as one, and the values are what the articles will hold.
 */
export function parseTable(text: string, kind: TableKind, file: string): ParsedTable {
  const canonical = normalizeText(text);
  return kind === 'jsonl' ? parseJsonLines(canonical, file) : parseDelimited(canonical, kind === 'tsv' ? '\t' : csvDelimiter(canonical), file);
}

/**
 * Comma, or semicolon when the header has more fields that way: spreadsheets in locales with a
 * decimal comma save "CSV" with semicolons. Judged on the header alone, so a one-column file
 * whose texts are full of semicolons stays comma-separated.
 */
function csvDelimiter(text: string): string {
  // Papa counts blank lines towards `preview`, so look a few rows in for the header: the first
  // with more than delimiters and spaces, whichever of the two splits it.
  const header = (delimiter: string) => Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 20 }).data.find((row) => row.join('').replace(/[,;]/g, '').trim() !== '');
  const fields = (delimiter: string) => header(delimiter)?.length ?? 0;
  return fields(';') > fields(',') ? ';' : ',';
}

/** A character the text lacks: as Papa's quote character it turns quoting off. */
function unusedCharacter(text: string): string {
  return ['\u0000', '\uFFFF', '\uFFFE'].find((c) => !text.includes(c)) ?? '\u0000';
}

interface RawRow {
  fields: string[];
  /** Offsets of the row's first character and of the character after its line break. */
  start: number;
  end: number;
  errors: Papa.ParseError[];
}

function readRows(text: string, delimiter: string, quoteChar: string): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar,
    step(result) {
      rows.push({ fields: result.data, start, end: result.meta.cursor, errors: result.errors });
      start = result.meta.cursor;
    },
  });
  return rows;
}

function parseDelimited(text: string, delimiter: string, file: string): ParsedTable {
  const table: ParsedTable = { columns: [], rows: [], problems: [], emptyRows: 0 };
  let raw = readRows(text, delimiter, '"');
  // Many TSV files are not quoted at all, and a text cell that starts with a quotation mark then
  // swallows the rest of the file: read such a file again with quotes as ordinary characters.
  if (delimiter === '\t' && raw.some((r) => r.errors.some((e) => e.type === 'Quotes'))) {
    raw = readRows(text, delimiter, unusedCharacter(text));
    table.problems.push({ file, effect: 'warning', message: 'the file is not quoted TSV; quotation marks are read as part of the text' });
  }
  const lines = new LineCounter(text);
  let header: string[] | null = null;
  for (const row of raw) {
    const line = lines.lineAt(row.start);
    // The row's line break (or the file's end) is on its last line.
    const endLine = lines.lineAt(Math.max(row.start, row.end - 1));
    if (row.errors.some((e) => e.code === 'MissingQuotes')) {
      table.problems.push({ file, line, effect: 'error', message: 'a quoted field starts on this line and is never closed, so the rest of the file would read as one value; fix the quotes and import again' });
      return table;
    }
    const empty = row.fields.every((f) => f.trim() === '');
    if (!header) {
      if (empty) continue;
      header = columnNames(row.fields, file, line, table.problems);
      table.columns = header;
      continue;
    }
    if (empty) {
      // The "row" after the file's final line break is no row at all.
      if (row.start < text.length) table.emptyRows++;
      continue;
    }
    if (row.errors.some((e) => e.code === 'InvalidQuotes')) {
      table.problems.push({ file, line, effect: 'warning', message: 'a quoted field has a quotation mark inside that is not doubled; the field is read as written' });
    }
    table.rows.push({ line, endLine, values: rowValues(header, row.fields, file, line, table.problems) });
  }
  if (!header) table.problems.push({ file, effect: 'error', message: 'the file has no header row (it is empty)' });
  return table;
}

/** Header names as the mapping offers them: trimmed, never empty, never twice. */
function columnNames(fields: readonly string[], file: string, line: number, problems: TableProblem[]): string[] {
  const names: string[] = [];
  fields.forEach((field, i) => {
    let name = field.trim() || `column ${i + 1}`;
    if (!field.trim()) problems.push({ file, line, effect: 'warning', message: `column ${i + 1} has no name; it is called “${name}”` });
    if (names.includes(name)) {
      let n = 2;
      while (names.includes(`${name} (${n})`)) n++;
      const renamed = `${name} (${n})`;
      problems.push({ file, line, effect: 'warning', message: `the column name “${name}” is used twice; the second is called “${renamed}”` });
      name = renamed;
    }
    names.push(name);
  });
  return names;
}

function rowValues(columns: readonly string[], fields: readonly string[], file: string, line: number, problems: TableProblem[]): Record<string, string> {
  if (fields.length < columns.length) {
    problems.push({ file, line, effect: 'warning', message: `the row has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} where the header has ${columns.length}; the missing ones are left empty` });
  } else if (fields.slice(columns.length).some((f) => f.trim() !== '')) {
    // Empty extra fields (a trailing delimiter) lose nothing and go unmentioned.
    problems.push({ file, line, effect: 'warning', message: `the row has ${fields.length} fields where the header has ${columns.length}; the extra ones are ignored` });
  }
  // fromEntries defines own properties, so a column called "__proto__" or "constructor" is a column like any other.
  return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
}

/** 1-based line numbers of offsets met in increasing order, counting each "\n" once. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) this.line++;
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}

function parseJsonLines(text: string, file: string): ParsedTable {
  const table: ParsedTable = { columns: [], rows: [], problems: [], emptyRows: 0 };
  if (/^\s*\[/.test(text) && isJsonArray(text)) {
    table.problems.push({ file, effect: 'error', message: 'the file is one JSON array, not JSON Lines (one object per line); save it with one object per line' });
    return table;
  }
  const columns = new Set<string>();
  const nested = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((source, i) => {
    const line = i + 1;
    if (source.trim() === '') {
      if (i < lines.length - 1) table.emptyRows++;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      table.problems.push({ file, line, effect: 'skipped', message: `the line is not valid JSON (${jsonError(error)}); skipped` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      table.problems.push({ file, line, effect: 'skipped', message: `the line is ${describeJson(value)}, not a JSON object; skipped` });
      return;
    }
    const values: Record<string, string> = {};
    for (const [key, v] of Object.entries(value)) {
      columns.add(key);
      if (typeof v === 'object' && v !== null && !nested.has(key)) {
        nested.add(key);
        table.problems.push({ file, line, effect: 'warning', message: `the “${key}” field holds ${Array.isArray(v) ? 'a list' : 'an object'}; such values are kept as JSON text` });
      }
      Object.defineProperty(values, key, { value: jsonText(v), enumerable: true, writable: true, configurable: true });
    }
    table.rows.push({ line, endLine: line, values });
  });
  table.columns = [...columns];
  // Fields absent from a line are normal in JSON Lines: they read as empty, without a message.
  table.rows = table.rows.map((row) => ({ line: row.line, endLine: row.endLine, values: Object.fromEntries(table.columns.map((c) => [c, Object.hasOwn(row.values, c) ? (row.values[c] ?? '') : ''])) }));
  if (table.rows.length === 0 && !table.problems.some((p) => p.effect === 'skipped')) {
    table.problems.push({ file, effect: 'error', message: 'the file has no JSON objects (it is empty)' });
  }
  return table;
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The parser's own words, without the position V8 adds in lines and columns of the line alone, which would read as the file's. */
function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\(line \d+ column \d+\)/, '');
}
