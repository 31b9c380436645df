import { useEffect, useRef, useState } from 'react';
import { applyColourRules } from '../common/colourRules';
import { PALETTE } from './palette';

export interface ColourPickerProps {
  value: string;
  /** What is being coloured, for the group's name ("Colour for Person"). */
  name: string;
  /** `swatch`: one of the palette's buttons (a choice made), not the native picker (which may stay open for another try). */
  onPick(color: string, swatch: boolean): void;
  /** Focus the current colour when shown (a panel opened from the keyboard starts on it). */
  autoFocus?: boolean;
}

const SWATCHES = PALETTE.map((p) => ({ id: p.color, color: p.color }));

/** The eight Okabe-Ito swatches first (they stay apart for most colour vision), then any colour. */
export function ColourPicker({ value, name, onPick, autoFocus = false }: ColourPickerProps) {
  useEffect(() => applyColourRules('data-colour', '--colour', SWATCHES), []);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  // The native picker fires `input` while the pointer moves and `change` once it is closed:
  // only the second is a choice worth an undo step. React's onChange is the first.
  const other = useRef<HTMLInputElement>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  useEffect(() => {
    const input = other.current;
    if (!input) return undefined;
    const onChange = () => pick.current(input.value.toUpperCase(), false);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);

  const inPalette = PALETTE.some((p) => p.color.toLowerCase() === value.toLowerCase());
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    group.current?.querySelector<HTMLElement>('[aria-pressed="true"], input[type="color"]')?.focus();
    // Only when the picker is first shown, not on every colour picked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div ref={group} className="colour-picker" role="group" aria-label={`Colour for ${name}`}>
      {PALETTE.map((p) => (
        <button
          key={p.color}
          type="button"
          className="colour-swatch"
          data-colour={p.color}
          aria-label={p.name}
          title={`${p.name} ${p.color}`}
          aria-pressed={p.color.toLowerCase() === value.toLowerCase()}
          onClick={() => onPick(p.color, true)}
        />
      ))}
      <label className={inPalette ? 'colour-other' : 'colour-other chosen'}>
        <span>Other…</span>
        <input ref={other} type="color" aria-label={`Other colour for ${name}`} value={draft.toLowerCase()} onChange={(e) => setDraft(e.target.value)} />
      </label>
    </div>
  );
}
