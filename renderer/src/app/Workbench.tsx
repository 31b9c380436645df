import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../core/model/article';
import type { Entity } from '../core/model/entity';
import type { CountedThing } from '../core/model/figure';
import { DEFAULT_LINK_TYPES } from '../core/model/link';
import { defaultTagSchema } from '../core/model/tagSchema';
import { addLinkType, deleteLinkType } from '../features/links/linkTypeActions';
import type { AnnotationCounts } from '../storage/projectRepository';
import { applyColourRules } from '../features/common/colourRules';
import { applyHighlightRules } from '../features/common/highlightRules';
import { liveValue, useLive } from '../features/common/useLive';
import { useImportFlow } from '../features/import/ImportFlow';
import { ArticleList } from '../features/library/ArticleList';
import { ArticleMetaDialog } from '../features/library/ArticleMetaDialog';
import { ProjectSwitcher } from '../features/projects/ProjectSwitcher';
import type { ProjectSession } from '../features/projects/useProjectSession';
import { ReaderPane } from '../features/reader/ReaderPane';
import { useReader } from '../features/reader/useReader';
import { SidebarPane } from '../features/sidebar/SidebarPane';
import { readFiles } from '../platform/platform';
import { HelpOverlay } from './HelpOverlay';
import { PaneDivider } from './PaneDivider';
import { StatusBar } from './StatusBar';
import { useKeymap } from './useKeymap';
import type { View } from './commands';
import { ReviewView, useReview } from '../features/review/ReviewView';
import { SettingsView } from '../features/settings/SettingsView';
import { EntityPage } from '../features/entities/EntityPage';
import { ExportDialog } from '../features/transfer/ExportDialog';
import { useDataImport } from '../features/transfer/useDataImport';
import { useBackups } from '../features/backups/useBackups';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { RecoveryDialog } from '../features/projects/RecoveryDialog';
import type { PickedFile } from '../platform/platform';
import { getPlatform, isElectron } from '../platform/platform';
import { installUnloadFlush, pendingEdits } from '../features/common/pendingEdits';

const NO_ARTICLES: ArticleSummary[] = [];
const NO_COUNTS = new Map<string, AnnotationCounts>();
const NO_OPEN = new Map<string, number>();
const NO_ENTITIES: Entity[] = [];
const NO_COUNTED: CountedThing[] = [];
// A stable fallback: a fresh schema on every render would redo the highlights each time.
const DEFAULT_SCHEMA = defaultTagSchema();

