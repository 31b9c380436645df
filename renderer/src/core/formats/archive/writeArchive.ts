import { strToU8, zipSync } from 'fflate';
import type { ProjectSnapshot } from '../projectSnapshot';
import { ARCHIVE_ENTRY, ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveFile } from './archiveFormat';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The snapshot with every list in id order: the same project always writes the same JSON. */
function ordered(s: ProjectSnapshot): ProjectSnapshot {
  return {
    name: s.name,
    articles: [...s.articles].sort(byId),
    annotations: [...s.annotations].sort(byId),
    links: [...s.links].sort(byId),
    linkTypes: [...s.linkTypes].sort(byId),
    entities: [...s.entities].sort(byId),
    tags: [...s.tags].sort(byId),
    kinds: [...s.kinds].sort(byId),
    counted: [...s.counted].sort(byId),
  };
}

/** Objects with their keys in alphabetical order, so how a row was built does not change the file. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]));
}

/** The whole project as archive JSON (indented: a person can read and diff it). */
export function archiveJson(snapshot: ProjectSnapshot, exportedAt: string, generator = 'Crosscheck'): string {
  const archive: ArchiveFile = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt, generator, project: ordered(snapshot) };
  return `${JSON.stringify(archive, sortedKeys, 1)}\n`;
}

/** The archive as a zip with `project.json` in it; the entry's time is the export's, so the bytes depend on nothing else. */
export function archiveZip(snapshot: ProjectSnapshot, exportedAt: string, generator?: string): Uint8Array {
  const mtime = new Date(exportedAt);
  return zipSync({ [ARCHIVE_ENTRY]: [strToU8(archiveJson(snapshot, exportedAt, generator)), { mtime: Number.isNaN(mtime.getTime()) ? new Date(0) : mtime }] }, { level: 6 });
}
