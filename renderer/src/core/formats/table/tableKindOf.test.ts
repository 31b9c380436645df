import { expect, it } from 'vitest';
import { tableKindOf } from './tableKindOf';

it.each([
  ['news.csv', 'csv'],
  ['NEWS.CSV', 'csv'],
  ['folder.v2/news.tsv', 'tsv'],
  ['C:\\data\\news.tab', 'tsv'],
  ['news.jsonl', 'jsonl'],
  ['news.ndjson', 'jsonl'],
  ['News_Category_Dataset_v3.json', 'jsonl'],
  ['news.txt', null],
  ['csv', null],
  ['news.csv.gz', null],
  ['folder.csv/news', null],
])('%s is %s', (name, kind) => {
  expect(tableKindOf(name)).toBe(kind);
});
