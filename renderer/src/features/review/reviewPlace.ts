import { ALL_LINKS, type QueueFilter, type QueueSort } from '../../core/links/reviewQueue';
import { LINK_STATUSES, type LinkStatus } from '../../core/model/link';

/** Where the analyst stands in the review: what survives a reload, per project. */
export interface ReviewPlace {
  filter: QueueFilter;
  sort: QueueSort;
  selectedLinkId: string | null;
}

export const START_PLACE: ReviewPlace = { filter: ALL_LINKS, sort: 'date', selectedLinkId: null };

const placeKey = (projectId: string) => `crosscheck.review.${projectId}`;

const isStatus = (v: unknown): v is LinkStatus | 'all' => v === 'all' || LINK_STATUSES.includes(v as LinkStatus);
const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

/** The saved place, or the start: what another version (or a hand edit) left there is checked field by field. */
export function loadReviewPlace(projectId: string): ReviewPlace {
  let saved: unknown;
  try {
    saved = JSON.parse(localStorage.getItem(placeKey(projectId)) ?? 'null');
  } catch {
    return START_PLACE;
  }
  if (typeof saved !== 'object' || saved === null) return START_PLACE;
  const { filter, sort, selectedLinkId } = saved as Partial<Record<keyof ReviewPlace, unknown>>;
  const f = (typeof filter === 'object' && filter !== null ? filter : {}) as Partial<Record<keyof QueueFilter, unknown>>;
  return {
    filter: {
      status: isStatus(f.status) ? f.status : 'all',
      type: text(f.type, 'all'),
      articleId: text(f.articleId, 'all'),
      outlet: text(f.outlet, 'all'),
    },
    sort: sort === 'status' ? 'status' : 'date',
    selectedLinkId: typeof selectedLinkId === 'string' ? selectedLinkId : null,
  };
}

export function saveReviewPlace(projectId: string, place: ReviewPlace): void {
  try {
    localStorage.setItem(placeKey(projectId), JSON.stringify(place));
  } catch {
    // Storage full or unavailable: the review works on, it only forgets its place on reload.
  }
}
