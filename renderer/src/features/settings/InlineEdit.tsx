import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface InlineEditProps {
  /** The text the field starts from. */
  value: string;
  /** What shows while not editing; the value itself when not given. */
  children?: ReactNode;
  /** The button's words ("Rename") and its name for assistive tech ("Rename tag Person"). */
  action: string;
  actionName: string;
  /** The field's name for assistive tech ("New name for tag Person"). */
  fieldName: string;
  placeholder?: string;
  className?: string;
  /** Saves the text; returns why it was refused (the field stays open with the reason under it), or null. */
  onSave(text: string): string | null;
}

/**
 * Text with a button that turns it into a field: Enter saves, Esc puts it back, leaving the
 * field saves what was typed. Focus returns to the button after Enter or Esc.
 */
export function InlineEdit({ value, children, action, actionName, fieldName, placeholder, className, onSave }: InlineEditProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [refusal, setRefusal] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Set when the field closes by Enter or Esc (focus goes back to the button), and so that
  // the blur of a closing field does not save a second time.
  const closing = useRef(false);
  const errorId = useId();

  useEffect(() => {
    if (!editing && closing.current) {
      closing.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const start = () => {
    setDraft(value);
    setRefusal(null);
    setEditing(true);
  };
  const close = () => {
    closing.current = true;
    setRefusal(null);
    setEditing(false);
  };
  const save = (): boolean => {
    const refused = draft.trim() === value.trim() ? null : onSave(draft);
    setRefusal(refused);
    return refused === null;
  };

  if (editing) {
    return (
      <div className={className ? `inline-edit editing ${className}` : 'inline-edit editing'}>
        <input
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          aria-label={fieldName}
          placeholder={placeholder}
          value={draft}
          aria-invalid={refusal !== null}
          aria-describedby={refusal ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (save()) close();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              close();
            }
          }}
          onBlur={() => {
            if (closing.current) return;
            if (save()) setEditing(false);
          }}
        />
        {refusal && (
          <p className="field-error" role="alert" id={errorId}>
            {refusal}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className={className ? `inline-edit ${className}` : 'inline-edit'}>
      <span className="inline-edit-text" onDoubleClick={start}>
        {children ?? value}
      </span>
      <button type="button" ref={button} className="quiet" aria-label={actionName} onClick={start}>
        {action}
      </button>
    </div>
  );
}
