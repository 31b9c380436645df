import { basename } from 'node:path';
import { statSync } from 'node:fs';
import { readArchive } from '../../../renderer/src/core/formats/archive/readArchive';
import { importBrat } from '../../../renderer/src/core/formats/brat/importBrat';
import { emptyReport, type ImportReport } from '../../../renderer/src/core/formats/projectSnapshot';
import { guessMapping } from '../../../renderer/src/core/formats/table/columnMapping';
import { decodeBytes } from '../../../renderer/src/core/formats/table/decodeBytes';
import { parseTable } from '../../../renderer/src/core/formats/table/parseTable';
import { tableKindOf } from '../../../renderer/src/core/formats/table/tableKindOf';
import { tableToArticles } from '../../../renderer/src/core/formats/table/tableToArticles';
import { defaultTags } from '../../../renderer/src/core/model/tagSchema';
import { CliError } from '../cliError';
import type { Flags } from '../main';
import { countsText, reportLines, type Output } from '../output';
import { readArchiveFile } from '../readArchiveFile';
import { readBytes } from '../readInputs';
import { optionalFlag } from './args';
import { oneInput } from './args';
import { parseMap } from './archiveCommand';
import { bratInputs, w3cRows } from './importCommand';

type Kind = 'archive' | 'w3c' | 'brat' | 'table';
const KINDS: readonly Kind[] = ['archive', 'w3c', 'brat', 'table'];

function kindOf(path: string): Kind {
  let folder: boolean;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    throw new CliError(`${path}: no such file or folder.`);
  }
  if (folder) return 'brat';
  const lower = path.toLowerCase();
  if (lower.endsWith('.crosscheck')) return 'archive';
  if (tableKindOf(path) && !lower.endsWith('.json')) return 'table';
  if (lower.endsWith('.zip')) return 'brat';
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) {
    const head = new TextDecoder().decode(readBytes(path).subarray(0, 4096));
    return /"format"\s*:\s*"crosscheck-project"/.test(head) ? 'archive' : 'w3c';
  }
  if (lower.endsWith('.ann')) return 'brat';
  throw new CliError(`${path}: say what it is with --format ${KINDS.join('|')}.`, 2);
}

function validateTable(path: string, flags: Flags): ImportReport {
  const name = basename(path);
  const decoded = decodeBytes(readBytes(path), optionalFlag(flags, 'encoding'));
  if (!decoded.ok) return { ...emptyReport(), errors: [{ file: name, message: decoded.error }] };
  const table = parseTable(decoded.text, tableKindOf(name) ?? 'csv', name);
  const mapText = optionalFlag(flags, 'map');
  const mapping = mapText ? parseMap(mapText, table.columns) : guessMapping(table.columns);
  if (!mapping) return { ...emptyReport(), errors: [{ file: name, message: `no column looks like the article text; say which with --map text=<column>. The columns are: ${table.columns.join(', ')}.` }] };
  return tableToArticles(table, mapping, name, { decodeProblems: decoded.problems }).report;
}

/** `crosscheck validate`: every problem of a file with its place; exit 1 when there is any error. */
export function validateCommand(positionals: string[], flags: Flags, out: Output): void {
  const input = oneInput(positionals, 'file or folder to check');
  const given = optionalFlag(flags, 'format');
  if (given && !KINDS.includes(given as Kind)) throw new CliError(`--format ${given}: validate reads ${KINDS.join(', ')}.`, 2);
  const kind = (given as Kind | undefined) ?? kindOf(input);
  let report: ImportReport;
  if (kind === 'archive') report = readArchive(readBytes(input), basename(input)).report;
  else if (kind === 'table') report = validateTable(input, flags);
  else if (kind === 'brat') report = importBrat(bratInputs(input), { tags: defaultTags() }).report;
  else {
    const into = optionalFlag(flags, 'into');
    const base = into ? readArchiveFile(into, out) : null;
    report = w3cRows(input, base ?? { name: '', articles: [], annotations: [], links: [], linkTypes: [], entities: [], tags: defaultTags(), kinds: [], counted: [] }).report;
    if (!base) {
      // Without the articles, positions and quotes cannot be checked: only the structure is.
      report = { ...report, skipped: [], warnings: [{ file: basename(input), message: 'only the structure was checked; give --into <archive> to check positions and quotes against its articles' }, ...report.warnings.filter((w) => !/article/.test(w.message))] };
    }
  }
  for (const line of reportLines(report)) out.err(line);
  if (report.errors.length) throw new CliError(`${input}: ${report.errors.length} ${report.errors.length === 1 ? 'error' : 'errors'} (${kind}).`);
  out.out(`${input}: valid ${kind}${Object.keys(report.imported).length ? `: ${countsText(report.imported)}` : ''}.`);
}
