import type { FileMap } from '../projectSnapshot';
import { ARTICLES_FILE, ENTITIES_FILE, LINKS_FILE } from './bratSidecars';
import { decodeUtf8 } from './decodeUtf8';

/** A document of the collection: its path without extension, and its files as the map names them. */
export interface BratPair {
  stem: string;
  txt: string | null;
  ann: string | null;
}

export interface BratFiles {
  pairs: BratPair[];
  /** Folder ('' or ending in '/') → the path of its annotation.conf. */
  annotationConfs: Map<string, string>;
  visualConfs: Map<string, string>;
  links: string[];
  entities: string[];
  articles: string[];
  /** Files that are not part of a brat collection. */
  ignored: string[];
}

/** The path with `/` separators: a zip made on Windows may use `\`. */
export function cleanPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The folder of a path, '' or ending in '/'. */
export function folderOf(path: string): string {
  const clean = cleanPath(path);
  return clean.slice(0, clean.lastIndexOf('/') + 1);
}

export function fileNameOf(path: string): string {
  const clean = cleanPath(path);
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** The file of `folders` in the folder of `path` or the nearest folder above it, as brat looks for its configuration. */
export function nearest(folders: ReadonlyMap<string, string>, path: string): string | undefined {
  let folder = folderOf(path);
  for (;;) {
    const found = folders.get(folder);
    if (found !== undefined || folder === '') return found;
    folder = folder.slice(0, folder.slice(0, -1).lastIndexOf('/') + 1);
  }
}

export function collectBratFiles(files: FileMap): BratFiles {
  const out: BratFiles = { pairs: [], annotationConfs: new Map(), visualConfs: new Map(), links: [], entities: [], articles: [], ignored: [] };
  const pairs = new Map<string, BratPair>();
  for (const path of [...files.keys()].sort()) {
    const clean = cleanPath(path);
    const name = fileNameOf(clean);
    // Folders a zip tool adds (macOS resource forks) and hidden files are no one's documents.
    if (name.startsWith('.') || clean.startsWith('__MACOSX/') || name === '') continue;
    const lower = name.toLowerCase();
    const ext = /\.(txt|ann)$/i.exec(name)?.[1]?.toLowerCase();
    if (ext === 'txt' || ext === 'ann') {
      const stem = clean.slice(0, -4);
      const pair = pairs.get(stem) ?? { stem, txt: null, ann: null };
      pair[ext] = path;
      pairs.set(stem, pair);
    } else if (lower === 'annotation.conf') out.annotationConfs.set(folderOf(clean), path);
    else if (lower === 'visual.conf') out.visualConfs.set(folderOf(clean), path);
    else if (lower === LINKS_FILE) out.links.push(path);
    else if (lower === ENTITIES_FILE) out.entities.push(path);
    else if (lower === ARTICLES_FILE) out.articles.push(path);
    // tools.conf, kb_shortcuts.conf and the like set up brat's interface: nothing to import.
    else if (!lower.endsWith('.conf')) out.ignored.push(path);
  }
  out.pairs = [...pairs.values()].sort((a, b) => a.stem.localeCompare(b.stem));
  return out;
}

export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/** A file as text: strings as given, bytes as strict UTF-8. */
export function readText(value: string | Uint8Array): ReadText {
  if (typeof value === 'string') return { ok: true, text: value };
  const decoded = decodeUtf8(value);
  if (decoded.ok) return decoded;
  return { ok: false, message: `is not UTF-8 (byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${decoded.offset})` };
}
