import { EXPORT_FORMATS, exportFormat } from '../../../renderer/src/core/formats/exportFormats';
import { exportBrat } from '../../../renderer/src/core/formats/brat/exportBrat';
import { CliError } from '../cliError';
import type { Flags } from '../main';
import type { Output } from '../output';
import { readArchiveFile } from '../readArchiveFile';
import { writeFiles, writeOne } from '../writeOutput';
import { oneInput, requiredFlag } from './args';

/** `crosscheck export`: an archive's project in another format, with the same code as the app's Export. */
export function exportCommand(positionals: string[], flags: Flags, out: Output): void {
  const input = oneInput(positionals, 'project archive');
  const id = requiredFlag(flags, 'format', `one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`);
  const format = exportFormat(id);
  if (!format) throw new CliError(`--format ${id}: not a format; use ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`, 2);
  const output = requiredFlag(flags, 'output', `where to write (e.g. -o project.${format.extension})`);
  const snapshot = readArchiveFile(input, out);
  const at = new Date().toISOString();
  out.progress(`Writing ${format.label}…`);
  let detail = '';
  if (format.id === 'brat' && (output.endsWith('/') || output.endsWith('\\'))) {
    const files = exportBrat(snapshot);
    writeFiles(output, files);
    detail = ` (${files.size} files)`;
  } else writeOne(output, format.write(snapshot, at));
  out.done();
  out.err(`${output}: ${format.label} of “${snapshot.name}”${detail}.`);
}
