import type { ArticleSummary } from '../../core/model/article';

export function ArticleHeader({ article, onEdit }: { article: ArticleSummary; onEdit(): void }) {
  return (
    <header className="article-header">
      <h1>{article.title}</h1>
      <p className="article-meta">
        <span>{article.source || 'Unknown outlet'}</span>
        <span>{article.publishedAt || 'No date'}</span>
        {article.url && (
          <span className="article-url" title="Links open outside the workbench only when you copy them">
            {article.url}
          </span>
        )}
        <button type="button" className="link-button" onClick={onEdit}>
          Edit details
        </button>
      </p>
    </header>
  );
}
