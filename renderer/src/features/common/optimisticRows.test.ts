import { describe, expect, it } from 'vitest';
import { linkStatusOp, deleteLinkOp } from '../../core/changes/linkOps';
import type { Link } from '../../core/model/link';
import { OptimisticRows } from './optimisticRows';

const link = (id: string, status: Link['status'] = 'candidate'): Link => ({
  id, type: 'contradicts', fromId: 'a', toId: 'b', fromArticleId: 'x', toArticleId: 'y', status, reason: '', rationale: '', createdAt: '', updatedAt: '',
});
const T = '2026-01-01T00:00:00.000Z';

describe('OptimisticRows', () => {
  it('shows an action at once, keeps it until the live query brings the stored rows, then shows those', () => {
    const rows = new OptimisticRows('links');
    rows.setStored([link('l1'), link('l2')]);
    rows.dispatch('act1', [linkStatusOp('l1', 'confirmed'), deleteLinkOp('l2')], T);
    expect(rows.rows().map((l) => [l.id, l.status])).toEqual([['l1', 'confirmed']]);
    // Rows read before the write committed do not undo what is shown.
    rows.setStored([link('l1'), link('l2')]);
    expect(rows.rows().map((l) => l.id)).toEqual(['l1']);
    expect(rows.settle('act1', true)).toBe(false);
    rows.setStored([link('l1', 'confirmed')]);
    expect(rows.rows()).toEqual([link('l1', 'confirmed')]);
  });

  it('takes back what a failed action showed, and leaves other actions shown', () => {
    const rows = new OptimisticRows('links');
    rows.setStored([link('l1'), link('l2')]);
    rows.dispatch('bad', [linkStatusOp('l1', 'rejected')], T);
    rows.dispatch('good', [linkStatusOp('l2', 'explained', 'other')], T);
    expect(rows.settle('bad', false)).toBe(true);
    expect(rows.rows().map((l) => [l.id, l.status])).toEqual([['l1', 'candidate'], ['l2', 'explained']]);
  });

  it('ignores ops on other tables', () => {
    const rows = new OptimisticRows('links');
    rows.setStored([link('l1')]);
    rows.dispatch('a', [{ table: 'annotations', op: 'delete', id: 'l1' }], T);
    expect(rows.rows()).toEqual([link('l1')]);
  });
});
