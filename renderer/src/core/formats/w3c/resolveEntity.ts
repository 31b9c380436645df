import type { ImportContext } from './importContext';
import { describeJson } from './jsonPaths';
import type { EntityRef } from './readBodies';
import { crosscheckIdOf } from './w3cIds';

/**
 * The project entity a body or one of our terms names: by our IRI, else by name or alias (a
 * foreign vocabulary's IRI means nothing here, its label may). Entities are not made up from
 * a name alone, as the analyst decides what is one thing; an unknown one is reported and
 * left off, `what` saying what keeps going without it.
 */
export function resolveEntity(ref: EntityRef, what: string, ctx: ImportContext): string | null {
  const id = ref.iri === null ? null : crosscheckIdOf(ref.iri, 'entity');
  if (id !== null && ctx.entities.has(id)) return id;
  const name = ref.name?.trim().toLowerCase();
  if (name) {
    for (const entity of ctx.entities.values()) {
      if ([entity.name, ...entity.aliases].some((n) => n.trim().toLowerCase() === name)) return entity.id;
    }
  }
  ctx.log.warn(ref.path, `entity ${describeJson(ref.iri ?? ref.name ?? '')} is not in this file or the project: ${what}`);
  return null;
}
