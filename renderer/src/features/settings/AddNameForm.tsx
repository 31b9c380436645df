import { useId, useState } from 'react';

export interface AddNameFormProps {
  /** "kind", "counted thing": in the group's, field's and button's names. */
  noun: string;
  placeholder: string;
  /** A second field (the words of a counted thing), when the row has one. */
  extra?: { label: string; placeholder: string };
  /** Adds it; returns why it was refused, or null. */
  onAdd(name: string, extra: string): string | null;
}

/** A name (and perhaps one more field) and an Add button; Enter adds. The refusal shows under the fields. */
export function AddNameForm({ noun, placeholder, extra, onAdd }: AddNameFormProps) {
  const [name, setName] = useState('');
  const [more, setMore] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorId = useId();
  const add = () => {
    const refused = onAdd(name, more);
    setRefusal(refused);
    if (refused === null) {
      setName('');
      setMore('');
    }
  };
  const onKeyDown = (e: { key: string; preventDefault(): void }) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="add-form" role="group" aria-label={`Add a ${noun}`}>
      <div className="add-fields">
        <label className="field add-name">
          <span>New {noun}</span>
          <input
            aria-label={`Name of the new ${noun}`}
            placeholder={placeholder}
            value={name}
            aria-invalid={refusal !== null}
            aria-describedby={refusal ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setRefusal(null);
            }}
            onKeyDown={onKeyDown}
          />
        </label>
        {extra && (
          <label className="field add-extra">
            <span>{extra.label}</span>
            <input aria-label={`${extra.label} of the new ${noun}`} placeholder={extra.placeholder} value={more} onChange={(e) => setMore(e.target.value)} onKeyDown={onKeyDown} />
          </label>
        )}
        <button type="button" className="add-button" onClick={add}>
          Add {noun}
        </button>
      </div>
      {refusal && (
        <p className="field-error" role="alert" id={errorId}>
          {refusal}
        </p>
      )}
    </div>
  );
}
