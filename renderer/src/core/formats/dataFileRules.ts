import type { DATA_EXTENSIONS } from '../../../../electron/api';

/** The data files Import takes besides articles; typed against the IPC contract so the two lists cannot drift. */
export const DATA_FILE_EXTENSIONS: readonly (typeof DATA_EXTENSIONS)[number][] = ['crosscheck', 'json', 'jsonld', 'csv', 'tsv', 'jsonl', 'zip', 'ann', 'conf'];

export const DATA_ACCEPT = DATA_FILE_EXTENSIONS.map((e) => `.${e}`).join(',');

export type DataFileKind = 'archive' | 'table' | 'brat' | 'w3c';

/**
 * What a picked file is, from its name and first bytes: a project archive (a `.crosscheck` zip,
 * or JSON whose "format" says so), W3C annotations (JSON with an `@context`), a corpus table,
 * brat standoff (`.ann`, `.conf`, or a zip of them), or null for an article file.
 */
export function dataFileKind(name: string, head: string): DataFileKind | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'crosscheck') return 'archive';
  if (ext === 'csv' || ext === 'tsv' || ext === 'jsonl') return 'table';
  if (ext === 'ann' || ext === 'conf') return 'brat';
  if (ext === 'zip') return head.includes('project.json') ? 'archive' : 'brat';
  if (ext === 'json' || ext === 'jsonld') return /"format"\s*:\s*"crosscheck-project"/.test(head) ? 'archive' : 'w3c';
  return null;
}
