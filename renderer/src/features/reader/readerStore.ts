import { useSyncExternalStore } from 'react';
import { OptimisticRows } from '../common/optimisticRows';
import type { RowOp } from '../../core/changes/rowOp';
import { anchorAnnotation, type AnchoredAnnotation } from '../../core/anchoring/anchorAnnotation';
import type { ArticleBody, TextRange } from '../../core/model/article';
import { annotationEnd, annotationStart, type Annotation } from '../../core/model/annotation';
import type { Link } from '../../core/model/link';

export interface Rect {
  left: number;
  top: number;
  bottom: number;
  right: number;
}

/** Text the analyst selected and has not tagged yet. */
export interface PendingSelection {
  /** The range a tag would cover (grown to whole words unless Alt was held). */
  range: TextRange;
  /** The range as selected, to tell whether the page still shows this selection. */
  raw: TextRange;
  rect: Rect;
}

export interface Hover {
  ids: string[];
  at: { x: number; y: number };
}

export interface ReaderState {
  articleId: string | null;
  pending: PendingSelection | null;
  selectedId: string | null;
  hover: Hover | null;
  /** A short message about the last key or click ("Already tagged as Person"). */
  notice: string | null;
  /** The open article's text, once read. */
  body: ArticleBody | null;
  /** The open article's annotations as the screen shows them (stored rows with dispatched actions on top), anchored, in text order. */
  anchored: readonly AnchoredAnnotation[];
  /** The annotation whose note editor should take the focus (N), until it has. */
  noteRequest: string | null;
  /** The links with an end in the open article, and the annotations at their ends (in any article). */
  links: readonly Link[];
  linkEnds: ReadonlyMap<string, Annotation>;
  /** An annotation to scroll into view once the article shows it (a followed link), until it has. */
  reveal: string | null;
  /** The claim whose link picker is open (L). */
  linking: string | null;
  /** While linking: the article opened beside this one to pick the other claim in, and the claim picked there. */
  beside: { articleId: string; target: Annotation | null } | null;
  /** An annotation waiting for "delete it and its links?" to be answered. */
  confirmDelete: { id: string; links: number } | null;
  /** The entity mention whose entity picker is open (E). */
  entityPicking: string | null;
  /** After a mention was linked: the project's other unlinked mentions that read the same, offered for the same entity. */
  sameText: SameTextOffer | null;
}

export interface SameTextOffer {
  entityId: string;
  entityName: string;
  text: string;
  mentionIds: string[];
}


const INITIAL: ReaderState = {
  articleId: null,
  pending: null,
  selectedId: null,
  hover: null,
  notice: null,
  body: null,
  anchored: [],
  noteRequest: null,
  links: [],
  linkEnds: new Map(),
  reveal: null,
  linking: null,
  beside: null,
  confirmDelete: null,
  entityPicking: null,
  sameText: null,
};

/**
 * The one owner of the reader's screen state: the open article, the pending selection, the
 * selected annotation, the hover card and the annotations shown. An action changes all of
 * it the moment it is dispatched (the annotation it creates is selected at once); the
 * stored rows replace what it showed once the live query brings them.
 */
