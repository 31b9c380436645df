import { useState } from 'react';
import { Dialog } from '../common/Dialog';
import type { Recovery } from './useRecovery';

export interface RecoveryDialogProps {
  recovery: Recovery;
  /** Where a restore's outcome is said once the dialog has gone. */
  onRestored(message: string): void;
}

/**
 * Offered at start when the browser's storage lost projects their safety copies still hold:
 * Chromium discards an origin's IndexedDB store it finds damaged after a crash. Restoring
 * rebuilds each under its own id; Not now asks again at the next start.
 */
export function RecoveryDialog({ recovery, onRestored }: RecoveryDialogProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const restore = async (id: string) => {
    setBusy(true);
    setProblem(null);
    try {
      onRestored(await recovery.restore(id));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const one = recovery.lost.length === 1;
  return (
    <Dialog
      title={one ? 'Restore a lost project' : 'Restore lost projects'}
      onClose={recovery.dismiss}
      actions={
        <button type="button" onClick={recovery.dismiss} disabled={busy}>
          Not now
        </button>
      }
    >
      <p>
        {one ? 'A project is' : 'Some projects are'} missing from Crosscheck’s storage, but {one ? 'its safety copy is' : 'their safety copies are'} here. The browser throws away a
        store it finds damaged after a crash; the safety copy is kept apart from it, with every change that was shown as saved.
      </p>
      <ul className="rows" aria-label="Lost projects">
        {recovery.lost.map((p) => (
          <li key={p.id} className="backup-row">
            <span>
              <strong>{p.name}</strong>{' '}
              <span className="muted small">
                made {p.createdAt.slice(0, 10)}; last change copied {new Date(p.changedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
              </span>
            </span>
            <button type="button" className="primary" disabled={busy} onClick={() => void restore(p.id)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="error-text">
          {problem} Nothing was changed.
        </p>
      )}
    </Dialog>
  );
}
