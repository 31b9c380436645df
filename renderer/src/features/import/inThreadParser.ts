import type { ArticleParser } from './articleParser';

/**
 * Parses on the calling thread: for tests, and for a page that cannot start a worker. A
 * file being parsed cannot be stopped here; the signal is looked at before each file.
 */
export function inThreadParser(): ArticleParser {
  return {
    async parse(name, bytes, signal) {
      signal.throwIfAborted();
      // The parsers (Markdown, HTML) load on first import, not at start-up.
      const { parseArticleFile } = await import('../../core/import/parseArticleFile');
      signal.throwIfAborted();
      return parseArticleFile(name, bytes);
    },
    close() {},
  };
}
