import { unzipSync } from 'fflate';
import { emptyReport, type ImportReport, type ProjectSnapshot } from '../projectSnapshot';
import { ARCHIVE_ENTRY, ARCHIVE_FORMAT, ARCHIVE_VERSION } from './archiveFormat';
import { checkSnapshot } from './checkSnapshot';
import { describe, FieldReader } from './checkFields';
import { readSnapshot } from './readSnapshot';
import { upgradeArchive } from './upgradeArchive';
import { textDecoder } from '../../text/textDecoder';

export type ArchiveRead = { ok: true; snapshot: ProjectSnapshot; version: number; report: ImportReport } | { ok: false; report: ImportReport };

function fail(file: string, message: string, more: Partial<{ line: number; path: string }> = {}): ArchiveRead {
  const report = emptyReport();
  report.errors.push({ file, message, ...more });
  return { ok: false, report };
}

const utf8 = textDecoder('utf-8', { fatal: true });

/** The line of a character offset, for JSON.parse's "at position N". */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads a project archive (a zip with `project.json`, or that JSON alone), of this version or
 * any earlier one, checked whole: nothing is returned unless every row reads and every
 * reference holds, so a failed import writes nothing.
 */
export function readArchive(input: Uint8Array | string, file: string): ArchiveRead {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input[0] === 0x50 && input[1] === 0x4b) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(input);
    } catch (e) {
      return fail(file, `is not a readable zip (${e instanceof Error ? e.message : String(e)}).`);
    }
    const entry = entries[ARCHIVE_ENTRY];
    if (!entry) return fail(file, `is a zip without ${ARCHIVE_ENTRY}: it is not a Crosscheck project archive.`);
    try {
      text = utf8.decode(entry);
    } catch {
      return fail(`${file}/${ARCHIVE_ENTRY}`, 'is not UTF-8 text.');
    }
    file = `${file}/${ARCHIVE_ENTRY}`;
  } else {
    try {
      text = utf8.decode(input);
    } catch {
      return fail(file, 'is neither a zip nor UTF-8 JSON.');
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    return fail(file, `is not valid JSON: ${message}`, at ? { line: lineOf(text, Number(at[1])) } : {});
  }
  const r = new FieldReader(file);
  const top = r.object(json, '(top)');
  if (!top) return { ok: false, report: { ...emptyReport(), errors: r.problems } };
  if (top.format !== ARCHIVE_FORMAT) return fail(file, `is not a Crosscheck project archive (its "format" is ${describe(top.format)}, not “${ARCHIVE_FORMAT}”).`, { path: 'format' });
  const version = top.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(file, `has no archive version this app knows (“version” is ${describe(version)}).`, { path: 'version' });
  if (version > ARCHIVE_VERSION) {
    return fail(file, `is archive version ${version}, made by a newer Crosscheck; this one reads versions 1 to ${ARCHIVE_VERSION}. Update Crosscheck to open it.`, { path: 'version' });
  }
  const snapshot = readSnapshot(r, upgradeArchive(top, version).project);
  if (r.problems.length === 0) checkSnapshot(r, snapshot);
  const report = emptyReport();
  if (r.problems.length) return { ok: false, report: { ...report, errors: r.problems } };
  report.imported = {
    articles: snapshot.articles.length,
    annotations: snapshot.annotations.length,
    links: snapshot.links.length,
    entities: snapshot.entities.length,
    tags: snapshot.tags.length,
  };
  return { ok: true, snapshot, version, report };
}
