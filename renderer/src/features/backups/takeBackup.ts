import { archiveZip } from '../../core/formats/archive/writeArchive';
import { newId } from '../../core/model/ids';
import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';

/** A backup taken: the archive, the seq of the last change in it, and whether it was new (stored) or only asked for (`always`). */
export interface TakenBackup {
  archive: Uint8Array;
  seq: number;
  stored: boolean;
}

/**
 * Backs the project up when it changed since its last backup; resolves to whether it did. The
 * backup is the project archive Export writes, so restoring it is opening that archive.
 */
export async function takeBackup(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, at = new Date().toISOString()): Promise<boolean> {
  return (await takeBackupArchive(repo, store, project, at))?.stored ?? false;
}

/**
 * As `takeBackup`, resolving to the archive (to keep as a file and as the safety copy's base),
 * or null when nothing changed. `always`: the archive even when nothing changed (the safety
 * copy has no base yet); it is stored as a backup only when the project changed.
 */
export async function takeBackupArchive(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, at = new Date().toISOString(), always = false): Promise<TakenBackup | null> {
  const fingerprint = await repo.changeFingerprint();
  const changed = (await store.latest(project.id))?.fingerprint !== fingerprint;
  if (!changed && !always) return null;
  const { snapshot, seq } = await repo.snapshotWithSeq(project.name);
  const archive = archiveZip(snapshot, at);
  if (changed) {
    await store.add({
      id: newId('bk'),
      projectId: project.id,
      projectName: project.name,
      at,
      fingerprint,
      articles: snapshot.articles.length,
      annotations: snapshot.annotations.length,
      links: snapshot.links.length,
      archive,
    });
  }
  return { archive, seq, stored: changed };
}
