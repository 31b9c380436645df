import { snapshotOps } from '../../core/formats/archive/snapshotOps';
import { emptyReport, type ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { importW3c } from '../../core/formats/w3c/importW3c';
import { textDecoder } from '../../core/text/textDecoder';
import { countOf } from '../../core/text/plural';
import type { OpenProject } from '../projects/useProjectSession';
import type { ImportPlan } from './importPlan';

/**
 * W3C Web Annotation JSON onto the open project's articles: re-anchored by quote where the
 * positions do not match, orphans kept and listed; added as one undoable action.
 */
export async function planW3c(name: string, bytes: Uint8Array, open: OpenProject): Promise<ImportPlan> {
  let json: unknown;
  try {
    json = JSON.parse(textDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    const report = emptyReport();
    report.errors.push({ file: name, message: `is not JSON (${e instanceof Error ? e.message : String(e)})` });
    return { title: `${name} cannot be imported`, summary: ['Nothing was imported.'], report, choices: [] };
  }
  const project = await open.repo.snapshot(open.record.name);
  const result = importW3c(json, name, project.articles, project.tags, { annotations: project.annotations, entities: project.entities, linkTypes: await open.repo.linkTypes() });
  const have = new Set(project.annotations.map((a) => a.id));
  const haveLinks = new Set(project.links.map((l) => l.id));
  const haveEntities = new Set(project.entities.map((e) => e.id));
  const add: ProjectSnapshot = {
    name: '',
    articles: [],
    annotations: result.annotations.filter((a) => !have.has(a.id)),
    links: result.links.filter((l) => !haveLinks.has(l.id)),
    linkTypes: [],
    entities: result.entities.filter((e) => !haveEntities.has(e.id)),
    tags: [],
    kinds: [],
    counted: [],
  };
  const already = result.annotations.length - add.annotations.length;
  const report = result.report;
  if (already) report.warnings.push({ file: name, message: `${countOf(already, 'annotation is', 'annotations are')} already in the project; not added again` });
  if (report.errors.length) return { title: `${name} cannot be imported`, summary: ['Nothing was imported.'], report, choices: [] };
  const count = `${countOf(add.annotations.length, 'annotation', 'annotations')}, ${countOf(add.links.length, 'link', 'links')} and ${countOf(add.entities.length, 'entity', 'entities')}`;
  const ops = snapshotOps(add);
  return {
    title: `Import ${name}`,
    summary: [ops.length ? `${count} onto the articles of “${open.record.name}”.` : 'Everything in it is already in the project.'],
    report,
    choices: ops.length
      ? [
          {
            label: add.links.length ? `Import ${countOf(add.annotations.length, 'annotation', 'annotations')} and ${countOf(add.links.length, 'link', 'links')}` : `Import ${countOf(add.annotations.length, 'annotation', 'annotations')}`,
            run: async () => {
              await open.history.execute(`Import ${name}`, ops).stored;
              return `Imported ${count} from ${name}; Ctrl+Z takes them back.`;
            },
          },
        ]
      : [],
  };
}
