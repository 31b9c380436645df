import type { Article, ArticleContent, ArticleFormat } from '../../core/model/article';
import { newId } from '../../core/model/ids';
import type { PickedFile } from '../../platform/platform';
import type { ProjectRepository } from '../../storage/projectRepository';
import { hashText } from './hashText';

export interface ImportProblem {
  name: string;
  reason: string;
}

export interface ImportPlan {
  ready: Article[];
  problems: ImportProblem[];
}

export interface ImportProgress {
  done: number;
  total: number;
  phase: 'reading' | 'saving';
}

export async function toArticle(content: ArticleContent, format: ArticleFormat, fileName: string): Promise<Article> {
  return {
    ...content,
    id: newId('art'),
    contentHash: await hashText(content.text),
    length: content.text.length,
    format,
    fileName,
    importedAt: new Date().toISOString(),
  };
}

const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Reads and parses every file before anything is stored, so a batch with a bad file can be
 * shown to the user whole: they import the rest or nothing, never half a batch.
 */
export async function planImport(
  files: readonly PickedFile[],
  repo: ProjectRepository,
  onProgress: (p: ImportProgress) => void,
  signal: AbortSignal,
): Promise<ImportPlan> {
  // The parsers (Markdown, HTML) load on first import, not at start-up.
  const { parseArticleFile } = await import('../../core/import/parseArticleFile');
  const ready: Article[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (signal.aborted) throw new DOMException('Import cancelled', 'AbortError');
    onProgress({ done: i, total: files.length, phase: 'reading' });
    await yieldToUi();
    if ('error' in file) {
      problems.push({ name: file.name, reason: file.error });
      continue;
    }
    const parsed = parseArticleFile(file.name, file.bytes);
    if (!parsed.ok) {
      problems.push({ name: parsed.name, reason: parsed.reason });
      continue;
    }
    const article = await toArticle(parsed.content, parsed.format, file.name);
    const twin = seen.get(article.contentHash);
    if (twin) {
      problems.push({ name: file.name, reason: `it has the same text as ${twin} in this batch` });
      continue;
    }
    seen.set(article.contentHash, file.name);
    ready.push(article);
  }
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
  };
}
