import { createHash } from 'node:crypto';
import { parseArticleFile } from '../../renderer/src/core/import/parseArticleFile';
import { articleFormatOf } from '../../renderer/src/core/import/articleFileRules';
import type { Article, ArticleContent, ArticleFormat } from '../../renderer/src/core/model/article';
import { newId } from '../../renderer/src/core/model/ids';
import { emptyReport, type ImportReport } from '../../renderer/src/core/formats/projectSnapshot';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A parsed article with its id, hash and import time, as the app stores it. */
export function toArticle(content: ArticleContent, format: ArticleFormat, fileName: string, id = newId('art')): Article {
  return { ...content, id, contentHash: sha256(content.text), length: content.text.length, format, fileName, importedAt: new Date().toISOString() };
}

/**
 * The articles of a folder of .txt, .md and .html files, as the app's import reads them: a
 * file that cannot be read, or repeats a text, is skipped and said.
 */
export function articlesFromFiles(files: ReadonlyMap<string, Uint8Array>, onProgress: (done: number, total: number) => void): { articles: Article[]; report: ImportReport } {
  const report = emptyReport();
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  const names = [...files.keys()].filter((name) => articleFormatOf(name) !== null);
  for (const name of files.keys()) if (articleFormatOf(name) === null) report.skipped.push({ file: name, message: 'not an article file (.txt, .md, .markdown, .html, .htm); skipped' });
  names.forEach((name, i) => {
    onProgress(i, names.length);
    const parsed = parseArticleFile(name, files.get(name) as Uint8Array);
    if (!parsed.ok) {
      report.skipped.push({ file: name, message: `${parsed.reason}; skipped` });
      return;
    }
    // The name as the app stores it: controls and bidi overrides taken out, so a title cannot be spoofed.
    const article = toArticle(parsed.content, parsed.format, parsed.name);
    const twin = seen.get(article.contentHash);
    if (twin) {
      report.skipped.push({ file: name, message: `it has the same text as ${twin}; skipped` });
      return;
    }
    seen.set(article.contentHash, name);
    articles.push(article);
  });
  report.imported.articles = articles.length;
  return { articles, report };
}
