import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkRationaleOp, linkStatusOp } from '../../core/changes/linkOps';
import { reviewQueue, statusCounts } from '../../core/links/reviewQueue';
import type { ArticleSummary } from '../../core/model/article';
import { LINK_STATUSES, type Link } from '../../core/model/link';
import { ReviewStore } from './reviewStore';

const ARTICLES: ArticleSummary[] = ['A', 'B', 'C'].map((id, i) => ({
  id,
  title: id,
  source: i === 1 ? 'Reuters' : 'AFP',
  publishedAt: i === 2 ? '' : `2018-0${i + 1}-01`,
  url: '',
  language: 'en',
  contentHash: id,
  length: 1,
  format: 'text',
  fileName: id,
  importedAt: '',
}));
const TYPES = ['contradicts', 'supports', 'updates'];
const LINKS: Link[] = Array.from({ length: 12 }, (_, i) => ({
  id: `l${String(i).padStart(2, '0')}`,
  type: TYPES[i % 3] as string,
  fromId: `f${i}`,
  toId: `t${i}`,
  fromArticleId: ARTICLES[i % 3]?.id as string,
  toArticleId: ARTICLES[(i * 2) % 3]?.id as string,
  status: 'candidate',
  reason: '',
  rationale: '',
  createdAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
  updatedAt: '',
}));

const step = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), link: fc.nat(11), status: fc.constantFrom(...LINK_STATUSES) }),
  fc.record({ kind: fc.constant('rationale' as const), link: fc.nat(11), text: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('settle' as const) }),
  fc.record({
    kind: fc.constant('filter' as const),
    status: fc.constantFrom('all' as const, ...LINK_STATUSES),
    type: fc.constantFrom('all', ...TYPES),
    outlet: fc.constantFrom('all', 'AFP', 'Reuters'),
  }),
  fc.record({ kind: fc.constant('sort' as const), sort: fc.constantFrom('date' as const, 'status' as const) }),
);

describe('ReviewStore', () => {
  it('keeps the queue, the counts and the selection those of the links it shows, whatever happens in between', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const store = new ReviewStore();
        store.setArticles(ARTICLES);
        store.setStoredLinks(LINKS);
        let k = 0;
        for (const s of steps) {
          if (s.kind === 'status' || s.kind === 'rationale') {
            const id = LINKS[s.link]?.id as string;
            const op = s.kind === 'status' ? linkStatusOp(id, s.status) : linkRationaleOp(id, s.text);
            store.dispatch(`a${k++}`, [op], '2026-02-01T00:00:00.000Z');
          } else if (s.kind === 'settle') {
            // The live query brings the rows as shown.
            const stored = (store.get().links ?? []).map((l) => ({ ...l }));
            for (let i = 0; i < k; i++) store.settle(`a${i}`, true);
            store.setStoredLinks(stored);
          } else if (s.kind === 'filter') store.setFilter({ status: s.status, type: s.type, outlet: s.outlet, articleId: 'all' });
          else store.setSort(s.sort);
          const { links, filter, sort, queue, counts, selectedLinkId } = store.get();
          const articles = new Map(ARTICLES.map((a) => [a.id, a]));
          expect(queue).toEqual(reviewQueue(links ?? [], filter, sort, articles));
          expect(counts).toEqual(statusCounts(links ?? [], filter, articles));
          if (queue.length > 0) expect(queue.some((l) => l.id === selectedLinkId)).toBe(true);
        }
      }),
    );
  });
});
