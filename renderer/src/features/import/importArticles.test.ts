import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../core/import/parseArticleFile';
import type { ArticleSummary } from '../../core/model/article';
import type { PickedFile } from '../../platform/platform';
import type { ArticleParser } from './articleParser';
import { planImport, type ImportProgress } from './importArticles';
import { inThreadParser } from './inThreadParser';

const noArticles = { findByContentHash: (): Promise<ArticleSummary[]> => Promise.resolve([]) };
const file = (name: string, text: string | Uint8Array): PickedFile => ({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};

describe('planImport', () => {
  it('stores and shows file names without folders or bidi controls, and says which files were UTF-16', async () => {
    const progress: ImportProgress[] = [];
    const plan = await planImport(
      [
        file('../../reports/\u202Estrike.md', 'The strike.'),
        file('notes.txt', utf16le('Notes\r\n\r\nThe convoy moved.')),
        file('..\\evil\u2066.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
        { name: 'gone/\u202Egone.txt', error: 'the file could not be read' },
      ],
      noArticles,
      (p) => progress.push(p),
      new AbortController().signal,
      inThreadParser(),
    );
    expect(plan.ready.map((a) => [a.fileName, a.title])).toEqual([
      ['strike.md', 'strike'],
      ['notes.txt', 'Notes'],
    ]);
    expect(plan.problems).toEqual([
      { name: 'evil.txt', reason: 'it is a binary file, not text' },
      { name: 'gone.txt', reason: 'the file could not be read' },
    ]);
    expect(Object.values(plan.encodings)).toEqual(['UTF-16LE']);
    expect(plan.encodings[plan.ready[1]?.id ?? '']).toBe('UTF-16LE');
    expect(progress.map((p) => p.file)).toEqual(['strike.md', 'notes.txt', 'evil.txt', 'gone.txt', undefined]);
  });

  it('stops in the middle of a file when cancelled, and closes the parser', async () => {
    let closed = false;
    let started = (): void => undefined;
    const parsing = new Promise<void>((resolve) => {
      started = resolve;
    });
    // A parser busy with its file until aborted, as the worker is with a big page.
    const busy: ArticleParser = {
      parse: (_name, _bytes, signal) =>
        new Promise<ParsedFile>((_resolve, reject) => {
          started();
          signal.addEventListener('abort', () => reject(signal.reason as Error));
        }),
      close: () => {
        closed = true;
      },
    };
    const controller = new AbortController();
    const plan = planImport([file('big.html', '<p>x</p>'), file('next.txt', 'Next.')], noArticles, () => undefined, controller.signal, busy);
    await parsing;
    controller.abort();
    await expect(plan).rejects.toMatchObject({ name: 'AbortError' });
    expect(closed).toBe(true);
  });
});
