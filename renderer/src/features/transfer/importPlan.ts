import type { ImportReport } from '../../core/formats/projectSnapshot';

/** A way to finish an import the analyst chooses from ("Open as a new project", "Merge into …"). */
export interface ImportChoice {
  label: string;
  /** Writes, all or nothing; resolves to what was done, in words. */
  run(): Promise<string>;
}

/** What an import found, shown before anything is written. */
export interface ImportPlan {
  title: string;
  /** What would be imported, in a sentence or two. */
  summary: string[];
  report: ImportReport;
  /** Empty when the input has errors: then nothing can be imported. */
  choices: ImportChoice[];
}
