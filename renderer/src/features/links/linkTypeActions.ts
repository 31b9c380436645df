import { freeLinkTypeKey, refuseLinkType } from '../../core/links/linkRules';
import type { LinkTypeDef } from '../../core/model/link';
import { newId } from '../../core/model/ids';
import { countOf } from '../../core/text/plural';
import type { ProjectRepository } from '../../storage/projectRepository';
import type { ActionHistory } from '../history/actionHistory';

export interface NewLinkType {
  label: string;
  color: string;
  directed: boolean;
}

/** Adds a project link type with the first free key; returns why it was refused, or null. */
export function addLinkType(history: ActionHistory, existing: readonly LinkTypeDef[], input: NewLinkType): string | null {
  const row: LinkTypeDef = { id: newId('lt'), label: input.label.trim(), color: input.color, directed: input.directed, key: freeLinkTypeKey(existing) ?? '' };
  const refusal = refuseLinkType(row, existing);
  if (refusal) return refusal;
  history.execute(`Add link type ${row.label}`, [{ table: 'linkTypes', op: 'create', row }]).stored.catch(() => undefined);
  return null;
}

/** Deletes a project link type no link uses; says how many use it otherwise. Built-in types stay. */
export async function deleteLinkType(history: ActionHistory, repo: ProjectRepository, type: LinkTypeDef, builtIn: boolean): Promise<string | null> {
  if (builtIn) return `${type.label} is built in and stays.`;
  const used = await repo.countLinksOfType(type.id);
  if (used > 0) return `${countOf(used, 'link has', 'links have')} the type ${type.label}; give ${used === 1 ? 'it' : 'them'} another type first.`;
  history.execute(`Delete link type ${type.label}`, [{ table: 'linkTypes', op: 'delete', id: type.id }]).stored.catch(() => undefined);
  return null;
}
