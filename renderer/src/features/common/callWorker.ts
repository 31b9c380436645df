/** What a task worker posts: progress to show, then its result or why it failed. */
export type WorkerReply<R> = { kind: 'progress'; text: string } | { kind: 'done'; result: R } | { kind: 'error'; message: string };

/**
 * Runs one task in a worker of its own and ends the worker with it. Aborting `signal`
 * terminates the worker at once (the only way to stop work under way) and rejects with the
 * signal's reason; a worker that dies rejects with what it said.
 */
export function callWorker<Q, R>(worker: Worker, request: Q, opts: { signal?: AbortSignal; onProgress?: (text: string) => void } = {}): Promise<R> {
  const { signal, onProgress } = opts;
  return new Promise<R>((resolve, reject) => {
    const end = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const onAbort = () => {
      end();
      reject(signal?.reason);
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<R>>) => {
      if (data.kind === 'progress') {
        onProgress?.(data.text);
        return;
      }
      end();
      if (data.kind === 'done') resolve(data.result);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(event.message || 'the task stopped'));
    };
    worker.postMessage(request);
  });
}

/** The worker side: answers each request with `task`'s result, or its error's message. */
export function serveTask<Q, R>(task: (request: Q, progress: (text: string) => void) => Promise<{ result: R; transfer?: Transferable[] }>): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Q>) => void) | null;
    postMessage(message: WorkerReply<R>, transfer?: Transferable[]): void;
  };
  scope.onmessage = ({ data }) => {
    task(data, (text) => scope.postMessage({ kind: 'progress', text })).then(
      ({ result, transfer }) => scope.postMessage({ kind: 'done', result }, transfer ?? []),
      (error: unknown) => scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
