import type { ParsedFile } from '../../core/import/parseArticleFile';

/** Reads picked files into articles, one at a time. */
export interface ArticleParser {
  /** One file's outcome; rejects with an AbortError as soon as `signal` aborts, even mid-file. */
  parse(name: string, bytes: Uint8Array, signal: AbortSignal): Promise<ParsedFile>;
  /** Frees what the parser holds (its worker); call once the batch is read. */
  close(): void;
}
