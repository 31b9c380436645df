import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/model/article';
import { getPlatform, type PickedFile } from '../../platform/platform';
import type { ProjectRepository } from '../../storage/projectRepository';
import { Dialog } from '../common/Dialog';
import type { SaveStatus } from '../common/saveStatus';
import { planImport, type ImportPlan, type ImportProgress } from './importArticles';

type State =
  | { step: 'idle' }
  | { step: 'working'; progress: ImportProgress }
  | { step: 'review'; plan: ImportPlan }
  | { step: 'done'; message: string };

export interface ImportFlow {
  state: State;
  start(files?: readonly PickedFile[]): void;
  /** The import dialogs; render once. */
  view: React.ReactNode;
}

export function useImportFlow(repo: ProjectRepository | null, status: SaveStatus, onImported: (ids: string[]) => void): ImportFlow {
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const save = useCallback(
    async (articles: Article[], problems: number) => {
      if (!repo) return;
      setState({ step: 'working', progress: { done: 0, total: articles.length, phase: 'saving' } });
      try {
        await status.track('Import', () => repo.addArticles(articles));
        const skipped = problems > 0 ? `; ${problems} skipped` : '';
        setState({ step: 'done', message: `Imported ${articles.length} article${articles.length === 1 ? '' : 's'}${skipped}.` });
        onImported(articles.map((a) => a.id));
      } catch (e) {
        setState({ step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
      }
    },
    [repo, status, onImported],
  );

  const start = useCallback(
    (given?: readonly PickedFile[]) => {
      if (!repo) return;
      void (async () => {
        let files: readonly PickedFile[] | null;
        try {
          files = given ?? (await getPlatform().pickArticleFiles());
        } catch (e) {
          setState({ step: 'done', message: `The files could not be opened: ${e instanceof Error ? e.message : String(e)}` });
          return;
        }
        if (!files || files.length === 0) return;
        const controller = new AbortController();
        abort.current = controller;
        setState({ step: 'working', progress: { done: 0, total: files.length, phase: 'reading' } });
        try {
          const plan = await planImport(files, repo, (progress) => setState({ step: 'working', progress }), controller.signal);
          if (plan.problems.length > 0) setState({ step: 'review', plan });
          else await save(plan.ready, 0);
        } catch (e) {
          if (controller.signal.aborted) setState({ step: 'done', message: 'Import cancelled; nothing was imported.' });
          else setState({ step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
        }
      })();
    },
    [repo, save],
  );

  const close = () => setState({ step: 'idle' });
  // A success note goes away by itself; a failure stays until the analyst has read it.
  const doneMessage = state.step === 'done' ? state.message : null;
  useEffect(() => {
    if (!doneMessage?.startsWith('Imported')) return undefined;
    const t = window.setTimeout(() => setState((s) => (s.step === 'done' && s.message === doneMessage ? { step: 'idle' } : s)), 8000);
    return () => window.clearTimeout(t);
  }, [doneMessage]);
  let view: React.ReactNode = null;
  if (state.step === 'working') {
    const { done, total, phase } = state.progress;
    view = (
      <div className="progress-bar" role="status" aria-label="Import progress">
        <span>{phase === 'reading' ? `Reading files ${done} of ${total}…` : `Saving ${total} articles…`}</span>
        <progress max={total} value={phase === 'saving' ? undefined : done} />
        {phase === 'reading' && (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </div>
    );
  } else if (state.step === 'review') {
    const { plan } = state;
    view = (
      <Dialog
        title={`${plan.problems.length} file${plan.problems.length === 1 ? '' : 's'} cannot be imported`}
        onClose={close}
        onSubmit={() => void save(plan.ready, plan.problems.length)}
        actions={
          <>
            <button type="button" onClick={close}>
              Import nothing
            </button>
            {plan.ready.length > 0 && (
              <button type="submit" className="primary">
                {plan.ready.length === 1 ? 'Import the other file' : `Import the other ${plan.ready.length}`}
              </button>
            )}
          </>
        }
      >
        <ul className="problems" aria-label="Import problems">
          {plan.problems.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong>: {p.reason}.
            </li>
          ))}
        </ul>
        <p className="muted">Nothing has been imported yet.</p>
      </Dialog>
    );
  } else if (state.step === 'done') {
    view = (
      <div className="toast" role="status">
        <span>{state.message}</span>
        <button type="button" aria-label="Dismiss" onClick={close}>
          ×
        </button>
      </div>
    );
  }
  return { state, start, view };
}