export class ReaderStore {
  private state: ReaderState = INITIAL;
  private readonly annotationRows = new OptimisticRows('annotations');
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): ReaderState => this.state;

  private set(patch: Partial<ReaderState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private rows(): Annotation[] {
    return this.annotationRows.rows();
  }


  /** Each row's anchoring in `anchorsOf`'s text: a row that did not change is not anchored again. */
  private anchors = new WeakMap<Annotation, AnchoredAnnotation>();
  private anchorsOf: ArticleBody | null = null;

  private shown(body = this.state.body): readonly AnchoredAnnotation[] {
    if (!body) return [];
    if (body !== this.anchorsOf) {
      this.anchors = new WeakMap();
      this.anchorsOf = body;
    }
    const shown = this.rows().map((annotation) => {
      let anchored = this.anchors.get(annotation);
      if (!anchored) {
        anchored = { annotation, anchor: anchorAnnotation(body.text, annotation) };
        this.anchors.set(annotation, anchored);
      }
      return anchored;
    });
    // compareAnnotations' order, with each row's ends read once (5,000 rows sort in a few ms).
    const keyed = shown.map((x) => ({ x, start: annotationStart(x.annotation), end: annotationEnd(x.annotation) }));
    keyed.sort((a, b) => a.start - b.start || b.end - a.end || a.x.annotation.id.localeCompare(b.x.annotation.id));
    return keyed.map((k) => k.x);
  }

  /** The annotation with this id as shown, or null. */
  find(id: string | null): Annotation | null {
    if (id === null) return null;
    return this.state.anchored.find((x) => x.annotation.id === id)?.annotation ?? null;
  }

  /** The selected annotation as shown, or null. */
  get selected(): Annotation | null {
    return this.find(this.state.selectedId);
  }

  setBody(articleId: string, body: ArticleBody | null): void {
    if (articleId !== this.state.articleId || body === this.state.body) return;
    this.set({ body, anchored: this.shown(body) });
  }

  /** Opens an article (or none): nothing of the previous one stays selected; `select` selects and reveals an annotation in it. */
  openArticle(articleId: string | null, select: string | null = null): void {
    if (articleId === this.state.articleId) {
      if (select) this.set({ selectedId: select, reveal: select, pending: null });
      return;
    }
    this.annotationRows.clear();
    this.set({ ...INITIAL, articleId, selectedId: select, reveal: select });
  }

  /** The live query's rows for the open article. Rows of actions already stored replace their overlay. */
  setStored(articleId: string, rows: readonly Annotation[]): void {
    if (articleId !== this.state.articleId) return;
    this.annotationRows.setStored(rows);
    const anchored = this.shown();
    const patch: Partial<ReaderState> = { anchored };
    const { selectedId } = this.state;
    if (selectedId && this.state.body && !anchored.some((x) => x.annotation.id === selectedId)) patch.selectedId = null;
    this.set(patch);
  }

  /**
   * Shows an action's annotation ops at once and sets the selection it asks for; the pending
   * selection is gone (it was used, or the action made it stale).
   */
  dispatch(actionId: string, ops: readonly RowOp[], at: string, select: string | null | undefined): void {
    this.annotationRows.dispatch(actionId, ops, at);
    const patch: Partial<ReaderState> = { anchored: this.shown(), pending: null, notice: null, hover: null };
    if (select !== undefined) patch.selectedId = select;
    this.set(patch);
  }

  /** The action is stored (or failed, and what it showed is taken back). */
  settle(actionId: string, ok: boolean): void {
    if (this.annotationRows.settle(actionId, ok)) this.set({ anchored: this.shown() });
  }

  setPending(pending: PendingSelection | null): void {
    if (pending === null && this.state.pending === null) return;
    this.set({ pending, notice: null });
  }

  select(selectedId: string | null): void {
    if (selectedId === this.state.selectedId && this.state.pending === null) return;
    this.set({ selectedId, pending: null });
  }

  setHover(hover: Hover | null): void {
    if (hover === null && this.state.hover === null) return;
    this.set({ hover });
  }

  say(notice: string | null): void {
    this.set({ notice });
  }

  requestNoteFocus(id: string): void {
    this.set({ noteRequest: id });
  }

  setLinks(articleId: string, links: readonly Link[], ends: readonly Annotation[]): void {
    if (articleId !== this.state.articleId) return;
    this.set({ links, linkEnds: new Map(ends.map((a) => [a.id, a])) });
  }

  /** The links of one annotation, as shown, oldest first. */
  linksOf(id: string): Link[] {
    return this.state.links
      .filter((l) => l.fromId === id || l.toId === id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  revealed(): void {
    if (this.state.reveal !== null) this.set({ reveal: null });
  }

  setLinking(id: string | null): void {
    this.set({ linking: id, beside: null });
  }

  setBeside(beside: { articleId: string; target: Annotation | null } | null): void {
    this.set({ beside });
  }

  setConfirmDelete(confirm: { id: string; links: number } | null): void {
    this.set({ confirmDelete: confirm });
  }

  setEntityPicking(id: string | null): void {
    this.set({ entityPicking: id });
  }

  offerSameText(offer: SameTextOffer | null): void {
    this.set({ sameText: offer });
  }

  noteFocused(): void {
    if (this.state.noteRequest !== null) this.set({ noteRequest: null });
  }
}

export function useReaderState(store: ReaderStore): ReaderState {
  return useSyncExternalStore(store.subscribe, store.get);
}
