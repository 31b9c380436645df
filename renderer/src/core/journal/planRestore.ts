import type { JournalEntry } from './journalEntry';

/** What a restore does: start from a base (a backup through `baseSeq`, or an empty project), then replay `entries` in order. */
export type RestorePlan =
  | {
      ok: true;
      /** The seq the base holds changes through; 0 for an empty project. */
      baseSeq: number;
      entries: JournalEntry[];
      /** Seqs between the base and the last entry that no journal holds (a change a crash cut before its copy was written). */
      missing: number[];
      /** The seq of the restored project: its next change is this + 1. */
      lastSeq: number;
    }
  | { ok: false; reason: string };

/**
 * Plans a restore from the newest usable base and every journal entry after it. Without a base
 * the copy must hold the project from its creation (`startsEmpty`), or the restore would give
 * back a project missing what came before its first entry.
 */
export function planRestore(base: { seq: number } | null, entries: readonly JournalEntry[], startsEmpty: boolean): RestorePlan {
  if (!base && !startsEmpty) return { ok: false, reason: 'its copy has changes but no backup to apply them to (the first backup is taken a minute after a project opens)' };
  const baseSeq = base?.seq ?? 0;
  const bySeq = new Map<number, JournalEntry>();
  for (const e of entries) if (e.seq > baseSeq && !bySeq.has(e.seq)) bySeq.set(e.seq, e);
  const after = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const lastSeq = after.at(-1)?.seq ?? baseSeq;
  const missing: number[] = [];
  for (let s = baseSeq + 1; s <= lastSeq; s++) if (!bySeq.has(s)) missing.push(s);
  return { ok: true, baseSeq, entries: after, missing, lastSeq };
}
