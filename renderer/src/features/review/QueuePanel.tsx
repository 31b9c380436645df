import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { ALL_LINKS } from '../../core/links/reviewQueue';
import type { ArticleSummary } from '../../core/model/article';
import { LINK_STATUSES, STATUS_LABELS, type LinkStatus } from '../../core/model/link';
import { countOf } from '../../core/text/plural';
import { linkTypeName } from './linkText';
import type { ReviewController } from './reviewController';
import type { ReviewState } from './reviewStore';
import { QUEUE_ROW_HEIGHT, QueueRow, rowDomId } from './QueueRow';

const queueRowHeight = () => QUEUE_ROW_HEIGHT;
import { ListSpacer } from '../common/ListSpacer';
import { useWindowedRows } from '../common/useWindowedRows';

export interface QueuePanelProps {
  controller: ReviewController;
  state: ReviewState;
  onClose(): void;
}

interface Choice {
  value: string;
  label: string;
}

const NO_ARTICLES: ReadonlyMap<string, ArticleSummary> = new Map();
const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

/** The choices of the type, article and outlet filters: what the project's links have, and the current value even when nothing has it. */
function useChoices(state: ReviewState) {
  const { links, articles, filter, types: defs } = state;
  return useMemo(() => {
    const summaries = articles ?? NO_ARTICLES;
    const types = new Set<string>(defs.map((t) => t.id));
    const articleIds = new Set<string>();
    for (const l of links ?? []) {
      types.add(l.type);
      articleIds.add(l.fromArticleId);
      articleIds.add(l.toArticleId);
    }
    const linked = [...articleIds].map((id) => summaries.get(id)).filter((a): a is ArticleSummary => a !== undefined);
    const outlets = new Set(linked.map((a) => a.source).filter((s) => s !== ''));
    const keep = (choices: Choice[], value: string, missing: string) =>
      value === 'all' || choices.some((c) => c.value === value) ? choices : [...choices, { value, label: missing }];
    return {
      types: keep(
        [...types].map((t) => ({ value: t, label: linkTypeName(defs, t) })),
        filter.type,
        `${filter.type} (no link)`,
      ),
      articles: keep(
        linked.map((a) => ({ value: a.id, label: a.title || a.fileName })).sort(byLabel),
        filter.articleId,
        'Article not found',
      ),
      outlets: keep(
        [...outlets].map((o) => ({ value: o, label: o })).sort(byLabel),
        filter.outlet,
        `${filter.outlet} (no link)`,
      ),
    };
  }, [links, articles, filter, defs]);
}

