import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './journalEntry';
import { planRestore } from './planRestore';

const entry = (seq: number): JournalEntry => ({ seq, kind: 'action', action: { id: `ac${seq}`, label: 'x', ops: [], by: 'u', at: '2026-11-30T06:00:00.000Z' } });
const seqs = (plan: ReturnType<typeof planRestore>) => (plan.ok ? plan.entries.map((e) => e.seq) : null);

describe('planRestore', () => {
  it.each([
    // [base seq, entries' seqs (several journals, any order), starts empty, replayed, missing, last]
    [null, [1, 2, 3], true, [1, 2, 3], [], 3],
    [null, [3, 1, 2], true, [1, 2, 3], [], 3],
    [5, [4, 5, 6, 7], false, [6, 7], [], 7],
    [5, [6, 8], false, [6, 8], [7], 8],
    [5, [6, 6, 7], false, [6, 7], [], 7],
    [5, [], false, [], [], 5],
    [5, [2, 3], false, [], [], 5],
    [null, [2, 3], true, [2, 3], [1], 3],
  ])('base %s, entries %j, starts empty %s: replays %j, misses %j, ends at %s', (base, entries, startsEmpty, replayed, missing, last) => {
    const plan = planRestore(base === null ? null : { seq: base }, entries.map(entry), startsEmpty);
    expect(seqs(plan)).toEqual(replayed);
    expect(plan.ok && plan.missing).toEqual(missing);
    expect(plan.ok && plan.lastSeq).toBe(last);
  });

  it('refuses a copy with neither a backup nor the project from its start', () => {
    const plan = planRestore(null, [entry(7), entry(8)], false);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toMatch(/no backup/);
  });
});
