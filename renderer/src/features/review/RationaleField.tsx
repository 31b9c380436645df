import { AutosaveTextarea } from '../common/AutosaveTextarea';

export interface RationaleFieldProps {
  linkId: string;
  rationale: string;
  disabled: boolean;
  /** `final` closes the editing session's undo step; `linkId` is the link it was typed for. */
  onRationale(text: string, final: boolean, linkId: string): void;
}

/** The link's rationale. Mount it with the link's id as key: a new link is a new editing session. */
export function RationaleField({ linkId, rationale, disabled, onRationale }: RationaleFieldProps) {
  return (
    <AutosaveTextarea
      className="rationale-input"
      aria-label="Rationale"
      rows={2}
      value={rationale}
      disabled={disabled}
      placeholder="Rationale: why this verdict, what was checked…"
      onSave={(text, final) => onRationale(text, final, linkId)}
    />
  );
}
