import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { placeText, type ImportProblem } from '../projectSnapshot';
import type { ColumnMapping } from './columnMapping';
import { parseTable } from './parseTable';
import { tableToArticles } from './tableToArticles';

const FILE = 'news.csv';
const csv = (rows: string[][]) => Papa.unparse(rows, { newline: '\n' });
const messages = (problems: ImportProblem[]) => problems.map((p) => `${placeText(p)}: ${p.message}`);
const convert = (text: string, mapping: ColumnMapping, options = {}) => tableToArticles(parseTable(text, 'csv', FILE), mapping, FILE, options);

const FULL: ColumnMapping = { id: 'id', title: 'title', text: 'text', outlet: 'outlet', date: 'date', url: 'url', label: 'label' };

describe('tableToArticles', () => {
  it('makes one article per row with its metadata, label and source id', () => {
    const text = csv([
      ['id', 'title', 'text', 'outlet', 'date', 'url', 'label'],
      ['a1', 'Coalition  strikes\nback', 'BEIRUT: The coalition said it killed at least 100.\n\nMore text.', ' AFP ', '2018-02-08T10:00:00Z', 'https://example.com/a1', 'contradicts'],
      ['a2', 'Monitor', 'The Observatory confirmed 45 dead.', '', '', '', ''],
    ]);
    const { articles, labels, sourceIds, report } = convert(text, FULL);
    expect(articles).toHaveLength(2);
    const [first, second] = articles;
    expect(first).toMatchObject({
      title: 'Coalition strikes back',
      source: 'AFP',
      publishedAt: '2018-02-08',
      url: 'https://example.com/a1',
      language: '',
      format: 'table',
      fileName: 'news.csv, line 2',
      // With a title column the text is whole: its first line is not taken for a headline.
      text: 'BEIRUT: The coalition said it killed at least 100.\n\nMore text.',
      blocks: [
        { type: 'paragraph', start: 0, end: 50 },
        { type: 'paragraph', start: 52, end: 62 },
      ],
      marks: [],
    });
    expect(first?.id).toMatch(/^art_/);
    expect(second).toMatchObject({ title: 'Monitor', source: '', publishedAt: '', url: '', fileName: 'news.csv, line 6' });
    expect(first?.id).not.toBe(second?.id);
    expect([...labels]).toEqual([[first?.id, 'contradicts']]);
    expect([...sourceIds]).toEqual([
      [first?.id, 'a1'],
      [second?.id, 'a2'],
    ]);
    expect(report).toEqual({ imported: { articles: 2, labels: 1 }, skipped: [], warnings: [], errors: [] });
  });

  it.each<[string, string, string, string]>([
    ['a headline first line is the title, and the text starts after it', 'Strikes in Deir Ezzor\n\nThe coalition said…', 'Strikes in Deir Ezzor', 'The coalition said…'],
    ['a first line that reads as a sentence is the title and stays in the text', 'The coalition said it struck.\nMore.', 'The coalition said it struck.', 'The coalition said it struck.\nMore.'],
    [
      'a first line too long for a title is cut at a word near 120 characters',
      `${'word '.repeat(40)}end.`,
      `${'word '.repeat(24).trim()}…`,
      `${'word '.repeat(40)}end.`,
    ],
  ])('without a title column: %s', (_name, body, title, articleText) => {
    const { articles } = convert(csv([['text'], [body]]), { text: 'text' });
    expect(articles[0]).toMatchObject({ title, text: articleText });
  });

  it('takes the title from the text where the title cell is empty', () => {
    const { articles } = convert(csv([['title', 'text'], ['', 'Headline here\n\nBody.']]), { title: 'title', text: 'text' });
    expect(articles[0]).toMatchObject({ title: 'Headline here', text: 'Body.' });
  });

  it('skips empty texts and duplicates (by id, then by text up to whitespace and normalisation form), naming the first', () => {
    const text = csv([
      ['id', 'text'],
      ['1', 'Some 100 were killed.'],
      ['2', '   '],
      ['1', 'A different text with the same id.'],
      ['3', ' Some  100 were\nkilled. '],
      ['4', 'Cafe\u0301 text.'],
      ['5', 'Café text.'],
      ['', 'No id.'],
      ['', 'No id.'],
      ['6', 'Fine.'],
    ]);
    const { articles, report } = convert(text, { id: 'id', text: 'text' });
    expect(articles.map((a) => a.text)).toEqual(['Some 100 were killed.', 'Cafe\u0301 text.', 'No id.', 'Fine.']);
    expect(messages(report.skipped)).toEqual([
      'news.csv, line 3: the text column (“text”) is empty; skipped',
      'news.csv, line 4: the id “1” is already on line 2; skipped',
      'news.csv, line 5: the text is the same as on line 2; skipped',
      // Line 5's text runs over two lines: the rows after it start a line later.
      'news.csv, line 8: the text is the same as on line 7; skipped',
      'news.csv, line 10: the text is the same as on line 9; skipped',
    ]);
    expect(report.imported).toEqual({ articles: 4, labels: 0 });
  });

  it('does not count a skipped row as the first of its id', () => {
    const { articles, report } = convert(csv([['id', 'text'], ['7', ''], ['7', 'Now with text.']]), { id: 'id', text: 'text' });
    expect(articles).toHaveLength(1);
    expect(messages(report.skipped)).toEqual(['news.csv, line 2: the text column (“text”) is empty; skipped']);
  });

  it.each<[string, string[], string[], string[]]>([
    ['ISO dates and times', ['2018-02-08', '2018-02-09T01:00:00+03:00', ''], ['2018-02-08', '2018-02-09', ''], []],
    ['named months', ['8 February 2018', 'Feb 9, 2018', 'Sat, 10 Feb 2018 08:00:00 GMT'], ['2018-02-08', '2018-02-09', '2018-02-10'], []],
    ['slashes settled by another date in the column (day first)', ['08/02/2018', '13/02/2018'], ['2018-02-08', '2018-02-13'], []],
    ['slashes settled by another date in the column (month first)', ['08/02/2018', '02/13/2018'], ['2018-08-02', '2018-02-13'], []],
    [
      'slashes nothing settles',
      ['08/02/2018', '09/02/2018'],
      ['', ''],
      [
        'news.csv, line 2: the date “08/02/2018” could be 8 February or 2 August 2018, and no other date in the column settles which; the date is left empty',
        'news.csv, line 3: the date “09/02/2018” could be 9 February or 2 September 2018, and no other date in the column settles which; the date is left empty',
      ],
    ],
    [
      'unreadable and impossible dates',
      ['soon', '2018-02-30', '2018'],
      ['', '', ''],
      [
        'news.csv, line 2: the date “soon” is not in a form this app reads (such as 2018-02-08, 8 February 2018 or Feb 8, 2018); the date is left empty',
        'news.csv, line 3: the date “2018-02-30” is not a real day; the date is left empty',
        'news.csv, line 4: the date “2018” has no day; the date is left empty',
      ],
    ],
  ])('dates: %s', (_name, dates, expected, warnings) => {
    const { articles, report } = convert(csv([['text', 'date'], ...dates.map((d, i) => [`Text ${i}.`, d])]), { text: 'text', date: 'date' });
    expect(articles.map((a) => a.publishedAt)).toEqual(expected);
    expect(messages(report.warnings)).toEqual(warnings);
  });

  it('reads ambiguous slashes in the order the user gives', () => {
    const { articles, report } = convert(csv([['text', 'date'], ['A.', '08/02/2018']]), { text: 'text', date: 'date' }, { dayMonthOrder: 'month-first' });
    expect(articles[0]?.publishedAt).toBe('2018-08-02');
    expect(report.warnings).toEqual([]);
  });

  it('keeps only web URLs', () => {
    const { articles, report } = convert(csv([['text', 'url'], ['A.', 'javascript:alert(1)'], ['B.', 'HTTP://EXAMPLE.COM/b'], ['C.', 'www.example.com']]), { text: 'text', url: 'url' });
    expect(articles.map((a) => a.url)).toEqual(['', 'HTTP://EXAMPLE.COM/b', '']);
    expect(messages(report.warnings)).toEqual([
      'news.csv, line 2: the URL “javascript:alert(1)” does not start with http:// or https://; it is left empty',
      'news.csv, line 4: the URL “www.example.com” does not start with http:// or https://; it is left empty',
    ]);
  });

  it('labels: trimmed, one line, empty ones absent', () => {
    const { articles, labels, report } = convert(csv([['text', 'stance'], ['A.', ' agree '], ['B.', ''], ['C.', 'dis\nagree']]), { text: 'text', label: 'stance' });
    expect(articles.map((a) => labels.get(a.id) ?? null)).toEqual(['agree', null, 'dis agree']);
    expect(report.imported).toEqual({ articles: 3, labels: 2 });
  });

  it('reports decode problems on the row that holds them, once per row', () => {
    const text = 'title,text\nA,"one\n\uFFFD two"\nB,fine\nC,\uFFFD\n\uFFFD,D\n';
    const problem = (line: number) => ({ line, message: 'some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding' });
    const { report } = convert(text, { title: 'title', text: 'text' }, { decodeProblems: [problem(3), problem(5), problem(6)] });
    expect(messages(report.warnings)).toEqual([
      'news.csv, line 2: some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding (line 3)',
      'news.csv, line 5: some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding',
      'news.csv, line 6: some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding',
    ]);
  });

  it('reports a decode problem in the header at once', () => {
    const { report } = convert('ti\uFFFDle,text\nA,B\n', { text: 'text' }, { decodeProblems: [{ line: 1, message: 'bad bytes' }] });
    expect(messages(report.warnings)).toEqual(['news.csv, line 1: bad bytes']);
  });

  it('converts nothing when the table has an error, keeping its report', () => {
    const result = convert('text\nok\n"never closed\n', { text: 'text' });
    expect(result.articles).toEqual([]);
    expect(messages(result.report.errors)).toEqual([
      'news.csv, line 3: a quoted field starts on this line and is never closed, so the rest of the file would read as one value; fix the quotes and import again',
    ]);
  });

  it('converts nothing when the mapping is refused', () => {
    const result = convert(csv([['body'], ['A.']]), { text: 'text' });
    expect(result.articles).toEqual([]);
    expect(result.report.errors).toEqual([{ file: FILE, message: 'There is no column “text” in this file.' }]);
  });

  it('carries the parser’s problems into the report by effect', () => {
    const table = parseTable('{"text":"a","tags":["x"]}\n{oops\n{"text":"b"}\n', 'jsonl', 'news.jsonl');
    const { articles, report } = tableToArticles(table, { text: 'text' }, 'news.jsonl');
    expect(articles).toHaveLength(2);
    expect(report.skipped.map((p) => [p.line, 'effect' in p])).toEqual([[2, false]]);
    expect(messages(report.warnings)).toEqual(['news.jsonl, line 1: the “tags” field holds a list; such values are kept as JSON text']);
  });

  it('converts a 5,000-row table, every problem with its line', () => {
    const rows: string[][] = [['id', 'title', 'text', 'outlet', 'date', 'label']];
    const body = (n: number) => `Report number ${n} says ${n} were killed, "at least".\nSecond line, with a comma.`;
    for (let i = 0; i < 5000; i++) {
      rows.push([
        String(i % 1000 === 999 ? 0 : i),
        `Report ${i}`,
        body(i % 100 === 99 ? 0 : i),
        ['AFP', 'Reuters', 'SANA'][i % 3] ?? '',
        i % 250 === 0 ? 'not a date' : `2018-02-${String((i % 28) + 1).padStart(2, '0')}`,
        i % 2 ? 'agree' : '',
      ]);
    }
    const { articles, labels, sourceIds, report } = convert(csv(rows), { id: 'id', title: 'title', text: 'text', outlet: 'outlet', date: 'date', label: 'label' });
    // Rows 999, 1999… repeat id 0; rows 99, 199… (but not those) repeat row 0's text.
    expect(report.skipped).toHaveLength(5 + 45);
    expect(articles).toHaveLength(5000 - 50);
    expect(report.warnings).toHaveLength(20);
    // Odd rows have a label; the skipped rows are all odd.
    expect(labels.size).toBe(2500 - 50);
    expect(sourceIds.size).toBe(articles.length);
    expect(report.imported.articles).toBe(articles.length);
    expect([...report.skipped, ...report.warnings].every((p) => p.line !== undefined && p.line >= 2 && p.line <= 10001)).toBe(true);
    // Each row spans two lines: row i starts on line 2 + 2i.
    expect(articles[1]?.fileName).toBe('news.csv, line 4');
  });
});
