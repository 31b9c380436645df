import { useSyncExternalStore } from 'react';
import { OptimisticRows } from '../common/optimisticRows';
import type { RowOp } from '../../core/changes/rowOp';
import { reviewQueue, statusCounts, type QueueFilter, type QueueSort } from '../../core/links/reviewQueue';
import { annotationText, type Annotation } from '../../core/model/annotation';
import type { ArticleBody, ArticleSummary } from '../../core/model/article';
import { DEFAULT_LINK_TYPES, type Link, type LinkStatus, type LinkTypeDef } from '../../core/model/link';
import { START_PLACE, type ReviewPlace } from './reviewPlace';

export interface ReviewState extends ReviewPlace {
  /** X was pressed on the selected link: a reason key (1-6) is awaited. */
  explaining: boolean;
  /** The project's links as shown (stored rows with dispatched actions on top); null until first read. */
  links: readonly Link[] | null;
  articles: ReadonlyMap<string, ArticleSummary> | null;
  /** The project's link types: the built-in ones and its own. */
  types: readonly LinkTypeDef[];
  /** The links that pass the filter, in order. */
  queue: readonly Link[];
  /** Per status, the links that pass every filter but the status one. */
  counts: Record<LinkStatus, number>;
  /** The selected link as shown; it may be one the filter hides (an undo brought it back). */
  selected: Link | null;
  /** Claim text by annotation id, for the queue's rows (null: the annotation is gone). Filled as read. */
  quotes: ReadonlyMap<string, string | null>;
  /** The selected link's two annotations, once read (null: deleted). */
  claims: ReadonlyMap<string, Annotation | null>;
  /** The texts of the selected link's articles, once read (null: deleted). */
  bodies: ReadonlyMap<string, ArticleBody | null>;
  /** A message about the last action ("the link was deleted in another window…"). */
  notice: string | null;
}


const NO_COUNTS: Record<LinkStatus, number> = { candidate: 0, confirmed: 0, explained: 0, rejected: 0 };
const NO_ARTICLES: ReadonlyMap<string, ArticleSummary> = new Map();

const INITIAL: ReviewState = {
  ...START_PLACE,
  explaining: false,
  links: null,
  articles: null,
  types: DEFAULT_LINK_TYPES,
  queue: [],
  counts: NO_COUNTS,
  selected: null,
  quotes: new Map(),
  claims: new Map(),
  bodies: new Map(),
  notice: null,
};

/** True when `b` orders and filters exactly like `a`: only text the queue ignores (rationale, reason) changed. */
function sameQueueFields(a: readonly Link[], b: readonly Link[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Link;
    const y = b[i] as Link;
    if (x.id !== y.id || x.status !== y.status || x.type !== y.type || x.createdAt !== y.createdAt) return false;
    if (x.fromArticleId !== y.fromArticleId || x.toArticleId !== y.toArticleId) return false;
  }
  return true;
}

/** The link to show when `id` left the queue: the next of the old queue still shown, else the previous, else the first. */
function successor(before: readonly Link[], after: readonly Link[], id: string): string | null {
  const shown = new Set(after.map((l) => l.id));
  const i = before.findIndex((l) => l.id === id);
  for (let j = i + 1; j < before.length; j++) if (shown.has(before[j]?.id ?? '')) return before[j]?.id ?? null;
  for (let j = i - 1; j >= 0; j--) if (shown.has(before[j]?.id ?? '')) return before[j]?.id ?? null;
  return after[0]?.id ?? null;
}

function keepOnly<V>(map: ReadonlyMap<string, V>, keys: readonly string[]): ReadonlyMap<string, V> {
  if ([...map.keys()].every((k) => keys.includes(k))) return map;
  return new Map([...map].filter(([k]) => keys.includes(k)));
}

/**
 * The review's screen state: where the analyst stands in the queue, and the data it shows.
 * A verdict changes the queue the moment it is dispatched; the stored rows replace what it
 * showed once the live query brings them.
 */
