import { useLayoutEffect, useRef } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { TagDef, TagSchema } from '../../core/model/tagSchema';
import { AutosaveTextarea } from '../common/AutosaveTextarea';
import type { AttributeValue } from '../../core/model/annotation';
import { AttributeFields } from './AttributeFields';

export interface AnnotationDetailsProps {
  annotation: Annotation;
  schema: TagSchema;
  onRetag(tag: TagDef): void;
  /** `final` closes the editing session's undo step. */
  onNote(note: string, final: boolean): void;
  onDelete(): void;
  onAttribute(id: string, value: AttributeValue | undefined, label: string): void;
  /** True when N asked for the note editor: it takes the focus and reports it. */
  focusNote: boolean;
  onNoteFocused(): void;
}

/**
 * The selected annotation's tag, note and actions. Mounted with the annotation's id as key:
 * each annotation's note is an editing session of its own (see AutosaveTextarea).
 */
export function AnnotationDetails(props: AnnotationDetailsProps) {
  const { annotation, schema, onRetag, onNote, onDelete, onAttribute, focusNote, onNoteFocused } = props;
  const tag = schema.tags.find((t) => t.id === annotation.tag);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = noteRef.current;
    if (!focusNote || !el) return;
    el.focus();
    // N continues the note: the caret goes after what is written, wherever it was before.
    el.setSelectionRange(el.value.length, el.value.length);
    onNoteFocused();
  }, [focusNote, onNoteFocused]);
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
              {t.key ? `${t.key} · ` : ''}{t.label}
            </option>
          ))}
        </select>
      </label>
      <AttributeFields defs={tag?.attributes ?? []} values={annotation.attributes} onSet={onAttribute} />
      <label className="field">
        <span>
          Note <kbd>N</kbd>
        </span>
        <AutosaveTextarea
          textareaRef={noteRef}
          className="note-input"
          rows={3}
          value={annotation.note}
          placeholder="Why this matters, who said it…"
          onSave={onNote}
        />
      </label>
      <div className="details-actions">
        <button type="button" className="danger" onClick={onDelete} title="Delete (Delete key)">
          Delete
        </button>
      </div>
    </section>
  );
}
