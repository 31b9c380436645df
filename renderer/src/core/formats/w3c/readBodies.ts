import type { ImportLog } from './importLog';
import { describeJson, isJsonObject, keyPath, namesOf, oneOrMany, singleIri, type JsonObject } from './jsonPaths';
import { crosscheckIdOf } from './w3cIds';

/** A label an annotation is tagged or classified with, and our own tag id and kind when it has them. */
export interface TagCandidate {
  label: string;
  tagId: string | null;
  kind: string | null;
  path: string;
}

/** An entity a body identifies: our IRI, another vocabulary's, or only a name. */
export interface EntityRef {
  iri: string | null;
  name: string | null;
  path: string;
}

export interface Bodies {
  tags: TagCandidate[];
  /** Free text: notes, comments, descriptions, a `bodyValue`. */
  notes: string[];
  entities: EntityRef[];
  /** For links: the type label and our id. */
  types: TagCandidate[];
}

const TAG_PURPOSES = ['tagging', 'classifying'];

/**
 * Sorts the bodies by what they mean here. A textual body whose purpose is not a tag or an
 * identity is kept as note text (a comment, a reply, Hypothesis's unpurposed body): text a
 * person wrote is never dropped. Resources other than entities cannot be kept and are
 * reported. Null when a body is malformed (logged as an error).
 */
export function readBodies(item: JsonObject, path: string, log: ImportLog): Bodies | null {
  const out: Bodies = { tags: [], notes: [], entities: [], types: [] };
  const valuePath = keyPath(path, 'bodyValue');
  if (item.body !== undefined && item.bodyValue !== undefined) {
    log.error(valuePath, 'an annotation cannot have both body and bodyValue');
    return null;
  }
  if (item.bodyValue !== undefined) {
    const value = singleIri(item.bodyValue);
    if (value === null) {
      log.error(valuePath, `should be text, not ${describeJson(item.bodyValue)}`);
      return null;
    }
    out.notes.push(value);
  }
  let ok = true;
  for (const { value: body, path: bp } of oneOrMany(item.body, keyPath(path, 'body'))) {
    if (typeof body === 'string') {
      readResource(body, null, bp, out, log);
    } else if (!isJsonObject(body)) {
      log.error(bp, `should be a body, not ${describeJson(body)}`);
      ok = false;
    } else if (body.value !== undefined) {
      ok = readTextual(body, bp, out, log) && ok;
    } else if (body.source !== undefined) {
      const source = body.source;
      const iri = singleIri(source) ?? (isJsonObject(source) ? singleIri(source.id) : null);
      const label = isJsonObject(source) && typeof source.label === 'string' ? source.label : typeof body.label === 'string' ? body.label : null;
      if (namesOf(body.purpose).includes('identifying') && iri !== null) out.entities.push({ iri, name: label, path: bp });
      else log.warn(bp, 'is a resource this app does not keep (only entities it identifies): ignored');
    } else {
      readResource(singleIri(body.id), typeof body.label === 'string' ? body.label : null, bp, out, log);
    }
  }
  return ok ? out : null;
}

function readTextual(body: JsonObject, path: string, out: Bodies, log: ImportLog): boolean {
  const { value } = body;
  if (typeof value !== 'string') {
    log.error(keyPath(path, 'value'), `should be text, not ${describeJson(value)}`);
    return false;
  }
  const purposes = namesOf(body.purpose);
  if (purposes.some((p) => TAG_PURPOSES.includes(p))) {
    const tag = { label: value, tagId: stringOrNull(body['cc:tag']), kind: stringOrNull(body['cc:kind']), path };
    if (typeof body['cc:linkType'] === 'string') out.types.push({ ...tag, tagId: body['cc:linkType'] });
    else {
      out.tags.push(tag);
      out.types.push(tag);
    }
  } else if (purposes.includes('identifying')) out.entities.push({ iri: null, name: value, path });
  else out.notes.push(value);
  return true;
}

/** A bare resource body: an entity of ours, or something only a browser could show. */
function readResource(iri: string | null, label: string | null, path: string, out: Bodies, log: ImportLog): void {
  if (iri !== null && crosscheckIdOf(iri, 'entity') !== null) out.entities.push({ iri, name: label, path });
  else log.warn(path, `${iri === null ? 'is a resource' : `"${iri}" is a resource`} this app does not keep: ignored`);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
