import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'onKeyDown'>;

export interface CommitInputProps extends Passed {
  value: string;
  /** Called once per edit, on Enter or when the field loses the focus, and only when the text changed. */
  onCommit(text: string): void;
}

/**
 * A one-line field for a stored value: typing is free, Enter or leaving the field stores it
 * as one action (not one per key), Esc puts back what is stored. A change from outside
 * (undo, another window) shows unless the analyst is typing in it.
 */
export function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current?.ownerDocument.activeElement !== ref.current) setText(value);
  }, [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <input
      {...rest}
      ref={ref}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setText(value);
        }
      }}
    />
  );
}
