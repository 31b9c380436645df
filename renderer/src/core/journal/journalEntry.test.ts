import { describe, expect, it } from 'vitest';
import { journalLine, readJournal, type JournalEntry } from './journalEntry';

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
