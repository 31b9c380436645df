import type { Article } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import { DEFAULT_LINK_TYPES, type Link, type LinkTypeDef } from '../../model/link';
import type { TagDef } from '../../model/tagSchema';
import { emptyReport, type ImportReport } from '../projectSnapshot';
import { checkImport } from './checkImport';
import { articleFinder, type ImportContext } from './importContext';
import { ImportLog } from './importLog';
import { keyPath, singleIri, type JsonObject, type Located } from './jsonPaths';
import { readDocument } from './readDocument';
import { readEntities } from './readEntities';
import { isLinkItem, readLink, type LinkRead } from './readLink';
import { readPassage, type PassageRead } from './readPassage';
import { crosscheckIdOf } from './w3cIds';

export interface W3cImport {
  annotations: Annotation[];
  links: Link[];
  entities: Entity[];
  /** With `errors`, nothing should be written; the rows are returned for a preview only. */
  report: ImportReport;
}

export interface ImportW3cOptions {
  /** Annotations already in the project: a link in the file may join one of them. */
  annotations?: readonly Annotation[];
  /** Entities already in the project: mentions and figures in the file may name them. */
  entities?: readonly Entity[];
  /** The project's own link types; the four built in are always known. */
  linkTypes?: readonly LinkTypeDef[];
  /** Id of the tag for annotations whose tags the project does not have; without it they are skipped. */
  fallbackTag?: string;
  /** Timestamp for rows the file gives none. */
  now?: string;
}

/**
 * Reads W3C Web Annotation JSON (a collection with its pages embedded, a page, a list of
 * annotations or one annotation; ours or another tool's) into rows of the project. Never
 * throws: what is wrong is in the report, with the file and the JSON path.
 *
 * - Targets: matched to articles by `urn:crosscheck:article:<id>`, else by the article's URL;
 *   positions are code points; where the text there is not the quote the passage is found by
 *   the quote (anchorQuote), and where the quote is nowhere it is kept as an orphan (the
 *   reader lists it as not found) and reported.
 * - Tags: by our tag id, else by label or id, case-insensitively; otherwise the fallback
 *   tag, else the annotation is skipped.
 * - Ids: ours (`urn:crosscheck:*`) are kept, so a re-import updates the same rows; other
 *   tools' annotations get new ids.
 */
export function importW3c(json: unknown, file: string, articles: readonly Article[], tags: readonly TagDef[], options: ImportW3cOptions = {}): W3cImport {
  const report = emptyReport();
  const log = new ImportLog(file, report);
  const now = options.now ?? new Date().toISOString();
  const doc = readDocument(json, log);
  const entities = readEntities(doc.entities, log, now);
  const known = new Map<string, Entity>([...(options.entities ?? []), ...entities].map((e) => [e.id, e]));
  const fallbackTag = options.fallbackTag === undefined ? undefined : tags.find((t) => t.id === options.fallbackTag);
  if (options.fallbackTag !== undefined && !fallbackTag) log.error('', `the fallback tag "${options.fallbackTag}" is not one of the project's tags`);
  const ctx: ImportContext = {
    log,
    articleFor: articleFinder(articles),
    tags,
    fallbackTag,
    linkTypes: [...DEFAULT_LINK_TYPES, ...(options.linkTypes ?? []).filter((t) => !DEFAULT_LINK_TYPES.some((d) => d.id === t.id))],
    entities: known,
    now,
  };

  const passages: PassageRead[] = [];
  const linkReads: LinkRead[] = [];
  for (const item of uniqueItems(doc.items, log)) {
    if (isLinkItem(item.value)) {
      const read = readLink(item, ctx);
      if (read) linkReads.push(read);
    } else {
      const read = readPassage(item, ctx);
      if (read) passages.push(read);
    }
  }
  uniqueRows(passages.map((p) => ({ id: p.annotation.id, path: p.path })), 'annotation', log);

  const existing = new Map((options.annotations ?? []).map((a) => [a.id, a]));
  const inFile = new Set(doc.items.map((i) => singleIri(i.value.id)).filter((id): id is string => id !== null));
  const links = resolveLinks(linkReads, passages, existing, inFile, log);
  uniqueRows(links.map((l) => ({ id: l.link.id, path: l.path })), 'link', log);

  checkImport({ annotations: passages.map(({ annotation, path, orphan }) => ({ annotation, path, orphan })), links, articles, entities: known, existing }, log);
  report.imported = { annotations: passages.length, links: links.length, entities: entities.length };
  return { annotations: passages.map((p) => p.annotation), links: links.map((l) => l.link), entities, report };
}

/** Items whose IRI an earlier item already has are errors, named with both places, and not read. */
function uniqueItems(items: readonly Located<JsonObject>[], log: ImportLog): Located<JsonObject>[] {
  const seen = new Map<string, string>();
  return items.filter(({ value, path }) => {
    const iri = singleIri(value.id);
    if (!iri) return true;
    const before = seen.get(iri);
    if (before === undefined) {
      seen.set(iri, path);
      return true;
    }
    log.error(keyPath(path, 'id'), `"${iri}" is also the id of ${before || 'the document'}`);
    return false;
  });
}

/** Two IRIs may still give one row id (one percent-encoded, one not). */
function uniqueRows(rows: readonly { id: string; path: string }[], what: string, log: ImportLog): void {
  const seen = new Map<string, string>();
  for (const { id, path } of rows) {
    const before = seen.get(id);
    if (before === undefined) seen.set(id, path);
    else log.error(keyPath(path, 'id'), `gives ${what} id "${id}", as ${before} does`);
  }
}

/** Each end is an annotation of the file (by its IRI) or of the project (by our IRI); else the link is skipped. */
function resolveLinks(reads: readonly LinkRead[], passages: readonly PassageRead[], existing: ReadonlyMap<string, Annotation>, inFile: ReadonlySet<string>, log: ImportLog): { link: Link; path: string }[] {
  const byIri = new Map<string, Annotation>();
  for (const p of passages) if (p.iri !== null) byIri.set(p.iri, p.annotation);
  const byId = new Map(passages.map((p) => [p.annotation.id, p.annotation]));
  const find = (end: Located<string>): Annotation | undefined => {
    const found = byIri.get(end.value);
    if (found) return found;
    const id = crosscheckIdOf(end.value, 'annotation');
    return id === null ? undefined : (byId.get(id) ?? existing.get(id));
  };
  const out: { link: Link; path: string }[] = [];
  for (const read of reads) {
    const from = find(read.from);
    const to = find(read.to);
    for (const [end, found] of [[read.from, from], [read.to, to]] as const) {
      if (found) continue;
      const why = inFile.has(end.value) ? 'was not imported (see above)' : 'is not an annotation in this file or the project';
      log.skip(end.path, `"${end.value}" ${why}: link skipped`);
    }
    if (!from || !to) continue;
    out.push({ link: { ...read.link, fromId: from.id, toId: to.id, fromArticleId: from.articleId, toArticleId: to.articleId }, path: read.path });
  }
  return out;
}
