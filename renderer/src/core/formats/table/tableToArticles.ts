import type { ColumnMapping } from './columnMapping';
import type { ParsedTable } from './parseTable';
import { TableConversion, type TableArticles, type TableImportOptions } from './tableConversion';

export type { TableArticles, TableImportOptions } from './tableConversion';

/**
 * One article per row of the table, all at once. Rows with an empty text, an id or a text seen
 * on an earlier row are left out with the line of the first; dates that do not read as a day
 * and URLs that are not web addresses are left empty with a warning. When the table has errors
 * or the mapping is refused, nothing is converted and the report's errors say why.
 *
 * Duplicates are found within the table only: the caller compares the articles' content hashes
 * with the project's, as the file import does.
 */
export function tableToArticles(table: ParsedTable, mapping: ColumnMapping, file: string, options: TableImportOptions = {}): TableArticles {
  const conversion = new TableConversion(table, mapping, file, options);
  for (let i = 0; i < table.rows.length; i++) conversion.convert(i);
  return conversion.result;
}
