import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import type { Link } from '../../model/link';
import type { FileMap } from '../projectSnapshot';
import { folderOf, readText } from './bratFiles';
import type { AnnotationConf } from './bratConf';
import type { BratLinkTypeMap } from './bratLinkTypeMap';
import { readArticleRows, readEntityRows, readLinkRows, type ReadRows } from './bratSidecars';
import type { BratTagMap } from './bratTagMap';
import type { BuiltDocument } from './buildBratDocument';
import type { ReportBuilder } from './reportBuilder';
import type { VisualConf } from './visualConf';

export interface SidecarContext {
  files: FileMap;
  /** Documents by path without extension. */
  documents: ReadonlyMap<string, BuiltDocument>;
  tags: BratTagMap;
  linkTypes: BratLinkTypeMap;
  /** The collection's configuration that applies to a file. */
  confOf: (path: string) => AnnotationConf | null;
  visualOf: (path: string) => VisualConf | null;
  report: ReportBuilder;
  newId: (prefix: string) => string;
  now: string;
}

/** Reads a sidecar's rows, reporting unreadable files and rows as skipped: the brat files themselves are whole without them. */
function rowsOf<T>(path: string, ctx: SidecarContext, read: (text: string) => ReadRows<T>): { row: T; line: number }[] {
  const value = ctx.files.get(path);
  const text = value === undefined ? null : readText(value);
  if (!text?.ok) {
    ctx.report.skip(path, undefined, `${text ? text.message : 'could not be read'}; it was skipped`);
    return [];
  }
  const rows = read(text.text);
  for (const p of rows.problems) ctx.report.skip(path, p.line, p.message);
  return rows.rows;
}

/** Titles, sources, dates and blocks from crosscheck-articles.jsonl, for the documents it names. */
export function applyArticleRows(path: string, ctx: SidecarContext): void {
  const folder = folderOf(path);
  for (const { row, line } of rowsOf(path, ctx, readArticleRows)) {
    const doc = ctx.documents.get(folder + row.doc);
    if (!doc) continue;
    const a = doc.article;
    const fits = [...row.blocks, ...row.marks].every((r) => r.start >= 0 && r.start <= r.end && r.end <= a.text.length);
    Object.assign(a, { title: row.title || a.title, source: row.source, publishedAt: row.publishedAt, url: row.url, language: row.language });
    if (fits) Object.assign(a, { blocks: row.blocks, marks: row.marks });
    else ctx.report.warn(path, line, `the blocks of ${row.doc} do not fit its text; the paragraphs were read from the text instead`);
  }
}

/** Entities from crosscheck-entities.jsonl, with their ids; a type is the tag of that id, else the tag its brat name names. */
export function readEntities(path: string, ctx: SidecarContext, into: Map<string, Entity>): void {
  for (const { row } of rowsOf(path, ctx, readEntityRows)) {
    const type = ctx.tags.known(row.type)?.id ?? (row.typeName ? ctx.tags.find(row.typeName)?.id : undefined) ?? row.type;
    into.set(row.id, { id: row.id, name: row.name, type, aliases: row.aliases, createdAt: ctx.now, updatedAt: ctx.now });
  }
}

/**
 * crosscheck-links.jsonl: a row with an R ID gives that relation's status, reason, rationale
 * and why (if the line still joins the same two annotations); a row without one is a link no
 * R line holds (across documents, or rejected), made here.
 */
export function applyLinkRows(path: string, ctx: SidecarContext, links: Link[]): void {
  const folder = folderOf(path);
  for (const { row, line } of rowsOf(path, ctx, readLinkRows)) {
    const fromDoc = ctx.documents.get(folder + row.fromDoc);
    const toDoc = ctx.documents.get(folder + row.toDoc);
    const from = fromDoc?.annotationOf.get(row.fromT);
    const to = toDoc?.annotationOf.get(row.toT);
    if (!fromDoc || !toDoc || !from || !to) {
      const missing = !fromDoc ? `the document ${row.fromDoc}` : !toDoc ? `the document ${row.toDoc}` : !from ? `${row.fromT} of ${row.fromDoc}` : `${row.toT} of ${row.toDoc}`;
      ctx.report.skip(path, line, `${missing} is not in the import; the link was skipped`);
      continue;
    }
    const type = ctx.linkTypes.byId(row.type)?.id ?? knownOrNew(row.typeName, path, line, ctx);
    const facts = { type, status: row.status, reason: row.reason, rationale: row.rationale, ...(row.why !== undefined ? { why: row.why } : {}) };
    if (row.relation !== null) {
      const held = fromDoc === toDoc ? fromDoc.relationOf.get(row.relation) : undefined;
      if (held && held.fromId === from.id && held.toId === to.id) Object.assign(held, facts);
      else ctx.report.warn(path, line, `${row.relation} of ${row.fromDoc} no longer joins ${row.fromT} and ${row.toT}; the row's status and rationale were not applied`);
      continue;
    }
    links.push(newLink(ctx, from, to, facts));
  }
}

/** A link type for a row's brat type name, made (and said) when the project has none of that name. */
function knownOrNew(typeName: string, path: string, line: number, ctx: SidecarContext): string {
  const { type, added } = ctx.linkTypes.typeFor(typeName, ctx.visualOf(path), ctx.confOf(path));
  if (added) ctx.report.warn(path, line, `the link type ${typeName} is not a link type of the project; a new link type “${type.label}” was added`);
  return type.id;
}

function newLink(ctx: SidecarContext, from: Annotation, to: Annotation, facts: Pick<Link, 'type' | 'status' | 'reason' | 'rationale' | 'why'>): Link {
  return { id: ctx.newId('l'), fromId: from.id, toId: to.id, fromArticleId: from.articleId, toArticleId: to.articleId, ...facts, createdAt: ctx.now, updatedAt: ctx.now };
}
