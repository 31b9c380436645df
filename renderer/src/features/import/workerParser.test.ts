import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../core/import/parseArticleFile';
import type { ParseRequest, ParseResponse } from './parseMessages';
import { workerParser, type ParseWorker } from './workerParser';

/** A worker that answers only when told to, as a busy one would. */
class FakeWorker implements ParseWorker {
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: ParseRequest[] = [];
  readonly transferred: Transferable[][] = [];
  terminated = false;

  postMessage(message: ParseRequest, transfer: Transferable[]): void {
    this.posted.push(message);
    this.transferred.push(transfer);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(parsed: ParsedFile, id = this.posted[this.posted.length - 1]?.id ?? 0): void {
    this.onmessage?.({ data: { id, parsed } } as MessageEvent<ParseResponse>);
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as unknown as ErrorEvent);
  }
}

const bytes = new TextEncoder().encode('Text.');
const parsedOk = (name: string): ParsedFile => ({
  ok: true,
  name,
  format: 'text',
  encoding: 'UTF-8',
  content: { title: 'T', source: '', publishedAt: '', url: '', language: '', text: 'Text.', blocks: [{ type: 'paragraph', start: 0, end: 5 }], marks: [] },
});

function setup(timeLimitMs = 60_000) {
  const workers: FakeWorker[] = [];
  const parser = workerParser(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, timeLimitMs);
  return { parser, workers };
}

describe('workerParser', () => {
  it('gives each file to one worker and returns its answer', async () => {
    const { parser, workers } = setup();
    const first = parser.parse('a.txt', bytes, new AbortController().signal);
    workers[0]?.answer(parsedOk('a.txt'));
    await expect(first).resolves.toEqual(parsedOk('a.txt'));
    const second = parser.parse('b.txt', bytes, new AbortController().signal);
    // A late answer to another request is not this file's.
    workers[0]?.answer(parsedOk('stale.txt'), 1);
    workers[0]?.answer(parsedOk('b.txt'));
    await expect(second).resolves.toEqual(parsedOk('b.txt'));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted.map((p) => p.name)).toEqual(['a.txt', 'b.txt']);
    parser.close();
    expect(workers[0]?.terminated).toBe(true);
  });

  it('stops a file mid-parse when aborted: the worker is terminated at once, the next file gets a new one', async () => {
    const { parser, workers } = setup();
    const controller = new AbortController();
    const parsing = parser.parse('big.html', bytes, controller.signal);
    controller.abort();
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    const next = parser.parse('next.txt', bytes, new AbortController().signal);
    workers[1]?.answer(parsedOk('next.txt'));
    await expect(next).resolves.toMatchObject({ ok: true, name: 'next.txt' });
  });

  it('hands over a buffer the bytes own, and copies a view into a larger one', () => {
    const { parser, workers } = setup();
    const own = new TextEncoder().encode('Own buffer.');
    void parser.parse('own.txt', own, new AbortController().signal);
    workers[0]?.answer(parsedOk('own.txt'));
    const shared = new Uint8Array(16).subarray(4, 8);
    const controller = new AbortController();
    parser.parse('view.txt', shared, controller.signal).catch(() => undefined);
    expect(workers[0]?.transferred).toEqual([[own.buffer], []]);
    controller.abort();
  });

  it('refuses to start when already aborted', async () => {
    const { parser, workers } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(parser.parse('a.txt', bytes, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(0);
  });

  it('makes a worker that dies a problem of that file, named safely', async () => {
    const { parser, workers } = setup();
    const parsing = parser.parse('../x\u202E.txt', bytes, new AbortController().signal);
    workers[0]?.crash('out of memory');
    await expect(parsing).resolves.toEqual({ ok: false, name: 'x.txt', reason: 'it could not be read (out of memory)' });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('stops a file that runs past the time limit', async () => {
    const { parser, workers } = setup(20);
    await expect(parser.parse('slow.md', bytes, new AbortController().signal)).resolves.toEqual({
      ok: false,
      name: 'slow.md',
      reason: 'it took more than 0.02 seconds to read and was stopped; the file may be damaged',
    });
    expect(workers[0]?.terminated).toBe(true);
  });
});
