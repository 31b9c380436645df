import type { ReaderController } from '../features/reader/readerController';

/** What a key event looks like to the command table (a subset of KeyboardEvent, so the table is testable without a DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface CommandContext {
  reader: ReaderController;
  help(): void;
}

export interface Command {
  /** The keys as the `?` list and the README show them. */
  keys: string;
  /** What it does, for the `?` list and the README. */
  label: string;
  /** Null for pointer gestures, listed for completeness. */
  matches: ((e: KeyPress) => boolean) | null;
  /** Runs it; false when it did not apply, so the key goes on to the browser. */
  run?(ctx: CommandContext, e: KeyPress): boolean | void;
}

const plain = (e: KeyPress) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyPress) => (e.ctrlKey || e.metaKey) && !e.altKey;
const letter = (k: string) => (e: KeyPress) => plain(e) && e.key.toLowerCase() === k;

/**
 * The workbench's one table of commands: the keymap dispatches from it, the `?` list shows
 * it, and a test holds the README's key table to it.
 */
export const COMMANDS: readonly Command[] = [
  {
    keys: '1 – 8',
    label: 'Tag the selected text with the numbered tag (the tag menu shows the numbers); with no text selected, retag the selected annotation',
    matches: (e) => plain(e) && /^[1-9]$/.test(e.key),
    run: (ctx, e) => ctx.reader.tagKey(e.key),
  },
  { keys: 'Click', label: 'Select the annotation under the pointer (the innermost one)', matches: null },
  { keys: 'Alt + drag', label: 'Select exactly, without growing the selection to whole words', matches: null },
  {
    keys: 'Esc',
    label: 'Close the tag menu and clear the text selection; else deselect the annotation',
    matches: (e) => plain(e) && e.key === 'Escape',
    run: (ctx) => ctx.reader.escape(),
  },
  { keys: 'J', label: 'Next annotation in text order', matches: letter('j'), run: (ctx) => ctx.reader.step(1) },
  { keys: 'K', label: 'Previous annotation in text order', matches: letter('k'), run: (ctx) => ctx.reader.step(-1) },
  {
    keys: 'Delete, Backspace',
    label: 'Delete the selected annotation (Ctrl+Z brings it back)',
    matches: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: (ctx) => ctx.reader.deleteSelected(),
  },
  {
    keys: 'N',
    label: "Edit the selected annotation's note (Ctrl+Enter saves, Esc puts it back)",
    matches: letter('n'),
    run: (ctx) => ctx.reader.editNote(),
  },
  {
    keys: 'Ctrl+Z',
    label: 'Undo (tagging, retagging, notes, deleting annotations and articles)',
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    run: (ctx) => ctx.reader.undo(),
  },
  {
    keys: 'Shift+Ctrl+Z, Ctrl+Y',
    label: 'Redo',
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
    run: (ctx) => ctx.reader.redo(),
  },
  { keys: '?', label: 'This list of keys', matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?', run: (ctx) => ctx.help() },
];

/** The command a key press runs, or null. */
export function commandFor(e: KeyPress): Command | null {
  return COMMANDS.find((c) => c.matches?.(e)) ?? null;
}
