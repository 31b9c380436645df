import { COPY_ROOT } from '../../core/journal/copyFiles';
import type { JournalReply, JournalRequest } from './journalMessages';

/** The part of FileSystemSyncAccessHandle this uses (TypeScript's DOM library does not declare it for windows). */
interface SyncHandle {
  read(into: Uint8Array, options: { at: number }): number;
  write(data: Uint8Array, options: { at: number }): number;
  flush(): void;
  getSize(): number;
  close(): void;
}

interface Open {
  file: string;
  handle: SyncHandle;
}

/**
 * Appends journal lines to files of the origin private file system, which Chromium keeps apart
 * from IndexedDB. A synchronous access handle (workers only) writes in place and flushes to
 * disk, where a window's writable stream would copy the whole file on every close. Each window
 * appends to files of its own, so no two handles ever share a file.
 */
const open = new Map<string, Open>();
const encoder = new TextEncoder();
let queue: Promise<unknown> = Promise.resolve();

async function handleFor(projectId: string, file: string): Promise<SyncHandle> {
  const current = open.get(projectId);
  if (current?.file === file) return current.handle;
  current?.handle.close();
  open.delete(projectId);
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(COPY_ROOT, { create: true });
  const folder = await root.getDirectoryHandle(projectId, { create: true });
  const fileHandle = (await folder.getFileHandle(file, { create: true })) as FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle> };
  const handle = await fileHandle.createSyncAccessHandle();
  open.set(projectId, { file, handle });
  return handle;
}

async function serve(request: JournalRequest): Promise<void> {
  if (request.op === 'close') {
    open.get(request.projectId)?.handle.close();
    open.delete(request.projectId);
    return;
  }
  const handle = await handleFor(request.projectId, request.file);
  let at = handle.getSize();
  // A line a crash or a full disk cut short ends here, so this one starts on a line of its own.
  const last = new Uint8Array(1);
  const torn = at > 0 && handle.read(last, { at: at - 1 }) === 1 && last[0] !== 0x0a;
  const bytes = encoder.encode(torn ? `\n${request.line}` : request.line);
  // write() may write less than asked (a full disk): the rest follows, or the error says why.
  for (let done = 0; done < bytes.length; ) {
    const n = handle.write(bytes.subarray(done), { at });
    if (n <= 0) throw new Error('the disk took no more bytes (it may be full)');
    done += n;
    at += n;
  }
  handle.flush();
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<JournalRequest>) => void) | null; postMessage(reply: JournalReply): void };
scope.onmessage = ({ data }) => {
  // One request at a time, in the order sent: a line is never written over by the next.
  queue = queue.then(() =>
    serve(data).then(
      () => scope.postMessage({ id: data.id, ok: true }),
      (e: unknown) => {
        // A handle that failed may be broken: the next append opens it again.
        if (data.op === 'append') {
          open.get(data.projectId)?.handle.close();
          open.delete(data.projectId);
        }
        scope.postMessage({ id: data.id, ok: false, message: e instanceof Error ? e.message : String(e) });
      },
    ),
  );
};
