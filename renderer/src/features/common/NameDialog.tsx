import { useState } from 'react';
import { CancelSubmit, Dialog } from './Dialog';

export interface NameDialogProps {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  onSubmit(name: string): Promise<void>;
  onClose(): void;
}

/** Asks for one name; shows the store's refusal (empty, too long) in place instead of closing. */
export function NameDialog({ title, label, initial, confirm, onSubmit, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    onSubmit(name).then(onClose, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={submit}
      actions={<CancelSubmit submit={confirm} onCancel={onClose} />}
    >
      <label className="field">
        <span>{label}</span>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error !== null} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
