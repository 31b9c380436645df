import { useEffect, useState } from 'react';

/**
 * Reads once when a dialog opens (and again if `load` changes): the value, or a sentence
 * saying what could not be read. A read that ends after the dialog closed is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, what: string): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && setValue(v),
      (e: unknown) => live && setError(`The ${what} could not be read: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [load, what]);
  return { value, error };
}
