import { useCallback, useEffect, useState } from 'react';
import { countOf } from '../../core/text/plural';
import type { ProjectRegistry } from '../../storage/projectRegistry';
import type { ProjectRecord } from '../../storage/registryDb';
import { restoreProject } from '../../storage/safetyCopy/restoreProject';
import type { LostProject, SafetyCopy } from '../../storage/safetyCopy/safetyCopy';
import type { SaveStatus } from '../common/saveStatus';

export interface Recovery {
  /** Projects with a safety copy that the project list no longer has, and that were not deleted. */
  lost: LostProject[];
  /** Rebuilds one and opens it; resolves to what the restore says it did. */
  restore(id: string): Promise<string>;
  /** Not now: asked again at the next start, or from the library's button. */
  dismiss(): void;
  /** Asks again (the library's Restore lost projects button). */
  offer(): void;
  dismissed: boolean;
}

/**
 * Finds the projects a discarded store lost (the browser rebuilt its IndexedDB empty after a
 * crash, but their safety copies are there) and restores the ones the analyst asks for.
 */
export function useRecovery(safety: SafetyCopy | null, projects: readonly ProjectRecord[] | null, status: SaveStatus, registry: ProjectRegistry, open: (id: string) => void): Recovery {
  const [lost, setLost] = useState<LostProject[]>([]);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!safety || !projects) return;
    let live = true;
    safety.orphans(new Set(projects.map((p) => p.id))).then(
      (found) => live && setLost(found.sort((a, b) => a.name.localeCompare(b.name))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [safety, projects]);

  const restore = useCallback(
    (id: string) =>
      status.track('Restore', async () => {
        const contents = await safety?.read(id);
        if (!contents) throw new Error('its safety copy is gone');
        const done = await restoreProject(contents, registry);
        open(id);
        const from = done.baseSeq > 0 ? `its last backup and ${countOf(done.replayed, 'change', 'changes')} after it` : `${countOf(done.replayed, 'change', 'changes')} since it was made`;
        const cut = done.skipped + done.missing;
        return `Restored “${done.record.name}” from ${from}.${cut ? ` ${countOf(cut, 'change', 'changes')} cut short by the crash (never shown as saved) could not be applied.` : ''}`;
      }),
    [safety, registry, status, open],
  );

  const dismiss = useCallback(() => setDismissed(true), []);
  const offer = useCallback(() => setDismissed(false), []);
  return { lost, restore, dismiss, offer, dismissed };
}