function FilterSelect(props: { label: string; all: string; value: string; choices: Choice[]; onChange(value: string): void }) {
  const { label, all, value, choices, onChange } = props;
  return (
    <label className="review-select">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="all">{all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The left column: the status counts and filters, and the queue of links. */
export function QueuePanel({ controller, state, onClose }: QueuePanelProps) {
  const { links, articles, queue, counts, filter, sort, selectedLinkId, quotes, types } = state;
  const choices = useChoices(state);
  const summaries = articles ?? NO_ARTICLES;
  const onSelect = useCallback((id: string) => controller.select(id), [controller]);
  const list = useRef<HTMLUListElement>(null);
  const total = LINK_STATUSES.reduce((n, s) => n + counts[s], 0);

  // A long queue draws the rows in view; the selected row is scrolled into sight when J, K or a verdict moves it.
  const selectedIndex = useMemo(() => queue.findIndex((l) => l.id === selectedLinkId), [queue, selectedLinkId]);
  const keyOf = useCallback((i: number) => queue[i]?.id ?? i, [queue]);
  const { windowed, drawn: indices, top, bottom } = useWindowedRows({ count: queue.length, scroller: list, sizeOf: queueRowHeight, keyOf, selectedIndex });
  useEffect(() => {
    if (!windowed) list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedLinkId, queue, windowed]);
  const drawn = indices.map((index) => ({ link: queue[index], index }));
  const drawnSelected = selectedLinkId !== null && drawn.some((d) => d.link?.id === selectedLinkId);

  const onKeyDown = (e: KeyboardEvent) => {
    const to = { ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last' }[e.key];
    if (!to || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    if (to === 'next' || to === 'previous') controller.step(to === 'next' ? 1 : -1);
    else {
      const target = to === 'first' ? queue[0] : queue[queue.length - 1];
      if (target) controller.select(target.id);
    }
  };

  const status = (value: LinkStatus | 'all', label: string, n: number) => (
    <label key={value} className={filter.status === value ? 'status-chip checked' : 'status-chip'} data-status={value}>
      <input type="radio" name="review-status" checked={filter.status === value} onChange={() => controller.setFilter({ status: value })} />
      {label} <span className="status-count">{n}</span>
    </label>
  );

  let empty: string | null = null;
  if (!links || !articles) empty = 'Reading links…';
  else if (links.length === 0) empty = 'No links yet. Select a claim and press L to link it.';
  else if (queue.length === 0) empty = 'No link matches the filters.';

  return (
    <aside className="review-queue" aria-label="Review queue">
      <header className="review-queue-head">
        <h2>
          Review <span className="muted">{links ? countOf(links.length, 'link', 'links') : ''}</span>
        </h2>
        <button type="button" onClick={() => void controller.suggest()} title="Suggest candidate links from the claims’ figures, sources, entities and dates (S)">
          Suggest <kbd>S</kbd>
        </button>
        <button type="button" onClick={onClose}>
          Back to articles
        </button>
      </header>

      {/* Radios, not buttons: a filter named "Confirmed" must not answer to the Confirm button's name. */}
      <div className="status-chips" role="radiogroup" aria-label="Status">
        {status('all', 'All', total)}
        {LINK_STATUSES.map((s) => status(s, STATUS_LABELS[s], counts[s]))}
      </div>
      <div className="review-filters">
        <FilterSelect label="Type" all="All types" value={filter.type} choices={choices.types} onChange={(type) => controller.setFilter({ type })} />
        <FilterSelect label="Outlet" all="All outlets" value={filter.outlet} choices={choices.outlets} onChange={(outlet) => controller.setFilter({ outlet })} />
        <FilterSelect
          label="Article"
          all="All articles"
          value={filter.articleId}
          choices={choices.articles}
          onChange={(articleId) => controller.setFilter({ articleId })}
        />
        <label className="review-select">
          <span>Sort</span>
          <select value={sort} onChange={(e) => controller.setSort(e.target.value === 'status' ? 'status' : 'date')}>
            <option value="date">Date</option>
            <option value="status">Status</option>
          </select>
        </label>
      </div>
      {empty ? (
        <div className="empty">
          <p>{empty}</p>
          {links && links.length > 0 && (
            <button type="button" onClick={() => controller.setFilter(ALL_LINKS)}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <ul
          ref={list}
          className={windowed ? 'review-rows windowed' : 'review-rows'}
          role="listbox"
          aria-label="Links"
          tabIndex={0}
          aria-activedescendant={selectedLinkId && drawnSelected ? rowDomId(selectedLinkId) : undefined}
          onKeyDown={onKeyDown}
        >
          <ListSpacer height={top} />
          {drawn.map(({ link: l, index }) =>
            l ? (
              <QueueRow
                key={l.id}
                id={l.id}
                type={l.type}
                typeName={linkTypeName(types, l.type, true)}
                status={l.status}
                fromQuote={quotes.get(l.fromId)}
                toQuote={quotes.get(l.toId)}
                fromArticle={summaries.get(l.fromArticleId)}
                toArticle={summaries.get(l.toArticleId)}
                selected={l.id === selectedLinkId}
                onSelect={onSelect}
                place={windowed ? { index, of: queue.length } : undefined}
                height={windowed ? QUEUE_ROW_HEIGHT : undefined}
              />
            ) : null,
          )}
          <ListSpacer height={bottom} />
        </ul>
      )}
      {queue.length > 0 && queue.length < (links?.length ?? 0) && (
        <p className="review-queue-foot muted small">{countOf(queue.length, 'link', 'links')} shown</p>
      )}
    </aside>
  );
}
