import { planMerge } from '../../core/formats/archive/planMerge';
import { readArchive } from '../../core/formats/archive/readArchive';
import { snapshotOps } from '../../core/formats/archive/snapshotOps';
import type { ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { countOf } from '../../core/text/plural';
import type { OpenProject } from '../projects/useProjectSession';
import type { ImportPlan } from './importPlan';

/**
 * A project archive: checked whole, then opened as a new project or merged into the open one
 * (as one undoable action; rows the project already has are never overwritten).
 */
export async function planArchive(name: string, bytes: Uint8Array, open: OpenProject | null, createFrom: (s: ProjectSnapshot) => Promise<unknown>): Promise<ImportPlan> {
  const read = readArchive(bytes, name);
  if (!read.ok) return { title: `${name} cannot be imported`, summary: ['Nothing was imported.'], report: read.report, choices: [] };
  const s = read.snapshot;
  const summary = [
    `“${s.name}”: ${countOf(s.articles.length, 'article', 'articles')}, ${countOf(s.annotations.length, 'annotation', 'annotations')}, ${countOf(s.links.length, 'link', 'links')}, ${countOf(s.entities.length, 'entity', 'entities')}.`,
  ];
  const choices: ImportPlan['choices'] = [
    {
      label: 'Open as a new project',
      run: async () => {
        await createFrom(s);
        return `Opened ${name} as a new project.`;
      },
    },
  ];
  let report = read.report;
  if (open) {
    const plan = planMerge(s, await open.repo.snapshot(open.record.name), name);
    report = { ...plan.report, errors: [] };
    const ops = snapshotOps(plan.add);
    summary.push(
      ops.length
        ? `Merging adds ${countOf(plan.add.articles.length, 'article', 'articles')}, ${countOf(plan.add.annotations.length, 'annotation', 'annotations')} and ${countOf(plan.add.links.length, 'link', 'links')} to “${open.record.name}”; Ctrl+Z takes the merge back.`
        : `Everything in it is already in “${open.record.name}”.`,
    );
    if (ops.length) {
      choices.push({
        label: `Merge into “${open.record.name}”`,
        run: async () => {
          await open.history.execute(`Merge ${name}`, ops).stored;
          return `Merged ${name} into ${open.record.name}.`;
        },
      });
    }
  }
  return { title: `Import ${name}`, summary, report, choices };
}
