import { memo, useEffect, useRef } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';
import type { AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';

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
}

/** One row; memoised so that J/K, which changes the selection, re-renders two rows, not all of them. */
const AnnotationRow = memo(function AnnotationRow({ annotation: a, orphaned, label, selected, onSelect }: RowProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
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
      <span className="chip" data-tag={a.tag}>
        {label}
      </span>
      {orphaned && (
        <span className="badge warn" title="Its text was not found in the article">
          orphaned
        </span>
      )}
      <span className="quote">{annotationText(a)}</span>
      {a.note && <span className="note">{a.note}</span>}
    </li>
  );
});

export function AnnotationList({ items, schema, selectedId, onSelect }: AnnotationListProps) {
  if (items.length === 0) {
    return <p className="empty">No annotations yet. Select text and press 1-8 to tag it.</p>;
  }
  return (
    <ul className="annotation-list" aria-label="Annotations">
      {items.map(({ annotation: a, anchor }) => (
        <AnnotationRow
          key={a.id}
          annotation={a}
          orphaned={anchor.status === 'orphaned'}
          label={findTag(schema, a.tag)?.label ?? a.tag}
          selected={a.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}
