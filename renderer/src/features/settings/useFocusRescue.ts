import { useEffect, useRef } from 'react';

/**
 * After a row is deleted, its button goes and the focus falls to the page, where Tab starts
 * over from the top. `arm()` before the delete: once the focus is found lost, it goes to the
 * returned ref's element (the list's heading) instead. `disarm()` when nothing was deleted.
 */
export function useFocusRescue<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const armed = useRef(false);
  useEffect(() => {
    if (!armed.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    armed.current = false;
    target.current?.focus();
  });
  return {
    target,
    arm: () => {
      armed.current = true;
    },
    disarm: () => {
      armed.current = false;
    },
  };
}
