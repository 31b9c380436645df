import { useCallback, useState } from 'react';
import { readArchive } from '../../core/formats/archive/readArchive';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { countOf } from '../../core/text/plural';
import type { Backup, BackupStore } from '../../storage/backupStore';
import { Dialog } from '../common/Dialog';
import { liveValue, useLive } from '../common/useLive';
import type { OpenProject } from '../projects/useProjectSession';
import { backupCopies } from './backupCopies';
import { backUp } from './backUp';

export interface BackupsDialogProps {
  open: OpenProject;
  store: BackupStore;
  /** Opens a snapshot as a new project and switches to it. */
  restore(snapshot: ProjectSnapshot): Promise<unknown>;
  onClose(): void;
}

type Listed = Omit<Backup, 'archive'>;
const NONE: Listed[] = [];

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The open project's backups, newest first: back up now, or restore one as a new project beside this one. */
export function BackupsDialog({ open, store, restore, onClose }: BackupsDialogProps) {
  const [version, setVersion] = useState(0);
  const list = liveValue(useLive(() => store.list(open.record.id), [store, open.record.id, version]), NONE);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const backUpNow = useCallback(async () => {
    setBusy(true);
    try {
      const took = await backUp(open.repo, store, { id: open.record.id, name: open.record.name }, backupCopies(open));
      setMessage(took ? 'Backed up.' : 'Nothing changed since the last backup.');
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage(`The backup failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }, [open, store]);

  const restoreOne = async (row: Listed) => {
    setBusy(true);
    const backup = await store.get(row.id);
    const read = backup ? readArchive(backup.archive, `backup of ${when(row.at)}`) : null;
    if (!read?.ok) {
      setBusy(false);
      setMessage(`That backup cannot be read${read && !read.ok ? `: ${read.report.errors[0]?.message ?? ''}` : ''}. Nothing was changed.`);
      return;
    }
    await restore({ ...read.snapshot, name: `${row.projectName} (backup ${when(row.at)})` });
    onClose();
  };

  return (
    <Dialog
      title={`Backups of “${open.record.name}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void backUpNow()} disabled={busy}>
            Back up now
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="muted small">
        A backup is taken a minute after the project opens, every ten minutes while it changes, and when the window is hidden; the newest 20 are kept. Restoring opens one as a new
        project beside this one, so nothing is overwritten.
      </p>
      <p className="muted small" data-testid="safety-copy-state">
        {open.safety
          ? 'Safety copy: on. Every change shown as saved is also written outside the browser’s database, with the last backup, so a store the browser throws away after a crash can be rebuilt.'
          : 'Safety copy: off. This browser gives Crosscheck no private file system, so only the backups above protect this project.'}
      </p>
      {list.length === 0 ? (
        <p className="empty">No backup yet.</p>
      ) : (
        <ul className="rows" aria-label="Backups">
          {list.map((b) => (
            <li key={b.id} className="backup-row">
              <span>
                <strong>{when(b.at)}</strong>{' '}
                <span className="muted small">
                  {countOf(b.articles, 'article', 'articles')}, {countOf(b.annotations, 'annotation', 'annotations')}, {countOf(b.links, 'link', 'links')}
                </span>
              </span>
              <button type="button" disabled={busy} onClick={() => void restoreOne(b)} title="Open this backup as a new project beside this one">
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
    </Dialog>
  );
}
