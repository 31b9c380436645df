import type { ParsedFile } from '../../core/import/parseArticleFile';
import { safeFileName } from '../../core/text/safeFileName';
import type { ArticleParser } from './articleParser';
import type { ParseRequest, ParseResponse } from './parseMessages';

/** What the parser uses of a Worker; tests give a fake one. */
export interface ParseWorker {
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * How long one file may take. Every reader here is linear, and a 20 MB page reads in a few
 * seconds; but the Markdown parser has inputs it reads in quadratic time (tens of thousands
 * of unmatched `*` or `[` in one paragraph), and a file made of them would run for hours.
 */
export const FILE_TIME_LIMIT_MS = 60_000;

/**
 * Whether the bytes are the whole of a buffer of their own, so that it can be handed to the
 * worker rather than copied: copying 20 MB took the window 20 to 50 ms and left it as much
 * garbage to collect. A view into a buffer that holds more (other files) is copied.
 */
function ownsItsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

function startWorker(): ParseWorker {
  // Vite bundles the worker as a file of its own, served from the app's origin: the CSP's
  // worker-src 'self' allows it, and no blob: or data: worker is ever needed.
  return new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'article parser' });
}

/**
 * Parses each file in a worker, off the window's thread. A file's bytes move to the worker
 * when they are a buffer of their own, so the caller's array is empty afterwards. Abort
 * terminates the worker (the only way to stop a parse mid-file) and the next file gets a
 * fresh one. A file that kills
 * the worker or runs past FILE_TIME_LIMIT_MS is that file's problem, not the batch's.
 */
export function workerParser(start: () => ParseWorker = startWorker, timeLimitMs = FILE_TIME_LIMIT_MS): ArticleParser {
  let worker: ParseWorker | null = null;
  let nextId = 0;

  const stop = (w: ParseWorker) => {
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
    if (worker === w) worker = null;
  };

  return {
    parse(name, bytes, signal) {
      return new Promise<ParsedFile>((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const w = (worker ??= start());
        const id = ++nextId;
        const failed = (reason: string): ParsedFile => ({ ok: false, name: safeFileName(name), reason });
        const settle = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          w.onmessage = null;
          w.onerror = null;
        };
        const onAbort = () => {
          settle();
          stop(w);
          reject(signal.reason);
        };
        const timer = setTimeout(() => {
          settle();
          stop(w);
          resolve(failed(`it took more than ${timeLimitMs / 1000} seconds to read and was stopped; the file may be damaged`));
        }, timeLimitMs);
        signal.addEventListener('abort', onAbort, { once: true });
        w.onmessage = ({ data }) => {
          if (data.id !== id) return;
          settle();
          resolve(data.parsed);
        };
        w.onerror = (event) => {
          // Handled here: the page's error reporting has nothing to add.
          event.preventDefault();
          settle();
          stop(w);
          resolve(failed(`it could not be read (${event.message || 'the reader stopped'})`));
        };
        w.postMessage({ id, name, bytes }, ownsItsBuffer(bytes) ? [bytes.buffer] : []);
      });
    },
    close() {
      if (worker) stop(worker);
    },
  };
}
