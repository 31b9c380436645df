import { useState } from 'react';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { NameDialog } from '../common/NameDialog';
import type { ProjectSession } from './useProjectSession';

type Open = null | 'create' | 'rename' | 'delete';

export function ProjectSwitcher({ session }: { session: ProjectSession }) {
  const [dialog, setDialog] = useState<Open>(null);
  const current = session.open?.record ?? null;
  const close = () => setDialog(null);
  return (
    <div className="project-switcher">
      <label className="sr-only" htmlFor="project-select">
        Project
      </label>
      <select
        id="project-select"
        value={current?.id ?? ''}
        title={current?.name}
        onChange={(e) => session.switchTo(e.target.value)}
        disabled={session.projects.length === 0}
      >
        {session.projects.length === 0 && <option value="">No projects</option>}
        {session.projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <div className="project-actions">
        <button type="button" onClick={() => setDialog('create')} title="New project">
          New
        </button>
        <button type="button" onClick={() => setDialog('rename')} disabled={!current} title="Rename this project">
          Rename
        </button>
        <button type="button" onClick={() => setDialog('delete')} disabled={!current} title="Delete this project">
          Delete
        </button>
      </div>
      {dialog === 'create' && (
        <NameDialog
          title="New project"
          label="Project name"
          initial=""
          confirm="Create"
          onSubmit={async (name) => void (await session.create(name))}
          onClose={close}
        />
      )}
      {dialog === 'rename' && current && (
        <NameDialog
          title="Rename project"
          label="Project name"
          initial={current.name}
          confirm="Rename"
          onSubmit={(name) => session.rename(current.id, name)}
          onClose={close}
        />
      )}
      {dialog === 'delete' && current && (
        <ConfirmDialog
          title="Delete project"
          confirm="Delete project"
          danger
          onClose={close}
          onConfirm={() => {
            close();
            void session.remove(current.id);
          }}
        >
          <p>
            Delete <strong>{current.name}</strong> with all its articles and annotations? This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
