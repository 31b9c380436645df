import type { Annotation } from '../../model/annotation';
import type { Link } from '../../model/link';
import { countOf } from '../../text/plural';
import { emptyReport, type ImportReport, type ProjectSnapshot } from '../projectSnapshot';

export interface MergePlan {
  /** The rows to add to the open project, with articles the project already has (same text) pointed at its copy. */
  add: ProjectSnapshot;
  report: ImportReport;
}

type Tables = Exclude<keyof ProjectSnapshot, 'name'>;
const TABLES: readonly Tables[] = ['kinds', 'tags', 'counted', 'linkTypes', 'entities', 'articles', 'annotations', 'links'];
const NOUN: Record<Tables, string> = {
  kinds: 'kind',
  tags: 'tag',
  counted: 'counted thing',
  linkTypes: 'link type',
  entities: 'entity',
  articles: 'article',
  annotations: 'annotation',
  links: 'link',
};

/** Equal as stored data: key order does not matter, absent and undefined are the same. */
function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * What merging an archive into the open project adds. A row whose id the project already has
 * is left as the project has it: counted as already there when equal, reported as a clash when
 * not, never overwritten. An article whose text the project already has (same content hash)
 * is not added twice: the archive's annotations and links move to the project's copy. Links
 * whose end was not added (a clash) are left out too, and said.
 */
export function planMerge(incoming: ProjectSnapshot, existing: ProjectSnapshot, file: string): MergePlan {
  const report = emptyReport();
  const add: ProjectSnapshot = { name: existing.name, articles: [], annotations: [], links: [], linkTypes: [], entities: [], tags: [], kinds: [], counted: [] };
  const byHash = new Map(existing.articles.map((a) => [a.contentHash, a.id]));
  const articleId = new Map<string, string>();
  const refused = new Set<string>();
  const already: Record<string, number> = {};

  for (const table of TABLES) {
    const have = new Map<string, unknown>((existing[table] as { id: string }[]).map((r) => [r.id, r]));
    (incoming[table] as { id: string }[]).forEach((raw, i) => {
      let row: unknown = raw;
      if (table === 'articles') {
        const twin = byHash.get((raw as ProjectSnapshot['articles'][number]).contentHash);
        if (twin && twin !== raw.id) {
          articleId.set(raw.id, twin);
          already.articles = (already.articles ?? 0) + 1;
          return;
        }
      }
      if (table === 'annotations') {
        const a = raw as Annotation;
        row = { ...a, articleId: articleId.get(a.articleId) ?? a.articleId };
      }
      if (table === 'links') {
        const l = raw as Link;
        const lost = [l.fromId, l.toId].find((id) => refused.has(id));
        if (lost) {
          report.skipped.push({ file, path: `links[${i}]`, message: `link ${l.id} was left out: its annotation ${lost} clashes with one in the project` });
          return;
        }
        row = { ...l, fromArticleId: articleId.get(l.fromArticleId) ?? l.fromArticleId, toArticleId: articleId.get(l.toArticleId) ?? l.toArticleId };
      }
      const stored = have.get(raw.id);
      if (stored !== undefined) {
        if (sameRow(stored, row)) already[table] = (already[table] ?? 0) + 1;
        else {
          refused.add(raw.id);
          report.skipped.push({ file, path: `${table}[${i}]`, message: `the project already has a different ${NOUN[table]} with the id ${raw.id}; the project's was kept` });
        }
        return;
      }
      (add[table] as unknown[]).push(row);
    });
  }
  for (const table of TABLES) if (add[table].length) report.imported[table] = add[table].length;
  for (const [table, n] of Object.entries(already)) {
    const noun = NOUN[table as Tables];
    report.warnings.push({ file, message: `${countOf(n, `${noun} was`, `${noun === 'entity' ? 'entities' : `${noun}s`} were`)} already in the project, the same; not added again` });
  }
  return { add, report };
}
