import type { Annotation } from '../../model/annotation';
import { newId } from '../../model/ids';
import type { ImportContext } from './importContext';
import { describeJson, type JsonObject, type Located } from './jsonPaths';
import { readBodies } from './readBodies';
import { readExtensions } from './readExtensions';
import { readItemHead } from './readItemHead';
import { readPassageTargets } from './readPassageTargets';
import { resolveEntity } from './resolveEntity';
import { resolveTag } from './resolveTag';
import { crosscheckIdOf } from './w3cIds';

export interface PassageRead {
  annotation: Annotation;
  /** The IRI links in the file use for it. */
  iri: string | null;
  path: string;
  orphan: boolean;
}

/**
 * One annotation of a passage (ours or another tool's) as the app stores it. Our ids are
 * kept, so importing our own export again gives the same rows; other tools' get new ones.
 * Null when it is malformed or cannot be placed (logged).
 */
export function readPassage({ value: item, path }: Located<JsonObject>, ctx: ImportContext): PassageRead | null {
  const head = readItemHead(item, path, ctx);
  const bodies = readBodies(item, path, ctx.log);
  const place = readPassageTargets(item.target, path, ctx);
  if (!head || !bodies || !place) return null;
  const tag = resolveTag(bodies.tags, path, ctx);
  if (!tag) return null;
  const extensions = readExtensions(item, path, ctx);
  if (!extensions) return null;

  let entityId: string | null = null;
  const [entity, ...more] = bodies.entities;
  if (entity && tag.kind !== 'entity') ctx.log.warn(entity.path, `identifies an entity, but tag ${describeJson(tag.label)} is not of kind entity: the entity is left off`);
  else if (entity) entityId = resolveEntity(entity, 'the mention is kept without it', ctx);
  for (const extra of more) ctx.log.warn(extra.path, 'a mention has one entity; this second one is left off');

  const annotation: Annotation = {
    id: (head.iri === null ? null : crosscheckIdOf(head.iri, 'annotation')) ?? newId('a'),
    articleId: place.text.article.id,
    kind: tag.kind,
    tag: tag.id,
    ranges: place.targets.map((t) => t.range),
    quotes: place.targets.map((t) => t.quote),
    note: bodies.notes.join('\n\n'),
    attributes: extensions.attributes,
    entityId,
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
  };
  if (extensions.figure !== undefined) annotation.figure = extensions.figure;
  if (extensions.attribution !== undefined) annotation.attribution = extensions.attribution;
  return { annotation, iri: head.iri, path, orphan: place.orphan };
}
