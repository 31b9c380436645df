import { LINK_STATUSES, type Link, type LinkStatus } from '../model/link';

export interface QueueFilter {
  status: LinkStatus | 'all';
  type: string | 'all';
  /** An article at either end, or all. */
  articleId: string | 'all';
  /** An outlet at either end, or all. */
  outlet: string | 'all';
}

export type QueueSort = 'date' | 'status';

export const ALL_LINKS: QueueFilter = { status: 'all', type: 'all', articleId: 'all', outlet: 'all' };

/** What the queue needs of an article: its outlet and date. */
export interface QueueArticle {
  source: string;
  publishedAt: string;
}

const STATUS_ORDER = new Map(LINK_STATUSES.map((s, i) => [s, i]));

/** The later of the two articles' dates ('' when neither has one): when the disagreement arose. */
function linkDate(link: Link, articles: ReadonlyMap<string, QueueArticle>): string {
  const a = articles.get(link.fromArticleId)?.publishedAt ?? '';
  const b = articles.get(link.toArticleId)?.publishedAt ?? '';
  return a > b ? a : b;
}

/**
 * The review queue: the links that pass the filter, in order. By date: newest first, undated
 * last; by status: candidates first (what still needs a verdict), then confirmed, explained,
 * rejected. Ties keep creation order, so the queue does not reshuffle under the analyst.
 */
export function reviewQueue(links: readonly Link[], filter: QueueFilter, sort: QueueSort, articles: ReadonlyMap<string, QueueArticle>): Link[] {
  const outletOf = (id: string) => articles.get(id)?.source ?? '';
  const shown = links.filter(
    (l) =>
      (filter.status === 'all' || l.status === filter.status) &&
      (filter.type === 'all' || l.type === filter.type) &&
      (filter.articleId === 'all' || l.fromArticleId === filter.articleId || l.toArticleId === filter.articleId) &&
      (filter.outlet === 'all' || outletOf(l.fromArticleId) === filter.outlet || outletOf(l.toArticleId) === filter.outlet),
  );
  const created = (a: Link, b: Link) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);
  if (sort === 'status') return shown.sort((a, b) => (STATUS_ORDER.get(a.status) ?? 9) - (STATUS_ORDER.get(b.status) ?? 9) || created(a, b));
  // Each link's date is worked out once, not twice per comparison: the queue re-sorts on every verdict.
  const dated = shown.map((link) => ({ link, date: linkDate(link, articles) }));
  dated.sort((a, b) => {
    if (a.date !== b.date) return a.date === '' ? 1 : b.date === '' ? -1 : cmp(b.date, a.date);
    return created(a.link, b.link);
  });
  return dated.map((d) => d.link);
}

/** Code-unit order: ISO dates and generated ids compare correctly, and faster than localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many links have each status, over the links that pass every filter but the status one. */
export function statusCounts(links: readonly Link[], filter: QueueFilter, articles: ReadonlyMap<string, QueueArticle>): Record<LinkStatus, number> {
  const counts: Record<LinkStatus, number> = { candidate: 0, confirmed: 0, explained: 0, rejected: 0 };
  for (const l of reviewQueue(links, { ...filter, status: 'all' }, 'date', articles)) counts[l.status]++;
  return counts;
}

/** The link to show after `current` has had its verdict: the next in the queue as it was, else the previous, else none. */
export function nextInQueue(queue: readonly Link[], currentId: string, delta: 1 | -1 = 1): string | null {
  const i = queue.findIndex((l) => l.id === currentId);
  if (i === -1) return queue[0]?.id ?? null;
  return (queue[i + delta] ?? queue[i - delta])?.id ?? null;
}
