import type { JournalEntry } from '../core/journal/journalEntry';
import type { ProjectDb } from './projectDb';

/** Where a project's stored changes are copied, outside its database. */
export interface Journal {
  /** Resolves once the entry is flushed to disk; never rejects (a failure is reported by the journal itself). */
  append(entry: JournalEntry): Promise<void>;
}

/** The meta row with the count of stored changes, moved inside each change's transaction. */
export const SEQ_KEY = 'journalSeq';

/** Inside a transaction with `meta`: the next seq (or `given`, a replayed entry's), stored as the project's. */
export async function bumpSeq(db: ProjectDb, given?: number): Promise<number> {
  const row = await db.meta.get(SEQ_KEY);
  const seq = given ?? (typeof row?.value === 'number' ? row.value : 0) + 1;
  await db.meta.put({ key: SEQ_KEY, value: seq });
  return seq;
}
