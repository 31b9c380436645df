import type { TagSchema } from '../../core/model/tagSchema';
import type { OpenProject } from '../projects/useProjectSession';

export interface SettingsViewProps {
  open: OpenProject;
  schema: TagSchema;
  onClose(): void;
}

/** The project's settings: tags, kinds, attributes, counted things. */
export function SettingsView({ onClose }: SettingsViewProps) {
  return (
    <main className="pane settings" aria-label="Settings">
      <button type="button" onClick={onClose}>
        Back to articles
      </button>
    </main>
  );
}
