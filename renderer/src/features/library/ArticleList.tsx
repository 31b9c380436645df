import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { ListSpacer } from '../common/ListSpacer';
import { useWindowedRows } from '../common/useWindowedRows';
import type { ArticleSummary } from '../../core/model/article';
import { ARTICLE_TYPES_TEXT } from '../../core/import/articleFileRules';
import { countOf } from '../../core/text/plural';
import type { AnnotationCounts } from '../../storage/projectRepository';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { Entity } from '../../core/model/entity';

type Sort = 'date' | 'title' | 'outlet';

export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  counts: ReadonlyMap<string, AnnotationCounts>;
  /** Per article, its contradictions not yet rejected or explained. */
  openContradictions: ReadonlyMap<string, number>;
  selectedId: string | null;
  onOpen(id: string): void;
  onEdit(article: ArticleSummary): void;
  /** Deletes these articles with their annotations, as one undoable action. */
  onDelete(ids: string[]): void;
  /** The project's entities, to filter by; sorted by name. */
  entities: readonly Entity[];
  entityFilter: string;
  onEntityFilter(id: string): void;
  /** The articles that mention the filtered entity (null while it is read, or with no filter). */
  mentioning: ReadonlySet<string> | null;
  onOpenEntity(id: string): void;
}

function compare(sort: Sort): (a: ArticleSummary, b: ArticleSummary) => number {
  if (sort === 'title') return (a, b) => a.title.localeCompare(b.title);
  if (sort === 'outlet') return (a, b) => a.source.localeCompare(b.source) || a.title.localeCompare(b.title);
  // Newest first; undated articles last.
  return (a, b) => (b.publishedAt || '0').localeCompare(a.publishedAt || '0') || a.title.localeCompare(b.title);
}

function total(c: AnnotationCounts | undefined): number {
  return c ? c.claims + c.entities + c.other : 0;
}

/** A row's height in a long library (the title clamped to two lines, meta and counts to one). */
export const LIBRARY_ROW_HEIGHT = 92;
const libraryRowHeight = () => LIBRARY_ROW_HEIGHT;

interface RowProps {
  article: ArticleSummary;
  counts: AnnotationCounts | undefined;
  open: number;
  selected: boolean;
  checked: boolean;
  onToggle(id: string, on: boolean): void;
  onOpen(id: string): void;
  onEdit(article: ArticleSummary): void;
  height?: number;
  place?: { index: number; of: number };
}

/** One article; memoised, so that opening one or a count changing re-renders its row alone. */
const ArticleRow = memo(function ArticleRow({ article: a, counts: c, open, selected, checked, onToggle, onOpen, onEdit, height, place }: RowProps) {
  return (
    <li
      className={selected ? 'row selected' : 'row'}
      style={height === undefined ? undefined : { height }}
      aria-posinset={place ? place.index + 1 : undefined}
      aria-setsize={place?.of}
    >
      <input type="checkbox" className="row-check" aria-label={`Select ${a.title}`} checked={checked} onChange={(e) => onToggle(a.id, e.target.checked)} />
      <button type="button" className="row-main" onClick={() => onOpen(a.id)} aria-current={selected ? 'true' : undefined}>
        <span className="row-title">{a.title}</span>
        <span className="row-meta">
          {a.source || 'Unknown outlet'} · {a.publishedAt || 'no date'}
        </span>
        <span className="row-counts" aria-label="Annotation counts">
          {countOf(c?.claims ?? 0, 'claim', 'claims')} · {countOf(c?.entities ?? 0, 'entity', 'entities')}
          {open > 0 && <span className="open-contradictions"> · {countOf(open, 'open contradiction', 'open contradictions')}</span>}
        </span>
      </button>
      <button type="button" className="icon-button" aria-label={`Edit details of ${a.title}`} title="Edit details" onClick={() => onEdit(a)}>
        ✎
      </button>
    </li>
  );
});

