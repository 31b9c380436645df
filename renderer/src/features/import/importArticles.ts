import type { ArticleEncoding } from '../../core/import/decodeArticleBytes';
import type { ParsedFile } from '../../core/import/parseArticleFile';
import type { Article, ArticleContent, ArticleFormat } from '../../core/model/article';
import { newId } from '../../core/model/ids';
import { safeFileName } from '../../core/text/safeFileName';
import type { PickedFile } from '../../platform/platform';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ArticleParser } from './articleParser';
import { hashText } from './hashText';
import { inThreadParser } from './inThreadParser';
import { workerParser } from './workerParser';

export interface ImportProblem {
  name: string;
  reason: string;
}

export interface ImportPlan {
  ready: Article[];
  problems: ImportProblem[];
  /** The encoding of each ready article (by id) that was not read as UTF-8, to say so. */
  encodings: Record<string, ArticleEncoding>;
}

export interface ImportProgress {
  done: number;
  total: number;
  phase: 'reading' | 'saving';
  /** The file being read, by its shown name. */
  file?: string;
}

export async function toArticle(content: ArticleContent, format: ArticleFormat, fileName: string): Promise<Article> {
  return {
    ...content,
    id: newId('art'),
    contentHash: await hashText(content.text),
    length: content.text.length,
    format,
    fileName: safeFileName(fileName),
    importedAt: new Date().toISOString(),
  };
}

/** A worker where the page can start one; the calling thread otherwise (tests under Node). */
function defaultParser(): ArticleParser {
  return typeof Worker === 'function' ? workerParser() : inThreadParser();
}

/**
 * Reads and parses every file before anything is stored, so a batch with a bad file can be
 * shown to the user whole: they import the rest or nothing, never half a batch. Parsing runs
 * off the window's thread (see workerParser), and aborting `signal` stops it mid-file. The
 * files' bytes are handed to the parser, not copied: they are not to be read afterwards.
 */
export async function planImport(
  files: readonly PickedFile[],
  repo: Pick<ProjectRepository, 'findByContentHash'>,
  onProgress: (p: ImportProgress) => void,
  signal: AbortSignal,
  parser: ArticleParser = defaultParser(),
): Promise<ImportPlan> {
  const ready: Article[] = [];
  const problems: ImportProblem[] = [];
  const encodings: Record<string, ArticleEncoding> = {};
  const seen = new Map<string, string>();
  // Each text is hashed while the next file is parsed (the digest runs off the thread); the
  // outcomes are then taken in file order, so the same batch always gives the same report.
  const outcomes: (ImportProblem | { parsed: Extract<ParsedFile, { ok: true }>; article: Promise<Article> })[] = [];
  try {
    for (const [i, file] of files.entries()) {
      signal.throwIfAborted();
      const shownName = safeFileName(file.name);
      onProgress({ done: i, total: files.length, phase: 'reading', file: shownName });
      if ('error' in file) {
        outcomes.push({ name: shownName, reason: file.error });
        continue;
      }
      // Waiting for the worker lets the window handle input and paint between files.
      const parsed = await parser.parse(file.name, file.bytes, signal);
      if (!parsed.ok) {
        outcomes.push({ name: parsed.name, reason: parsed.reason });
        continue;
      }
      const article = toArticle(parsed.content, parsed.format, parsed.name);
      article.catch(() => undefined); // Awaited below, in order.
      outcomes.push({ parsed, article });
    }
  } finally {
    parser.close();
  }
  for (const outcome of outcomes) {
    if (!('parsed' in outcome)) {
      problems.push(outcome);
      continue;
    }
    const { parsed } = outcome;
    const article = await outcome.article;
    const twin = seen.get(article.contentHash);
    if (twin) {
      problems.push({ name: parsed.name, reason: `it has the same text as ${twin} in this batch` });
      continue;
    }
    seen.set(article.contentHash, parsed.name);
    if (parsed.encoding !== 'UTF-8') encodings[article.id] = parsed.encoding;
    ready.push(article);
  }
  signal.throwIfAborted();
  const existing = await repo.findByContentHash(ready.map((a) => a.contentHash));
  const byHash = new Map(existing.map((a) => [a.contentHash, a]));
  onProgress({ done: files.length, total: files.length, phase: 'reading' });
  return {
    ready: ready.filter((a) => {
      const twin = byHash.get(a.contentHash);
      if (twin) problems.push({ name: a.fileName, reason: `the project already has this text as "${twin.title}"` });
      return !twin;
    }),
    problems,
    encodings,
  };
}
