import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/model/article';
import { countOf } from '../../core/text/plural';
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
  start(files?: readonly PickedFile[]): void;
  /** The import dialogs; render once. */
  view: React.ReactNode;
}

const IDLE: State = { step: 'idle' };

export function useImportFlow(repo: ProjectRepository | null, status: SaveStatus, onImported: (ids: string[]) => void): ImportFlow {
  // The state belongs to the project it was made for: after a switch the flow shows nothing,
  // and an import still running for the old project never reports into the new one's screen.
  const [owned, setOwned] = useState<{ repo: ProjectRepository | null; state: State }>({ repo, state: IDLE });
  const state = owned.repo === repo ? owned.state : IDLE;
  const current = useRef(repo);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    current.current = repo;
    // Reading files for a project that is no longer open is pointless; a save already under way runs on, silently.
    return () => abort.current?.abort();
  }, [repo]);

  /** Sets the state for `owner`'s flow, if that project is still the open one. */
  const put = useCallback((owner: ProjectRepository, next: State) => {
    if (current.current === owner) setOwned({ repo: owner, state: next });
  }, []);

  const save = useCallback(
    async (articles: Article[], problems: number) => {
      if (!repo) return;
      const owner = repo;
      put(owner, { step: 'working', progress: { done: 0, total: articles.length, phase: 'saving' } });
      try {
        await status.track('Import', () => owner.addArticles(articles));
        const skipped = problems > 0 ? `; ${problems} skipped` : '';
        put(owner, { step: 'done', message: `Imported ${countOf(articles.length, 'article', 'articles')}${skipped}.` });
        if (current.current === owner) onImported(articles.map((a) => a.id));
      } catch (e) {
        put(owner, { step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
      }
    },
    [repo, status, onImported, put],
  );

  const start = useCallback(
    (given?: readonly PickedFile[]) => {
      if (!repo) return;
      const owner = repo;
      void (async () => {
        let files: readonly PickedFile[] | null;
        try {
          files = given ?? (await getPlatform().pickArticleFiles());
        } catch (e) {
          put(owner, { step: 'done', message: `The files could not be opened: ${e instanceof Error ? e.message : String(e)}` });
          return;
        }
        if (!files || files.length === 0 || current.current !== owner) return;
        const controller = new AbortController();
        abort.current = controller;
        put(owner, { step: 'working', progress: { done: 0, total: files.length, phase: 'reading' } });
        try {
          const plan = await planImport(files, owner, (progress) => put(owner, { step: 'working', progress }), controller.signal);
          if (controller.signal.aborted) throw new DOMException('Import cancelled', 'AbortError');
          if (plan.problems.length > 0) put(owner, { step: 'review', plan });
          else await save(plan.ready, 0);
        } catch (e) {
          if (controller.signal.aborted) put(owner, { step: 'done', message: 'Import cancelled; nothing was imported.' });
          else put(owner, { step: 'done', message: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
        }
      })();
    },
    [repo, save, put],
  );

  const close = () => setOwned({ repo, state: IDLE });
  // A success note goes away by itself; a failure stays until the analyst has read it.
  const doneMessage = state.step === 'done' ? state.message : null;
  useEffect(() => {
    if (!doneMessage?.startsWith('Imported')) return undefined;
    const t = window.setTimeout(
      () => setOwned((o) => (o.repo === repo && o.state.step === 'done' && o.state.message === doneMessage ? { repo, state: IDLE } : o)),
      8000,
    );
    return () => window.clearTimeout(t);
  }, [doneMessage, repo]);
  let view: React.ReactNode = null;
  if (state.step === 'working') {
    const { done, total, phase } = state.progress;
    view = (
      <div className="progress-bar" role="status" aria-label="Import progress">
        <span>{phase === 'reading' ? `Reading files ${done} of ${total}…` : `Saving ${countOf(total, 'article', 'articles')}…`}</span>
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
        title={`${countOf(plan.problems.length, 'file', 'files')} cannot be imported`}
        onClose={close}
        onSubmit={() => void save(plan.ready, plan.problems.length)}
        actions={
          <>
            <button type="button" onClick={close}>
              Import nothing
            </button>
            {plan.ready.length > 0 && (
              <button type="submit" className="primary">
                {plan.ready.length === 1 ? 'Import the other file' : `Import the other ${countOf(plan.ready.length, 'file', 'files')}`}
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
  return { start, view };
}
