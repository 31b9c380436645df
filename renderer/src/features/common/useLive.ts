import { useEffect, useState } from 'react';
import { observe } from '../../storage/observe';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** Subscribes to a stored query; re-runs when `deps` change or the tables it read change. */
export function useLive<T>(query: (() => Promise<T>) | null, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    if (!query) {
      setLive({ status: 'loading' });
      return undefined;
    }
    return observe(
      query,
      (value) => setLive({ status: 'ready', value }),
      (error) => setLive({ status: 'error', error }),
    );
    // The query closes over deps; callers list them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return live;
}

export function liveValue<T>(live: Live<T>, fallback: T): T {
  return live.status === 'ready' ? live.value : fallback;
}
