import { Dexie } from 'dexie';
import { readArchive } from '../../core/formats/archive/readArchive';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { planRestore } from '../../core/journal/planRestore';
import { installedVersion, projectDbName } from '../projectDb';
import type { ProjectRegistry } from '../projectRegistry';
import type { ProjectRecord } from '../registryDb';
import { ProjectRepository } from '../projectRepository';
import type { CopyContents } from './safetyCopy';

export interface RestoreResult {
  record: ProjectRecord;
  /** When the base was taken, or null when the journal held the project from its creation. */
  baseSeq: number;
  /** Changes replayed from the journal. */
  replayed: number;
  /** Changes the journal held that no longer applied, and seqs no journal held: both were cut by a crash before being shown as saved. */
  skipped: number;
  missing: number;
}

/** The newest base that reads, with its seq; null when there is none (or none reads). */
async function newestBase(contents: CopyContents): Promise<{ snapshot: ProjectSnapshot; seq: number } | null> {
  for (const base of contents.bases) {
    const read = readArchive(await base.bytes(), `backup ${base.seq}`);
    if (read.ok) return { snapshot: read.snapshot, seq: base.seq };
  }
  return null;
}

/**
 * Rebuilds a project from its safety copy under its own id: the newest base that reads, then
 * the journal after it, in the order the database committed it. All or nothing: a restore
 * that fails leaves no database and no entry in the list. A project whose database still
 * exists is never written over.
 */
export async function restoreProject(contents: CopyContents, registry: ProjectRegistry): Promise<RestoreResult> {
  const { info } = contents;
  const base = await newestBase(contents);
  const plan = planRestore(base, contents.entries, info.startsEmpty);
  if (!plan.ok) throw new Error(`“${info.name}” cannot be restored: ${plan.reason}.`);
  const name = projectDbName(info.id);
  if ((await installedVersion(name)) !== null || (await registry.get(info.id))) throw new Error(`“${info.name}” still has its database; nothing was restored over it.`);
  const db = registry.openProject(info.id);
  try {
    const done = await new ProjectRepository(db).replay(base, plan.entries);
    db.close();
    const record: ProjectRecord = { id: info.id, name: info.name, createdAt: info.createdAt, updatedAt: new Date().toISOString() };
    await registry.adopt(record);
    return { record, baseSeq: plan.baseSeq, replayed: done.applied, skipped: done.skipped, missing: plan.missing.length };
  } catch (error) {
    db.close();
    await Dexie.delete(name);
    throw error;
  }
}
