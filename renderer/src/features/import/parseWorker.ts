import { parseArticleFile } from '../../core/import/parseArticleFile';
import { safeFileName } from '../../core/text/safeFileName';
import type { ParseRequest, ParseResponse } from './parseMessages';

/**
 * The article parser's own thread: a big or hostile file keeps this busy, never the window,
 * and Cancel ends it outright (the page terminates this worker). The renderer is compiled
 * with the DOM's types, not a worker's, hence the narrow view of `self`.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = ({ data: { id, name, bytes } }) => {
  let parsed: ParseResponse['parsed'];
  try {
    parsed = parseArticleFile(name, bytes);
  } catch (error) {
    parsed = { ok: false, name: safeFileName(name), reason: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  scope.postMessage({ id, parsed });
};
