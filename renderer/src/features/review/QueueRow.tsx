import { memo } from 'react';
import type { ArticleSummary } from '../../core/model/article';
import { STATUS_LABELS, type LinkStatus } from '../../core/model/link';
import { outletOf, shortQuote } from './linkText';

export interface QueueRowProps {
  id: string;
  type: string;
  /** The type's name, with its direction. */
  typeName: string;
  status: LinkStatus;
  /** The claims' texts: undefined while being read, null when deleted. */
  fromQuote: string | null | undefined;
  toQuote: string | null | undefined;
  fromArticle: ArticleSummary | undefined;
  toArticle: ArticleSummary | undefined;
  selected: boolean;
  onSelect(id: string): void;
  /** In a windowed queue: the row's place (0-based) and the queue's length, and its fixed height. */
  place?: { index: number; of: number };
  height?: number;
}

/** A queue row's height in a windowed queue (review.css draws every row to it). */
export const QUEUE_ROW_HEIGHT = 104;

/** The row's element id, for the listbox's aria-activedescendant. */
export const rowDomId = (linkId: string) => `review-link-${linkId}`;

function End({ quote, article }: { quote: string | null | undefined; article: ArticleSummary | undefined }) {
  return (
    <span className="review-end">
      <span className={quote === null ? 'review-end-quote gone' : 'review-end-quote'}>
        {quote === undefined ? '…' : quote === null ? 'Claim deleted' : `“${shortQuote(quote)}”`}
      </span>
      <span className="review-end-source">
        {article?.title ?? 'Article not found'} · {outletOf(article)}
      </span>
    </span>
  );
}

/**
 * One link of the queue, of fixed height so the list can be virtualised. Its props are
 * plain values, so a verdict or a typed rationale re-renders only the rows it changes.
 */
export const QueueRow = memo(function QueueRow(props: QueueRowProps) {
  const { id, type, typeName, status, fromQuote, toQuote, fromArticle, toArticle, selected, onSelect, place, height } = props;
  return (
    <li
      style={height === undefined ? undefined : { height }}
      aria-posinset={place ? place.index + 1 : undefined}
      aria-setsize={place?.of}
      id={rowDomId(id)}
      role="option"
      aria-selected={selected} 
      className={selected ? 'review-row selected' : 'review-row'}
      data-link-type={type}
      onClick={() => onSelect(id)}
    >
      <span className="review-row-head">
        <span className="link-chip">{typeName}</span>
        <span className="link-status" data-status={status}>
          {STATUS_LABELS[status]}
        </span>
      </span>
      <End quote={fromQuote} article={fromArticle} />
      <End quote={toQuote} article={toArticle} />
    </li>
  );
});
