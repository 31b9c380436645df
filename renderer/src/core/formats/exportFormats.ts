import { strToU8, zipSync } from 'fflate';
import { archiveZip } from './archive/writeArchive';
import { exportBrat } from './brat/exportBrat';
import { exportClaimPairs } from './exports/exportClaimPairs';
import { exportConll } from './exports/exportConll';
import { exportReviewCsv } from './exports/exportReviewCsv';
import type { FileMap, ProjectSnapshot } from './projectSnapshot';
import { exportW3c } from './w3c/exportW3c';

/** A set of files as one zip, entries dated with the export so the same project gives the same bytes. */
export function zipFiles(files: FileMap, exportedAt: string): Uint8Array {
  const mtime = new Date(exportedAt);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, data] of files) entries[name] = [typeof data === 'string' ? strToU8(data) : data, { mtime: Number.isNaN(mtime.getTime()) ? new Date(0) : mtime }];
  return zipSync(entries, { level: 6 });
}

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
  {
    id: 'w3c',
    label: 'W3C Web Annotation',
    extension: 'jsonld',
    keeps: 'Every annotation with its position and quote in code points, tag, note and entity; links as linking annotations with type, status, reason and rationale; the entities.',
    loses: 'Article texts (annotations point at them by id and URL), tag colours and keys, counted things.',
    write: (s, at) => `${JSON.stringify(exportW3c(s, { exportedAt: at }), null, 1)}\n`,
  },
  {
    id: 'brat',
    label: 'brat standoff',
    extension: 'zip',
    keeps: 'Per article the exact text and its annotations (discontinuous spans too), links inside an article, attributes, notes, normalisations to entities, the type declarations and colours.',
    loses: 'brat cannot link across articles: those links, and every link’s status and rationale, go to crosscheck-links.jsonl beside the files.',
    write: (s, at) => zipFiles(exportBrat(s), at),
  },
  {
    id: 'conll',
    label: 'CoNLL-2003 (BIO)',
    extension: 'conll',
    keeps: 'Entity mentions as B-/I- tags on tokens, one sentence per block, one -DOCSTART- per article.',
    loses: 'Claims, links, notes, attributes; a mention nested in or crossing another (CoNLL cannot stack them).',
    write: (s) => exportConll(s).text,
  },
  {
    id: 'pairs',
    label: 'Claim pairs (JSONL)',
    extension: 'jsonl',
    keeps: 'One line per link: both claims with their sentences, articles, outlets and dates, the link type, status, reason, rationale and why.',
    loses: 'Claims without links, entity mentions, tags, figures.',
    write: (s) => exportClaimPairs(s),
  },
  {
    id: 'csv',
    label: 'Review queue (CSV)',
    extension: 'csv',
    keeps: 'The review queue as a spreadsheet: status, type, reason, rationale, both claims and their articles.',
    loses: 'Everything but the links; UTF-8 with a byte-order mark so spreadsheets read the accents.',
    write: (s) => exportReviewCsv(s),
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
