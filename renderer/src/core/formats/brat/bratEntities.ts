import { aliasesWith } from '../../entities/entityOps';
import { annotationText, type Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import type { Equivalence, Normalization } from './buildBratDocument';
import type { ReportBuilder } from './reportBuilder';

/** The database name the export gives the app's own entities: `crosscheck:<entity id>`. */
export const CROSSCHECK_DB = 'crosscheck';

export interface EntityInput {
  /** Entities read from crosscheck-entities.jsonl, by id. */
  known: Map<string, Entity>;
  normalizations: readonly Normalization[];
  equivalences: readonly Equivalence[];
  report: ReportBuilder;
  newId: (prefix: string) => string;
  now: string;
}

/**
 * Canonical entities from brat: one per distinct DB:ENTRY across the whole import (so the same
 * Wikipedia entry in two documents is one entity), named by the line's TAIL; `crosscheck:<id>`
 * keeps the id it had in the project that exported it. Then each equivalence (`* Alias T1 T2`)
 * makes its members mentions of one entity: the one a member is already linked to, or a new
 * one named by its first member. Links the mentions (`entityId`) and returns every entity.
 */
export function resolveEntities(input: EntityInput): Entity[] {
  const { known, report } = input;
  const made = new Map<string, Entity>();
  const mentions = new Map<Entity, Annotation[]>();
  const mention = (entity: Entity, a: Annotation) => {
    a.entityId = entity.id;
    const list = mentions.get(entity);
    if (list) list.push(a);
    else mentions.set(entity, [a]);
  };
  const create = (id: string, name: string, first: Annotation): Entity => {
    const entity: Entity = { id, name: name.trim().replace(/\s+/g, ' ') || annotationText(first), type: first.tag, aliases: [], createdAt: input.now, updatedAt: input.now };
    made.set(entity.id, entity);
    return entity;
  };
  const byEntry = new Map<string, Entity>();

  for (const n of input.normalizations) {
    const key = `${n.db}:${n.entry}`;
    let entity = byEntry.get(key);
    if (!entity) {
      const id = n.db === CROSSCHECK_DB ? decodeEntry(n.entry) : null;
      entity = (id !== null ? (known.get(id) ?? made.get(id)) : undefined) ?? create(id ?? input.newId('e'), n.name || key, n.annotation);
      byEntry.set(key, entity);
    }
    if (n.annotation.entityId !== null && n.annotation.entityId !== entity.id) {
      report.skip(n.file, n.line, `the annotation is already linked to another entry; this ${key} was skipped`);
      continue;
    }
    mention(entity, n.annotation);
    report.count('normalizations');
  }

  for (const eq of input.equivalences) {
    const byId = new Map([...known.values(), ...made.values()].map((e) => [e.id, e]));
    const linked = [...new Set(eq.members.map((m) => m.entityId).filter((id): id is string => id !== null))].map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
    const [first] = eq.members;
    if (!first) continue;
    const entity = linked[0] ?? create(input.newId('e'), annotationText(first), first);
    for (const m of eq.members) if (m.entityId === null) mention(entity, m);
    const members = listed(eq.ids);
    const message =
      linked.length === 0
        ? `the ${eq.type} equivalence of ${members} became one entity, “${entity.name}”, with all of them its mentions`
        : linked.length === 1
          ? `the ${eq.type} equivalence of ${members}: the members not yet linked became mentions of “${entity.name}”, the entity of the others`
          : `the ${eq.type} equivalence of ${members} joins mentions of different entities (${linked.map((e) => `“${e.name}”`).join(', ')}); the members not yet linked became mentions of “${entity.name}”, the others were left as they were`;
    report.warn(eq.file, eq.line, message);
    report.count('equivalences');
  }

  // Entities made here go by the names their mentions use; those of the sidecar keep theirs.
  for (const entity of made.values()) entity.aliases = aliasesWith(entity, (mentions.get(entity) ?? []).map(annotationText));
  return [...known.values(), ...made.values()];
}

function decodeEntry(entry: string): string {
  try {
    return decodeURIComponent(entry);
  } catch {
    return entry;
  }
}

function listed(ids: readonly string[]): string {
  return ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}