/** The library: memoised, so that work in the reader (a tag, J/K) does not re-render 2,000 rows. */
export const ArticleList = memo(function ArticleList(props: ArticleListProps) {
  const { articles, counts, openContradictions, selectedId, onOpen, onEdit, onDelete, entities, entityFilter, onEntityFilter, mentioning, onOpenEntity } = props;
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('date');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    let list = q ? articles.filter((a) => `${a.title} ${a.source} ${a.publishedAt}`.toLowerCase().includes(q)) : [...articles];
    if (entityFilter && mentioning) list = list.filter((a) => mentioning.has(a.id));
    return list.sort(compare(sort));
  }, [articles, filter, sort, entityFilter, mentioning]);
  const filtered = entityFilter ? entities.find((e) => e.id === entityFilter) : undefined;
  // Articles deleted meanwhile (here or in another window) drop out of the selection.
  const chosen = articles.filter((a) => checked.has(a.id));
  const annotationTotal = chosen.reduce((n, a) => n + total(counts.get(a.id)), 0);

  const toggle = useCallback((id: string, on: boolean) => {
    setChecked((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // A long library draws the rows in view.
  const scroller = useRef<HTMLUListElement>(null);
  const selectedIndex = useMemo(() => shown.findIndex((a) => a.id === selectedId), [shown, selectedId]);
  const keyOf = useCallback((i: number) => shown[i]?.id ?? i, [shown]);
  const { windowed, drawn, top, bottom } = useWindowedRows({ count: shown.length, scroller, sizeOf: libraryRowHeight, keyOf, selectedIndex });

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
      {entities.length > 0 && (
        <div className="list-tools entity-filter">
          <select aria-label="Only articles that mention" value={entityFilter} onChange={(e) => onEntityFilter(e.target.value)}>
            <option value="">Any entity</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          {filtered && (
            <button type="button" className="link-button" onClick={() => onOpenEntity(filtered.id)} title={`Open the page of ${filtered.name}`}>
              Entity page
            </button>
          )}
        </div>
      )}
      {chosen.length > 0 && (
        <div className="selection-bar" role="toolbar" aria-label="Selected articles">
          <span>{countOf(chosen.length, 'article', 'articles')} selected</span>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete…
          </button>
          <button type="button" onClick={() => setChecked(new Set())}>
            Clear
          </button>
        </div>
      )}
      {shown.length === 0 && <p className="empty">{articles.length === 0 ? `No articles yet. Import ${ARTICLE_TYPES_TEXT} files.` : filtered ? `No article matches the filter and mentions ${filtered.name}.` : 'No article matches the filter.'}</p>}
      <ul ref={scroller} aria-label="Articles" className={windowed ? 'rows windowed' : 'rows'}>
        <ListSpacer height={top} />
        {drawn.map((index) => {
          const a = shown[index];
          return a ? (
            <ArticleRow
              key={a.id}
              article={a}
              counts={counts.get(a.id)}
              open={openContradictions.get(a.id) ?? 0}
              selected={a.id === selectedId}
              checked={checked.has(a.id)}
              onToggle={toggle}
              onOpen={onOpen}
              onEdit={onEdit}
              height={windowed ? LIBRARY_ROW_HEIGHT : undefined}
              place={windowed ? { index, of: shown.length } : undefined}
            />
          ) : null;
        })}
        <ListSpacer height={bottom} />
      </ul>
      {confirming && chosen.length > 0 && (
        <ConfirmDialog
          title={chosen.length === 1 ? 'Delete article' : `Delete ${countOf(chosen.length, 'article', 'articles')}`}
          confirm="Delete"
          danger
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setChecked(new Set());
            onDelete(chosen.map((a) => a.id));
          }}
        >
          <p>
            Delete {chosen.length === 1 ? <strong>{chosen[0]?.title}</strong> : countOf(chosen.length, 'article', 'articles')}
            {annotationTotal > 0 ? ` with ${countOf(annotationTotal, 'annotation', 'annotations')}` : ''}? Ctrl+Z brings{' '}
            {chosen.length === 1 ? 'it' : 'them'} back.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
});
