import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface RationaleFieldProps {
  linkId: string;
  rationale: string;
  disabled: boolean;
  /** `final` closes the editing session's undo step; `linkId` is the link it was typed for. */
  onRationale(text: string, final: boolean, linkId: string): void;
}

const AUTOSAVE_MS = 600;

/**
 * The link's rationale, saved a moment after typing stops and at once on blur or Ctrl+Enter;
 * all saves of one editing session are one undo step. Esc puts it back as it was. Mount it
 * with the link's id as key: a new link is a new session.
 */
export function RationaleField({ linkId, rationale, disabled, onRationale }: RationaleFieldProps) {
  const [text, setText] = useState(rationale);
  const original = useRef(rationale);
  const timer = useRef<number | undefined>(undefined);
  const field = useRef<HTMLTextAreaElement>(null);
  /** What was typed and not yet handed to `onRationale`. */
  const unsaved = useRef<string | null>(null);
  const typed = useRef(rationale);
  const latest = useRef(onRationale);
  useEffect(() => {
    latest.current = onRationale;
  });

  useEffect(() => {
    // An undo or another window shows at once; our own autosaves arriving while the analyst
    // types must not overwrite what they typed since.
    if (field.current?.ownerDocument.activeElement !== field.current) {
      setText(rationale);
      typed.current = rationale;
      original.current = rationale;
    }
  }, [rationale]);

  // Leaving the link while typing (the selection moved, or the view closed) hands over what
  // was typed, for the link it was typed for. A layout cleanup runs while the field is still
  // in the page and can still have the focus.
  useLayoutEffect(() => {
    const textarea = field.current;
    return () => {
      window.clearTimeout(timer.current);
      const focused = textarea !== null && textarea.ownerDocument.activeElement === textarea;
      if (unsaved.current !== null || focused) latest.current(unsaved.current ?? typed.current, true, linkId);
      unsaved.current = null;
    };
  }, [linkId]);

  const save = (value: string, final: boolean) => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    onRationale(value, final, linkId);
  };
  const type = (value: string) => {
    setText(value);
    typed.current = value;
    unsaved.current = value;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => save(value, false), AUTOSAVE_MS);
  };

  return (
    <textarea
      ref={field}
      className="rationale-input"
      aria-label="Rationale"
      rows={2}
      value={text}
      disabled={disabled}
      placeholder="Rationale: why this verdict, what was checked…"
      onChange={(e) => type(e.target.value)}
      onFocus={() => {
        original.current = rationale;
      }}
      onBlur={(e) => {
        save(e.target.value, true);
        original.current = e.target.value;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.currentTarget.value = original.current;
          setText(original.current);
          typed.current = original.current;
          e.currentTarget.blur();
        }
      }}
    />
  );
}
