import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import type { AnnotationCounts } from '../../storage/projectRepository';

type Sort = 'date' | 'title' | 'outlet';

export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  counts: ReadonlyMap<string, AnnotationCounts>;
  selectedId: string | null;
  onOpen(id: string): void;
  onEdit(article: ArticleSummary): void;
}

function compare(sort: Sort): (a: ArticleSummary, b: ArticleSummary) => number {
  if (sort === 'title') return (a, b) => a.title.localeCompare(b.title);
  if (sort === 'outlet') return (a, b) => a.source.localeCompare(b.source) || a.title.localeCompare(b.title);
  // Newest first; undated articles last.
  return (a, b) => (b.publishedAt || '0').localeCompare(a.publishedAt || '0') || a.title.localeCompare(b.title);
}

export function ArticleList({ articles, counts, selectedId, onOpen, onEdit }: ArticleListProps) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('date');
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const list = q ? articles.filter((a) => `${a.title} ${a.source} ${a.publishedAt}`.toLowerCase().includes(q)) : [...articles];
    return list.sort(compare(sort));
  }, [articles, filter, sort]);

  return (
    <div className="article-list">
      <div className="list-tools">
        <input type="search" placeholder="Filter articles" aria-label="Filter articles" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <select aria-label="Sort articles" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
          <option value="date">Newest</option>
          <option value="title">Title</option>
          <option value="outlet">Outlet</option>
        </select>
      </div>
      {shown.length === 0 && <p className="empty">{articles.length === 0 ? 'No articles yet. Import .txt, .md or .html files.' : 'No article matches the filter.'}</p>}
      <ul aria-label="Articles" className="rows">
        {shown.map((a) => {
          const c = counts.get(a.id);
          return (
            <li key={a.id} className={a.id === selectedId ? 'row selected' : 'row'}>
              <button type="button" className="row-main" onClick={() => onOpen(a.id)} aria-current={a.id === selectedId ? 'true' : undefined}>
                <span className="row-title">{a.title}</span>
                <span className="row-meta">
                  {a.source || 'Unknown outlet'} · {a.publishedAt || 'no date'}
                </span>
                <span className="row-counts" aria-label="Annotation counts">
                  {c?.claims ?? 0} claims · {c?.entities ?? 0} entities
                </span>
              </button>
              <button type="button" className="icon-button" aria-label={`Edit details of ${a.title}`} title="Edit details" onClick={() => onEdit(a)}>
                ✎
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
