import { countOf } from '../../text/plural';
import type { ImportLog } from './importLog';
import { describeJson, isJsonObject, keyPath, namesOf, oneOrMany, singleIri, type JsonObject, type Located } from './jsonPaths';
import { ANNO_CONTEXT } from './w3cTypes';

/** The annotations of a document, and the entities of our own export, each with its path. */
export interface W3cDocument {
  items: Located<JsonObject>[];
  entities: Located[];
}

const HTTPS_CONTEXT = 'https://www.w3.org/ns/anno.jsonld';

/**
 * Finds the annotations of a collection (pages embedded), a page, a list of annotations or
 * one annotation. Pages referenced by IRI only cannot be read from a file: an error for a
 * collection (the import would be silently partial), a warning for a page given on its own
 * (the reader asked for that page).
 */
export function readDocument(json: unknown, log: ImportLog): W3cDocument {
  const doc: W3cDocument = { items: [], entities: [] };
  if (Array.isArray(json)) {
    json.forEach((value: unknown, i) => {
      const path = `[${i}]`;
      if (!isJsonObject(value)) return log.error(path, `should be an Annotation, not ${describeJson(value)}`);
      if (checkContext(value, path, log, true) && checkType(value, path, 'Annotation', log)) doc.items.push({ value, path });
    });
    return doc;
  }
  if (!isJsonObject(json)) {
    log.error('', `is not a W3C Web Annotation document: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations, not ${describeJson(json)}`);
    return doc;
  }
  if (!checkContext(json, '', log, true)) return doc;
  const types = namesOf(json.type);
  if (types.includes('AnnotationCollection')) readCollection(json, log, doc);
  else if (types.includes('AnnotationPage')) readPage({ value: json, path: '' }, log, doc, true);
  else if (types.includes('Annotation')) doc.items.push({ value: json, path: '' });
  else log.error('type', `should be Annotation, AnnotationPage or AnnotationCollection, not ${describeJson(json.type)}`);
  return doc;
}

/** `@context` must name the W3C context; an embedded object may leave it out (it inherits). */
function checkContext(obj: JsonObject, path: string, log: ImportLog, required: boolean): boolean {
  const at = keyPath(path, '@context');
  const context = obj['@context'];
  if (context === undefined) {
    if (required) log.error(at, `is missing: a W3C annotation document names the context "${ANNO_CONTEXT}"`);
    return !required;
  }
  const names = namesOf(context);
  if (names.includes(ANNO_CONTEXT)) return true;
  if (names.includes(HTTPS_CONTEXT)) {
    log.warn(at, `names "${HTTPS_CONTEXT}"; the model's context is "${ANNO_CONTEXT}": read as that`);
    return true;
  }
  log.error(at, `should include "${ANNO_CONTEXT}", not ${describeJson(context)}`);
  return false;
}

function checkType(obj: JsonObject, path: string, type: string, log: ImportLog): boolean {
  if (namesOf(obj.type).includes(type)) return true;
  log.error(keyPath(path, 'type'), `should be ${type}, not ${describeJson(obj.type)}`);
  return false;
}

function readCollection(collection: JsonObject, log: ImportLog, doc: W3cDocument): void {
  const embedded = new Map<string, Located<JsonObject>>();
  const extra = oneOrMany(collection['cc:pages'], 'cc:pages');
  for (const page of [{ value: collection.first, path: 'first' }, ...extra]) {
    if (!isJsonObject(page.value)) continue;
    const id = singleIri(page.value.id);
    if (id !== null && !embedded.has(id)) embedded.set(id, { value: page.value, path: page.path });
  }
  for (const page of extra) if (!isJsonObject(page.value)) log.error(page.path, `should be an embedded AnnotationPage, not ${describeJson(page.value)}`);

  const errorsBefore = log.report.errors.length;
  const read = new Set<JsonObject>();
  let next: Located | null = collection.first === undefined ? null : { value: collection.first, path: 'first' };
  while (next) {
    const page = resolvePage(next, embedded, log);
    if (!page) break;
    if (read.has(page.value)) {
      log.error(next.path, `leads back to the page at ${page.path}: the pages loop`);
      break;
    }
    read.add(page.value);
    readPage(page, log, doc, false);
    const nextIri = page.value.next;
    next = nextIri === undefined ? null : { value: nextIri, path: keyPath(page.path, 'next') };
  }
  for (const page of extra) {
    if (!isJsonObject(page.value) || read.has(page.value)) continue;
    log.warn(page.path, 'is not reached from first by next: its annotations are read all the same');
    read.add(page.value);
    readPage({ value: page.value, path: page.path }, log, doc, false);
  }

  const total = collection.total;
  // After an error the count is off for a reason already given.
  const clean = log.report.errors.length === errorsBefore;
  if (clean && typeof total === 'number' && total !== doc.items.length) log.warn('total', `says ${countOf(total, 'annotation', 'annotations')}; the pages hold ${doc.items.length}`);
  if (collection.first === undefined && typeof total === 'number' && total > 0) log.error('first', `is missing: the collection says it holds ${total} annotations`);
  doc.entities.push(...oneOrMany(collection['cc:entities'], 'cc:entities'));
}

/** A page embedded where it is named, or named by IRI and embedded elsewhere in the file. */
function resolvePage(ref: Located, embedded: ReadonlyMap<string, Located<JsonObject>>, log: ImportLog): Located<JsonObject> | null {
  if (isJsonObject(ref.value)) return { value: ref.value, path: ref.path };
  const iri = singleIri(ref.value);
  if (iri === null) {
    log.error(ref.path, `should be an AnnotationPage or its IRI, not ${describeJson(ref.value)}`);
    return null;
  }
  const page = embedded.get(iri);
  if (!page) log.error(ref.path, `the page "${iri}" is referenced by IRI only and is not in this file: export the collection with its pages embedded`);
  return page ?? null;
}

function readPage(page: Located<JsonObject>, log: ImportLog, doc: W3cDocument, alone: boolean): void {
  if (!checkType(page.value, page.path, 'AnnotationPage', log)) return;
  if (!alone && !checkContext(page.value, page.path, log, false)) return;
  const items = page.value.items;
  const itemsPath = keyPath(page.path, 'items');
  if (!Array.isArray(items)) return log.error(itemsPath, `should be a list of annotations, not ${describeJson(items)}`);
  items.forEach((value: unknown, i) => {
    const path = `${itemsPath}[${i}]`;
    if (typeof value === 'string') return log.error(path, `the annotation "${value}" is referenced by IRI only and is not in this file`);
    if (!isJsonObject(value)) return log.error(path, `should be an Annotation, not ${describeJson(value)}`);
    if (checkContext(value, path, log, false) && checkType(value, path, 'Annotation', log)) doc.items.push({ value, path });
  });
  if (!alone) return;
  for (const key of ['prev', 'next'] as const) {
    const iri = singleIri(page.value[key]);
    if (iri !== null) log.warn(keyPath(page.path, key), `the page "${iri}" is not in this file: only this page's annotations are read`);
  }
}
