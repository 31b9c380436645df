import { archiveZip } from '../../core/formats/archive/writeArchive';
import { newId } from '../../core/model/ids';
import type { BackupStore } from '../../storage/backupStore';
import type { ProjectRepository } from '../../storage/projectRepository';

/**
 * Backs the project up when it changed since its last backup; resolves to whether it did. The
 * backup is the project archive Export writes, so restoring it is opening that archive.
 */
export async function takeBackup(repo: ProjectRepository, store: BackupStore, project: { id: string; name: string }, at = new Date().toISOString()): Promise<boolean> {
  const fingerprint = await repo.changeFingerprint();
  if ((await store.latest(project.id))?.fingerprint === fingerprint) return false;
  const snapshot = await repo.snapshot(project.name);
  await store.add({
    id: newId('bk'),
    projectId: project.id,
    projectName: project.name,
    at,
    fingerprint,
    articles: snapshot.articles.length,
    annotations: snapshot.annotations.length,
    links: snapshot.links.length,
    archive: archiveZip(snapshot, at),
  });
  return true;
}
