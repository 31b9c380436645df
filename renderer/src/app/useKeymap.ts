import { useEffect, useRef } from 'react';
import { commandFor, type CommandContext } from './commands';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Dispatches keys from the command table. Keys typed into a form field or while a dialog
 * is open belong to that field or dialog.
 */
export function useKeymap(context: CommandContext): void {
  const current = useRef(context);
  useEffect(() => {
    current.current = context;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      if (typingInto(e.target)) return;
      const command = commandFor(e);
      if (!command?.run) return;
      if (command.run(current.current, e) !== false) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
