import { describe, expect, it } from 'vitest';
import { parseTable, type ParsedTable, type TableProblem } from './parseTable';

type Row = [line: number, values: Record<string, string>];
const rowsOf = (table: ParsedTable): Row[] => table.rows.map((r) => [r.line, r.values]);
const problem = (line: number | undefined, effect: TableProblem['effect'], message: string): TableProblem =>
  line === undefined ? { file: 'news.csv', effect, message } : { file: 'news.csv', line, effect, message };

describe('parseTable: CSV', () => {
  it.each<[string, string, string[], Row[], TableProblem[], number]>([
    ['a plain table', 'title,text\nA,one\nB,two\n', ['title', 'text'], [[2, { title: 'A', text: 'one' }], [3, { title: 'B', text: 'two' }]], [], 0],
    [
      'quoted multi-line fields: a row is numbered by its first line',
      'title,text\n"A","first\nsecond\n\nthird"\nB,after\n',
      ['title', 'text'],
      [[2, { title: 'A', text: 'first\nsecond\n\nthird' }], [6, { title: 'B', text: 'after' }]],
      [],
      0,
    ],
    [
      'commas and doubled quotes inside quoted fields',
      'title,text\n"Syria, Iraq","He said ""45"", not ""100"""\n',
      ['title', 'text'],
      [[2, { title: 'Syria, Iraq', text: 'He said "45", not "100"' }]],
      [],
      0,
    ],
    ['a BOM before the header', '\uFEFFtitle,text\nA,one\n', ['title', 'text'], [[2, { title: 'A', text: 'one' }]], [], 0],
    ['CRLF line ends, CRLF inside a quoted field made LF', 'title,text\r\nA,"x\r\ny"\r\nB,z\r\n', ['title', 'text'], [[2, { title: 'A', text: 'x\ny' }], [4, { title: 'B', text: 'z' }]], [], 0],
    ['mixed line ends', 'title,text\r\nA,"x\ny"\nB,z\r\n', ['title', 'text'], [[2, { title: 'A', text: 'x\ny' }], [4, { title: 'B', text: 'z' }]], [], 0],
    ['empty rows are counted, not reported', 'title,text\n\nA,one\n,\n  ,  \nB,two\n\n', ['title', 'text'], [[3, { title: 'A', text: 'one' }], [6, { title: 'B', text: 'two' }]], [], 4],
    ['blank lines before the header', '\n\ntitle,text\nA,one', ['title', 'text'], [[4, { title: 'A', text: 'one' }]], [], 0],
    ['no final line break', 'title,text\nA,one', ['title', 'text'], [[2, { title: 'A', text: 'one' }]], [], 0],
    [
      'ragged rows: too few fields are left empty, too many are ignored, empty extras pass',
      'title,text,date\nA,one\nB,two,2018-02-08,extra\nC,three,2018-02-09,,\n',
      ['title', 'text', 'date'],
      [[2, { title: 'A', text: 'one', date: '' }], [3, { title: 'B', text: 'two', date: '2018-02-08' }], [4, { title: 'C', text: 'three', date: '2018-02-09' }]],
      [
        problem(2, 'warning', 'the row has 2 fields where the header has 3; the missing ones are left empty'),
        problem(3, 'warning', 'the row has 4 fields where the header has 3; the extra ones are ignored'),
      ],
      0,
    ],
    [
      'semicolons, as spreadsheets with a decimal comma save CSV',
      'title;text;figure\nA;one, two;4,5\n',
      ['title', 'text', 'figure'],
      [[2, { title: 'A', text: 'one, two', figure: '4,5' }]],
      [],
      0,
    ],
    ['semicolons after blank lines', '\n\ntitle;text\nA;one\n', ['title', 'text'], [[4, { title: 'A', text: 'one' }]], [], 0],
    ['one column whose text has semicolons stays comma-separated', 'text\nhello; world; again\n', ['text'], [[2, { text: 'hello; world; again' }]], [], 0],
    [
      'header names trimmed, made unique, never empty',
      ' title ,text,text,\nA,one,two,three\n',
      ['title', 'text', 'text (2)', 'column 4'],
      [[2, { title: 'A', text: 'one', 'text (2)': 'two', 'column 4': 'three' }]],
      [
        problem(1, 'warning', 'the column name “text” is used twice; the second is called “text (2)”'),
        problem(1, 'warning', 'column 4 has no name; it is called “column 4”'),
      ],
      0,
    ],
    [
      'a stray quote inside a quoted field is kept as written, with a warning',
      'title,text\nA,"one" two"\n',
      ['title', 'text'],
      [[2, { title: 'A', text: 'one" two' }]],
      [problem(2, 'warning', 'a quoted field has a quotation mark inside that is not doubled; the field is read as written')],
      0,
    ],
    [
      'a quote never closed stops the import at its line',
      'title,text\nA,one\nB,"two\nC,three\n',
      ['title', 'text'],
      [[2, { title: 'A', text: 'one' }]],
      [problem(3, 'error', 'a quoted field starts on this line and is never closed, so the rest of the file would read as one value; fix the quotes and import again')],
      0,
    ],
    ['an empty file', '', [], [], [problem(undefined, 'error', 'the file has no header row (it is empty)')], 0],
    ['a file of blank lines', '\n\r\n,,\n', [], [], [problem(undefined, 'error', 'the file has no header row (it is empty)')], 0],
  ])('%s', (_name, text, columns, rows, problems, emptyRows) => {
    const table = parseTable(text, 'csv', 'news.csv');
    expect(table.columns).toEqual(columns);
    expect(rowsOf(table)).toEqual(rows);
    expect(table.problems).toEqual(problems);
    expect(table.emptyRows).toBe(emptyRows);
  });

  it('gives a multi-line row its last line too', () => {
    expect(parseTable('a,b\n"1\n2\n3",x\ny,z', 'csv', 'f.csv').rows.map((r) => [r.line, r.endLine])).toEqual([
      [2, 4],
      [5, 5],
    ]);
  });

  it('keeps columns named like Object.prototype properties as plain columns', () => {
    const table = parseTable('constructor,__proto__,text\na,b,c\n', 'csv', 'f.csv');
    expect(table.rows[0]?.values).toEqual({ constructor: 'a', ['__proto__']: 'b', text: 'c' });
    expect(Object.getPrototypeOf(table.rows[0]?.values)).toBe(Object.prototype);
  });
});

