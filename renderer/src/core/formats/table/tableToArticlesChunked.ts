import type { ColumnMapping } from './columnMapping';
import type { ParsedTable } from './parseTable';
import { TableConversion, type TableArticles, type TableImportOptions } from './tableConversion';

export interface TableProgress {
  /** Rows converted so far. */
  done: number;
  total: number;
}

/** What the conversion reads of an `AbortSignal`: the core has no DOM types, and needs no more. */
export interface AbortFlag {
  readonly aborted: boolean;
}

export type ChunkedTableArticles = ({ cancelled: false } & TableArticles) | { cancelled: true; done: number; total: number };

/**
 * `setTimeout`, which browsers and Node both have but lib ES2023 does not declare: reached
 * through `globalThis` with the one signature used, rather than with either environment's types.
 */
const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

/** Lets the event loop run: the progress bar paints and Cancel's click lands. */
const nextTurn = () => new Promise<void>((resolve) => timers.setTimeout(resolve, 0));

/**
 * `tableToArticles` a chunk of rows at a time, yielding between chunks so a progress bar can
 * move and Cancel can be clicked. When `signal` is aborted it stops at the next chunk and
 * returns `cancelled` with no articles: a table is imported whole or not at all.
 */
export async function tableToArticlesChunked(
  table: ParsedTable,
  mapping: ColumnMapping,
  file: string,
  options: TableImportOptions,
  onProgress: (progress: TableProgress) => void,
  signal: AbortFlag,
  chunkSize = 200,
): Promise<ChunkedTableArticles> {
  const conversion = new TableConversion(table, mapping, file, options);
  const total = conversion.ready ? table.rows.length : 0;
  let done = 0;
  onProgress({ done, total });
  while (done < total) {
    if (signal.aborted) return { cancelled: true, done, total };
    const end = Math.min(total, done + Math.max(1, chunkSize));
    for (; done < end; done++) conversion.convert(done);
    onProgress({ done, total });
    await nextTurn();
  }
  if (signal.aborted) return { cancelled: true, done, total };
  return { cancelled: false, ...conversion.result };
}
