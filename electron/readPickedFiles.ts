import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES, type PickedFile } from './api';

/** Reads the files the user picked; a file that cannot be read becomes an entry that says why. */
export async function readPickedFiles(paths: readonly string[], limit: number = MAX_ARTICLE_BYTES): Promise<PickedFile[]> {
  return Promise.all(
    paths.map(async (p): Promise<PickedFile> => {
      const name = path.basename(p);
      try {
        const info = await stat(p);
        if (!info.isFile()) return { name, error: 'it is not a file' };
        if (info.size > limit) {
          return { name, error: `the file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB` };
        }
        return { name, bytes: new Uint8Array(await readFile(p)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'the file no longer exists' : String(error);
        return { name, error: `it could not be read (${reason})` };
      }
    }),
  );
}
