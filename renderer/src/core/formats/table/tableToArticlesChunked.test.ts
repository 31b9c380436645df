import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseTable } from './parseTable';
import { tableToArticles } from './tableToArticles';
import { tableToArticlesChunked, type TableProgress } from './tableToArticlesChunked';

const rows = (n: number) => [['id', 'text', 'date'], ...Array.from({ length: n }, (_, i) => [String(i % 400), `Text ${i}.`, i % 7 ? '2018-02-08' : 'someday'])];
const table = (n: number) => parseTable(Papa.unparse(rows(n), { newline: '\n' }), 'csv', 'news.csv');
const MAPPING = { id: 'id', text: 'text', date: 'date' };

describe('tableToArticlesChunked', () => {
  it('gives the same articles and report as the one-go conversion, with progress after each chunk', async () => {
    const progress: TableProgress[] = [];
    const result = await tableToArticlesChunked(table(1000), MAPPING, 'news.csv', {}, (p) => progress.push(p), { aborted: false });
    const whole = tableToArticles(table(1000), MAPPING, 'news.csv');
    expect(result.cancelled).toBe(false);
    if (result.cancelled) return;
    const withoutIds = (articles: typeof whole.articles) => articles.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(result.articles)).toEqual(withoutIds(whole.articles));
    expect(result.report).toEqual(whole.report);
    expect(result.articles).toHaveLength(400);
    expect(result.report.skipped).toHaveLength(600);
    expect(progress).toEqual([0, 200, 400, 600, 800, 1000].map((done) => ({ done, total: 1000 })));
  });

  it('stops at the next chunk when cancelled, with nothing converted', async () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const result = await tableToArticlesChunked(
      table(5000),
      MAPPING,
      'news.csv',
      {},
      ({ done }) => {
        seen.push(done);
        if (done >= 400) signal.aborted = true;
      },
      signal,
    );
    expect(result).toEqual({ cancelled: true, done: 400, total: 5000 });
    expect('articles' in result).toBe(false);
    expect(seen).toEqual([0, 200, 400]);
  });

  it('is cancelled when aborted during its last pause', async () => {
    const signal = { aborted: false };
    const result = await tableToArticlesChunked(table(10), MAPPING, 'news.csv', {}, ({ done }) => void (signal.aborted = done === 10), signal);
    expect(result).toEqual({ cancelled: true, done: 10, total: 10 });
  });

  it('yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await tableToArticlesChunked(table(2000), MAPPING, 'news.csv', {}, () => {}, { aborted: false }, 100);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('converts nothing, with the reason, when the mapping is refused', async () => {
    const progress: TableProgress[] = [];
    const result = await tableToArticlesChunked(table(10), { text: 'body' }, 'news.csv', {}, (p) => progress.push(p), { aborted: false });
    expect(result).toMatchObject({ cancelled: false, articles: [], report: { errors: [{ file: 'news.csv', message: 'There is no column “body” in this file.' }] } });
    expect(progress).toEqual([{ done: 0, total: 0 }]);
  });
});
