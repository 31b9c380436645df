import { basename, dirname, join } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { archiveJson, archiveZip } from '../../../renderer/src/core/formats/archive/writeArchive';
import { importBrat } from '../../../renderer/src/core/formats/brat/importBrat';
import type { ImportReport, ProjectSnapshot } from '../../../renderer/src/core/formats/projectSnapshot';
import { importW3c } from '../../../renderer/src/core/formats/w3c/importW3c';
import { DEFAULT_LINK_TYPES } from '../../../renderer/src/core/model/link';
import { textDecoder } from '../../../renderer/src/core/text/textDecoder';
import { sha256 } from '../articlesFromFiles';
import { CliError } from '../cliError';
import type { Flags } from '../main';
import { mergeInto } from '../mergeInto';
import { countsText, reportLines, type Output } from '../output';
import { readArchiveFile } from '../readArchiveFile';
import { readBytes, readInputs } from '../readInputs';
import { writeOne } from '../writeOutput';
import { oneInput, requiredFlag } from './args';

/** Whether a path is W3C JSON: brat comes as a folder, a zip or .ann files; any other file is read as W3C JSON. */
export function isW3cInput(path: string): boolean {
  try {
    if (statSync(path).isDirectory()) return false;
  } catch {
    throw new CliError(`${path}: no such file or folder.`);
  }
  return !/\.(zip|ann|txt|conf)$/i.test(path);
}

/** A brat folder or zip as it is; one .ann file with its .txt and the folder's configuration files, as brat reads a document. */
export function bratInputs(path: string): Map<string, Uint8Array> {
  if (!/\.ann$/i.test(path)) return readInputs(path);
  const files = new Map<string, Uint8Array>([[basename(path), readBytes(path)]]);
  const folder = dirname(path);
  for (const name of [basename(path).replace(/\.ann$/i, '.txt'), 'annotation.conf', 'visual.conf']) {
    if (existsSync(join(folder, name))) files.set(name, readBytes(join(folder, name)));
  }
  return files;
}

/** The rows a brat folder or zip adds to `base`, checked, with the report. */
export function bratRows(path: string, base: ProjectSnapshot): { incoming: ProjectSnapshot; report: ImportReport } {
  const result = importBrat(bratInputs(path), { tags: base.tags, linkTypes: [...DEFAULT_LINK_TYPES, ...base.linkTypes] });
  const now = new Date().toISOString();
  return {
    incoming: {
      name: base.name,
      articles: result.articles.map((a) => ({ ...a, contentHash: sha256(a.text), length: a.text.length, importedAt: now })),
      annotations: result.annotations,
      links: result.links,
      linkTypes: result.newLinkTypes,
      entities: result.entities,
      tags: result.newTags,
      kinds: [],
      counted: [],
    },
    report: result.report,
  };
}

/** The rows a W3C file adds to `base` (re-anchored on its articles), checked, with the report. */
export function w3cRows(path: string, base: ProjectSnapshot): { incoming: ProjectSnapshot; report: ImportReport } {
  const file = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(textDecoder('utf-8', { fatal: true }).decode(readBytes(path)));
  } catch (e) {
    throw new CliError(`${file}: not JSON (${e instanceof Error ? e.message : String(e)}); nothing was written.`);
  }
  const result = importW3c(json, file, base.articles, base.tags, { annotations: base.annotations, entities: base.entities, linkTypes: [...DEFAULT_LINK_TYPES, ...base.linkTypes] });
  return {
    incoming: { name: base.name, articles: [], annotations: result.annotations, links: result.links, linkTypes: [], entities: result.entities, tags: [], kinds: [], counted: [] },
    report: result.report,
  };
}

/** `crosscheck import`: brat or W3C into a project archive, all or nothing. */
export function importCommand(positionals: string[], flags: Flags, out: Output): void {
  const input = oneInput(positionals, 'brat folder or zip, or W3C JSON file');
  const into = requiredFlag(flags, 'into', 'the project archive to add to');
  const output = requiredFlag(flags, 'output', 'the archive to write (it may be the --into file)');
  const base = readArchiveFile(into, out);
  const { incoming, report } = isW3cInput(input) ? w3cRows(input, base) : bratRows(input, base);
  for (const line of reportLines(report)) out.err(line);
  if (report.errors.length) throw new CliError(`${input}: ${report.errors.length} ${report.errors.length === 1 ? 'error' : 'errors'}; nothing was written.`);
  const merged = mergeInto(base, incoming, basename(input));
  if (Object.keys(merged.report.imported).length === 0 && report.skipped.length) throw new CliError(`${input}: nothing in it could be imported; nothing was written.`);
  for (const line of reportLines(merged.report)) out.err(line);
  const at = new Date().toISOString();
  writeOne(output, output.toLowerCase().endsWith('.json') ? archiveJson(merged.snapshot, at) : archiveZip(merged.snapshot, at));
  out.err(`${output}: added ${countsText(merged.report.imported)}.`);
}
