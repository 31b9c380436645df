import type { ExportFormat } from '../../core/formats/exportFormats';
import type { ProjectRepository } from '../../storage/projectRepository';
import { callWorker } from '../common/callWorker';

export interface ExportRequest {
  dbName: string;
  projectName: string;
  formatId: string;
  at: string;
}

/**
 * The project written in `format`: in a worker, which reads the project's database itself, so
 * the window stays responsive and aborting `signal` stops it at once; on this thread where no
 * worker can start (tests under Node).
 */
export async function exportProject(repo: ProjectRepository, projectName: string, format: ExportFormat, signal: AbortSignal, onProgress: (text: string) => void): Promise<Uint8Array | string> {
  const at = new Date().toISOString();
  if (typeof Worker !== 'function') {
    onProgress('Reading the project…');
    const snapshot = await repo.snapshot(projectName);
    signal.throwIfAborted();
    return format.write(snapshot, at);
  }
  const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'export' });
  return callWorker<ExportRequest, Uint8Array | string>(worker, { dbName: repo.db.name, projectName, formatId: format.id, at }, { signal, onProgress });
}
