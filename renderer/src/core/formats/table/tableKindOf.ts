export type TableKind = 'csv' | 'tsv' | 'jsonl';

/**
 * The kind of table a file name says, or null. `.json` is read as JSON Lines: published news
 * data sets often name their one-object-per-line files so (a single JSON array is refused
 * with its own message by the parser).
 */
export function tableKindOf(fileName: string): TableKind | null {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  switch (extension) {
    case 'csv':
      return 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    case 'jsonl':
    case 'ndjson':
    case 'json':
      return 'jsonl';
    default:
      return null;
  }
}
