import type { AttributeValue } from '../../core/model/annotation';
import type { AttributeDef } from '../../core/model/tagSchema';
import { CommitInput } from '../common/CommitInput';

export interface AttributeFieldsProps {
  defs: readonly AttributeDef[];
  values: Readonly<Record<string, AttributeValue>>;
  /** Sets one attribute; undefined removes it. */
  onSet(id: string, value: AttributeValue | undefined, label: string): void;
}

/** The attributes the annotation's tag carries (Settings defines them), each stored as its own edit. */
export function AttributeFields({ defs, values, onSet }: AttributeFieldsProps) {
  if (defs.length === 0) return null;
  return (
    <div className="attribute-fields">
      {defs.map((d) => {
        const value = values[d.id];
        const text = value === undefined ? '' : String(value);
        if (d.type === 'choice') {
          return (
            <label key={d.id} className="field">
              <span>{d.label}</span>
              <select value={text} onChange={(e) => onSet(d.id, e.target.value || undefined, `${d.label}: ${e.target.value || 'none'}`)}>
                <option value="">—</option>
                {d.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
                {text && !d.choices.includes(text) && <option value={text}>{text} (no longer a choice)</option>}
              </select>
            </label>
          );
        }
        return (
          <label key={d.id} className="field">
            <span>{d.label}</span>
            <CommitInput
              value={text}
              inputMode={d.type === 'number' ? 'decimal' : undefined}
              onCommit={(t) => {
                const clean = t.trim();
                if (!clean) return onSet(d.id, undefined, `Clear ${d.label}`);
                if (d.type === 'number') {
                  const n = Number(clean.replace(/,/g, ''));
                  // Not a number: what is stored stays, and the field shows it again.
                  if (!Number.isFinite(n)) return onSet(d.id, value, `${d.label}`);
                  return onSet(d.id, n, `${d.label}: ${n}`);
                }
                onSet(d.id, clean, `${d.label}: ${clean}`);
              }}
            />
          </label>
        );
      })}
    </div>
  );
}
