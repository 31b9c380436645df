import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandFor, type KeyPress } from './commands';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

/** The rows of the README's "## Keyboard" table, as [keys, what it does]. */
function readmeKeys(): [string, string][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## Keyboard$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| key |'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      return [cells[0] ?? '', cells[1] ?? ''];
    });
}

describe('the command table', () => {
  it('is what the README lists, key for key and word for word', () => {
    expect(readmeKeys()).toEqual(COMMANDS.map((c) => [c.keys, c.label]));
  });

  it.each<[string, KeyPress, string | null]>([
    ['a digit tags', press('3'), '1 – 8'],
    ['Escape', press('Escape'), 'Esc'],
    ['j', press('j'), 'J'],
    ['K with Shift (caps)', press('K', { shiftKey: true }), 'K'],
    ['Backspace deletes, as the list says', press('Backspace'), 'Delete, Backspace'],
    ['Ctrl+Z undoes', press('z', { ctrlKey: true }), 'Ctrl+Z'],
    ['Cmd+Z undoes on macOS', press('z', { metaKey: true }), 'Ctrl+Z'],
    ['Shift+Ctrl+Z redoes', press('Z', { ctrlKey: true, shiftKey: true }), 'Shift+Ctrl+Z, Ctrl+Y'],
    ['Ctrl+Y redoes', press('y', { ctrlKey: true }), 'Shift+Ctrl+Z, Ctrl+Y'],
    ['? opens the list', press('?', { shiftKey: true }), '?'],
    ['Ctrl+1 is left to the browser', press('1', { ctrlKey: true }), null],
    ['Alt+J is left to the browser', press('j', { altKey: true }), null],
    ['a letter with no command', press('q'), null],
  ])('%s', (_name, e, keys) => {
    expect(commandFor(e)?.keys ?? null).toBe(keys);
  });

  it('gives every key command a handler, and lists each key once', () => {
    for (const c of COMMANDS) if (c.matches) expect(c.run, c.keys).toBeDefined();
    expect(new Set(COMMANDS.map((c) => c.keys)).size).toBe(COMMANDS.length);
  });
});
