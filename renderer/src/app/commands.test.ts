import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsFor, type KeyPress, type View } from './commands';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

/** The rows of the README's "## Keyboard" table, as [keys, where, what it does]. */
function readmeKeys(): [string, string, string][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## Keyboard$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| key |'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      return [cells[0] ?? '', cells[1] ?? '', cells[2] ?? ''];
    });
}

describe('the command table', () => {
  it('is what the README lists, key for key and word for word', () => {
    expect(readmeKeys()).toEqual(COMMANDS.map((c) => [c.keys, c.where, c.label]));
  });

  it.each<[string, KeyPress, View, string[]]>([
    ['a digit tags', press('3'), 'reader', ['1 – 9']],
    ['Escape in the reader', press('Escape'), 'reader', ['Esc']],
    ['j in the reader', press('j'), 'reader', ['J']],
    ['K with Shift (caps)', press('K', { shiftKey: true }), 'reader', ['K']],
    ['Backspace deletes, as the list says', press('Backspace'), 'reader', ['Delete, Backspace']],
    ['L links', press('l'), 'reader', ['L']],
    ['r in the reader is only the second key of G then R', press('r'), 'reader', ['G then R']],
    ['r in the review: G then R first, then reject', press('r'), 'review', ['G then R', 'R']],
    ['c confirms in the review', press('c'), 'review', ['C']],
    ['c does nothing in the reader', press('c'), 'reader', []],
    ['a digit in the review is a reason', press('2'), 'review', ['X, then 1 – 6']],
    ['j in the review', press('j'), 'review', ['J / K']],
    ['Ctrl+Z undoes anywhere', press('z', { ctrlKey: true }), 'review', ['Ctrl+Z']],
    ['Cmd+Z undoes on macOS', press('z', { metaKey: true }), 'reader', ['Ctrl+Z']],
    ['Shift+Ctrl+Z redoes', press('Z', { ctrlKey: true, shiftKey: true }), 'reader', ['Shift+Ctrl+Z, Ctrl+Y']],
    ['Ctrl+Y redoes', press('y', { ctrlKey: true }), 'reader', ['Shift+Ctrl+Z, Ctrl+Y']],
    ['? opens the list', press('?', { shiftKey: true }), 'review', ['?']],
    ['Ctrl+1 is left to the browser', press('1', { ctrlKey: true }), 'reader', []],
    ['Alt+J is left to the browser', press('j', { altKey: true }), 'reader', []],
    ['a letter with no command', press('q'), 'reader', []],
    ['E links a mention to an entity', press('e'), 'reader', ['E']],
    ['s in the reader is only the second key of G then S', press('s'), 'reader', ['G then S']],
    ['s in the review: G then S first, then suggest', press('s'), 'review', ['G then S', 'S']],
    ['Esc on the settings page goes back', press('Escape'), 'settings', ['Esc']],
    ['c does nothing on the entity page', press('c'), 'entity', []],
  ])('%s', (_name, e, view, keys) => {
    expect(commandsFor(e, view).map((c) => c.keys)).toEqual(keys);
  });

  it('gives every key command a handler, and lists each key once', () => {
    for (const c of COMMANDS) if (c.matches) expect(c.run, c.keys).toBeDefined();
    expect(new Set(COMMANDS.map((c) => `${c.where} ${c.keys}`)).size).toBe(COMMANDS.length);
  });
});
