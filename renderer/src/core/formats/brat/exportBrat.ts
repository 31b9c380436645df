/**
 * brat standoff export: a folder brat can open as a collection.
 *
 * Kept, in brat's own files:
 * - each article's text exactly (`<name>.txt`, UTF-8, LF line breaks as the app stores them);
 * - every annotation as a T line: type = its tag, offsets in code points, discontinuous ranges
 *   as `start end;start end`, and a range over a line break split into fragments there (brat's
 *   TAIL is one line). The import joins fragments that only line breaks separate, so such a
 *   range comes back whole;
 * - links with both ends in one article as R lines (`Contradicts Arg1:T1 Arg2:T2`), except
 *   rejected ones, which would read as the relation they deny;
 * - attributes as A lines (true as a binary attribute; false and empty values, which brat
 *   cannot tell from absent, are left out; line breaks in a value become spaces);
 * - notes, and the rationales of links written as R lines, as `AnnotatorNotes`, one # line per
 *   line of the note (a note of three lines is three notes on the annotation; the import joins
 *   them with line breaks);
 * - links from a mention to its canonical entity as N lines (`Reference T3 crosscheck:<id>`);
 * - annotation.conf declaring every type, relation and attribute used (the four sections),
 *   visual.conf with tag and link type labels and colours.
 *
 * Kept only in the Crosscheck files beside them (brat ignores them; the import reads them):
 * - `crosscheck-links.jsonl`: every link, with status, reason, rationale and why; those across
 *   articles and rejected ones exist nowhere else. brat cannot put attributes on relations, so
 *   a link's status is not an A line;
 * - `crosscheck-entities.jsonl`: the entities (id, name, type, aliases);
 * - `crosscheck-articles.jsonl`: each article's title, source, date, URL, language, blocks and
 *   inline marks.
 *
 * Lost: claims' figures and attributions; the ids of articles, annotations and links (brat's
 * are per file); annotation times; kinds and tag keys, order and attribute definitions beyond
 * what annotation.conf says; link type keys; two ranges of one annotation that only line breaks
 * separate (they come back as one range), and line breaks at the ends of a range (brat cannot
 * cover them); annotations that cover no text, and links to them.
 */
import type { Entity } from '../../model/entity';
import type { Link } from '../../model/link';
import type { FileMap, ProjectSnapshot } from '../projectSnapshot';
import { writeAnnotationConf } from './bratConf';
import { documentNames } from './bratNames';
import { ARTICLES_FILE, ENTITIES_FILE, LINKS_FILE, writeJsonLines, type ArticleRow, type EntityRow, type LinkRow } from './bratSidecars';
import { ConfCollector } from './confCollector';
import { ExportTypes } from './exportTypes';
import { oneLine } from './lineBreaks';
import { writeVisualConf, type VisualType } from './visualConf';
import { writeBratDocument, type WrittenDocument } from './writeBratDocument';

export const ANNOTATION_CONF = 'annotation.conf';
export const VISUAL_CONF = 'visual.conf';

export function exportBrat(snapshot: ProjectSnapshot): FileMap {
  const files: FileMap = new Map();
  const types = new ExportTypes(snapshot.tags, snapshot.linkTypes);
  const conf = new ConfCollector();
  const names = documentNames(snapshot.articles);
  const entities = new Map<string, Entity>(snapshot.entities.map((e) => [e.id, e]));
  const written = new Map<string, WrittenDocument>();
  // Grouped once: a project of thousands of articles is not scanned once per article.
  const annotationsOf = groupBy(snapshot.annotations, (a) => a.articleId);
  const linksInside = groupBy(
    snapshot.links.filter((l) => l.fromArticleId === l.toArticleId),
    (l) => l.fromArticleId,
  );

  for (const article of snapshot.articles) {
    const name = names.get(article.id) as string;
    const doc = writeBratDocument({
      article,
      annotations: annotationsOf.get(article.id) ?? [],
      links: linksInside.get(article.id) ?? [],
      entities,
      types,
      conf,
    });
    written.set(article.id, doc);
    files.set(`${name}.txt`, article.text);
    files.set(`${name}.ann`, doc.ann);
  }

  const heading = `Made by Crosscheck from the project “${oneLine(snapshot.name)}”.`;
  const order = [...types.tags.map((t) => types.tagName(t.id)), ...types.linkTypes.map((t) => types.linkTypeName(t.id))];
  const decls = conf.decls(`${heading}\nThe types, relations and attributes its annotations use.`, order);
  files.set(ANNOTATION_CONF, writeAnnotationConf(decls));
  const rows = linkRows(snapshot.links, names, written, types);
  // The link types of links only the sidecar holds too: another project gets their labels and colours from here.
  const relationTypes = [...new Set([...decls.relations.map((r) => r.name), ...rows.map((r) => r.typeName)])];
  files.set(VISUAL_CONF, writeVisualConf(`${heading}\nLabels and colours of its tags and link types.`, visualTypes(types, decls.entities, relationTypes)));
  files.set(LINKS_FILE, writeJsonLines(rows));
  files.set(ENTITIES_FILE, writeJsonLines(snapshot.entities.map((e): EntityRow => ({ id: e.id, name: e.name, type: e.type, typeName: types.tag(e.type) ? types.tagName(e.type) : '', aliases: [...e.aliases] }))));
  files.set(
    ARTICLES_FILE,
    writeJsonLines(
      snapshot.articles.map(
        (a): ArticleRow => ({ doc: names.get(a.id) as string, title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url, language: a.language, blocks: a.blocks, marks: a.marks }),
      ),
    ),
  );
  return files;
}

function visualTypes(types: ExportTypes, entityTypes: readonly string[], relationTypes: readonly string[]): VisualType[] {
  const out: VisualType[] = [];
  for (const name of entityTypes) {
    const tag = types.tags.find((t) => types.tagName(t.id) === name);
    out.push({ name, label: oneLine(tag?.label ?? name), ...(tag ? { bgColor: tag.color } : {}) });
  }
  for (const name of relationTypes) {
    const type = types.linkTypes.find((t) => types.linkTypeName(t.id) === name);
    out.push({ name, label: oneLine(type?.label ?? name), ...(type ? { color: type.color, undirected: !type.directed } : {}) });
  }
  return out;
}

/** One row per link whose two ends were written, in the order of the project's links. */
function linkRows(links: readonly Link[], names: ReadonlyMap<string, string>, written: ReadonlyMap<string, WrittenDocument>, types: ExportTypes): LinkRow[] {
  const rows: LinkRow[] = [];
  for (const l of links) {
    const from = written.get(l.fromArticleId)?.tIds.get(l.fromId);
    const to = written.get(l.toArticleId)?.tIds.get(l.toId);
    if (!from || !to) continue;
    rows.push({
      fromDoc: names.get(l.fromArticleId) as string,
      fromT: from,
      toDoc: names.get(l.toArticleId) as string,
      toT: to,
      type: l.type,
      typeName: types.linkTypeName(l.type),
      status: l.status,
      reason: l.reason,
      rationale: l.rationale,
      ...(l.why !== undefined ? { why: l.why } : {}),
      relation: l.fromArticleId === l.toArticleId ? (written.get(l.fromArticleId)?.rIds.get(l.id) ?? null) : null,
    });
  }
  return rows;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
