import type { ParsedFile } from '../../core/import/parseArticleFile';

/** What the page asks the parse worker: one file. */
export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** The worker's answer to request `id`. */
export interface ParseResponse {
  id: number;
  parsed: ParsedFile;
}
