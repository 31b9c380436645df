import type { ReaderController } from '../features/reader/readerController';

/** What a key event looks like to the command table (a subset of KeyboardEvent, so the table is testable without a DOM). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** What the review's keys act on (the review view's controller). */
export interface ReviewKeys {
  confirm(): void;
  reject(): void;
  explain(): void;
  /** A reason key after X; false when no reason was awaited. */
  reason(key: string): boolean;
  cancel(): boolean;
  step(delta: 1 | -1): void;
  /** Adds the candidate links the claims' figures suggest. */
  suggest(): Promise<void>;
  /** Undo and redo that also select the link they change. */
  undo(): void;
  redo(): void;
}

export type View = 'reader' | 'review' | 'settings' | 'entity';

export interface CommandContext {
  view: View;
  reader: ReaderController;
  review: ReviewKeys | null;
  help(): void;
  /** Opens a view; the entity page needs an entity, so it opens from the sidebar and the library instead. */
  go(view: Exclude<View, 'entity'>): void;
  /** The key pressed just before this one (within a second and a half), lower case, for two-key commands. */
  previousKey: string | null;
}

export interface Command {
  /** The keys as the `?` list and the README show them. */
  keys: string;
  /** Where the keys act: in the reader (articles), in the review, or anywhere. */
  where: 'Reader' | 'Review' | 'Pages' | 'Anywhere';
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
    keys: '1 – 9',
    where: 'Reader',
    label: 'Tag the selected text with the numbered tag (the tag menu shows the numbers; Settings gives tags their keys); with no text selected, retag the selected annotation',
    matches: (e) => plain(e) && /^[1-9]$/.test(e.key),
    run: (ctx, e) => ctx.reader.tagKey(e.key),
  },
  { keys: 'Click', where: 'Reader', label: 'Select the annotation under the pointer (the innermost one)', matches: null },
  { keys: 'Alt + drag', where: 'Reader', label: 'Select exactly, without growing the selection to whole words', matches: null },
  {
    keys: 'Esc',
    where: 'Reader',
    label: 'Close the tag menu and clear the text selection; else deselect the annotation',
    matches: (e) => plain(e) && e.key === 'Escape',
    run: (ctx) => ctx.reader.escape(),
  },
  { keys: 'J', where: 'Reader', label: 'Next annotation in text order', matches: letter('j'), run: (ctx) => ctx.reader.step(1) },
  { keys: 'K', where: 'Reader', label: 'Previous annotation in text order', matches: letter('k'), run: (ctx) => ctx.reader.step(-1) },
  {
    keys: 'Delete, Backspace',
    where: 'Reader',
    label: 'Delete the selected annotation (Ctrl+Z brings it back); a claim with links asks first',
    matches: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: (ctx) => ctx.reader.deleteSelected(),
  },
  {
    keys: 'N',
    where: 'Reader',
    label: "Edit the selected annotation's note (Ctrl+Enter saves, Esc puts it back)",
    matches: letter('n'),
    run: (ctx) => ctx.reader.editNote(),
  },
  {
    keys: 'L',
    where: 'Reader',
    label: 'Link the selected claim to another claim: type to find it, Enter, then the link type (1 contradicts, 2 supports, 3 same claim, 4 updates)',
    matches: letter('l'),
    run: (ctx) => ctx.reader.startLink(),
  },
  {
    keys: 'E',
    where: 'Reader',
    label: 'Link the selected entity mention to an entity of the project: its names, aliases and close spellings come first; Enter on the last row makes a new one',
    matches: letter('e'),
    run: (ctx) => ctx.reader.startEntityLink(),
  },
  {
    keys: 'G then R',
    where: 'Anywhere',
    label: 'Open the review of links (again: back to the articles)',
    matches: (e) => letter('r')(e),
    run: (ctx) => {
      if (ctx.previousKey !== 'g') return false;
      ctx.go(ctx.view === 'review' ? 'reader' : 'review');
      return true;
    },
  },
  {
    keys: 'G then S',
    where: 'Anywhere',
    label: 'Open the project settings: tags, kinds, attributes, counted things (again: back to the articles)',
    matches: letter('s'),
    run: (ctx) => {
      if (ctx.previousKey !== 'g') return false;
      ctx.go(ctx.view === 'settings' ? 'reader' : 'settings');
      return true;
    },
  },
  { keys: 'C', where: 'Review', label: 'Confirm the link and go to the next', matches: letter('c'), run: (ctx) => ctx.review?.confirm() },
  { keys: 'R', where: 'Review', label: 'Reject the link and go to the next', matches: letter('r'), run: (ctx) => ctx.review?.reject() },
  {
    keys: 'X, then 1 – 6',
    where: 'Review',
    label: 'Explain the contradiction, then its reason: 1 different time, 2 different scope, 3 different source, 4 different counting, 5 reporting error, 6 other',
    matches: (e) => letter('x')(e) || (plain(e) && /^[1-9]$/.test(e.key)),
    run: (ctx, e) => {
      if (e.key.toLowerCase() === 'x') return ctx.review?.explain();
      return ctx.review?.reason(e.key) ?? false;
    },
  },
  {
    keys: 'S',
    where: 'Review',
    label: 'Suggest candidate links: claims in different articles (or from two sources) that count the same thing with figures that clash or agree, each with why',
    matches: letter('s'),
    run: (ctx) => {
      if (!ctx.review) return false;
      void ctx.review.suggest();
      return true;
    },
  },
  { keys: 'J / K', where: 'Review', label: 'Next / previous link in the queue', matches: (e) => letter('j')(e) || letter('k')(e), run: (ctx, e) => ctx.review?.step(e.key.toLowerCase() === 'j' ? 1 : -1) },
  {
    keys: 'Esc',
    where: 'Review',
    label: 'Leave the reason keys; else back to the articles',
    matches: (e) => plain(e) && e.key === 'Escape',
    run: (ctx) => {
      if (!ctx.review?.cancel()) ctx.go('reader');
    },
  },
  { keys: 'Esc', where: 'Pages', label: 'Back to the articles (from the settings and entity pages)', matches: (e) => plain(e) && e.key === 'Escape', run: (ctx) => ctx.go('reader') },
  {
    keys: 'Ctrl+Z',
    where: 'Anywhere',
    label: 'Undo (tagging, retagging, notes, links and verdicts, entities, figures and sources, settings, deleting annotations and articles)',
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    run: (ctx) => (ctx.view === 'review' && ctx.review ? ctx.review.undo() : ctx.reader.undo()),
  },
  {
    keys: 'Shift+Ctrl+Z, Ctrl+Y',
    where: 'Anywhere',
    label: 'Redo',
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
    run: (ctx) => (ctx.view === 'review' && ctx.review ? ctx.review.redo() : ctx.reader.redo()),
  },
  { keys: '?', where: 'Anywhere', label: 'This list of keys', matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?', run: (ctx) => ctx.help() },
];

const SCOPE: Record<View, Command['where']> = { reader: 'Reader', review: 'Review', settings: 'Pages', entity: 'Pages' };

/** The commands a key press may run in this view, in table order (the first that applies wins). */
export function commandsFor(e: KeyPress, view: View): Command[] {
  return COMMANDS.filter((c) => (c.where === 'Anywhere' || c.where === SCOPE[view]) && c.matches?.(e));
}
