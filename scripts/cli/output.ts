import type { ImportReport } from '../../renderer/src/core/formats/projectSnapshot';
import { placeText } from '../../renderer/src/core/formats/projectSnapshot';

/** Where the command writes: results to stdout, everything else (progress, reports) to stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** A progress line that rewrites itself on a terminal and stays quiet otherwise. */
  progress(text: string): void;
  /** Ends a progress line. */
  done(): void;
}

export function processOutput(): Output {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => {
      if (shown) process.stderr.write('\n');
      shown = false;
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    progress: (text) => {
      if (!tty) return;
      process.stderr.write(`\r${text.slice(0, (process.stderr.columns ?? 80) - 1)}\u001b[K`);
      shown = true;
    },
    done: () => {
      if (shown) process.stderr.write('\n');
      shown = false;
    },
  };
}

/** The report as lines: each problem with its place, then the counts. */
export function reportLines(report: ImportReport): string[] {
  const line = (kind: string, p: ImportReport['errors'][number]) => `${kind}: ${placeText(p)}: ${p.message}`;
  return [
    ...report.errors.map((p) => line('error', p)),
    ...report.skipped.map((p) => line('skipped', p)),
    ...report.warnings.map((p) => line('warning', p)),
  ];
}

/** "3 articles, 1 link type, 2 new tags" from counts keyed by table or report names (camelCase). */
export function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([key, n]) => {
    const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `${n} ${n === 1 ? words.replace(/ies$/, 'y').replace(/s$/, '') : words}`;
  });
  return parts.length ? parts.join(', ') : 'nothing';
}
