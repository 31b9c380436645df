import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { TagDef, TagSchema } from '../../core/model/tagSchema';

export interface AnnotationDetailsProps {
  annotation: Annotation;
  schema: TagSchema;
  onRetag(tag: TagDef): void;
  /** `final` closes the editing session's undo step. */
  onNote(note: string, final: boolean): void;
  onDelete(): void;
  /** True when N asked for the note editor: it takes the focus and reports it. */
  focusNote: boolean;
  onNoteFocused(): void;
}

const AUTOSAVE_MS = 600;

/**
 * The selected annotation's tag, note and actions. The note saves itself 600 ms after
 * typing stops, and at once on blur, Ctrl+Enter or when another annotation is selected;
 * all saves of one editing session are one undo step. Esc puts back the note as it was.
 * (What was typed in the last 600 ms before the window is killed is not stored yet.)
 */
export function AnnotationDetails(props: AnnotationDetailsProps) {
  const { annotation, schema, onRetag, onNote, onDelete, focusNote, onNoteFocused } = props;
  const [note, setNote] = useState(annotation.note);
  const original = useRef(annotation.note);
  const timer = useRef<number | undefined>(undefined);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  /** What was typed and not yet handed to `onNote`. */
  const unsaved = useRef<string | null>(null);
  const latestOnNote = useRef(onNote);
  useEffect(() => {
    latestOnNote.current = onNote;
  });
  const editing = () => document.activeElement === noteRef.current;
  useEffect(() => {
    setNote(annotation.note);
    original.current = annotation.note;
  }, [annotation.id]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new annotation resets
  useEffect(() => {
    // An undo or redo from outside shows at once; our own autosaves arriving while the
    // analyst types must not overwrite what they typed since.
    if (!editing()) {
      setNote(annotation.note);
      original.current = annotation.note;
    }
  }, [annotation.note]);
  useLayoutEffect(() => {
    const el = noteRef.current;
    if (!focusNote || !el) return;
    el.focus();
    // N continues the note: the caret goes after what is written, wherever it was before.
    el.setSelectionRange(el.value.length, el.value.length);
    onNoteFocused();
  }, [focusNote, onNoteFocused]);
  // Leaving this annotation while its note is being typed (it was deleted elsewhere, or an
  // undo removed it) hands over what was typed, so it is saved or shown, never dropped.
  // A layout cleanup runs while the textarea is still in the page and can still have the focus.
  const typed = useRef(note);
  typed.current = note;
  useLayoutEffect(() => {
    const textarea = noteRef.current;
    return () => {
      window.clearTimeout(timer.current);
      const focused = textarea !== null && textarea.ownerDocument.activeElement === textarea;
      if (unsaved.current !== null || focused) latestOnNote.current(unsaved.current ?? typed.current, true);
      unsaved.current = null;
    };
  }, [annotation.id]);

  const save = (value: string, final: boolean) => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    onNote(value, final);
  };
  const type = (value: string) => {
    setNote(value);
    unsaved.current = value;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => save(value, false), AUTOSAVE_MS);
  };
  const finish = (value: string) => {
    save(value, true);
    original.current = value;
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
          className="note-input"
          rows={3}
          value={note}
          placeholder="Why this matters, who said it…"
          onChange={(e) => type(e.target.value)}
          onFocus={() => {
            original.current = annotation.note;
          }}
          onBlur={(e) => finish(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.blur();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.currentTarget.value = original.current;
              setNote(original.current);
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
}
