import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { anchorAll, type AnchoredAnnotation } from '../core/anchoring/anchorAnnotation';
import type { ChangeSet } from '../core/history/annotationChange';
import type { ArticleSummary, TextRange } from '../core/model/article';
import { annotationEnd, annotationStart, compareAnnotations } from '../core/model/annotation';
import { defaultTagSchema, findTag, tagForKey, type TagDef } from '../core/model/tagSchema';
import { snapSelection } from '../core/text/snapSelection';
import type { AnnotationCounts } from '../storage/projectRepository';
import { ArticleViewer, type ArticleViewerHandle } from '../editor/ArticleViewer';
import type { Highlight } from '../editor/annotationHighlights';
import type { ViewerSelection } from '../editor/readSelection';
import { liveValue, useLive } from '../features/common/useLive';
import { applyTagStyles } from '../features/common/tagStyles';
import { createAnnotation, deleteAnnotation, editNote, retagAnnotation } from '../features/history/annotationActions';
import { useImportFlow } from '../features/import/ImportFlow';
import { readFiles } from '../platform/platform';
import { ArticleList } from '../features/library/ArticleList';
import { ArticleMetaDialog } from '../features/library/ArticleMetaDialog';
import { ProjectSwitcher } from '../features/projects/ProjectSwitcher';
import type { ProjectSession } from '../features/projects/useProjectSession';
import { ArticleHeader } from '../features/reader/ArticleHeader';
import { HoverCard } from '../features/reader/HoverCard';
import { TagPopover } from '../features/reader/TagPopover';
import { AnnotationDetails } from '../features/sidebar/AnnotationDetails';
import { AnnotationList } from '../features/sidebar/AnnotationList';
import { HelpOverlay } from './HelpOverlay';
import { PaneDivider } from './PaneDivider';
import { StatusBar } from './StatusBar';
import { useKeymap } from './useKeymap';

interface Pending {
  range: TextRange;
  rect: ViewerSelection['rect'];
}

const articleKey = (projectId: string) => `crosscheck.openArticle.${projectId}`;
const NO_ANNOTATIONS: never[] = [];
const NO_ARTICLES: ArticleSummary[] = [];
const NO_COUNTS = new Map<string, AnnotationCounts>();
// Stable fallbacks: a fresh object on every render would redo the highlights each time.
const DEFAULT_SCHEMA = defaultTagSchema();

