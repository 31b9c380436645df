import { describe, expect, it } from 'vitest';
import type { Link, LinkStatus } from '../model/link';
import { ALL_LINKS, nextInQueue, reviewQueue, statusCounts, type QueueArticle } from './reviewQueue';

const articles = new Map<string, QueueArticle>([
  ['afp', { source: 'AFP', publishedAt: '2018-02-08' }],
  ['sdf', { source: '', publishedAt: '2017-10-22' }],
  ['undated', { source: 'Reuters', publishedAt: '' }],
]);
let n = 0;
function link(fromArticleId: string, toArticleId: string, status: LinkStatus = 'candidate', type = 'contradicts'): Link {
  n++;
  return { id: `l${n}`, type, fromId: `a${n}`, toId: `b${n}`, fromArticleId, toArticleId, status, reason: '', rationale: '', createdAt: `2026-01-01T00:00:0${n % 10}.000Z`, updatedAt: '' };
}

describe('reviewQueue', () => {
  const l1 = link('sdf', 'sdf', 'confirmed');
  const l2 = link('afp', 'sdf', 'candidate');
  const l3 = link('undated', 'undated', 'rejected', 'supports');
  const l4 = link('afp', 'undated', 'explained', 'same-claim');
  const l5 = link('sdf', 'undated', 'candidate');
  const all = [l1, l2, l3, l4, l5];

  it.each<[string, Partial<typeof ALL_LINKS>, 'date' | 'status', Link[]]>([
    ['everything by date: newest article date first, undated last, ties in creation order', {}, 'date', [l2, l4, l1, l5, l3]],
    ['everything by status: candidates first', {}, 'status', [l2, l5, l1, l4, l3]],
    ['candidates only', { status: 'candidate' }, 'date', [l2, l5]],
    ['one type', { type: 'supports' }, 'date', [l3]],
    ['an article at either end', { articleId: 'undated' }, 'date', [l4, l5, l3]],
    ['an outlet at either end', { outlet: 'AFP' }, 'status', [l2, l4]],
    ['filters together', { outlet: 'Reuters', status: 'candidate' }, 'date', [l5]],
  ])('%s', (_name, filter, sort, expected) => {
    expect(reviewQueue(all, { ...ALL_LINKS, ...filter }, sort, articles).map((l) => l.id)).toEqual(expected.map((l) => l.id));
  });

  it('counts each status over the other filters', () => {
    expect(statusCounts(all, { ...ALL_LINKS, status: 'candidate', type: 'contradicts' }, articles)).toEqual({ candidate: 2, confirmed: 1, explained: 0, rejected: 0 });
  });

  it('moves on after a verdict: next, else previous, else nothing', () => {
    const queue = [l1, l2, l3];
    expect(nextInQueue(queue, 'l2')).toBe(l3.id);
    expect(nextInQueue(queue, l3.id)).toBe(l2.id);
    expect(nextInQueue(queue, l3.id, -1)).toBe(l2.id);
    expect(nextInQueue([l1], l1.id)).toBeNull();
    expect(nextInQueue(queue, 'gone')).toBe(l1.id);
  });
});
