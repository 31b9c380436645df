import type { ImportContext } from './importContext';
import { describeJson, keyPath, singleIri, type JsonObject } from './jsonPaths';
import { utcDateTime } from './utcDateTime';

export interface ItemHead {
  /** The annotation's IRI; null when it has none (the model requires one, hand-written files forget it). */
  iri: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Id and timestamps of an annotation. Null when one is malformed (logged as an error). */
export function readItemHead(item: JsonObject, path: string, ctx: ImportContext): ItemHead | null {
  const { log } = ctx;
  let ok = true;
  const given = singleIri(item.id);
  const iri = given === '' ? null : given;
  if (given === '' || item.id === undefined) log.warn(keyPath(path, 'id'), `is ${given === '' ? 'empty' : 'missing'}: the annotation gets a new id`);
  else if (given === null) {
    log.error(keyPath(path, 'id'), `should be one IRI, not ${describeJson(item.id)}`);
    ok = false;
  }
  const times: (string | null)[] = (['created', 'modified'] as const).map((key) => {
    const value = item[key];
    if (value === undefined) return null;
    const utc = typeof value === 'string' ? utcDateTime(value) : null;
    if (utc === null) {
      log.error(keyPath(path, key), `${describeJson(value)} is not a date-time (xsd:dateTime, such as 2018-02-08T10:15:00Z)`);
      ok = false;
    }
    return utc;
  });
  if (!ok) return null;
  const createdAt = times[0] ?? times[1] ?? ctx.now;
  return { iri, createdAt, updatedAt: times[1] ?? createdAt };
}
