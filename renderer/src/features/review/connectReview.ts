import type { Link } from '../../core/model/link';
import { observe } from '../../storage/observe';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ReviewStore } from './reviewStore';

/** The rows whose quotes are read first, so the top of a long queue fills at once. */
const FIRST_ROWS = 100;

/**
 * Feeds the review from storage: live queries on the links, the articles and the link types, on the selected
 * link's two annotations and on its articles' texts (each text watched while a selected
 * link needs it, so moving between links of the same articles reads nothing again), and
 * the claim texts of the queue's rows, read once per annotation (a claim's text never
 * changes; deleting it deletes its links). Returns the function that stops it all.
 */
export function connectReview(store: ReviewStore, repo: ProjectRepository, onError: (message: string) => void): () => void {
  let closed = false;
  const fail = (what: string) => (e: unknown) => {
    if (!closed) onError(`${what} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  };
  const stopLinks = observe(() => repo.allLinks(), (rows) => store.setStoredLinks(rows), fail('The links'));
  const stopArticles = observe(() => repo.listArticles(), (rows) => store.setArticles(rows), fail('The articles'));
  const stopTypes = observe(() => repo.linkTypes(), (types) => store.setTypes(types), fail('The link types'));

  const bodies = new Map<string, () => void>();
  let claimsKey = '';
  let stopClaims = () => {};
  let lastQueue: readonly Link[] | null = null;
  const asked = new Set<string>();

  const readQuotes = (ids: string[]) => {
    if (ids.length === 0) return Promise.resolve();
    return repo.annotationsByIds(ids).then(
      (rows) => {
        if (!closed) store.setQuotes(ids, rows);
      },
      (e: unknown) => {
        for (const id of ids) asked.delete(id);
        fail('The claims of the queue')(e);
      },
    );
  };
  const unread = (links: readonly Link[]) => {
    const { quotes } = store.get();
    const ids: string[] = [];
    for (const l of links) {
      for (const id of [l.fromId, l.toId]) {
        if (quotes.has(id) || asked.has(id)) continue;
        asked.add(id);
        ids.push(id);
      }
    }
    return ids;
  };

  const follow = () => {
    if (closed) return;
    const { selected, queue } = store.get();

    const wanted = selected ? [selected.fromArticleId, selected.toArticleId] : [];
    for (const [id, stop] of bodies) {
      if (wanted.includes(id)) continue;
      stop();
      bodies.delete(id);
    }
    for (const id of wanted) {
      if (!bodies.has(id)) bodies.set(id, observe(() => repo.getBody(id), (body) => store.setBody(id, body ?? null), fail('The article')));
    }

    const ids = selected ? [selected.fromId, selected.toId] : [];
    const key = ids.join('\n');
    if (key !== claimsKey) {
      stopClaims();
      claimsKey = key;
      stopClaims = ids.length > 0 ? observe(() => repo.annotationsByIds(ids), (rows) => store.setClaims(ids, rows), fail('The claims')) : () => {};
    }

    if (queue !== lastQueue) {
      lastQueue = queue;
      const first = unread(queue.slice(0, FIRST_ROWS));
      const rest = unread(queue.slice(FIRST_ROWS));
      void readQuotes(first).then(() => readQuotes(rest));
    }
  };

  const unsubscribe = store.subscribe(follow);
  follow();
  return () => {
    closed = true;
    unsubscribe();
    stopLinks();
    stopArticles();
    stopTypes();
    stopClaims();
    for (const stop of bodies.values()) stop();
    bodies.clear();
  };
}
