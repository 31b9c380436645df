import type { Env, ProfileSummary } from '../runner/browser';
import type { Recorder } from '../runner/stats';
import type { SeedFacts } from '../seed/generate';

export interface Golden {
  /** The seeded profile folder. */
  dir: string;
  projectId: string;
  facts: SeedFacts;
  seedMs: number;
}

export interface ScenarioContext {
  env: Env;
  rec: Recorder;
  runs: number;
  /** Runs of the large project's scenarios (start, article, review queue). */
  largeRuns: number;
  /** Runs of the exports. */
  exportRuns: number;
  /** Which scenarios to record (`--only`). */
  wants(name: string): boolean;
  golden(kind: 'long' | 'large' | 'empty'): Promise<Golden>;
  tagsPerRun: number;
  jkPerRun: number;
  profile: boolean;
  profiles: ProfileSummary[];
}

/** The run's subjects in the order of run `run`: rotated, so none is always first or last. */
export function rotate<T>(items: readonly T[], run: number): T[] {
  const k = run % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Selectors of the app, by role and label where it has them: what an analyst sees. */
export const APP = {
  library: 'aside[aria-label="Library"]',
  // Rows, not the spacers a long (windowed) list draws above and below them.
  articleRows: 'aside[aria-label="Library"] ul[aria-label="Articles"] > li.row',
  reader: 'main[aria-label="Article"]',
  sidebar: 'aside[aria-label="Annotations"]',
  saveState: '[data-testid="save-state"]',
  tagMenu: '[role="menu"][aria-label="Tag the selection"]',
  queueRows: '[role="listbox"][aria-label="Links"] [role="option"]',
};
