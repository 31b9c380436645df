/**
 * The files of a project's safety copy, in a folder named after the project's id:
 * `project.json` (its name and whether the copy holds it from its creation), bases (a
 * backup archive through a seq), journals (one per window that changed it; a window starts a
 * new one after each base, so old ones can go), and `deleted` once the analyst deleted it.
 */
export const COPY_ROOT = 'crosscheck-safety';
export const INFO_FILE = 'project.json';
export const DELETED_FILE = 'deleted';

/** What `project.json` holds. */
export interface CopyInfo {
  id: string;
  name: string;
  createdAt: string;
  /** True when the journal holds every change since the project was made, so it can be rebuilt without a base. */
  startsEmpty: boolean;
}

const BASE = /^base-(\d{12})\.crosscheck$/;
const JOURNAL = /^journal-[0-9a-z_-]{1,80}\.jsonl$/;

/** Zero-padded, so names sort as numbers. */
export function baseFileName(seq: number): string {
  return `base-${String(seq).padStart(12, '0')}.crosscheck`;
}

/** The seq a base file holds changes through; null for any other name. */
export function baseSeqOf(name: string): number | null {
  const m = BASE.exec(name);
  return m ? Number(m[1]) : null;
}

export function journalFileName(session: string, part: number): string {
  return `journal-${session}-${part}.jsonl`;
}

export function isJournalFile(name: string): boolean {
  return JOURNAL.test(name);
}

/** A project id as a folder name: ids are made by the app, but a name read back is never trusted as a path. */
export function isCopyFolder(name: string): boolean {
  return /^[0-9a-z_]{1,64}$/i.test(name);
}

/** Reads `project.json`; null when it is not one (a copy without it is not offered). */
export function readCopyInfo(text: string): CopyInfo | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || !isCopyFolder(o.id) || typeof o.name !== 'string' || typeof o.createdAt !== 'string' || typeof o.startsEmpty !== 'boolean') return null;
  return { id: o.id, name: o.name, createdAt: o.createdAt, startsEmpty: o.startsEmpty };
}

/**
 * What pruning keeps after a new base: the two newest bases (the newest may be the one a crash
 * cut), and every journal that holds a change after the older of them.
 */
export function prunable(bases: readonly number[], journals: readonly { name: string; lastSeq: number }[]): { bases: number[]; journals: string[] } {
  const sorted = [...bases].sort((a, b) => b - a);
  const kept = sorted.slice(0, 2);
  const floor = kept.at(-1);
  if (floor === undefined) return { bases: [], journals: [] };
  return { bases: sorted.slice(2), journals: journals.filter((j) => j.lastSeq <= floor).map((j) => j.name) };
}
