import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type TextareaHTMLAttributes } from 'react';
import { pendingEdits } from './pendingEdits';

type Passed = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onFocus' | 'onKeyDown'>;

export interface AutosaveTextareaProps extends Passed {
  /** The stored text. Mount with a key per thing edited: a new key is a new editing session. */
  value: string;
  /** `final` ends the editing session (blur, Ctrl+Enter, Esc, leaving): its saves are one undo step. */
  onSave(text: string, final: boolean): void;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}

const AUTOSAVE_MS = 600;

/**
 * A text field that saves itself 600 ms after typing stops, and at once on blur or
 * Ctrl+Enter; Esc puts back the text as it was when the session began. Leaving it while
 * typing (another item selected, the item deleted elsewhere, the view closed) hands over
 * what was typed, never drops it. What was typed in the last 600 ms counts as Saving and is
 * flushed when the page is hidden, reloaded or closed (see pendingEdits); only a process
 * killed outright within those 600 ms loses it.
 */
export function AutosaveTextarea({ value, onSave, textareaRef, ...rest }: AutosaveTextareaProps) {
  const [text, setText] = useState(value);
  const original = useRef(value);
  const timer = useRef<number | undefined>(undefined);
  const own = useRef<HTMLTextAreaElement>(null);
  const field = textareaRef ?? own;
  /** What was typed and not yet handed to `onSave`. */
  const unsaved = useRef<string | null>(null);
  /** Releases the pending-edit hold that makes the status bar say Saving while `unsaved` waits. */
  const held = useRef<(() => void) | null>(null);
  const typed = useRef(value);
  const latest = useRef(onSave);
  useEffect(() => {
    latest.current = onSave;
  });

  useEffect(() => {
    // A change from outside (undo, another window) shows at once; our own autosaves
    // arriving while the analyst types must not overwrite what they typed since.
    if (field.current?.ownerDocument.activeElement !== field.current) {
      setText(value);
      typed.current = value;
      original.current = value;
    }
  }, [value, field]);

  // A layout cleanup runs while the field is still in the page and can still have the focus.
  useLayoutEffect(() => {
    const textarea = field.current;
    return () => {
      window.clearTimeout(timer.current);
      const focused = textarea !== null && textarea.ownerDocument.activeElement === textarea;
      if (unsaved.current !== null || focused) latest.current(unsaved.current ?? typed.current, true);
      unsaved.current = null;
      held.current?.();
      held.current = null;
    };
  }, [field]);

  const save = (next: string, final: boolean) => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    // The action takes over the hold: SaveStatus counts it from dispatch to commit.
    onSave(next, final);
    held.current?.();
    held.current = null;
  };

  return (
    <textarea
      {...rest}
      ref={field}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        typed.current = next;
        unsaved.current = next;
        held.current ??= pendingEdits.hold(() => {
          if (unsaved.current !== null) save(unsaved.current, true);
        });
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => save(next, false), AUTOSAVE_MS);
      }}
      onFocus={() => {
        original.current = value;
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
