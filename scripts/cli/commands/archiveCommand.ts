import { basename, extname } from 'node:path';
import { statSync } from 'node:fs';
import { archiveJson, archiveZip } from '../../../renderer/src/core/formats/archive/writeArchive';
import type { ProjectSnapshot } from '../../../renderer/src/core/formats/projectSnapshot';
import { guessMapping, MAPPING_FIELDS, refuseMapping, type ColumnMapping, type MappingField } from '../../../renderer/src/core/formats/table/columnMapping';
import { decodeBytes } from '../../../renderer/src/core/formats/table/decodeBytes';
import { parseTable } from '../../../renderer/src/core/formats/table/parseTable';
import { tableKindOf } from '../../../renderer/src/core/formats/table/tableKindOf';
import { tableToArticlesChunked } from '../../../renderer/src/core/formats/table/tableToArticlesChunked';
import { DEFAULT_COUNTED_THINGS } from '../../../renderer/src/core/model/figure';
import { defaultTagSchema } from '../../../renderer/src/core/model/tagSchema';
import type { Article } from '../../../renderer/src/core/model/article';
import { articlesFromFiles, sha256 } from '../articlesFromFiles';
import { CliError } from '../cliError';
import type { Flags } from '../main';
import { countsText, reportLines, type Output } from '../output';
import { readBytes, readInputs } from '../readInputs';
import { writeOne } from '../writeOutput';
import { oneInput, optionalFlag, requiredFlag } from './args';

/** "text=body,title=headline" as a mapping, each field and column checked. */
export function parseMap(text: string, columns: readonly string[]): ColumnMapping {
  const mapping: Partial<Record<MappingField, string>> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, column] = pair.split('=').map((x) => x.trim());
    if (!field || !column) throw new CliError(`--map: “${pair}” should look like field=column (e.g. text=body).`, 2);
    if (!MAPPING_FIELDS.some((f) => f.field === field)) throw new CliError(`--map: “${field}” is not a field; use ${MAPPING_FIELDS.map((f) => f.field).join(', ')}.`, 2);
    mapping[field as MappingField] = column;
  }
  const full = mapping as ColumnMapping;
  const refused = refuseMapping(full, columns);
  if (refused) throw new CliError(`--map: ${refused} The columns are: ${columns.join(', ')}.`);
  return full;
}

async function articlesFromTable(path: string, flags: Flags, out: Output): Promise<Article[]> {
  const name = basename(path);
  const kind = tableKindOf(name) as NonNullable<ReturnType<typeof tableKindOf>>;
  const decoded = decodeBytes(readBytes(path), optionalFlag(flags, 'encoding'));
  if (!decoded.ok) throw new CliError(`${name}: ${decoded.error}`);
  if (decoded.detected) out.err(`${name}: read as ${decoded.encoding} (detected); --encoding chooses another.`);
  const table = parseTable(decoded.text, kind, name);
  const mapText = optionalFlag(flags, 'map');
  const mapping = mapText ? parseMap(mapText, table.columns) : guessMapping(table.columns);
  if (!mapping) throw new CliError(`${name}: no column looks like the article text; say which with --map text=<column>. The columns are: ${table.columns.join(', ')}.`);
  const converted = await tableToArticlesChunked(table, mapping, name, { decodeProblems: decoded.problems }, ({ done, total }) => out.progress(`${name}: row ${done} of ${total}`), { aborted: false });
  out.done();
  if (converted.cancelled) throw new CliError(`${name}: cancelled.`);
  for (const line of reportLines(converted.report)) out.err(line);
  if (converted.report.errors.length) throw new CliError(`${name}: nothing was archived.`);
  const now = new Date().toISOString();
  return converted.articles.map((a) => {
    const label = converted.labels.get(a.id);
    const sourceId = converted.sourceIds.get(a.id);
    return { ...a, contentHash: sha256(a.text), length: a.text.length, importedAt: now, ...(label ? { label } : {}), ...(sourceId ? { sourceId } : {}) };
  });
}

/** `crosscheck archive`: a folder of articles or a corpus table into a new project archive. */
export async function archiveCommand(positionals: string[], flags: Flags, out: Output): Promise<void> {
  const input = oneInput(positionals, 'folder of articles or corpus table');
  const output = requiredFlag(flags, 'output', 'where to write the archive (e.g. -o project.crosscheck)');
  let articles: Article[];
  let isFolder: boolean;
  try {
    isFolder = statSync(input).isDirectory();
  } catch {
    throw new CliError(`${input}: no such file or folder.`);
  }
  if (isFolder) {
    const read = articlesFromFiles(readInputs(input), (done, total) => out.progress(`Reading ${done} of ${total} files`));
    out.done();
    for (const line of reportLines(read.report)) out.err(line);
    articles = read.articles;
  } else if (tableKindOf(input)) {
    articles = await articlesFromTable(input, flags, out);
  } else {
    throw new CliError(`${input}: give a folder of .txt, .md and .html articles, or a .csv, .tsv or .jsonl table.`, 2);
  }
  if (articles.length === 0) throw new CliError(`${input}: no article could be read; nothing was written.`);
  const schema = defaultTagSchema();
  const snapshot: ProjectSnapshot = {
    name: optionalFlag(flags, 'name') ?? basename(input, extname(input)),
    articles,
    annotations: [],
    links: [],
    linkTypes: [],
    entities: [],
    tags: schema.tags,
    kinds: schema.kinds,
    counted: DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] })),
  };
  const at = new Date().toISOString();
  writeOne(output, output.toLowerCase().endsWith('.json') ? archiveJson(snapshot, at) : archiveZip(snapshot, at));
  out.err(`${output}: ${countsText({ articles: articles.length })}.`);
}