describe('parseTable: TSV', () => {
  it.each<[string, string, Row[], TableProblem[]]>([
    ['tabs separate, commas are text', 'title\ttext\nA, B\tone, two\n', [[2, { title: 'A, B', text: 'one, two' }]], []],
    ['quoted fields, as pandas writes them', 'title\ttext\nA\t"x\ty"\n', [[2, { title: 'A', text: 'x\ty' }]], []],
    [
      'an unquoted file whose text starts with a quotation mark is read again with quotes as text',
      'title\ttext\nA\t"Yes," he said\nB\tno\n',
      [[2, { title: 'A', text: '"Yes," he said' }], [3, { title: 'B', text: 'no' }]],
      [{ file: 'news.tsv', effect: 'warning', message: 'the file is not quoted TSV; quotation marks are read as part of the text' }],
    ],
  ])('%s', (_name, text, rows, problems) => {
    const table = parseTable(text, 'tsv', 'news.tsv');
    expect(table.columns).toEqual(['title', 'text']);
    expect(rowsOf(table)).toEqual(rows);
    expect(table.problems).toEqual(problems);
  });
});

describe('parseTable: JSON Lines', () => {
  const jsonl = (text: string) => parseTable(text, 'jsonl', 'news.jsonl');

  it('reads one object a line, columns in order of first appearance, absent fields empty', () => {
    const table = jsonl('{"headline":"A","text":"one","n":45,"ok":true}\n{"text":"two","headline":null,"url":"https://x.example/"}\n');
    expect(table.columns).toEqual(['headline', 'text', 'n', 'ok', 'url']);
    expect(rowsOf(table)).toEqual([
      [1, { headline: 'A', text: 'one', n: '45', ok: 'true', url: '' }],
      [2, { headline: '', text: 'two', n: '', ok: '', url: 'https://x.example/' }],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('skips bad lines with their line number and the JSON error, never throwing, and reads on', () => {
    const table = jsonl('{"text":"one"}\n{"text": "two",}\n\n[1, 2]\n"text"\nnull\n{"text":"three"}\r\n');
    expect(rowsOf(table)).toEqual([
      [1, { text: 'one' }],
      [7, { text: 'three' }],
    ]);
    expect(table.emptyRows).toBe(1);
    const [bad, ...others] = table.problems;
    expect(bad).toMatchObject({ file: 'news.jsonl', line: 2, effect: 'skipped' });
    // The parser's own words differ between engines and versions; the frame is the app's.
    expect(bad?.message).toMatch(/^the line is not valid JSON \(.*JSON.*\); skipped$/);
    expect(bad?.message).not.toMatch(/line 1 column/);
    expect(others).toEqual([
      { file: 'news.jsonl', line: 4, effect: 'skipped', message: 'the line is a list, not a JSON object; skipped' },
      { file: 'news.jsonl', line: 5, effect: 'skipped', message: 'the line is a string, not a JSON object; skipped' },
      { file: 'news.jsonl', line: 6, effect: 'skipped', message: 'the line is null, not a JSON object; skipped' },
    ]);
  });

  it('keeps nested values as JSON text, saying so once per field', () => {
    const table = jsonl('{"text":"a","authors":["X","Y"],"meta":{"n":1}}\n{"text":"b","authors":["Z"]}\n');
    expect(table.rows.map((r) => r.values)).toEqual([
      { text: 'a', authors: '["X","Y"]', meta: '{"n":1}' },
      { text: 'b', authors: '["Z"]', meta: '' },
    ]);
    expect(table.problems).toEqual([
      { file: 'news.jsonl', line: 1, effect: 'warning', message: 'the “authors” field holds a list; such values are kept as JSON text' },
      { file: 'news.jsonl', line: 1, effect: 'warning', message: 'the “meta” field holds an object; such values are kept as JSON text' },
    ]);
  });

  it('keeps a "__proto__" key as a column', () => {
    const table = jsonl('{"text":"a","__proto__":"p"}\n');
    expect(table.columns).toEqual(['text', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(table.rows[0]?.values, '__proto__')?.value).toBe('p');
  });

  it.each([
    ['one JSON array', '[\n{"text":"a"},\n{"text":"b"}\n]\n', 'the file is one JSON array, not JSON Lines (one object per line); save it with one object per line'],
    ['an empty file', '\n\n', 'the file has no JSON objects (it is empty)'],
  ])('refuses %s', (_name, text, message) => {
    const table = jsonl(text);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([{ file: 'news.jsonl', effect: 'error', message }]);
  });
});
