import { useEffect, useRef } from 'react';

export interface KeyHandlers {
  tagKey(key: string): boolean;
  escape(): void;
  next(): void;
  previous(): void;
  deleteSelected(): void;
  editNote(): void;
  undo(): void;
  redo(): void;
  help(): void;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The workbench's single keyboard map (listed in the `?` overlay). Keys typed into a form
 * field or while a dialog is open belong to that field or dialog.
 */
export function useKeymap(handlers: KeyHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      if (typingInto(e.target)) return;
      const h = current.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z') {
        if (e.shiftKey) h.redo();
        else h.undo();
      } else if (mod && key === 'y') {
        h.redo();
      } else if (mod || e.altKey) {
        handled = false;
      } else if (e.key === 'Escape') {
        h.escape();
      } else if (key === 'j') {
        h.next();
      } else if (key === 'k') {
        h.previous();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        h.deleteSelected();
      } else if (key === 'n') {
        h.editNote();
      } else if (e.key === '?') {
        h.help();
      } else {
        handled = h.tagKey(e.key);
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
