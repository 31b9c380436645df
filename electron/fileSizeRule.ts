/** "3 MB", "2.5 MB", "12 KB", "1 byte": sizes as the messages give them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * Why a picked file of `size` bytes is not read, before a byte of it is: over `limit` alone,
 * or over `total` with the `taken` bytes of the files before it in the same pick. Null when
 * it may be read. Shared by the main process and the browser, so both refuse alike.
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
