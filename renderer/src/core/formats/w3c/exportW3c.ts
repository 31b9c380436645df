/**
 * W3C Web Annotation export (JSON-LD, `application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"`).
 *
 * Shape: one AnnotationCollection (`urn:crosscheck:project:<slug>`, label = project name,
 * total) whose `first` page is embedded; further pages (only with `pageSize`) are embedded in
 * `cc:pages` and chained by `next`/`prev` IRIs; `last` is an IRI, the only form the W3C
 * assertions accept. Pages name their collection with a `partOf` object ({id, label, total}),
 * since the assertions reject an IRI there, and do not repeat `@context`. Our own terms use
 * the `cc:` prefix (https://crosscheck.invalid/ns#), declared in a second `@context` entry.
 *
 * Kept (a re-import gives the same rows):
 * - each annotation: id (`urn:crosscheck:annotation:<id>`), article (`urn:crosscheck:article:<id>`
 *   as the target's source, with `cc:url` and `cc:title`), every range as its own target with a
 *   TextPositionSelector in code points and a TextQuoteSelector (exact, prefix, suffix), the tag
 *   (a `tagging` body: the label as value, `cc:tag` and `cc:kind`), the note (a `commenting`
 *   body), the entity (an `identifying` SpecificResource body, `urn:crosscheck:entity:<id>`, the
 *   name as label), attributes (`cc:attributes`), figure and attribution (`cc:figure`,
 *   `cc:attribution`; cleared ones listed in `cc:cleared`, undecided ones absent), created and
 *   modified (UTC);
 * - each link: a `linking` annotation (`urn:crosscheck:link:<id>`) targeting both claims, its
 *   type (a `classifying` body, label as value, `cc:linkType`), direction (`cc:from`, `cc:to`),
 *   status, reason, rationale (a `commenting` body) and why;
 * - the entities (`cc:entities` on the collection: name, type, aliases, timestamps).
 *
 * Lost: the article texts and their blocks and marks (the targets name articles; an import
 * needs the articles already in the project), the tag schema (colours, keys, attribute
 * definitions), kinds, link type definitions (colour, direction), counted things, and the
 * edit history. A timestamp that is not a date is left out. Other tools see tags, notes and
 * passages; the rest is in `cc:` terms they ignore.
 *
 * Decisions:
 * - motivation `tagging`: every annotation exists to put one of the project's tags on a
 *   passage; `tagging` is what Hypothesis and Recogito read as a label, `classifying` is read
 *   by none. The note and the entity carry their own purposes (`commenting`, `identifying`).
 * - discontinuous annotations: one target per range. Several selectors of one target must
 *   select the same text (§4.2) and a RangeSelector spans the gap, so neither can hold
 *   fragments; targets are unordered (§3.2.6), and an import puts them back in text order.
 * - links: both claims as targets (Recogito's pattern, which W3C readers show), with the
 *   direction in `cc:from`/`cc:to` because the order of targets means nothing (§3.2.6).
 * - the entity body is a SpecificResource: a bare resource may not have a purpose
 *   (assertion 3.3.5-bodyEWRNoPurpose).
 * - positions are written where the app shows the annotation (re-anchored if stale); an
 *   orphan keeps its stored position and quote, so a re-import finds it orphaned again.
 *
 * Offsets: TextPositionSelector counts Unicode code points of the article's plain text
 * (`Article.text`, LF line ends as stored); the app's UTF-16 offsets are converted here.
 */
import { compareAnnotations, type Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import type { ProjectSnapshot } from '../projectSnapshot';
import { exportLookup } from './exportLookup';
import { lifecycle, passageItem } from './exportW3cAnnotation';
import { linkItem } from './exportW3cLink';
import { utcDateTime } from './utcDateTime';
import { crosscheckIri, pageIri, projectIri } from './w3cIds';
import { w3cContext, type W3cAnnotation, type W3cCollection, type W3cCollectionRef, type W3cEntity, type W3cPage } from './w3cTypes';

export interface ExportW3cOptions {
  /** Annotations per page; all in one page when absent, because most readers only read `first`. */
  pageSize?: number;
  /** When the export was made (`generated`); left out when absent so the output is reproducible. */
  exportedAt?: string;
}

export function exportW3c(snapshot: ProjectSnapshot, options: ExportW3cOptions = {}): W3cCollection {
  const { pageSize } = options;
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 1)) throw new RangeError(`A page holds at least one annotation, not ${pageSize}.`);
  const lookup = exportLookup(snapshot);
  const items: W3cAnnotation[] = [...inTextOrder(snapshot).map((a) => passageItem(a, lookup)), ...snapshot.links.map((l) => linkItem(l, lookup))];
  const collectionId = projectIri(snapshot.name);
  const ref: W3cCollectionRef = { id: collectionId, label: snapshot.name, total: items.length };
  const pages = paginate(items, pageSize ?? Math.max(1, items.length), ref);
  const collection: W3cCollection = { '@context': w3cContext(), id: collectionId, type: 'AnnotationCollection', label: snapshot.name, total: items.length, 'cc:entities': snapshot.entities.map(entityTerms) };
  const [first, ...rest] = pages;
  if (first) {
    collection.first = first;
    collection.last = (pages[pages.length - 1] ?? first).id;
  }
  if (rest.length > 0) collection['cc:pages'] = rest;
  const generated = options.exportedAt === undefined ? null : utcDateTime(options.exportedAt);
  if (generated) collection.generated = generated;
  return collection;
}

/** Article by article in the project's order, each in text order: how a reader of the file expects them. */
function inTextOrder(project: ProjectSnapshot): Annotation[] {
  const order = new Map(project.articles.map((a, i) => [a.id, i]));
  const rank = (a: Annotation): number => order.get(a.articleId) ?? project.articles.length;
  return [...project.annotations].sort((a, b) => rank(a) - rank(b) || a.articleId.localeCompare(b.articleId) || compareAnnotations(a, b));
}

/** Pages with no `@context` of their own (§5: embedded pages SHOULD NOT repeat it). */
function paginate(items: W3cAnnotation[], size: number, ref: W3cCollectionRef): W3cPage[] {
  const pages: W3cPage[] = [];
  for (let start = 0; start < items.length; start += size) {
    const n = pages.length + 1;
    const page: W3cPage = { id: pageIri(ref.id, n), type: 'AnnotationPage', partOf: { ...ref }, startIndex: start, items: items.slice(start, start + size) };
    if (n > 1) page.prev = pageIri(ref.id, n - 1);
    if (start + size < items.length) page.next = pageIri(ref.id, n + 1);
    pages.push(page);
  }
  return pages;
}

function entityTerms(entity: Entity): W3cEntity {
  return {
    id: crosscheckIri('entity', entity.id),
    label: entity.name,
    'cc:entityType': entity.type,
    'cc:aliases': [...entity.aliases],
    ...lifecycle(entity.createdAt, entity.updatedAt),
  };
}
