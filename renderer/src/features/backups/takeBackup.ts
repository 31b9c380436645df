import { archiveZip } from '../../core/formats/archive/writeArchive';
import { newId } from '../../core/model/ids';
import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';

/**
 * Backs the project up when it changed since its last backup; resolves to whether it did. The
 * backup is the project archive Export writes, so restoring it is opening that archive.
 */
export async function takeBackup(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, at = new Date().toISOString()): Promise<boolean> {
  return (await takeBackupArchive(repo, store, project, at)) !== null;
}

/** As `takeBackup`, resolving to the archive it stored (to keep as a file too), or null when nothing changed. */
export async function takeBackupArchive(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, at = new Date().toISOString()): Promise<Uint8Array | null> {
  const fingerprint = await repo.changeFingerprint();
  if ((await store.latest(project.id))?.fingerprint === fingerprint) return null;
  const snapshot = await repo.snapshot(project.name);
  const archive = archiveZip(snapshot, at);
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
  return archive;
}
