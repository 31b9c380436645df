import { useEffect, useRef } from 'react';
import { commandsFor, type CommandContext } from './commands';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Dispatches keys from the command table. Keys typed into a form field or while a dialog
 * is open belong to that field or dialog.
 */
const SEQUENCE_MS = 1500;

export function useKeymap(context: Omit<CommandContext, 'previousKey'>): void {
  const current = useRef(context);
  useEffect(() => {
    current.current = context;
  });
  useEffect(() => {
    let previous: { key: string; at: number } | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      if (typingInto(e.target)) return;
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
      const previousKey = previous && e.timeStamp - previous.at < SEQUENCE_MS ? previous.key : null;
      previous = { key: e.key.toLowerCase(), at: e.timeStamp };
      const ctx = { ...current.current, previousKey };
      for (const command of commandsFor(e, ctx.view)) {
        if (command.run?.(ctx, e) !== false) {
          e.preventDefault();
          // A two-key command is done: its second key starts no new sequence.
          previous = null;
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
