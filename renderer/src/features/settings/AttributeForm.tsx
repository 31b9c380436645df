import { useId, useState } from 'react';
import { newId } from '../../core/model/ids';
import type { AttributeDef, AttributeType } from '../../core/model/tagSchema';

export interface AttributeFormProps {
  /** The attribute being changed; none for a new one. */
  initial?: AttributeDef;
  /** The tag's name, in the fields' names. */
  tagLabel: string;
  submit: string;
  /** Saves it; returns why it was refused, or null. */
  onSave(attr: AttributeDef): string | null;
  onCancel?(): void;
}

const TYPES: readonly { value: AttributeType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'choice', label: 'Choice' },
];

/** A name, a type, and for a choice its values one a line. Enter in the name saves. */
export function AttributeForm({ initial, tagLabel, submit, onSave, onCancel }: AttributeFormProps) {
  const [label, setLabel] = useState(initial?.label ?? '');
  const [type, setType] = useState<AttributeType>(initial?.type ?? 'text');
  const [choices, setChoices] = useState((initial?.choices ?? []).join('\n'));
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorId = useId();
  const what = initial ? `attribute ${initial.label}` : `new attribute of ${tagLabel}`;

  const save = () => {
    const refused = onSave({ id: initial?.id ?? newId('attr'), label, type, choices: type === 'choice' ? choices.split('\n') : [] });
    setRefusal(refused);
    if (refused === null && !initial) {
      setLabel('');
      setType('text');
      setChoices('');
    }
  };

  return (
    <div className="attribute-form" role="group" aria-label={initial ? `Change attribute ${initial.label}` : `New attribute of ${tagLabel}`}>
      <label className="field">
        <span>Name</span>
        <input
          aria-label={`Name of the ${what}`}
          autoFocus={initial !== undefined}
          value={label}
          placeholder={initial ? undefined : 'e.g. Certainty'}
          aria-invalid={refusal !== null}
          aria-describedby={refusal ? errorId : undefined}
          onChange={(e) => {
            setLabel(e.target.value);
            setRefusal(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            } else if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </label>
      <label className="field">
        <span>Type</span>
        <select aria-label={`Type of the ${what}`} value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {type === 'choice' && (
        <label className="field attribute-choices">
          <span>Choices, one a line</span>
          <textarea aria-label={`Choices of the ${what}, one a line`} rows={3} value={choices} onChange={(e) => setChoices(e.target.value)} />
        </label>
      )}
      <div className="attribute-form-buttons">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="button" className="primary" onClick={save}>
          {submit}
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

/** The type as the list says it: "Number", "Choice: low, medium, high". */
export function attributeTypeText(attr: AttributeDef): string {
  const type = TYPES.find((t) => t.value === attr.type)?.label ?? attr.type;
  return attr.type === 'choice' ? `${type}: ${attr.choices.join(', ')}` : type;
}
