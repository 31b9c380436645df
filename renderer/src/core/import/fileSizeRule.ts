import type { MaxBatchBytes, MaxDataBytes } from '../../../../electron/api';

/** The largest data file the browser reads (the main process's limit, electron/api.ts MAX_DATA_BYTES). */
export const MAX_DATA_BYTES: MaxDataBytes = 536_870_912;

/** The most one pick or drop of files may hold together (electron/api.ts MAX_BATCH_BYTES). */
export const MAX_BATCH_BYTES: MaxBatchBytes = 1_073_741_824;

/** "3 MB", "2.5 MB", "12 KB", "1 byte": sizes as the messages give them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * Why a picked file of `size` bytes is not read, before a byte of it is: over `limit` alone,
 * or over `total` with the `taken` bytes of the files before it in the same pick. Null when
 * it may be read. electron/readPickedFiles.ts says the same for files read by the main
 * process (electron/ and renderer/ share no code; a test holds the two to the same words).
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
