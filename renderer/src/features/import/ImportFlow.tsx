import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleEncoding } from '../../core/import/decodeArticleBytes';
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

/** " Read as UTF-16LE: a.txt, b.txt." for the saved articles not read as UTF-8; '' when there are none. */
function encodingNote(articles: readonly Article[], encodings: Record<string, ArticleEncoding>): string {
  const byEncoding = new Map<ArticleEncoding, string[]>();
  for (const a of articles) {
    const encoding = encodings[a.id];
    if (encoding) byEncoding.set(encoding, [...(byEncoding.get(encoding) ?? []), a.fileName]);
  }
  return [...byEncoding].map(([encoding, names]) => ` Read as ${encoding}: ${names.join(', ')}.`).join('');
}

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
    async (articles: Article[], problems: number, encodings: Record<string, ArticleEncoding>) => {
      if (!repo) return;
      const owner = repo;
      put(owner, { step: 'working', progress: { done: 0, total: articles.length, phase: 'saving' } });
      try {
        await status.track('Import', () => owner.addArticles(articles));
        const skipped = problems > 0 ? `; ${problems} skipped` : '';
        put(owner, { step: 'done', message: `Imported ${countOf(articles.length, 'article', 'articles')}${skipped}.${encodingNote(articles, encodings)}` });
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
          // Files read in under a frame each would each re-render the dialog: show the latest once a frame.
          let latest: ImportProgress | null = null;
          let frame = 0;
          const onProgress = (progress: ImportProgress) => {
            latest = progress;
            frame ||= requestAnimationFrame(() => {
              frame = 0;
              if (latest && !controller.signal.aborted) put(owner, { step: 'working', progress: latest });
            });
          };
          const plan = await planImport(files, owner, onProgress, controller.signal).finally(() => cancelAnimationFrame(frame));
          if (controller.signal.aborted) throw new DOMException('Import cancelled', 'AbortError');
          if (plan.problems.length > 0) put(owner, { step: 'review', plan });
          else await save(plan.ready, 0, plan.encodings);
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
    const { done, total, phase, file } = state.progress;
    view = (
      <div className="progress-bar" role="status" aria-label="Import progress">
        <span>
          {phase === 'saving' ? `Saving ${countOf(total, 'article', 'articles')}…` : file ? `Reading ${file} (${done + 1} of ${total})…` : `Reading files ${done} of ${total}…`}
        </span>
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
        onSubmit={() => void save(plan.ready, plan.problems.length, plan.encodings)}
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
          {/* Names can repeat: two folders' report.txt, or names that differ only in hidden characters. */}
          {plan.problems.map((p, i) => (
            <li key={`${i}:${p.name}`}>
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