export class ReviewStore {
  private state: ReviewState = INITIAL;
  private loaded = false;
  private readonly linkRows = new OptimisticRows('links');
  private readonly listeners = new Set<() => void>();
  private save: ((place: ReviewPlace) => void) | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): ReviewState => this.state;

  /** Starts from a saved place and saves every later move there. */
  remember(place: ReviewPlace, save: (place: ReviewPlace) => void): void {
    this.save = null;
    this.update({ ...place }, 'view');
    this.save = save;
  }

  /** The link with this id as shown, or null. */
  link(id: string): Link | null {
    return this.state.links?.find((l) => l.id === id) ?? null;
  }

  private rows(): Link[] | null {
    return this.loaded ? this.linkRows.rows() : null;
  }


  /**
   * Applies `patch` and derives the rest. `requeue` says why the queue may have changed:
   * 'data' (links or articles: a selected link that leaves the queue hands over to its
   * successor) or 'view' (filter or sort: a selected link the filter hides gives way to
   * the first of the queue).
   */
  private update(patch: Partial<ReviewState>, requeue: 'data' | 'view' | null): void {
    const prev = this.state;
    const next: ReviewState = { ...prev, ...patch };
    if (requeue) this.requeue(prev, next, requeue);
    if (next.selectedLinkId !== prev.selectedLinkId || next.links !== prev.links) {
      next.selected = next.selectedLinkId === null ? null : (next.links?.find((l) => l.id === next.selectedLinkId) ?? null);
    }
    if (next.selectedLinkId !== prev.selectedLinkId) next.explaining = false;
    // What is shown of the ends belongs to the selected link only; what it shares with the previous one stays.
    if (next.selected?.fromId !== prev.selected?.fromId || next.selected?.toId !== prev.selected?.toId) {
      next.claims = keepOnly(next.claims, next.selected ? [next.selected.fromId, next.selected.toId] : []);
    }
    if (next.selected?.fromArticleId !== prev.selected?.fromArticleId || next.selected?.toArticleId !== prev.selected?.toArticleId) {
      next.bodies = keepOnly(next.bodies, next.selected ? [next.selected.fromArticleId, next.selected.toArticleId] : []);
    }
    this.state = next;
    if (this.save && (next.filter !== prev.filter || next.sort !== prev.sort || next.selectedLinkId !== prev.selectedLinkId)) {
      this.save({ filter: next.filter, sort: next.sort, selectedLinkId: next.selectedLinkId });
    }
    for (const l of this.listeners) l();
  }

  private requeue(prev: ReviewState, next: ReviewState, why: 'data' | 'view'): void {
    const links = next.links ?? [];
    const articles = next.articles ?? NO_ARTICLES;
    const sameView = next.filter === prev.filter && next.sort === prev.sort && next.articles === prev.articles;
    if (sameView && prev.links && next.links && sameQueueFields(prev.links, next.links)) {
      // Only text changed (a rationale typed): same order, same counts; sorting 20,000 links is not free.
      const byId = new Map(next.links.map((l) => [l.id, l]));
      next.queue = prev.queue.map((l) => byId.get(l.id) ?? l);
    } else {
      next.queue = reviewQueue(links, next.filter, next.sort, articles);
      // The counts ignore the status filter and the sort.
      const { filter: f } = next;
      const countsStale =
        next.links !== prev.links || next.articles !== prev.articles || f.type !== prev.filter.type || f.articleId !== prev.filter.articleId || f.outlet !== prev.filter.outlet;
      if (f.status === 'all') {
        const counts = { ...NO_COUNTS };
        for (const l of next.queue) counts[l.status]++;
        next.counts = counts;
      } else if (countsStale) {
        next.counts = statusCounts(links, f, articles);
      }
    }
    // Until both are read, the queue is not the queue: a restored selection waits.
    if (!next.links || !next.articles) return;
    const id = next.selectedLinkId;
    const shown = (x: string) => next.queue.some((l) => l.id === x);
    if (id !== null && shown(id)) return;
    if (id === null || why === 'view') {
      next.selectedLinkId = next.queue[0]?.id ?? null;
    } else if (prev.queue.some((l) => l.id === id)) {
      next.selectedLinkId = successor(prev.queue, next.queue, id);
    } else if (!next.links.some((l) => l.id === id)) {
      next.selectedLinkId = next.queue[0]?.id ?? null;
    }
    // Else it was chosen while hidden (an undo brought it back): it stays until something else is.
  }

  // --- Data --------------------------------------------------------------------------

  /** The live query's links. Rows of actions already stored replace their overlay. */
  setStoredLinks(rows: readonly Link[]): void {
    this.loaded = true;
    this.linkRows.setStored(rows);
    this.update({ links: this.rows() }, 'data');
  }

  setArticles(list: readonly ArticleSummary[]): void {
    this.update({ articles: new Map(list.map((a) => [a.id, a])) }, 'data');
  }

  setTypes(types: readonly LinkTypeDef[]): void {
    this.update({ types }, null);
  }

  /** Shows an action's link ops at once, and selects `select` when given. */
  dispatch(actionId: string, ops: readonly RowOp[], at: string, select?: string | null): void {
    this.linkRows.dispatch(actionId, ops, at);
    const patch: Partial<ReviewState> = { links: this.rows(), notice: null };
    if (select !== undefined) patch.selectedLinkId = select;
    this.update(patch, 'data');
  }

  /** The action is stored (or failed, and what it showed is taken back). */
  settle(actionId: string, ok: boolean): void {
    if (this.linkRows.settle(actionId, ok)) this.update({ links: this.rows() }, 'data');
  }

  /** Claim texts for the queue's rows, as read (ids not found are remembered as gone). */
  setQuotes(ids: readonly string[], rows: readonly Annotation[]): void {
    const quotes = new Map(this.state.quotes);
    for (const id of ids) quotes.set(id, null);
    for (const a of rows) quotes.set(a.id, annotationText(a));
    this.update({ quotes }, null);
  }

  /** The selected link's annotations `ids`, as read; ignored when the selection has moved on. */
  setClaims(ids: readonly string[], rows: readonly Annotation[]): void {
    const { selected } = this.state;
    if (!selected || ids[0] !== selected.fromId || ids[1] !== selected.toId) return;
    const claims = new Map<string, Annotation | null>(ids.map((id) => [id, rows.find((a) => a.id === id) ?? null]));
    // A claim read here is a quote the queue can show too.
    const quotes = new Map(this.state.quotes);
    for (const [id, a] of claims) quotes.set(id, a ? annotationText(a) : null);
    this.update({ claims, quotes }, null);
  }

  setBody(articleId: string, body: ArticleBody | null): void {
    const { selected, bodies } = this.state;
    if (!selected || (articleId !== selected.fromArticleId && articleId !== selected.toArticleId)) return;
    if (bodies.get(articleId) === body) return;
    this.update({ bodies: new Map(bodies).set(articleId, body) }, null);
  }

  // --- Place -------------------------------------------------------------------------

  select(id: string | null): void {
    if (id === this.state.selectedLinkId) return;
    this.update({ selectedLinkId: id, notice: null }, null);
  }

  setFilter(filter: QueueFilter): void {
    this.update({ filter }, 'view');
  }

  setSort(sort: QueueSort): void {
    if (sort !== this.state.sort) this.update({ sort }, 'view');
  }

  setExplaining(explaining: boolean): void {
    if (explaining !== this.state.explaining) this.update({ explaining }, null);
  }

  say(notice: string | null): void {
    if (notice !== this.state.notice) this.update({ notice }, null);
  }
}

export function useReviewState(store: ReviewStore): ReviewState {
  return useSyncExternalStore(store.subscribe, store.get);
}
