import { EXPORT_FORMATS } from '../../core/formats/exportFormats';
import { ProjectDb } from '../../storage/projectDb';
import { ProjectRepository } from '../../storage/projectRepository';
import { serveTask } from '../common/callWorker';
import type { ExportRequest } from './exportProject';

/**
 * An export's own thread: reading a large project and writing it out (tens of seconds at
 * 200,000 annotations) never holds up the window, and Cancel ends it outright.
 */
serveTask<ExportRequest, Uint8Array | string>(async (request, progress) => {
  const format = EXPORT_FORMATS.find((f) => f.id === request.formatId);
  if (!format) throw new Error(`there is no export format “${request.formatId}”`);
  const db = new ProjectDb(request.dbName);
  try {
    progress('Reading the project…');
    const snapshot = await new ProjectRepository(db).snapshot(request.projectName);
    progress(`Writing ${format.label}…`);
    const data = format.write(snapshot, request.at);
    return { result: data, transfer: typeof data === 'string' ? [] : [data.buffer] };
  } finally {
    db.close();
  }
});
