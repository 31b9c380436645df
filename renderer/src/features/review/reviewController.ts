import { linkRationaleOp, linkStatusOp } from '../../core/changes/linkOps';
import type { Action, RowOp } from '../../core/changes/rowOp';
import { reviewQueue, type QueueFilter, type QueueSort } from '../../core/links/reviewQueue';
import { LINK_REASONS, type Link, type LinkStatus } from '../../core/model/link';
import type { ActionHistory } from '../history/actionHistory';
import { loadReviewPlace, saveReviewPlace } from './reviewPlace';
import type { ReviewStore } from './reviewStore';
import { candidateOps, findCandidates, type SuggestionReads } from './suggestLinks';
import { countOf } from '../../core/text/plural';

/** The link an undo or redo of `action` changes, to show it while it does. */
function linkOf(action: Action | null): string | null {
  const op = action?.ops.find((o) => o.table === 'links');
  return op && op.op !== 'create' ? op.id : null;
}

/**
 * What the review's keys and buttons do. A verdict is stored at once as one undoable action,
 * shown before its write commits, and the queue moves on to the next link.
 */
export class ReviewController {
  constructor(
    readonly store: ReviewStore,
    /** Null while no project is open: nothing can be stored. */
    private readonly history: ActionHistory | null,
    /** Where the queue stands is kept per project; null keeps it nowhere. */
    projectId: string | null,
    /** Reads what the suggester weighs; null while no project is open. */
    private readonly reads: SuggestionReads | null = null,
  ) {
    if (projectId !== null) store.remember(loadReviewPlace(projectId), (place) => saveReviewPlace(projectId, place));
  }

  get explaining(): boolean {
    return this.store.get().explaining;
  }

  /** Whether verdicts and rationales can be stored. */
  get canEdit(): boolean {
    return this.history !== null;
  }

  private run(label: string, ops: RowOp[], select?: string | null, mergeKey: string | null = null): void {
    if (!this.history) return;
    const { action, stored } = this.history.execute(label, ops, mergeKey);
    this.store.dispatch(action.id, ops, action.at, select);
    stored.then(
      () => this.store.settle(action.id, true),
      () => this.store.settle(action.id, false), // The status bar says what failed, with Retry.
    );
  }

  // --- Verdicts ----------------------------------------------------------------------

  confirm(): void {
    this.verdict('confirmed', '', 'Confirm link');
  }

  /** Rejected without a reason: a reason comes with Explain. */
  reject(): void {
    this.verdict('rejected', '', 'Reject link');
  }

  /** X: the next reason key (1-6) explains the selected link. */
  explain(): void {
    if (this.store.get().selected && this.history) this.store.setExplaining(true);
  }

  /** A reason key while explaining: explains the link with it. Returns whether the key was used. */
  reason(key: string): boolean {
    if (!this.explaining) return false;
    const reason = LINK_REASONS.find((r) => r.key === key);
    if (!reason) return false;
    this.verdict('explained', reason.id, `Explain link: ${reason.label}`);
    return true;
  }

  /** Esc: leaves explaining. Returns whether there was anything to leave. */
  cancel(): boolean {
    if (!this.explaining) return false;
    this.store.setExplaining(false);
    return true;
  }

  /**
   * Stores the verdict and moves on: to the next link of the queue as it was, else (the
   * last link) to itself when the filter still shows it, else to the previous one. A link
   * the filter hid moves on to the head of the queue.
   */
  private verdict(status: LinkStatus, reason: string, label: string): void {
    const { selected: link, queue, filter, sort, articles } = this.store.get();
    if (!link || !this.history) return;
    const i = queue.findIndex((l) => l.id === link.id);
    const judged: Link = { ...link, status, reason };
    const stays = reviewQueue([judged], filter, sort, articles ?? new Map()).length === 1;
    const next = i === -1 ? (queue[0]?.id ?? null) : (queue[i + 1]?.id ?? (stays ? link.id : (queue[i - 1]?.id ?? null)));
    this.store.setExplaining(false);
    // The same verdict again is no change to store (nor to undo); the queue still moves on.
    if (link.status === status && link.reason === reason) this.store.select(next);
    else this.run(label, [linkStatusOp(link.id, status, reason)], next);
  }

  // --- Moving ------------------------------------------------------------------------

  /** J and K: the next or previous link; they stop at the ends of the queue. */
  step(delta: 1 | -1): void {
    const { queue, selectedLinkId } = this.store.get();
    if (queue.length === 0) return;
    const i = queue.findIndex((l) => l.id === selectedLinkId);
    const j = i === -1 ? (delta === 1 ? 0 : queue.length - 1) : Math.min(queue.length - 1, Math.max(0, i + delta));
    this.store.select(queue[j]?.id ?? null);
  }

  select(id: string): void {
    this.store.select(id);
  }

  setFilter(partial: Partial<QueueFilter>): void {
    this.store.setFilter({ ...this.store.get().filter, ...partial });
  }

  setSort(sort: QueueSort): void {
    this.store.setSort(sort);
  }

  // --- Rationale ---------------------------------------------------------------------

  /**
   * A rationale typed for `linkId` (the selected link unless given: a field that saves on its
   * way out names the link it was for). The saves of one editing session are one undo step.
   */
  setRationale(text: string, final: boolean, linkId: string | null = this.store.get().selectedLinkId): void {
    if (linkId !== null) {
      const shown = this.store.link(linkId);
      if (!shown) {
        // Deleted meanwhile (in another window): keep what was typed in front of the analyst.
        if (text.trim()) this.store.say(`The link whose rationale you were writing was deleted in another window. Your text: “${text}”`);
      } else if (shown.rationale !== text) this.run('Edit rationale', [linkRationaleOp(linkId, text)], undefined, `rationale:${linkId}`);
    }
    if (final) this.history?.closeMerge();
  }

  // --- History -----------------------------------------------------------------------

  /**
   * S: adds the candidate links the claims' figures, sources, entities and dates suggest, as
   * one action (one undo), and selects the first. Says what happened.
   */
  async suggest(): Promise<void> {
    this.store.say(await this.suggestLinks());
  }

  private async suggestLinks(): Promise<string> {
    if (!this.history || !this.reads) return 'No project is open.';
    let candidates: Awaited<ReturnType<typeof findCandidates>>;
    try {
      candidates = await findCandidates(this.reads);
    } catch (e) {
      return `The claims could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (candidates.length === 0) return 'No new candidates: no two claims not yet linked count the same thing with figures that clash or agree.';
    const ops = candidateOps(candidates, new Date().toISOString());
    const first = ops[0]?.op === 'create' ? ops[0].row.id : null;
    // The new candidates show: the queue filters to candidates, the first selected.
    this.setFilter({ status: 'candidate' });
    this.run(`Suggest ${countOf(candidates.length, 'candidate link', 'candidate links')}`, ops, first);
    const contradictions = candidates.filter((c) => c.type === 'contradicts').length;
    return `${countOf(candidates.length, 'candidate', 'candidates')} added (${countOf(contradictions, 'contradiction', 'contradictions')}, ${countOf(candidates.length - contradictions, 'same claim', 'same claims')}). Confirm or reject each: C, R.`;
  }

  /** Undoes the last action and selects the link it changes, so the analyst sees it come back. */
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
    const target = linkOf(action);
    if (target !== null) this.store.select(target);
    (redo ? history.redo() : history.undo()).catch(() => undefined); // The status bar shows the failure with Retry.
  }
}
