import { useId, useState } from 'react';
import { freeTagKey } from '../../core/schema/schemaRules';
import { ColourPicker } from './ColourPicker';
import { nextPaletteColour } from './palette';
import { addTag } from './settingsActions';
import type { Run, SettingsState } from './settingsStore';

export interface AddTagFormProps {
  rows: SettingsState;
  run: Run;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A new tag. Until the analyst picks them, the colour is the next palette colour no tag has
 * and the key the first free one, worked out afresh as the tags change.
 */
export function AddTagForm({ rows, run }: AddTagFormProps) {
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [color, setColor] = useState<string | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorId = useId();

  const shownKind = kind ?? rows.kinds.find((k) => k.id === 'entity')?.id ?? rows.kinds[0]?.id ?? '';
  const shownColor = color ?? nextPaletteColour(rows.tags);
  const shownKey = key ?? freeTagKey(rows.tags);

  const add = () => {
    const refused = addTag(run, rows, { label, kind: shownKind, color: shownColor, key: shownKey });
    setRefusal(refused);
    if (refused === null) {
      setLabel('');
      setColor(null);
      setKey(null);
    }
  };

  return (
    <div className="add-form add-tag" role="group" aria-label="Add a tag">
      <h3 className="add-title">Add a tag</h3>
      <div className="add-fields">
        <label className="field add-name">
          <span>Name</span>
          <input
            aria-label="Name of the new tag"
            placeholder="e.g. Weapon"
            value={label}
            aria-invalid={refusal !== null}
            aria-describedby={refusal ? errorId : undefined}
            onChange={(e) => {
              setLabel(e.target.value);
              setRefusal(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <label className="field">
          <span>Kind</span>
          <select aria-label="Kind of the new tag" value={shownKind} onChange={(e) => setKind(e.target.value)}>
            {rows.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Key</span>
          <select aria-label="Key of the new tag" value={shownKey} onChange={(e) => setKey(e.target.value)}>
            <option value="">none</option>
            {KEYS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span>Colour</span>
          <ColourPicker value={shownColor} name="the new tag" onPick={(c) => setColor(c)} />
        </div>
        <button type="button" className="primary add-button" onClick={add}>
          Add tag
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
