import { useState } from 'react';
import type { TagSchema } from '../../core/model/tagSchema';
import { useLive } from '../common/useLive';
import type { OpenProject } from '../projects/useProjectSession';
import { CountedList } from './CountedList';
import { KindList } from './KindList';
import { TagList } from './TagList';
import { useSettingsStore } from './useSettingsStore';
import './settings.css';

export interface SettingsViewProps {
  open: OpenProject;
  schema: TagSchema;
  onClose(): void;
}

/** The project's settings: tags, kinds, attributes, counted things. Every change is one undoable action. */
export function SettingsView({ open, schema, onClose }: SettingsViewProps) {
  const [said, setSaid] = useState<{ text: string; after: string | null } | null>(null);
  const { store, state } = useSettingsStore(open, schema, (text) => setSaid({ text, after: null }));
  // Said after the action it is about was dispatched, so it shows until another is done or that one undone.
  const say = (text: string) => setSaid({ text, after: store.get().lastAction });
  const live = useLive(() => open.repo.tagUse(), [open.repo]);
  const use = live.status === 'ready' ? live.value : null;
  const problem = live.status === 'error' ? 'The annotations could not be counted.' : null;

  return (
    <main className="pane settings" aria-label="Settings">
      <header className="settings-head">
        <h1>Settings</h1>
        <span className="muted settings-project">{open.record.name}</span>
        <p className="settings-said" role="status">
          {(said && (said.after === null || said.after === state.lastAction) ? said.text : null) ?? problem ?? ''}
        </p>
        <button type="button" onClick={onClose} title="Back to the articles (Esc)">
          Back to articles
        </button>
      </header>
      <div className="settings-scroll">
        <div className="settings-grid">
          <TagList rows={state} use={use} run={store.run} repo={open.repo} say={say} />
          <div className="settings-side">
            <KindList rows={state} run={store.run} say={say} />
            <CountedList rows={state} read={state.countedRead} run={store.run} repo={open.repo} say={say} />
          </div>
        </div>
      </div>
    </main>
  );
}
