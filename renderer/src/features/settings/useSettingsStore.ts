import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { TagSchema } from '../../core/model/tagSchema';
import { observe } from '../../storage/observe';
import type { OpenProject } from '../projects/useProjectSession';
import { SettingsStore, type SettingsState } from './settingsStore';

/** The settings' store for the open project, fed with the live schema and a live query of the counted things. */
export function useSettingsStore(open: OpenProject, schema: TagSchema, onError: (message: string) => void): { store: SettingsStore; state: SettingsState } {
  const { history, repo } = open;
  // The first rows come from the schema at hand, so the lists show at once; later ones from the effect below.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new SettingsStore(history, schema), [history]);
  useEffect(() => store.setStoredSchema(schema.tags, schema.kinds), [store, schema]);
  useEffect(
    () =>
      observe(
        () => repo.countedThings(),
        (rows) => store.setStoredCounted(rows),
        (e) => onError(`The counted things could not be read: ${e instanceof Error ? e.message : String(e)}`),
      ),
    // onError is a message sink; a new one each render must not re-read the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, repo],
  );
  const state = useSyncExternalStore(store.subscribe, store.get);
  return { store, state };
}
