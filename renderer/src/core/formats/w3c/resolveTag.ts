import type { TagDef } from '../../model/tagSchema';
import type { ImportContext } from './importContext';
import { describeJson, keyPath } from './jsonPaths';
import type { TagCandidate } from './readBodies';

/** A project tag by our id, else by label or id, case-insensitively (what another tool would write). */
export function findTag(tags: readonly TagDef[], candidate: TagCandidate): TagDef | undefined {
  const byId = candidate.tagId === null ? undefined : tags.find((t) => t.id === candidate.tagId);
  if (byId) return byId;
  const label = candidate.label.trim().toLowerCase();
  return tags.find((t) => t.label.toLowerCase() === label) ?? tags.find((t) => t.id.toLowerCase() === label);
}

/**
 * The project tag of an annotation: the first tagging body that names one. Tags the project
 * does not have are not invented (a tag is a schema decision): with a fallback tag the
 * annotation takes it, else it is skipped; either way the label is reported.
 */
export function resolveTag(candidates: readonly TagCandidate[], path: string, ctx: ImportContext): TagDef | null {
  const { log } = ctx;
  let tag: TagDef | undefined;
  const unknown: TagCandidate[] = [];
  for (const candidate of candidates) {
    const found = findTag(ctx.tags, candidate);
    if (found && !tag) tag = found;
    else if (!found) unknown.push(candidate);
  }
  const list = ctx.tags.map((t) => t.label).join(', ');
  if (tag) {
    for (const u of unknown) log.warn(u.path, `tag ${describeJson(u.label)} is not one of the project's tags: dropped (the annotation is tagged ${describeJson(tag.label)})`);
    const kind = candidates.find((c) => findTag(ctx.tags, c) === tag)?.kind;
    if (kind && kind !== tag.kind) log.warn(keyPath(path, 'body'), `says kind ${describeJson(kind)}, but tag ${describeJson(tag.label)} is of kind ${describeJson(tag.kind)} in this project: the project's kind is used`);
    return tag;
  }
  const fallback = ctx.fallbackTag;
  if (fallback) {
    if (unknown.length === 0) log.warn(path, `has no tag: tagged ${describeJson(fallback.label)}`);
    for (const u of unknown) log.warn(u.path, `tag ${describeJson(u.label)} is not one of the project's tags (${list}): tagged ${describeJson(fallback.label)} instead`);
    return fallback;
  }
  const first = unknown[0];
  if (first) log.skip(first.path, `tag ${describeJson(first.label)} is not one of the project's tags (${list}): annotation skipped`);
  else log.skip(path, `has no tagging body naming one of the project's tags (${list}): annotation skipped`);
  return null;
}
