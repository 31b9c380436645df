import type { Entity } from '../../model/entity';
import type { ImportLog } from './importLog';
import { describeJson, isJsonObject, keyPath, type Located } from './jsonPaths';
import { utcDateTime } from './utcDateTime';
import { crosscheckIdOf } from './w3cIds';

/** The entities of our export (`cc:entities`), each checked; a malformed one is an error, a repeated id too. */
export function readEntities(entries: readonly Located[], log: ImportLog, now: string): Entity[] {
  const out: Entity[] = [];
  const seen = new Map<string, string>();
  for (const { value, path } of entries) {
    if (!isJsonObject(value)) {
      log.error(path, `should be an entity, not ${describeJson(value)}`);
      continue;
    }
    let ok = true;
    const fail = (key: string, message: string): void => {
      log.error(keyPath(path, key), message);
      ok = false;
    };
    const id = typeof value.id === 'string' ? crosscheckIdOf(value.id, 'entity') : null;
    if (id === null) fail('id', `should be an entity IRI (urn:crosscheck:entity:…), not ${describeJson(value.id)}`);
    const name = typeof value.label === 'string' ? value.label : '';
    if (!name.trim()) fail('label', `should be the entity's name, not ${describeJson(value.label)}`);
    const type = value['cc:entityType'];
    if (typeof type !== 'string') fail('cc:entityType', `should be text, not ${describeJson(type)}`);
    const aliases = value['cc:aliases'] ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail('cc:aliases', 'should be a list of names');
    const times = (['created', 'modified'] as const).map((key) => {
      const t = value[key];
      const utc = typeof t === 'string' ? utcDateTime(t) : null;
      if (t !== undefined && utc === null) fail(key, `${describeJson(t)} is not a date-time`);
      return utc;
    });
    if (!ok || id === null) continue;
    const before = seen.get(id);
    if (before !== undefined) {
      log.error(keyPath(path, 'id'), `"${String(value.id)}" is also the id of ${before}`);
      continue;
    }
    seen.set(id, path);
    const createdAt = times[0] ?? times[1] ?? now;
    out.push({ id, name, type: String(type), aliases: (aliases as string[]).slice(), createdAt, updatedAt: times[1] ?? createdAt });
  }
  return out;
}
