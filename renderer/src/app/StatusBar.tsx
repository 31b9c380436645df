import { useSaveState, type SaveStatus } from '../features/common/saveStatus';

export function StatusBar({ status, projectName, onHelp }: { status: SaveStatus; projectName: string; onHelp(): void }) {
  const state = useSaveState(status);
  return (
    <footer className="status-bar">
      <span className="project-name">{projectName}</span>
      <span className="spacer" />
      <span className={`save-state ${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
        {state.kind === 'saved' && 'Saved'}
        {state.kind === 'saving' && 'Saving…'}
        {state.kind === 'error' && state.message}
      </span>
      {state.kind === 'error' && state.retry && (
        <button type="button" onClick={state.retry}>
          Retry
        </button>
      )}
      {state.kind === 'error' && (
        <button type="button" onClick={status.dismiss} title="Hide this message without retrying">
          Dismiss
        </button>
      )}
      <button type="button" className="link-button" onClick={onHelp} title="Keyboard shortcuts (?)">
        Keys ?
      </button>
    </footer>
  );
}
