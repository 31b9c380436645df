import { annotationsAt } from '../../core/anchoring/annotationsAt';
import type { AppliedChange } from '../../core/changes/appliedChange';
import { articleMetaOp, createAnnotationOp, deleteAnnotationOp, deleteArticleOp, noteOp, retagOp, sameTagOnSpan } from '../../core/changes/annotationOps';
import { countOf } from '../../core/text/plural';
import type { Action, RowOp } from '../../core/changes/rowOp';
import type { ArticleMeta, TextRange } from '../../core/model/article';
import { annotationStart, annotationText, type Annotation, type AttributeValue } from '../../core/model/annotation';
import { newId } from '../../core/model/ids';
import { findTag, tagForKey, type TagDef, type TagSchema } from '../../core/model/tagSchema';
import { createLinkOp, deleteLinkOp, linkStatusOp, linkTypeOp } from '../../core/changes/linkOps';
import { refuseLink } from '../../core/links/linkRules';
import { linkTypeOf, otherEnd, STATUS_LABELS, type Link, type LinkStatus, type LinkTypeDef } from '../../core/model/link';
import { snapSelection } from '../../core/text/snapSelection';
import type { ArticleViewerHandle } from '../../editor/ArticleViewer';
import type { SelectionRead } from '../../editor/readSelection';
import type { ActionHistory } from '../history/actionHistory';
import type { ReaderStore } from './readerStore';

export const OUTSIDE_TEXT = 'The selection runs outside the article text (into the title or a pane). Select within the text to tag it.';
const HOVER_DELAY_MS = 350;

