import { useState } from 'react';

/**
 * A refusal about the last attempt (or what it names). It stays while nothing else is done:
 * once another action is stored, or the last one undone, it is about the past and goes.
 */
export function useRefusal<T = string>(lastAction: string | null): [T | null, (refusal: T | null) => void] {
  const [refusal, setRefusal] = useState<{ value: T; lastAction: string | null } | null>(null);
  const shown = refusal && refusal.lastAction === lastAction ? refusal.value : null;
  return [shown, (value) => setRefusal(value === null ? null : { value, lastAction })];
}