export function Workbench({ session }: { session: ProjectSession }) {
  const open = session.open;
  const repo = open?.repo ?? null;
  const projectId = open?.record.id ?? null;

  const [articleId, setArticleId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [editing, setEditing] = useState<ArticleSummary | null>(null);
  const [help, setHelp] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [hover, setHover] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const viewer = useRef<ArticleViewerHandle>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const articles = liveValue(useLive(repo ? () => repo.listArticles() : null, [repo]), NO_ARTICLES);
  const counts = liveValue(useLive(repo ? () => repo.annotationCounts() : null, [repo]), NO_COUNTS);
  const schema = liveValue(useLive(repo ? () => repo.tagSchema() : null, [repo]), DEFAULT_SCHEMA);
  const bodyLive = useLive(repo && articleId ? () => repo.getBody(articleId) : null, [repo, articleId]);
  const body = bodyLive.status === 'ready' ? (bodyLive.value ?? null) : null;
  const annotations = liveValue(useLive(repo && articleId ? () => repo.annotationsFor(articleId) : null, [repo, articleId]), NO_ANNOTATIONS);
  const summary = articles.find((a) => a.id === articleId) ?? null;

  useEffect(() => applyTagStyles(schema), [schema]);

  // Reopen the article the user had open in this project.
  useEffect(() => {
    setSelectedId(null);
    setPending(null);
    setArticleId(projectId ? localStorage.getItem(articleKey(projectId)) : null);
  }, [projectId]);

  const openArticle = useCallback(
    (id: string | null) => {
      setArticleId(id);
      setSelectedId(null);
      setPending(null);
      if (projectId) {
        if (id) localStorage.setItem(articleKey(projectId), id);
        else localStorage.removeItem(articleKey(projectId));
      }
    },
    [projectId],
  );

  const anchored: AnchoredAnnotation[] = useMemo(() => {
    if (!body) return [];
    return anchorAll(body.text, annotations).sort((a, b) => compareAnnotations(a.annotation, b.annotation));
  }, [body, annotations]);

  const highlights: Highlight[] = useMemo(
    () =>
      anchored.flatMap(({ annotation: a, anchor }) =>
        anchor.status === 'anchored'
          ? [{ id: a.id, tag: a.tag, kind: a.kind, label: findTag(schema, a.tag)?.label ?? a.tag, ranges: anchor.ranges }]
          : [],
      ),
    [anchored, schema],
  );

  const selected = anchored.find((x) => x.annotation.id === selectedId)?.annotation ?? null;
  const history = open?.history ?? null;

  const selectAndShow = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      const item = anchored.find((x) => x.annotation.id === id);
      if (item?.anchor.status === 'anchored') viewer.current?.scrollToOffset(item.anchor.ranges[0]?.start ?? 0);
    },
    [anchored],
  );

  const run = useCallback(
    (set: ChangeSet, select: string | null, mergeKey: string | null = null) => {
      if (!history) return;
      history.execute(set, mergeKey).then(
        () => setSelectedId(select),
        () => undefined, // The status bar shows the failure with Retry.
      );
    },
    [history],
  );

  const tagSelection = useCallback(
    (tag: TagDef) => {
      if (!pending || !body || !articleId) return;
      const set = createAnnotation(articleId, body.text, pending.range, tag);
      setPending(null);
      window.getSelection()?.removeAllRanges();
      run(set, set.changes[0]?.after?.id ?? null);
    },
    [pending, body, articleId, run],
  );

  const afterHistory = useCallback(
    (set: ChangeSet | null) => {
      const change = set?.changes[0];
      if (!change) return;
      const touched = change.after ?? change.before;
      if (touched && touched.articleId !== articleId) openArticle(touched.articleId);
      setSelectedId(change.after?.id ?? null);
    },
    [articleId, openArticle],
  );

  const onSelectText = useCallback(
    (sel: ViewerSelection | null, exact: boolean) => {
      if (!sel || !body) return setPending(null);
      const range = snapSelection(body.text, sel, exact);
      setPending(range ? { range, rect: sel.rect } : null);
    },
    [body],
  );

  const onClickText = useCallback(
    (offset: number) => {
      const hits = anchored.filter(
        ({ anchor }) => anchor.status === 'anchored' && anchor.ranges.some((r) => r.start <= offset && offset <= r.end),
      );
      hits.sort((a, b) => annotationEnd(a.annotation) - annotationStart(a.annotation) - (annotationEnd(b.annotation) - annotationStart(b.annotation)));
      setSelectedId(hits[0]?.annotation.id ?? null);
    },
    [anchored],
  );

  // A short dwell before the card shows, so reading past highlights does not flicker cards.
  const onHover = useCallback((ids: string[], at: { x: number; y: number }) => {
    window.clearTimeout(hoverTimer.current);
    if (ids.length === 0) setHover(null);
    else hoverTimer.current = window.setTimeout(() => setHover({ ids, at }), 350);
  }, []);
  useEffect(() => () => window.clearTimeout(hoverTimer.current), []);

  const step = (delta: 1 | -1) => {
    if (anchored.length === 0) return;
    const i = anchored.findIndex((x) => x.annotation.id === selectedId);
    const next = i === -1 ? (delta === 1 ? 0 : anchored.length - 1) : Math.min(anchored.length - 1, Math.max(0, i + delta));
    selectAndShow(anchored[next]?.annotation.id ?? null);
  };

  useKeymap({
    tagKey(key) {
      const tag = tagForKey(schema, key);
      if (!tag) return false;
      if (pending) tagSelection(tag);
      else if (selected && selected.tag !== tag.id) run(retagAnnotation(selected, tag), selected.id);
      else return false;
      return true;
    },
    escape() {
      if (pending) {
        setPending(null);
        window.getSelection()?.removeAllRanges();
      } else setSelectedId(null);
    },
    next: () => step(1),
    previous: () => step(-1),
    deleteSelected() {
      if (!selected) return;
      const i = anchored.findIndex((x) => x.annotation.id === selected.id);
      const neighbour = anchored[i + 1] ?? anchored[i - 1];
      run(deleteAnnotation(selected), neighbour?.annotation.id ?? null);
    },
    editNote: () => noteRef.current?.focus(),
    undo: () => void history?.undo().then(afterHistory, () => undefined),
    redo: () => void history?.redo().then(afterHistory, () => undefined),
    help: () => setHelp(true),
  });

  const importFlow = useImportFlow(repo, session.status, (ids) => {
    if (!articleId && ids[0]) openArticle(ids[0]);
  });

  return (
    <div className="workbench">
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
          if (files.length > 0) void readFiles(files).then((picked) => importFlow.start(picked));
        }}
      >
        <ProjectSwitcher session={session} />
        <div className="library-actions">
          <button type="button" className="primary" onClick={() => importFlow.start()} disabled={!repo}>
            Import articles…
          </button>
          <p className="muted small drop-hint">or drop .txt, .md and .html files here</p>
        </div>
        {open ? (
          <ArticleList articles={articles} counts={counts} selectedId={articleId} onOpen={openArticle} onEdit={setEditing} />
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

      <main className="pane reader" aria-label="Article">
        {summary && body ? (
          <div className="reader-scroll">
            <ArticleHeader article={summary} onEdit={() => setEditing(summary)} />
            <ArticleViewer
              key={body.id}
              ref={viewer}
              article={body}
              highlights={highlights}
              selectedId={selectedId}
              onSelectText={onSelectText}
              onClickText={onClickText}
              onHover={onHover}
            />
          </div>
        ) : (
          <div className="empty centered">
            <p>{articles.length > 0 ? 'Open an article from the list.' : 'Import articles to start.'}</p>
          </div>
        )}
        {hover && !pending && (
          <HoverCard
            at={hover.at}
            schema={schema}
            items={hover.ids
              .flatMap((id) => anchored.find((x) => x.annotation.id === id)?.annotation ?? [])
              .sort((a, b) => annotationEnd(b) - annotationStart(b) - (annotationEnd(a) - annotationStart(a)))}
          />
        )}
        {pending && body && (
          <TagPopover
            tags={schema.tags}
            anchor={pending.rect}
            quote={body.text.slice(pending.range.start, pending.range.end)}
            onTag={tagSelection}
            onClose={() => setPending(null)}
          />
        )}
      </main>
      <PaneDivider variable="--sidebar-width" label="Resize the annotations pane" initial={340} min={260} max={600} direction={-1} storageKey="crosscheck.sidebarWidth" />

      <aside className="pane sidebar" aria-label="Annotations">
        <h2 className="pane-title">
          Annotations <span className="muted">{summary ? anchored.length : ''}</span>
        </h2>
        {summary ? (
          <>
            <AnnotationList items={anchored} schema={schema} selectedId={selectedId} onSelect={selectAndShow} />
            {selected && (
              <AnnotationDetails
                ref={noteRef}
                annotation={selected}
                schema={schema}
                onRetag={(tag) => run(retagAnnotation(selected, tag), selected.id)}
                onNote={(note, final) => {
                  if (note !== selected.note) run(editNote(selected, note), selected.id, `note:${selected.id}`);
                  if (final) history?.closeMerge();
                }}
                onDelete={() => run(deleteAnnotation(selected), null)}
              />
            )}
          </>
        ) : (
          <p className="empty">Open an article to see its annotations.</p>
        )}
      </aside>

      <StatusBar status={session.status} projectName={open ? open.record.name : 'No project'} onHelp={() => setHelp(true)} />
      {importFlow.view}
      {editing && repo && (
        <ArticleMetaDialog
          article={editing}
          onClose={() => setEditing(null)}
          onSave={(meta) => session.status.track('Article details', () => repo.updateArticleMeta(editing.id, meta))}
        />
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
