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

/** Both texts, theirs first, so neither window's words are lost. */
export function keepBoth(theirs: string, mine: string): string {
  if (mine.trim() === '' || theirs.includes(mine)) return theirs;
  if (theirs.trim() === '' || mine.includes(theirs)) return mine;
  return `${theirs}\n\n${mine}`;
}

/**
 * A text field that saves itself 600 ms after typing stops, and at once on blur or
 * Ctrl+Enter; Esc puts back the text as it was when the session began. Leaving it while
 * typing (another item selected, the item deleted elsewhere, the view closed) hands over
 * what was typed, never drops it. What was typed in the last 600 ms counts as Saving and is
 * flushed when the page is hidden, reloaded or closed (see pendingEdits); only a process
 * killed outright within those 600 ms loses it.
 *
 * Another window changing the text while this one types is a conflict: saving stops, and the
 * field says so and asks which to keep (mine, theirs, or both). A field left before the
 * analyst answers keeps both texts.
 */
export function AutosaveTextarea({ value, onSave, textareaRef, ...rest }: AutosaveTextareaProps) {
  const [text, setText] = useState(value);
  /** The text another window stored while this one typed, until the analyst chooses. */
  const [theirs, setTheirs] = useState<string | null>(null);
  const conflict = useRef<string | null>(null);
  /** What this field handed to `onSave` in this session: those coming back are its own saves, not another window's. */
  const ownSaves = useRef(new Set<string>([value]));
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
    const editing = field.current?.ownerDocument.activeElement === field.current || unsaved.current !== null;
    if (!editing || (typed.current === original.current && conflict.current === null)) {
      setText(value);
      typed.current = value;
      original.current = value;
      ownSaves.current = new Set([value]);
      return;
    }
    // Typed in this session, and the stored text became one this field never saved: another window wrote it.
    if (!ownSaves.current.has(value) && value !== typed.current) {
      conflict.current = value;
      setTheirs(value);
      window.clearTimeout(timer.current);
    }
  }, [value, field]);

  // A layout cleanup runs while the field is still in the page and can still have the focus.
  useLayoutEffect(() => {
    const textarea = field.current;
    return () => {
      window.clearTimeout(timer.current);
      const focused = textarea !== null && textarea.ownerDocument.activeElement === textarea;
      const mine = unsaved.current ?? typed.current;
      if (conflict.current !== null) latest.current(keepBoth(conflict.current, mine), true);
      else if (unsaved.current !== null || focused) latest.current(mine, true);
      unsaved.current = null;
      held.current?.();
      held.current = null;
    };
  }, [field]);

  const save = (next: string, final: boolean) => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    ownSaves.current.add(next);
    // The action takes over the hold: SaveStatus counts it from dispatch to commit.
    onSave(next, final);
    held.current?.();
    held.current = null;
  };

  /** The analyst's answer to a conflict: the text to keep, saved now (or theirs, which is already stored). */
  const settle = (keep: string, stored: boolean) => {
    conflict.current = null;
    setTheirs(null);
    setText(keep);
    typed.current = keep;
    original.current = keep;
    if (!stored) save(keep, true);
    else {
      window.clearTimeout(timer.current);
      unsaved.current = null;
      ownSaves.current.add(keep);
      held.current?.();
      held.current = null;
    }
  };

  return (
    <>
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
            // The page goes away before the analyst answered a conflict: both texts are kept.
            if (conflict.current !== null) settle(keepBoth(conflict.current, typed.current), false);
            else if (unsaved.current !== null) save(unsaved.current, true);
          });
          window.clearTimeout(timer.current);
          if (conflict.current === null) timer.current = window.setTimeout(() => save(next, false), AUTOSAVE_MS);
        }}
        onFocus={() => {
          original.current = value;
        }}
        onBlur={(e) => {
          // In a conflict nothing is written over until the analyst answers.
          if (conflict.current !== null) return;
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
      {theirs !== null && (
        <div className="conflict" role="alert">
          <p>
            Changed in another window while you typed. There it reads: <q className="conflict-theirs">{theirs || '(empty)'}</q>
          </p>
          <div className="conflict-actions">
            <button type="button" onClick={() => settle(typed.current, false)}>
              Keep mine
            </button>
            <button type="button" onClick={() => settle(theirs, true)}>
              Use theirs
            </button>
            <button type="button" className="primary" onClick={() => settle(keepBoth(theirs, typed.current), false)}>
              Keep both
            </button>
          </div>
        </div>
      )}
    </>
  );
}
