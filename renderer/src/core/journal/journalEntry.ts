import type { Action } from '../changes/rowOp';
import type { Article } from '../model/article';
import type { ProjectSnapshot } from '../formats/projectSnapshot';

/**
 * One stored change of a project, as the safety copy keeps it outside IndexedDB: an action,
 * an import's articles, or the whole project a new project was filled with. `seq` is the
 * project's own count of stored changes, taken inside the change's transaction, so it is the
 * order in which the database committed them, whichever window made them.
 */
export type JournalEntry =
  | { seq: number; kind: 'action'; action: Action }
  | { seq: number; kind: 'articles'; at: string; articles: Article[] }
  | { seq: number; kind: 'snapshot'; at: string; snapshot: ProjectSnapshot };

/** An entry as one line of the journal file. */
export function journalLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Lines that are not an entry: a last line cut by a crash mid-write, or damage. */
  unreadable: number;
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!Number.isSafeInteger(v.seq) || (v.seq as number) < 1) return false;
  if (v.kind === 'action') return typeof v.action === 'object' && v.action !== null && Array.isArray((v.action as { ops?: unknown }).ops);
  if (v.kind === 'articles') return Array.isArray(v.articles);
  if (v.kind === 'snapshot') return typeof v.snapshot === 'object' && v.snapshot !== null && Array.isArray((v.snapshot as { articles?: unknown }).articles);
  return false;
}

/** The entries of a journal file's text; a line that does not parse is counted, never fatal. */
export function readJournal(text: string): JournalRead {
  const entries: JournalEntry[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      unreadable++;
      continue;
    }
    if (isEntry(value)) entries.push(value);
    else unreadable++;
  }
  return { entries, unreadable };
}

/**
 * The seq of the last whole entry in the end of a journal file: `text` is the file's last bytes
 * (`atStart` when that is the whole file). A first line cut by the tail, and a last line a crash
 * cut, do not count. Null when the text holds no whole entry (read a longer tail).
 */
export function lastSeqOf(text: string, atStart: boolean): number | null {
  const lines = text.split('\n');
  lines.pop();
  if (!atStart) lines.shift();
  for (let i = lines.length - 1; i >= 0; i--) {
    const read = readJournal(lines[i] as string);
    if (read.entries.length) return (read.entries[0] as JournalEntry).seq;
  }
  return null;
}