/** Which annotation an undo or redo of `action` leaves selected: what it brings back, nothing when it removes it. */
function historyTarget(action: Action | null, redo: boolean): string | null | undefined {
  const op = action?.ops.find((o) => o.table === 'annotations');
  if (!op) return undefined;
  const removes = redo ? op.op === 'delete' : op.op === 'create';
  if (removes) return null;
  return op.op === 'create' ? op.row.id : op.id;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function sameRange(a: TextRange, b: TextRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * What the reader's keys, clicks and menus do. Every action reads what the screen shows at
 * that moment (the live selection, the selected annotation as shown) and updates the
 * reader's state when it is dispatched, before its write commits.
 */
export class ReaderController {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly store: ReaderStore,
    /** Null while no project is open: nothing can be stored. */
    private readonly history: ActionHistory | null,
    private readonly viewer: () => ArticleViewerHandle | null,
    private readonly schema: () => TagSchema,
    private readonly onOpenArticle: (articleId: string | null, select?: string) => void,
  ) {}

  /**
   * Stores ops as one undoable action; the reader shows them and selects `select` at once.
   * Resolves true once stored, false when the write failed (the status bar says what failed, with Retry).
   */
  run(label: string, ops: RowOp[], select: string | null | undefined, mergeKey: string | null = null): Promise<boolean> {
    if (!this.history) return Promise.resolve(false);
    const { action, stored } = this.history.execute(label, ops, mergeKey);
    this.store.dispatch(action.id, ops, action.at, select);
    return stored.then(
      () => {
        this.store.settle(action.id, true);
        return true;
      },
      () => {
        this.store.settle(action.id, false);
        return false;
      },
    );
  }

  // --- Selection ---------------------------------------------------------------------

  /** A finished selection from the viewer: offer the tag menu for it. */
  selectText(read: SelectionRead, exact: boolean): void {
    const body = this.store.get().body;
    if (read.kind === 'partial') {
      this.store.setPending(null);
      this.store.say(OUTSIDE_TEXT);
      return;
    }
    if (read.kind === 'none' || !body) return this.store.setPending(null);
    const raw = { start: read.selection.start, end: read.selection.end };
    const range = snapSelection(body.text, raw, exact);
    this.store.setPending(range ? { range, raw, rect: read.selection.rect } : null);
  }

  selectionGone(): void {
    this.store.setPending(null);
  }

  /**
   * The range a key should tag: what the page shows selected right now. The pending range is
   * used only while the page still shows that selection (it remembers Alt for exact).
   */
  private liveRange(): TextRange | 'outside' | null {
    const read = this.viewer()?.readSelection() ?? { kind: 'none' };
    const body = this.store.get().body;
    if (read.kind === 'partial') return 'outside';
    if (read.kind === 'none' || !body) {
      this.store.setPending(null);
      return null;
    }
    const pending = this.store.get().pending;
    const raw = { start: read.selection.start, end: read.selection.end };
    if (pending && sameRange(pending.raw, raw)) return pending.range;
    return snapSelection(body.text, raw, false);
  }

  private clearSelection(): void {
    this.viewer()?.clearSelection();
    this.store.setPending(null);
  }

  // --- Tagging -----------------------------------------------------------------------

  private tagRange(range: TextRange, tag: TagDef): void {
    const { articleId, body } = this.store.get();
    if (!articleId || !body) return;
    this.clearSelection();
    const existing = sameTagOnSpan(
      this.store.get().anchored.map((x) => x.annotation),
      range,
      tag.id,
    );
    if (existing) {
      this.store.select(existing.id);
      this.viewer()?.scrollToOffset(annotationStart(existing));
      this.store.say(`“${body.text.slice(range.start, range.end)}” is already tagged as ${tag.label}; that annotation is selected.`);
      return;
    }
    const id = newId('a');
    const at = new Date().toISOString();
    this.run(`Tag as ${tag.label}`, [createAnnotationOp(id, articleId, body.text, range, tag, at)], id);
  }

  /** A digit: tag what is selected on the page, else retag the selected annotation. Returns whether it applied. */
  tagKey(key: string): boolean {
    const tag = tagForKey(this.schema(), key);
    if (!tag) return false;
    const range = this.liveRange();
    if (range === 'outside') {
      this.store.say(OUTSIDE_TEXT);
      return true;
    }
    if (range) {
      this.tagRange(range, tag);
      return true;
    }
    const selected = this.store.selected;
    if (!selected) return false;
    this.retag(selected, tag);
    return true;
  }

  /** A tag chosen in the tag menu. */
  tagPending(tag: TagDef): void {
    const range = this.liveRange();
    if (range && range !== 'outside') this.tagRange(range, tag);
  }

  retag(annotation: Annotation, tag: TagDef): void {
    if (annotation.tag === tag.id) return;
    const links = this.store.linksOf(annotation.id).length;
    if (annotation.kind === 'claim' && tag.kind !== 'claim' && links > 0) {
      // Links join claims: a linked claim stays one until its links are gone.
      this.store.say(`This claim has ${countOf(links, 'link', 'links')}; delete ${links === 1 ? 'it' : 'them'} first to tag it as ${tag.label}.`);
      return;
    }
    this.run(`Retag as ${tag.label}`, [retagOp(annotation.id, tag)], annotation.id);
  }

  // --- Selected annotation -----------------------------------------------------------

  /** Selects an annotation and scrolls the article to it. */
  show(id: string | null): void {
    this.clearSelection();
    this.store.select(id);
    const item = this.store.get().anchored.find((x) => x.annotation.id === id);
    if (item?.anchor.status === 'anchored') this.viewer()?.scrollToOffset(item.anchor.ranges[0]?.start ?? 0, true);
  }

  step(delta: 1 | -1): void {
    const { anchored, selectedId } = this.store.get();
    if (anchored.length === 0) return;
    const i = anchored.findIndex((x) => x.annotation.id === selectedId);
    const next = i === -1 ? (delta === 1 ? 0 : anchored.length - 1) : Math.min(anchored.length - 1, Math.max(0, i + delta));
    this.show(anchored[next]?.annotation.id ?? null);
  }

  /** A plain click on the text: select the innermost annotation there, or none. */
  clickText(offset: number): void {
    this.store.select(annotationsAt(this.store.get().anchored, offset)[0]?.id ?? null);
  }

  escape(): void {
    if (this.store.get().beside) return this.cancelLink();
    if (this.store.get().pending || this.viewer()?.readSelection().kind !== 'none') this.clearSelection();
    else this.store.select(null);
    this.store.say(null);
  }

  /** Delete: at once for an annotation without links; one with links asks first, saying how many go with it. */
  deleteSelected(): void {
    const selected = this.store.selected;
    if (!selected) return;
    const links = this.store.linksOf(selected.id).length;
    if (links > 0) this.store.setConfirmDelete({ id: selected.id, links });
    else this.deleteAnnotation(selected.id);
  }

  /** The answer to "delete it and its links?". */
  confirmDelete(yes: boolean): void {
    const pending = this.store.get().confirmDelete;
    this.store.setConfirmDelete(null);
    if (yes && pending) this.deleteAnnotation(pending.id);
  }

  private deleteAnnotation(id: string): void {
    const { anchored } = this.store.get();
    const i = anchored.findIndex((x) => x.annotation.id === id);
    const neighbour = anchored[i + 1] ?? anchored[i - 1];
    const links = this.store.linksOf(id).length;
    const label = links > 0 ? `Delete annotation and ${countOf(links, 'link', 'links')}` : 'Delete annotation';
    this.run(label, [deleteAnnotationOp(id)], neighbour?.annotation.id ?? null);
  }

  // --- Links -------------------------------------------------------------------------

  /** L: open the link picker for the selected claim. */
  startLink(): void {
    const selected = this.store.selected;
    if (!selected) {
      this.store.say('Select a claim first (click it, or J / K), then press L to link it.');
      return;
    }
    if (selected.kind !== 'claim') {
      this.store.say(`Links join claims; this is ${this.tagName(selected.tag)} mention. Select a claim and press L.`);
      return;
    }
    this.store.setLinking(selected.id);
  }

  /**
   * Sets one attribute of an annotation. The attributes are one field of the row: the patch
   * carries the shown map with this one value changed.
   */
  setAttribute(annotation: Annotation, id: string, value: AttributeValue | undefined, label: string): void {
    const attributes = { ...annotation.attributes };
    if (value === undefined) delete attributes[id];
    else attributes[id] = value;
    if (attributes[id] === annotation.attributes[id]) return;
    void this.run(label, [{ table: 'annotations', op: 'update', id: annotation.id, set: { attributes } }], annotation.id);
  }

  /** E: open the entity picker for the selected mention. */
  startEntityLink(): void {
    const selected = this.store.selected;
    if (!selected) {
      this.store.say('Select an entity mention first (click it, or J / K), then press E to link it to an entity.');
      return;
    }
    if (selected.kind !== 'entity') {
      this.store.say(`E links entity mentions to entities; this is ${this.tagName(selected.tag)}. Select a mention (a person, group, place…) and press E.`);
      return;
    }
    this.store.setEntityPicking(selected.id);
  }

  cancelLink(): void {
    this.store.setLinking(null);
  }

  /** Opens another article beside this one to pick the claim to link to in it. */
  linkBeside(articleId: string): void {
    if (this.store.get().linking) this.store.setBeside({ articleId, target: null });
  }

  /** A claim picked in the article beside: the picker asks for the type. */
  pickBeside(target: Annotation): void {
    const beside = this.store.get().beside;
    if (!beside) return;
    if (target.kind !== 'claim') {
      this.store.say(`Links join claims; this is ${this.tagName(target.tag)} mention. Click a claim (underlined).`);
      return;
    }
    this.store.setBeside({ ...beside, target });
  }

  /** Back from the type choice to picking in the article beside. */
  unpickBeside(): void {
    const beside = this.store.get().beside;
    if (beside) this.store.setBeside({ ...beside, target: null });
  }

  /**
   * Links the claim being linked to `to` as `type`. Returns why it was refused, or null once
   * the link is dispatched (the picker closes, the reader says what was linked).
   */
  link(to: Annotation, type: LinkTypeDef): string | null {
    const fromId = this.store.get().linking;
    const from = this.store.find(fromId);
    if (!from) return 'The claim to link is no longer shown.';
    const refusal = refuseLink(from, to, type, this.store.linksOf(from.id));
    if (refusal) return refusal;
    this.store.setLinking(null);
    const at = new Date().toISOString();
    this.run(`Link as ${type.label.toLowerCase()}`, [createLinkOp(newId('l'), from, to, type.id, at)], undefined);
    this.store.say(`Linked: ${type.label.toLowerCase()} “${shorten(annotationText(to))}”.`);
    return null;
  }

  /** Opens the other end of a link, scrolled to it and selected. */
  follow(link: Link, fromId: string): void {
    const other = otherEnd(link, fromId);
    this.clearSelection();
    if (other.articleId === this.store.get().articleId) this.show(other.annotationId);
    else this.onOpenArticle(other.articleId, other.annotationId);
  }

  setLinkStatus(link: Link, status: LinkStatus): void {
    if (link.status === status) return;
    this.run(`Mark link ${STATUS_LABELS[status].toLowerCase()}`, [linkStatusOp(link.id, status, link.reason)], undefined);
  }

  /** Changes a link's type; refused (and said) when the claims already have a link of that type. */
  retypeLink(link: Link, type: LinkTypeDef, types: readonly LinkTypeDef[]): void {
    if (link.type === type.id) return;
    const from = this.store.find(link.fromId) ?? this.store.get().linkEnds.get(link.fromId);
    const to = this.store.find(link.toId) ?? this.store.get().linkEnds.get(link.toId);
    if (!from || !to) return;
    const others = this.store.linksOf(link.fromId).filter((l) => l.id !== link.id);
    const refusal = refuseLink(from, to, type, others);
    if (refusal) return this.store.say(refusal);
    const old = linkTypeOf(types, link.type)?.label.toLowerCase() ?? link.type;
    this.run(`Retype link from ${old} to ${type.label.toLowerCase()}`, [linkTypeOp(link.id, type.id)], undefined);
  }

  deleteLink(link: Link): void {
    this.run('Delete link', [deleteLinkOp(link.id)], undefined);
  }

  private tagName(tagId: string): string {
    const label = findTag(this.schema(), tagId)?.label.toLowerCase() ?? tagId;
    return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
  }

  editNote(): void {
    const selected = this.store.selected;
    if (selected) this.store.requestNoteFocus(selected.id);
  }

  /** A note typed into the sidebar; the saves of one editing session are one undo step. */
  saveNote(id: string, note: string, final: boolean): void {
    const shown = this.store.find(id);
    if (!shown) {
      // Deleted meanwhile (in another window): keep what was typed in front of the analyst.
      if (note.trim()) this.store.say(`The annotation whose note you were editing was deleted in another window. Your note: “${note}”`);
    } else if (shown.note !== note) this.run('Edit note', [noteOp(id, note)], undefined, `note:${id}`);
    if (final) this.history?.closeMerge();
  }

  /** Deletes articles with their text and annotations, as one undoable action. */
  deleteArticles(ids: readonly string[]): void {
    if (ids.length === 0) return;
    if (this.store.get().articleId && ids.includes(this.store.get().articleId as string)) this.onOpenArticle(null);
    const label = ids.length === 1 ? 'Delete article' : `Delete ${countOf(ids.length, 'article', 'articles')}`;
    this.run(label, ids.map(deleteArticleOp), undefined);
  }

  // --- History -----------------------------------------------------------------------

  undo(): void {
    this.travel(false);
  }

  redo(): void {
    this.travel(true);
  }

  private travel(redo: boolean): void {
    const history = this.history;
    const action = redo ? history?.peekRedo() : history?.peekUndo();
    if (!history || !action) return;
    this.clearSelection();
    const target = historyTarget(action, redo);
    if (target !== undefined) this.store.select(target);
    (redo ? history.redo() : history.undo()).then(
      (applied) => this.afterTravel(applied),
      () => undefined, // The status bar shows the failure with Retry.
    );
  }

  /** An undo that touched another article's annotation opens that article on it. */
  private afterTravel(applied: AppliedChange[] | null): void {
    const change = applied?.find((c) => c.table === 'annotations');
    const row = (change?.after ?? change?.before) as Annotation | null | undefined;
    if (!change || !row || row.articleId === this.store.get().articleId) return;
    this.onOpenArticle(row.articleId, change.after ? change.id : undefined);
  }

  // --- Hover -------------------------------------------------------------------------

  /** A short dwell before the card shows, so reading past highlights does not flicker cards. */
  hover(ids: string[], at: { x: number; y: number }): void {
    clearTimeout(this.hoverTimer);
    if (ids.length === 0) this.store.setHover(null);
    else this.hoverTimer = setTimeout(() => this.store.setHover({ ids, at }), HOVER_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.hoverTimer);
  }

  /** Edits an article's title, outlet, date, URL or language, as one undoable action. */
  editArticleMeta(id: string, meta: ArticleMeta): Promise<void> {
    if (!this.history) return Promise.reject(new Error('No project is open.'));
    return this.history.execute('Edit article details', [articleMetaOp(id, meta)]).stored.then(() => undefined);
  }
}
