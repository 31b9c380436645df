import { describe, expect, it } from 'vitest';
import { placeText, type ImportReport } from '../projectSnapshot';
import { guessMapping, refuseMapping, type ColumnMapping } from './columnMapping';
import { decodeBytes } from './decodeBytes';
import { parseTable } from './parseTable';
import { tableKindOf } from './tableKindOf';
import { tableToArticles } from './tableToArticles';

/** The whole import as the app runs it: bytes, encoding, kind, table, mapping, articles. Every message as the user reads it. */
function importTable(input: string | Uint8Array, file: string, chosen?: string, mapping?: ColumnMapping): { articles: number; messages: string[] } {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeBytes(bytes, chosen);
  if (!decoded.ok) return { articles: 0, messages: [`error — ${file}: ${decoded.error}`] };
  const kind = tableKindOf(file);
  if (!kind) return { articles: 0, messages: [`error — ${file}: not a table`] };
  const table = parseTable(decoded.text, kind, file);
  const map = mapping ?? guessMapping(table.columns) ?? { text: '' };
  const refused = table.problems.some((p) => p.effect === 'error') ? null : refuseMapping(map, table.columns);
  if (refused) return { articles: 0, messages: [`error — ${file}: ${refused}`] };
  const { articles, report } = tableToArticles(table, map, file, { decodeProblems: decoded.problems });
  return { articles: articles.length, messages: described(report) };
}

function described(report: ImportReport): string[] {
  return (['errors', 'skipped', 'warnings'] as const).flatMap((kind) => report[kind].map((p) => `${kind === 'errors' ? 'error' : kind === 'skipped' ? 'skipped' : 'warning'} — ${placeText(p)}: ${p.message}`));
}

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('importing a malformed table: what the user is told', () => {
  it.each<[string, string | Uint8Array, string, string | undefined, ColumnMapping | undefined, number, string[]]>([
    ['an unknown encoding name', 'text\nA.\n', 'news.csv', 'latin-9', undefined, 0, ['error — news.csv: “latin-9” is not an encoding this app knows; try windows-1252, iso-8859-15, utf-16le…']],
    ['an empty CSV file', '', 'news.csv', undefined, undefined, 0, ['error — news.csv: the file has no header row (it is empty)']],
    ['an empty JSON Lines file', '', 'news.jsonl', undefined, undefined, 0, ['error — news.jsonl: the file has no JSON objects (it is empty)']],
    ['a JSON array', '[{"text":"A."}]', 'news.json', undefined, undefined, 0, ['error — news.json: the file is one JSON array, not JSON Lines (one object per line); save it with one object per line']],
    [
      'a quote never closed',
      'title,text\nA,Fine.\nB,"Broken.\nC,Lost.\n',
      'news.csv',
      undefined,
      undefined,
      0,
      ['error — news.csv, line 3: a quoted field starts on this line and is never closed, so the rest of the file would read as one value; fix the quotes and import again'],
    ],
    ['no column for the text', 'headline,when\nA,2018-02-08\n', 'news.csv', undefined, undefined, 0, ['error — news.csv: Choose the column that holds the article text.']],
    ['a mapping to a column the file lacks', 'body\nA.\n', 'news.csv', undefined, { text: 'text' }, 0, ['error — news.csv: There is no column “text” in this file.']],
    ['one column for two fields', 'body\nA.\n', 'news.csv', undefined, { text: 'body', title: 'body' }, 0, ['error — news.csv: The column “body” is used for both text and title; a column can fill one field.']],
    [
      'rows that are empty, repeated, ragged, badly dated, badly linked',
      'id,title,text,date,url\n1,A,First.,2018-02-08,https://a.example\n2,B,,2018-02-08,\n1,C,Other.,2018-02-08,\n3,D,First.,,\n4,E\n5,F,Fifth.,next week,ftp://x\n6,G,Sixth.,2018-02-09,,extra\n',
      'news.csv',
      undefined,
      undefined,
      3,
      [
        'skipped — news.csv, line 3: the text column (“text”) is empty; skipped',
        'skipped — news.csv, line 4: the id “1” is already on line 2; skipped',
        'skipped — news.csv, line 5: the text is the same as on line 2; skipped',
        'skipped — news.csv, line 6: the text column (“text”) is empty; skipped',
        'warning — news.csv, line 6: the row has 2 fields where the header has 5; the missing ones are left empty',
        'warning — news.csv, line 8: the row has 6 fields where the header has 5; the extra ones are ignored',
        'warning — news.csv, line 7: the date “next week” is not in a form this app reads (such as 2018-02-08, 8 February 2018 or Feb 8, 2018); the date is left empty',
        'warning — news.csv, line 7: the URL “ftp://x” does not start with http:// or https://; it is left empty',
      ],
    ],
    [
      'a UTF-8 file with one damaged row',
      bytes('title,text\nCafé,Le café est fermé.\nBad,Caf', [0xe9], ' cr', [0xe8], 'me.\nOK,Déjà vu.\n'),
      'news.csv',
      undefined,
      undefined,
      3,
      ['warning — news.csv, line 3: some bytes are not valid UTF-8 and show as “\uFFFD”; if the text looks wrong, choose another encoding'],
    ],
    [
      'JSON Lines with bad lines',
      '{"text":"One."}\n{"text":"Two.",}\n[1]\n{"text":"Three.","tags":["a"]}\n',
      'news.jsonl',
      undefined,
      undefined,
      2,
      [
        expect.stringMatching(/^skipped — news\.jsonl, line 2: the line is not valid JSON \(.+\); skipped$/) as unknown as string,
        'skipped — news.jsonl, line 3: the line is a list, not a JSON object; skipped',
        'warning — news.jsonl, line 4: the “tags” field holds a list; such values are kept as JSON text',
      ],
    ],
    [
      'an unquoted TSV whose text opens with a quotation mark',
      'title\ttext\nA\t"Yes," he said.\n',
      'news.tsv',
      undefined,
      undefined,
      1,
      ['warning — news.tsv: the file is not quoted TSV; quotation marks are read as part of the text'],
    ],
    [
      'ambiguous dates',
      'text,date\nA.,03/04/2018\nB.,04/03/2018\n',
      'news.csv',
      undefined,
      undefined,
      2,
      [
        'warning — news.csv, line 2: the date “03/04/2018” could be 3 April or 4 March 2018, and no other date in the column settles which; the date is left empty',
        'warning — news.csv, line 3: the date “04/03/2018” could be 4 March or 3 April 2018, and no other date in the column settles which; the date is left empty',
      ],
    ],
  ])('%s', (_name, input, file, chosen, mapping, articles, messages) => {
    expect(importTable(input, file, chosen, mapping)).toEqual({ articles, messages });
  });
});
