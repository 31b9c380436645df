import { useEffect, useRef } from 'react';
import { annotationText } from '../../core/model/annotation';
import { findTag, type TagSchema } from '../../core/model/tagSchema';
import type { AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';

export interface AnnotationListProps {
  items: readonly AnchoredAnnotation[];
  schema: TagSchema;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function AnnotationList({ items, schema, selectedId, onSelect }: AnnotationListProps) {
  const selectedRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  if (items.length === 0) {
    return <p className="empty">No annotations yet. Select text and press 1-8 to tag it.</p>;
  }
  return (
    <ul className="annotation-list" aria-label="Annotations">
      {items.map(({ annotation: a, anchor }) => {
        const tag = findTag(schema, a.tag);
        const selected = a.id === selectedId;
        return (
          <li
            key={a.id}
            ref={selected ? selectedRef : undefined}
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
              {tag?.label ?? a.tag}
            </span>
            {anchor.status === 'orphaned' && <span className="badge warn" title="Its text was not found in the article">orphaned</span>}
            <span className="quote">{annotationText(a)}</span>
            {a.note && <span className="note">{a.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
