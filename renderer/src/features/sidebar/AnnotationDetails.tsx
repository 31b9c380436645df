import { forwardRef, useEffect, useRef, useState } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { TagDef, TagSchema } from '../../core/model/tagSchema';

export interface AnnotationDetailsProps {
  annotation: Annotation;
  schema: TagSchema;
  onRetag(tag: TagDef): void;
  onNote(note: string): void;
  onDelete(): void;
}

/** The selected annotation's tag, note and actions. The note is saved when it loses focus or on Ctrl+Enter. */
export const AnnotationDetails = forwardRef<HTMLTextAreaElement, AnnotationDetailsProps>(function AnnotationDetails(props, noteRef) {
  const { annotation, schema, onRetag, onNote, onDelete } = props;
  const [note, setNote] = useState(annotation.note);
  useEffect(() => setNote(annotation.note), [annotation.id, annotation.note]);
  const discard = useRef(false);
  const commit = () => {
    if (discard.current) {
      discard.current = false;
      return;
    }
    if (note !== annotation.note) onNote(note);
  };
  return (
    <section className="details" aria-label="Selected annotation">
      <blockquote className="details-quote">{annotationText(annotation)}</blockquote>
      <label className="field">
        <span>Tag</span>
        <select
          value={annotation.tag}
          onChange={(e) => {
            const tag = schema.tags.find((t) => t.id === e.target.value);
            if (tag) onRetag(tag);
          }}
        >
          {schema.tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.key} · {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>
          Note <kbd>N</kbd>
        </span>
        <textarea
          ref={noteRef}
          rows={3}
          value={note}
          placeholder="Why this matters, who said it…"
          onChange={(e) => setNote(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              commit();
              e.currentTarget.blur();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              discard.current = true;
              setNote(annotation.note);
              e.currentTarget.blur();
            }
          }}
        />
      </label>
      <div className="details-actions">
        <button type="button" className="danger" onClick={onDelete} title="Delete (Delete key)">
          Delete
        </button>
      </div>
    </section>
  );
});
