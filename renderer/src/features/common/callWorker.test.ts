import { describe, expect, it } from 'vitest';
import { callWorker, type WorkerReply } from './callWorker';

/** A stand-in worker: the test plays the worker's side through `reply` and `fail`. */
function fakeWorker() {
  const sent: unknown[] = [];
  const fake = {
    terminated: false,
    onmessage: null as ((e: MessageEvent<WorkerReply<string>>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage: (m: unknown) => sent.push(m),
    terminate() {
      this.terminated = true;
    },
  };
  return {
    fake,
    sent,
    worker: fake as unknown as Worker,
    reply: (data: WorkerReply<string>) => fake.onmessage?.({ data } as MessageEvent<WorkerReply<string>>),
    fail: (message: string) => fake.onerror?.({ message, preventDefault() {} } as ErrorEvent),
  };
}

describe('callWorker', () => {
  it('sends the request, passes progress on, resolves with the result and ends the worker', async () => {
    const w = fakeWorker();
    const progress: string[] = [];
    const done = callWorker<{ n: number }, string>(w.worker, { n: 1 }, { onProgress: (t) => progress.push(t) });
    expect(w.sent).toEqual([{ n: 1 }]);
    w.reply({ kind: 'progress', text: 'Reading…' });
    w.reply({ kind: 'done', result: 'bytes' });
    await expect(done).resolves.toBe('bytes');
    expect(progress).toEqual(['Reading…']);
    expect(w.fake.terminated).toBe(true);
  });

  it('rejects with what the task said, or with what a dying worker said', async () => {
    const a = fakeWorker();
    const one = callWorker(a.worker, {});
    a.reply({ kind: 'error', message: 'the disk is full' });
    await expect(one).rejects.toThrow('the disk is full');
    const b = fakeWorker();
    const two = callWorker(b.worker, {});
    b.fail('out of memory');
    await expect(two).rejects.toThrow('out of memory');
    expect(b.fake.terminated).toBe(true);
  });

  it('stops the worker at once when aborted, and ignores what it says after', async () => {
    const w = fakeWorker();
    const controller = new AbortController();
    const done = callWorker(w.worker, {}, { signal: controller.signal });
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(done).rejects.toThrow('Cancelled');
    expect(w.fake.terminated).toBe(true);
    expect(w.fake.onmessage).toBeNull();
  });

  it('does not start when already aborted', async () => {
    const w = fakeWorker();
    const controller = new AbortController();
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(callWorker(w.worker, {}, { signal: controller.signal })).rejects.toThrow('Cancelled');
    expect(w.sent).toEqual([]);
  });
});