/** The shell: three panes, the status bar and the dialogs. What each pane does lives in its feature. */
export function Workbench({ session }: { session: ProjectSession }) {
  const open = session.open;
  const repo = open?.repo ?? null;

  const status = session.status;
  useEffect(() => {
    pendingEdits.attach(status);
    return installUnloadFlush(status, isElectron());
  }, [status]);
  const [editing, setEditing] = useState<ArticleSummary | null>(null);
  const [exporting, setExporting] = useState(false);
  const [showBackups, setShowBackups] = useState(false);
  const backups = useBackups(open, status);
  const [transferNotice, setTransferNotice] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [dropping, setDropping] = useState(false);

  const articles = liveValue(useLive(repo ? () => repo.listArticles() : null, [repo]), NO_ARTICLES);
  const counts = liveValue(useLive(repo ? () => repo.annotationCounts() : null, [repo]), NO_COUNTS);
  const schema = liveValue(useLive(repo ? () => repo.tagSchema() : null, [repo]), DEFAULT_SCHEMA);
  const linkTypes = liveValue(useLive(repo ? () => repo.linkTypes() : null, [repo]), DEFAULT_LINK_TYPES);
  useEffect(() => applyColourRules('data-link-type', '--link', linkTypes), [linkTypes]);
  const entityRows = liveValue(useLive(repo ? () => repo.entities() : null, [repo]), NO_ENTITIES);
  const entities = useMemo(() => new Map(entityRows.map((e) => [e.id, e])), [entityRows]);
  const entityList = useMemo(() => [...entityRows].sort((a, b) => a.name.localeCompare(b.name)), [entityRows]);
  const [entityFilter, setEntityFilter] = useState('');
  const mentioning = liveValue(useLive(repo && entityFilter ? () => repo.articlesMentioning(entityFilter) : null, [repo, entityFilter]), null);
  const counted = liveValue(useLive(repo ? () => repo.countedThings() : null, [repo]), NO_COUNTED);
  const openContradictions = liveValue(useLive(repo ? () => repo.openContradictionCounts() : null, [repo]), NO_OPEN);
  const articleMap = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const loadClaims = useCallback(() => (repo ? repo.allClaims() : Promise.resolve([])), [repo]);
  const loadEntities = useCallback(() => (repo ? repo.entities() : Promise.resolve([])), [repo]);
  useEffect(() => {
    applyColourRules('data-tag', '--tag', schema.tags);
    applyHighlightRules(schema.tags);
  }, [schema]);

  const reader = useReader(open, schema, (message) => session.status.fail(message));
  const { articleId } = reader.state;
  const summary = articles.find((a) => a.id === articleId) ?? null;

  const [view, setView] = useState<View>('reader');
  const [entityId, setEntityId] = useState<string | null>(null);
  const deleteArticles = useCallback((ids: string[]) => reader.controller.deleteArticles(ids), [reader.controller]);
  const openEntity = useCallback((id: string) => {
    setEntityId(id);
    setView('entity');
  }, []);
  const reviewing = view === 'review' && open !== null;
  const review = useReview(reviewing ? open : null, (message) => session.status.fail(message));
  const shown: View = open ? view : 'reader';
  useKeymap({
    view: shown,
    reader: reader.controller,
    review: reviewing ? review.controller : null,
    help: () => setHelp(true),
    go: setView,
  });

  const importFlow = useImportFlow(repo, session.status, (ids) => {
    if (!articleId && ids[0]) reader.openArticle(ids[0]);
  });

  const dataImport = useDataImport(open, session.createFrom);
  /** Article files go to the article import; archives, tables, brat and W3C files to the data import. */
  const importPicked = (files: readonly PickedFile[]) => {
    const { data, articles } = dataImport.split(files);
    if (data.length) dataImport.start(data);
    if (articles.length) importFlow.start(articles);
  };
  const pickAndImport = () => {
    void getPlatform()
      .pickDataFiles()
      .then((files) => files && importPicked(files), (e: unknown) => setTransferNotice(`The files could not be opened: ${e instanceof Error ? e.message : String(e)}`));
  };

  let emptyMessage = 'Open an article from the list.';
  if (!open) emptyMessage = 'Create or choose a project to start.';
  else if (articles.length === 0) emptyMessage = 'Import articles to start: use Import… or drop files on the list.';

  return (
    <div className="workbench">
      {shown === 'settings' && open ? (
        <SettingsView open={open} schema={schema} onClose={() => setView('reader')} />
      ) : shown === 'entity' && open && entityId ? (
        <EntityPage
          open={open}
          entityId={entityId}
          entities={entities}
          articles={articleMap}
          schema={schema}
          linkTypes={linkTypes}
          onOpenAnnotation={(article, annotation) => {
            setView('reader');
            reader.openArticle(article, annotation);
          }}
          onOpenEntity={openEntity}
          onClose={() => setView('reader')}
        />
      ) : reviewing ? (
        <ReviewView
          controller={review.controller}
          state={review.state}
          schema={schema}
          onOpenClaim={(id, annotationId) => {
            setView('reader');
            reader.openArticle(id, annotationId);
          }}
          onClose={() => setView('reader')}
        />
      ) : (
        <>
        <aside
          className={dropping ? 'pane library dropping' : 'pane library'}
          aria-label="Library"
          onDragOver={(e) => {
            if (!repo || !e.dataTransfer.types.includes('Files')) return;
            e.preventDefault();
            setDropping(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setDropping(false);
            const files = [...e.dataTransfer.files];
            if (files.length > 0) void readFiles(files).then(importPicked);
          }}
        >
          <ProjectSwitcher session={session} />
          <div className="library-actions">
            <button type="button" className="primary" onClick={pickAndImport} disabled={!repo} title="Articles (.txt, .md, .html), project archives, corpus tables (.csv, .tsv, .jsonl), brat and W3C files">
              Import…
            </button>
            <button type="button" className="review-button" onClick={() => setView('review')} disabled={!open} title="Review the links between claims (G then R)">
              Review links <kbd>G</kbd> <kbd>R</kbd>
            </button>
            <div className="library-row">
              <button type="button" onClick={() => setExporting(true)} disabled={!open} title="Export the project: archive, W3C Web Annotation, brat, CoNLL, claim pairs, review CSV">
                Export…
              </button>
              <button type="button" onClick={() => setShowBackups(true)} disabled={!open} title="The project's backups: back up now, or restore one as a new project">
                Backups…
              </button>
              <button type="button" className="settings-button" onClick={() => setView('settings')} disabled={!open} title="Tags, kinds, attributes and counted things (G then S)">
                Settings
              </button>
            </div>
            {session.recovery.dismissed && session.recovery.lost.length > 0 && (
              <button type="button" className="link-button" onClick={session.recovery.offer}>
                Restore lost projects ({session.recovery.lost.length})…
              </button>
            )}
            <p className="muted small drop-hint">or drop articles, archives, tables, brat or W3C files here</p>
          </div>
          {open ? (
            <ArticleList
              articles={articles}
              counts={counts}
              openContradictions={openContradictions}
              selectedId={articleId}
              onOpen={reader.openArticle}
              onEdit={setEditing}
              onDelete={deleteArticles}
              entities={entityList}
              entityFilter={entityFilter}
              onEntityFilter={setEntityFilter}
              mentioning={entityFilter ? mentioning : null}
              onOpenEntity={openEntity}
            />
          ) : (
            <div className="empty">
              <p>No project is open.</p>
              <button type="button" onClick={() => void session.createSample()}>
                Create the sample project
              </button>
            </div>
          )}
        </aside>
        <PaneDivider variable="--library-width" label="Resize the library" initial={290} min={220} max={520} direction={1} storageKey="crosscheck.libraryWidth" />

        <ReaderPane
          reader={reader}
          summary={summary}
          schema={schema}
          emptyMessage={emptyMessage}
          onEditDetails={setEditing}
          articles={articleMap}
          loadClaims={loadClaims}
          linkTypes={linkTypes}
          repo={repo}
          loadEntities={loadEntities}
          onAddLinkType={(input) => (open ? addLinkType(open.history, linkTypes, input) : 'No project is open.')}
          onDeleteLinkType={(type) =>
            open ? deleteLinkType(open.history, open.repo, type, DEFAULT_LINK_TYPES.some((t) => t.id === type.id)) : Promise.resolve('No project is open.')
          }
        />
        <PaneDivider variable="--sidebar-width" label="Resize the annotations pane" initial={340} min={260} max={600} direction={-1} storageKey="crosscheck.sidebarWidth" />
        <SidebarPane
          reader={reader}
          schema={schema}
          articleOpen={summary !== null}
          articles={articleMap}
          linkTypes={linkTypes}
          entities={entities}
          counted={counted}
          onOpenEntity={openEntity}
        />

        </>
      )}
      <StatusBar status={session.status} projectName={open ? open.record.name : 'No project'} onHelp={() => setHelp(true)} />
      {importFlow.view}
      {dataImport.view}
      {session.notice && (
        <div className="toast top" role="status">
          <span>{session.notice}</span>
          <button type="button" aria-label="Dismiss" onClick={session.dismissNotice}>
            ×
          </button>
        </div>
      )}
      {editing && repo && (
        <ArticleMetaDialog
          article={editing}
          onClose={() => setEditing(null)}
          onSave={(meta) => reader.controller.editArticleMeta(editing.id, meta)}
        />
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {session.recovery.lost.length > 0 && !session.recovery.dismissed && <RecoveryDialog recovery={session.recovery} onRestored={setTransferNotice} />}
      {showBackups && open && <BackupsDialog open={open} store={backups} restore={session.createFrom} onClose={() => setShowBackups(false)} />}
      {exporting && open && <ExportDialog repo={open.repo} projectName={open.record.name} onClose={() => setExporting(false)} onDone={setTransferNotice} />}
      {transferNotice && (
        <div className="toast" role="status">
          <span>{transferNotice}</span>
          <button type="button" aria-label="Dismiss" onClick={() => setTransferNotice(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
