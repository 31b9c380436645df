import { archiveZip } from './archive/writeArchive';
import type { ProjectSnapshot } from './projectSnapshot';

export type ExportFormatId = 'archive' | 'w3c' | 'brat' | 'conll' | 'pairs' | 'csv';

/** One export: what the app's Export dialog and `crosscheck export` offer, from the same code. */
export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  /** What it keeps, and what it cannot carry: shown before exporting, and in the README. */
  keeps: string;
  loses: string;
  write(snapshot: ProjectSnapshot, exportedAt: string): Uint8Array | string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  {
    id: 'archive',
    label: 'Project archive',
    extension: 'crosscheck',
    keeps: 'Everything: articles with their blocks and details, annotations, links, entities, tags, kinds and counted things.',
    loses: 'Nothing. Undo history stays in the project.',
    write: (s, at) => archiveZip(s, at),
  },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/** A file name for an export of the project: its name made safe, and the format's extension. */
export function exportFileName(projectName: string, format: ExportFormat): string {
  const base = projectName.trim().replace(/[^\p{L}\p{N} ._-]+/gu, '-').replace(/\s+/g, ' ').slice(0, 80) || 'project';
  return `${base}.${format.extension}`;
}
