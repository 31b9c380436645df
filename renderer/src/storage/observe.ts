import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever a table it read changes (in this tab or another),
 * so the UI shows what is stored rather than what it believes it stored.
 */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
