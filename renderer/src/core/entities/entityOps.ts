import type { RowOp } from '../changes/rowOp';
import { annotationText, type Annotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import { nameKey } from './nameKey';

/** The name and aliases an entity goes by. */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases];
}

/** `names` with those `entity` does not yet go by (compared by name key), for its aliases. */
export function aliasesWith(entity: Pick<Entity, 'name' | 'aliases'>, names: readonly string[]): string[] {
  const known = new Set(namesOf(entity).map(nameKey));
  const aliases = [...entity.aliases];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = nameKey(name);
    if (!name || known.has(key)) continue;
    known.add(key);
    aliases.push(name);
  }
  return aliases;
}

/** Why an entity cannot take this name, or null. */
export function refuseEntityName(name: string, entities: readonly Entity[], self?: string): string | null {
  const clean = name.trim();
  if (!clean) return 'An entity needs a name.';
  if (clean.length > 120) return 'An entity name can have at most 120 characters.';
  const same = entities.find((e) => e.id !== self && e.name.trim().toLowerCase() === clean.toLowerCase());
  if (same) return `There is already an entity named “${same.name}”; link the mention to it, or merge the two.`;
  return null;
}

/** A new entity named after `mention`, with the mention linked to it. */
export function newEntityOps(id: string, name: string, type: string, mentions: readonly Annotation[], at: string): RowOp[] {
  const clean = name.trim().replace(/\s+/g, ' ');
  const entity: Entity = { id, name: clean, type, aliases: aliasesWith({ name: clean, aliases: [] }, mentions.map(annotationText)), createdAt: at, updatedAt: at };
  return [{ table: 'entities', op: 'create', row: entity }, ...mentions.map((m) => linkOp(m.id, id))];
}

/**
 * Links the mentions to `entity`; the mention texts it does not yet go by become aliases,
 * so the next "IS" finds Islamic State by name.
 */
export function linkMentionsOps(entity: Entity, mentions: readonly Annotation[]): RowOp[] {
  const ops: RowOp[] = mentions.filter((m) => m.entityId !== entity.id).map((m) => linkOp(m.id, entity.id));
  const aliases = aliasesWith(entity, mentions.map(annotationText));
  if (aliases.length !== entity.aliases.length) ops.push({ table: 'entities', op: 'update', id: entity.id, set: { aliases } });
  return ops;
}

export function unlinkMentionOp(mentionId: string): RowOp {
  return linkOp(mentionId, null);
}

function linkOp(mentionId: string, entityId: string | null): RowOp {
  return { table: 'annotations', op: 'update', id: mentionId, set: { entityId } };
}

/** The other mentions of the project that read the same as `mention` and are linked to no entity. */
export function sameTextMentions(mention: Annotation, mentions: readonly Annotation[]): Annotation[] {
  const key = nameKey(annotationText(mention));
  return mentions.filter((m) => m.id !== mention.id && m.kind === 'entity' && m.entityId === null && nameKey(annotationText(m)) === key);
}

/**
 * Merges `gone` into `keep`: every mention of `gone` moves to `keep`, its name and aliases
 * join `keep`'s aliases, and claims that name `gone` as who is counted or who said it name
 * `keep`. `referring` are the annotations that point at `gone`, read in the store.
 */
export function mergeEntitiesOps(keep: Entity, gone: Entity, referring: readonly Annotation[]): RowOp[] {
  const ops: RowOp[] = [];
  for (const a of referring) {
    const set: Partial<Annotation> = {};
    if (a.entityId === gone.id) set.entityId = keep.id;
    if (a.figure?.countedEntityId === gone.id) set.figure = { ...a.figure, countedEntityId: keep.id };
    if (a.attribution?.entityId === gone.id) set.attribution = { ...a.attribution, entityId: keep.id };
    if (Object.keys(set).length) ops.push({ table: 'annotations', op: 'update', id: a.id, set });
  }
  ops.push({ table: 'entities', op: 'update', id: keep.id, set: { aliases: aliasesWith(keep, namesOf(gone)) } });
  ops.push({ table: 'entities', op: 'delete', id: gone.id });
  return ops;
}

/**
 * Splits `mention` off `entity` into a new entity named as the mention reads: it undoes a
 * merge for that mention. The mention's text stops being an alias of `entity` unless another
 * of its mentions still reads that way.
 */
export function splitMentionOps(id: string, mention: Annotation, entity: Entity, mentionsOfEntity: readonly Annotation[], at: string): RowOp[] {
  const text = annotationText(mention);
  const key = nameKey(text);
  const stillRead = mentionsOfEntity.some((m) => m.id !== mention.id && nameKey(annotationText(m)) === key);
  const ops = newEntityOps(id, text, entity.type, [mention], at);
  const aliases = entity.aliases.filter((a) => stillRead || nameKey(a) !== key);
  if (aliases.length !== entity.aliases.length) ops.push({ table: 'entities', op: 'update', id: entity.id, set: { aliases } });
  return ops;
}

/** Renames `entity`; the old name stays as an alias, since the articles still use it. */
export function renameEntityOps(entity: Entity, name: string): RowOp[] {
  const clean = name.trim().replace(/\s+/g, ' ');
  const aliases = aliasesWith({ name: clean, aliases: entity.aliases.filter((a) => nameKey(a) !== nameKey(clean)) }, [entity.name]);
  return [{ table: 'entities', op: 'update', id: entity.id, set: { name: clean, aliases } }];
}

/** Deletes the entity; the store unlinks its mentions in the same transaction. */
export function deleteEntityOp(id: string): RowOp {
  return { table: 'entities', op: 'delete', id };
}
