import { useEffect, useMemo, useRef } from 'react';
import type { TagSchema } from '../../core/model/tagSchema';
import type { ArticleViewerHandle } from '../../editor/ArticleViewer';
import { observe } from '../../storage/observe';
import { observeArticleAnnotations } from '../../storage/observeArticleAnnotations';
import type { OpenProject } from '../projects/useProjectSession';
import { MentionActions } from '../entities/mentionActions';
import { ReaderController } from './readerController';
import { ReaderStore, useReaderState, type ReaderState } from './readerStore';

const articleKey = (projectId: string) => `crosscheck.openArticle.${projectId}`;

export interface Reader {
  state: ReaderState;
  controller: ReaderController;
  /** Linking entity mentions to entities (E) and the offers that follow. */
  mentions: MentionActions;
  viewer: React.RefObject<ArticleViewerHandle | null>;
  /** Opens an article (or none) and remembers it for this project; `select` selects and reveals an annotation in it. */
  openArticle(id: string | null, select?: string): void;
}

/**
 * The reader of the open project: its store and controller, fed by live queries on the open
 * article's text and annotations (in this tab or another).
 */
export function useReader(open: OpenProject | null, schema: TagSchema, onError: (message: string) => void): Reader {
  const projectId = open?.record.id ?? null;
  const history = open?.history ?? null;
  const repo = open?.repo ?? null;
  const viewer = useRef<ArticleViewerHandle | null>(null);
  const schemaRef = useRef(schema);
  useEffect(() => {
    schemaRef.current = schema;
  });

  const { store, controller, mentions, openArticle } = useMemo(() => {
    const store = new ReaderStore();
    const openArticle = (id: string | null, select?: string) => {
      store.openArticle(id, select ?? null);
      if (!projectId) return;
      if (id) localStorage.setItem(articleKey(projectId), id);
      else localStorage.removeItem(articleKey(projectId));
    };
    const controller = new ReaderController(store, history, () => viewer.current, () => schemaRef.current, openArticle);
    return { store, controller, mentions: new MentionActions(controller, repo), openArticle };
    // The repository belongs to the project, as the history does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projectId, history]);

  // Each project reopens the article that was open in it.
  useEffect(() => {
    store.openArticle(projectId ? localStorage.getItem(articleKey(projectId)) : null);
  }, [store, projectId]);
  useEffect(() => () => controller.dispose(), [controller]);

  const state = useReaderState(store);
  const { articleId } = state;
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });

  useEffect(() => {
    if (!repo || !articleId) return undefined;
    const fail = (e: unknown) => report.current(`The article could not be read: ${e instanceof Error ? e.message : String(e)}`);
    const stopBody = observe(() => repo.getBody(articleId), (body) => store.setBody(articleId, body ?? null), fail);
    const stopRows = observeArticleAnnotations(repo, articleId, (rows) => store.setStored(articleId, rows), fail);
    // The article's links, with the annotations at their far ends (to show their quotes).
    const stopLinks = observe(
      async () => {
        const links = await repo.linksForArticle(articleId);
        const ends = await repo.annotationsByIds([...new Set(links.flatMap((l) => [l.fromId, l.toId]))]);
        return { links, ends };
      },
      ({ links, ends }) => store.setLinks(articleId, links, ends),
      fail,
    );
    return () => {
      stopBody();
      stopRows();
      stopLinks();
    };
  }, [repo, articleId, store]);

  return { state, controller, mentions, viewer, openArticle };
}
