import { describe, expect, it } from 'vitest';
import { journalLine, lastSeqOf, readJournal, type JournalEntry } from './journalEntry';

const action: JournalEntry = { seq: 1, kind: 'action', action: { id: 'ac1', label: 'Tag as Claim', ops: [], by: 'u1', at: '2026-11-30T06:00:00.000Z' } };
const articles: JournalEntry = { seq: 2, kind: 'articles', at: '2026-11-30T06:00:01.000Z', articles: [] };

describe('readJournal', () => {
  it('reads back what journalLine wrote, in order', () => {
    expect(readJournal(journalLine(action) + journalLine(articles))).toEqual({ entries: [action, articles], unreadable: 0 });
  });

  it.each([
    ['a last line cut by a crash', `${journalLine(action)}{"seq":2,"kind":"artic`, 1],
    ['a line of damage in the middle', `${journalLine(action)}\u0000\u0000\n${journalLine(articles)}`, 2],
    ['a line of JSON that is no entry', `${journalLine(action)}{"seq":0,"kind":"action","action":{"ops":[]}}\n`, 1],
    ['an unknown kind', `{"seq":3,"kind":"rename"}\n${journalLine(action)}`, 1],
    ['an action without ops', `{"seq":3,"kind":"action","action":{}}\n${journalLine(action)}`, 1],
  ])('keeps the good entries and counts %s', (_what, text, good) => {
    const read = readJournal(text);
    expect(read.entries).toHaveLength(good);
    expect(read.unreadable).toBe(1);
  });

  it('reads an empty file as no entries', () => {
    expect(readJournal('')).toEqual({ entries: [], unreadable: 0 });
  });
});

describe('lastSeqOf', () => {
  const line = (seq: number) => journalLine({ ...action, seq } as JournalEntry);
  it.each<[string, string, boolean, number | null]>([
    ['a whole file', line(1) + line(2) + line(3), true, 3],
    ['a tail that starts mid-line', (line(7) + line(8)).slice(10), false, 8],
    ['a tail inside the only line', line(7).slice(10), false, null],
    ['a last line a crash cut', line(4) + line(5).slice(0, 20), true, 4],
    ['a last line of damage', `${line(4)}{"seq":9,"kind":"x"}\n`, true, 4],
    ['an empty file', '', true, null],
  ])('%s', (_what, text, atStart, seq) => {
    expect(lastSeqOf(text, atStart)).toBe(seq);
  });
});
