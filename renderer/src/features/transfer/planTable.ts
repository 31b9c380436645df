import type { ColumnMapping } from '../../core/formats/table/columnMapping';
import { decodeBytes, type Decoded } from '../../core/formats/table/decodeBytes';
import { parseTable, type ParsedTable } from '../../core/formats/table/parseTable';
import { tableKindOf } from '../../core/formats/table/tableKindOf';
import { tableToArticlesChunked, type TableProgress } from '../../core/formats/table/tableToArticlesChunked';
import type { Article } from '../../core/model/article';
import { countOf } from '../../core/text/plural';
import type { ProjectRepository } from '../../storage/projectRepository';
import { hashText } from '../import/hashText';
import type { ImportPlan } from './importPlan';

/** A table read and parsed, waiting for its column mapping. */
export interface ReadTable {
  file: string;
  bytes: Uint8Array;
  decoded: Decoded;
  table: ParsedTable;
}

/** Reads a table file in `encoding` (or the one its bytes say or suggest); a sentence when it cannot be read at all. */
export function readTable(file: string, bytes: Uint8Array, encoding?: string): ReadTable | string {
  const kind = tableKindOf(file);
  if (!kind) return `${file}: a corpus table is a .csv, .tsv or .jsonl file.`;
  const decoded = decodeBytes(bytes, encoding);
  if (!decoded.ok) return `${file}: ${decoded.error}`;
  return { file, bytes, decoded, table: parseTable(decoded.text, kind, file) };
}

/**
 * Converts the table's rows to articles, a chunk at a time (the progress bar moves, Cancel
 * stops it), then leaves out the texts the project already has; nothing is written until the
 * analyst says so, and then all of it in one transaction.
 */
export async function planTable(read: ReadTable, mapping: ColumnMapping, repo: ProjectRepository, onProgress: (p: TableProgress) => void, signal: AbortSignal): Promise<ImportPlan | null> {
  const converted = await tableToArticlesChunked(read.table, mapping, read.file, { decodeProblems: read.decoded.problems }, onProgress, signal);
  if (converted.cancelled) return null;
  const report = converted.report;
  const now = new Date().toISOString();
  const articles: Article[] = [];
  for (const a of converted.articles) {
    const label = converted.labels.get(a.id);
    const sourceId = converted.sourceIds.get(a.id);
    articles.push({ ...a, contentHash: await hashText(a.text), length: a.text.length, importedAt: now, ...(label ? { label } : {}), ...(sourceId ? { sourceId } : {}) });
  }
  const known = new Map((await repo.findByContentHash(articles.map((a) => a.contentHash))).map((a) => [a.contentHash, a.title]));
  const fresh = articles.filter((a) => {
    const title = known.get(a.contentHash);
    if (title !== undefined) report.skipped.push({ file: a.fileName, message: `the project already has this text as “${title}”; skipped` });
    return title === undefined;
  });
  const title = `Import ${read.file}`;
  if (report.errors.length) return { title: `${read.file} cannot be imported`, summary: ['Nothing was imported.'], report, choices: [] };
  return {
    title,
    summary: [
      `${countOf(fresh.length, 'article', 'articles')} from ${countOf(read.table.rows.length, 'row', 'rows')} (${read.decoded.encoding}${read.decoded.detected ? ', detected' : ''}).`,
    ],
    report,
    choices: fresh.length
      ? [
          {
            label: `Import ${countOf(fresh.length, 'article', 'articles')}`,
            run: async () => {
              await repo.addArticles(fresh);
              return `Imported ${countOf(fresh.length, 'article', 'articles')} from ${read.file}.`;
            },
          },
        ]
      : [],
  };
}
