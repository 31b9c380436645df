import { unzipSync } from 'fflate';
import { importBrat } from '../../core/formats/brat/importBrat';
import { snapshotOps } from '../../core/formats/archive/snapshotOps';
import type { FileMap, ProjectSnapshot } from '../../core/formats/projectSnapshot';
import { countOf } from '../../core/text/plural';
import type { Article } from '../../core/model/article';
import { hashText } from '../import/hashText';
import type { OpenProject } from '../projects/useProjectSession';
import type { ImportPlan } from './importPlan';

/** The files of a brat collection as picked: loose .txt/.ann/.conf files, or zips of them unpacked. */
export function bratFiles(files: readonly { name: string; bytes: Uint8Array }[]): FileMap | string {
  const map: FileMap = new Map();
  for (const f of files) {
    if (f.name.toLowerCase().endsWith('.zip')) {
      try {
        for (const [name, data] of Object.entries(unzipSync(f.bytes))) if (!name.endsWith('/')) map.set(name, data);
      } catch (e) {
        return `${f.name} is not a readable zip (${e instanceof Error ? e.message : String(e)}).`;
      }
    } else map.set(f.name, f.bytes);
  }
  return map;
}

/**
 * brat standoff into the open project: every pair checked first; the documents that read
 * are added as one undoable action with their tags, link types and entities.
 */
export async function planBrat(label: string, files: FileMap, open: OpenProject): Promise<ImportPlan> {
  const schema = await open.repo.tagSchema();
  const linkTypes = await open.repo.linkTypes();
  const result = importBrat(files, { tags: schema.tags, linkTypes });
  const now = new Date().toISOString();
  const articles: Article[] = [];
  for (const a of result.articles) articles.push({ ...a, contentHash: await hashText(a.text), length: a.text.length, importedAt: now });
  const known = new Map((await open.repo.findByContentHash(articles.map((a) => a.contentHash))).map((a) => [a.contentHash, a.title]));
  const twins = articles.filter((a) => known.has(a.contentHash));
  const report = { ...result.report, skipped: [...result.report.skipped] };
  for (const a of twins) report.skipped.push({ file: a.fileName, message: `the project already has this text as “${known.get(a.contentHash)}”; the document and its annotations were skipped` });
  const kept = new Set(articles.filter((a) => !known.has(a.contentHash)).map((a) => a.id));
  const add: ProjectSnapshot = {
    name: '',
    articles: articles.filter((a) => kept.has(a.id)),
    annotations: result.annotations.filter((a) => kept.has(a.articleId)),
    links: result.links.filter((l) => kept.has(l.fromArticleId) && kept.has(l.toArticleId)),
    linkTypes: result.newLinkTypes,
    entities: result.entities,
    tags: result.newTags,
    kinds: [],
    counted: [],
  };
  const summary = [
    `${countOf(add.articles.length, 'document', 'documents')} with ${countOf(add.annotations.length, 'annotation', 'annotations')}, ${countOf(add.links.length, 'link', 'links')} and ${countOf(add.entities.length, 'entity', 'entities')}.`,
  ];
  if (add.tags.length) summary.push(`New tags for brat types the project has none for: ${add.tags.map((t) => t.label).join(', ')}.`);
  const choices: ImportPlan['choices'] = [];
  if (add.articles.length) {
    const what = report.errors.length ? `Import the other ${countOf(add.articles.length, 'document', 'documents')}` : `Import ${countOf(add.articles.length, 'document', 'documents')}`;
    choices.push({
      label: what,
      run: async () => {
        await open.history.execute(`Import ${label}`, snapshotOps(add)).stored;
        return `Imported ${countOf(add.articles.length, 'document', 'documents')} from ${label}; Ctrl+Z takes them back.`;
      },
    });
  }
  return { title: report.errors.length && !choices.length ? `${label} cannot be imported` : `Import ${label}`, summary, report, choices };
}
