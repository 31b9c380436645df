import { describe, expect, it } from 'vitest';
import { baseFileName, baseSeqOf, isCopyFolder, isJournalFile, journalFileName, prunable, readCopyInfo } from './copyFiles';

describe('safety copy file names', () => {
  it.each([0, 1, 42, 999_999_999_999])('a base file name gives back its seq (%i), and sorts as a number', (seq) => {
    expect(baseSeqOf(baseFileName(seq))).toBe(seq);
  });

  it('orders bases by name as by seq', () => {
    const names = [10, 9, 100].map(baseFileName).sort();
    expect(names.map(baseSeqOf)).toEqual([9, 10, 100]);
  });

  it.each(['base-1.crosscheck', 'base-000000000001.zip', 'project.json', '../base-000000000001.crosscheck'])('%s is no base', (name) => {
    expect(baseSeqOf(name)).toBeNull();
  });

  it.each([
    [journalFileName('s_mhz3k2abcdef', 0), true],
    ['journal-../x.jsonl', false],
    ['journal-.jsonl', false],
    ['notes.jsonl', false],
  ])('%s is a journal: %s', (name, is) => {
    expect(isJournalFile(name)).toBe(is);
  });

  it.each([
    ['p_mhz3k2abcdefghij', true],
    ['..', false],
    ['a/b', false],
    ['', false],
  ])('%s is a project folder: %s', (name, is) => {
    expect(isCopyFolder(name)).toBe(is);
  });
});

describe('readCopyInfo', () => {
  it('reads what the app writes', () => {
    const info = { id: 'p_1', name: 'Sample', createdAt: '2026-11-30T06:00:00.000Z', startsEmpty: true };
    expect(readCopyInfo(JSON.stringify(info))).toEqual(info);
  });

  it.each(['', '{', 'null', '{"id":"../x","name":"a","createdAt":"t","startsEmpty":true}', '{"id":"p_1","name":"a","createdAt":"t"}'])('refuses %j', (text) => {
    expect(readCopyInfo(text)).toBeNull();
  });
});

describe('prunable', () => {
  it.each([
    // bases, journals' last seqs, bases to drop, journals to drop
    [[], [['a', 3]], [], []],
    [[5], [['a', 3]], [], ['a']],
    [[5, 9], [['a', 3], ['b', 7], ['c', 12]], [], ['a']],
    [[5, 9, 14], [['a', 3], ['b', 7], ['c', 12], ['d', 15]], [5], ['a', 'b']],
    [[14, 5, 9, 2], [['a', 9]], [5, 2], ['a']],
  ] as [number[], [string, number][], number[], string[]][])('bases %j, journals %j: drops bases %j and journals %j', (bases, journals, dropBases, dropJournals) => {
    const out = prunable(
      bases,
      journals.map(([name, lastSeq]) => ({ name, lastSeq })),
    );
    expect(out).toEqual({ bases: dropBases, journals: dropJournals });
  });
});
