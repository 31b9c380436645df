import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, MAX_BATCH_BYTES, type PickedFile } from './api';

/** "3 MB", "2.5 MB", "12 KB", "1 byte": sizes as the messages give them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * Why a file of `size` bytes is not read: over `limit` alone, or over `total` with the
 * `taken` bytes read before it; null when it may be read. The renderer says the same of files
 * the browser reads (renderer/src/core/import/fileSizeRule.ts; a test there holds the words equal).
 */
export function sizeProblem(size: number, limit: number, taken: number, total: number): string | null {
  if (size > limit) {
    // Just over the limit reads like the limit itself in MB: then the bytes say it.
    const [was, most] = sizeText(size) === sizeText(limit) ? [`${size} bytes`, `${limit} bytes`] : [sizeText(size), sizeText(limit)];
    return `the file is ${was}; the limit is ${most}`;
  }
  if (taken + size > total) {
    return `the files picked together come to more than ${sizeText(total)}, so this one (${sizeText(size)}) was not read; import it in another batch`;
  }
  return null;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'the file no longer exists' : String(error);
  return `it could not be read (${reason})`;
}

/** The file's bytes if it still has `size` of them; a reason when it cannot be read or changed meanwhile. */
async function readExactly(file: string, size: number): Promise<Uint8Array | string> {
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // Shorter, or longer than when it was measured: it is being written; what was read is not the file.
    const { bytesRead: more } = await handle.read(new Uint8Array(1), 0, 1, size);
    if (filled !== size || more !== 0) return 'it changed while it was being read; import it again once it is saved';
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * Reads the files the user picked, in order; a file that cannot be read becomes an entry that
 * says why. A file over `limit` is refused, and so is any file that would take the batch over
 * `total` bytes (the files before it that fit are read; a later, smaller one may still fit), so
 * that one pick can never make the app hold more than `total` bytes of files. Files are read
 * one at a time, each exactly the size it had when measured (no more, however it grows).
 */
export async function readPickedFiles(paths: readonly string[], limit: number = MAX_ARTICLE_BYTES, total: number = MAX_BATCH_BYTES): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  let taken = 0;
  for (const p of paths) {
    const name = path.basename(p);
    try {
      const info = await stat(p);
      if (!info.isFile()) {
        out.push({ name, error: 'it is not a file' });
        continue;
      }
      const problem = sizeProblem(info.size, limit, taken, total);
      if (problem) {
        out.push({ name, error: problem });
        continue;
      }
      const bytes = await readExactly(p, info.size);
      if (typeof bytes === 'string') {
        out.push({ name, error: bytes });
        continue;
      }
      taken += bytes.length;
      out.push({ name, bytes });
    } catch (error) {
      out.push({ name, error: readError(error) });
    }
  }
  return out;
}
