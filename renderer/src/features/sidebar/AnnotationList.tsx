import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';
import type { AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';
import { ListSpacer } from '../common/ListSpacer';
import { useWindowedRows } from '../common/useWindowedRows';

export interface AnnotationListProps {
  items: readonly AnchoredAnnotation[];
  schema: TagSchema;
  selectedId: string | null;
  /** Must keep its identity across renders: rows re-render only when their own props change. */
  onSelect(id: string): void;
}

interface RowProps {
  annotation: Annotation;
  orphaned: boolean;
  label: string;
  selected: boolean;
  onSelect(id: string): void;
  /** In a windowed list: its place in the whole list (1-based) and the list's length, for assistive technology. */
  position?: { index: number; of: number };
  /** In a windowed list: the row's fixed height (its quote and note clamped to fit). */
  height?: number;
}

/** A windowed row's height: fixed, so the list places 5,000 rows without measuring one. */
export function windowedRowHeight(a: Pick<Annotation, 'note'>): number {
  return a.note ? 100 : 80;
}



/** One row; memoised so that J/K, which changes the selection, re-renders two rows, not all of them. */
const AnnotationRow = memo(function AnnotationRow({ annotation: a, orphaned, label, selected, onSelect, position, height }: RowProps) {
  const ref = useRef<HTMLLIElement | null>(null);
  // A windowed list scrolls to its selected row itself (the row may not be drawn yet).
  const windowed = position !== undefined;
  useEffect(() => {
    if (selected && !windowed) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected, windowed]);
  return (
    <li
      ref={ref}
      style={height === undefined ? undefined : { height }}
      aria-posinset={position?.index}
      aria-setsize={position?.of}
      className={selected ? 'annotation selected' : 'annotation'}
      aria-selected={selected}
      data-annotation-id={a.id}
      tabIndex={0}
      onClick={() => onSelect(a.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(a.id);
        }
      }}
    >
      <span className="annotation-head">
        <span className="chip" data-tag={a.tag}>
          {label}
        </span>
        {orphaned && (
          <span className="badge warn" title="Its text was not found in the article">
            orphaned
          </span>
        )}
      </span>
      <span className="quote">{annotationText(a)}</span>
      {a.note && <span className="note">{a.note}</span>}
    </li>
  );
});

/**
 * The open article's annotations in text order. A long article's list draws only the rows in
 * view, at fixed heights, between two spacers (5,000 rows of grid layout cost a long article's
 * open and every key).
 */
export function AnnotationList({ items, schema, selectedId, onSelect }: AnnotationListProps) {
  const scroller = useRef<HTMLUListElement>(null);
  const selectedIndex = useMemo(() => items.findIndex((x) => x.annotation.id === selectedId), [items, selectedId]);
  // Stable until the items change: the list recomputes every row's place when these change.
  const sizeOf = useCallback((i: number) => windowedRowHeight(items[i]?.annotation ?? { note: '' }), [items]);
  const keyOf = useCallback((i: number) => items[i]?.annotation.id ?? i, [items]);
  const { windowed, drawn, top, bottom } = useWindowedRows({ count: items.length, scroller, sizeOf, keyOf, selectedIndex });
  if (items.length === 0) {
    return <p className="empty">No annotations yet. Select text and press 1-8 to tag it.</p>;
  }
  return (
    <ul ref={scroller} className={windowed ? 'annotation-list windowed' : 'annotation-list'} aria-label="Annotations">
      <ListSpacer height={top} />
      {drawn.map((index) => {
        const item = items[index];
        if (!item) return null;
        const { annotation: a, anchor } = item;
        return (
          <AnnotationRow
            key={a.id}
            annotation={a}
            orphaned={anchor.status === 'orphaned'}
            label={findTag(schema, a.tag)?.label ?? a.tag}
            selected={a.id === selectedId}
            onSelect={onSelect}
            position={windowed ? { index: index + 1, of: items.length } : undefined}
            height={windowed ? sizeOf(index) : undefined}
          />
        );
      })}
      <ListSpacer height={bottom} />
    </ul>
  );
}
