import type { Annotation } from '../model/annotation';
import type { Link, LinkTypeDef } from '../model/link';

/**
 * Why a link of `type` from `from` to `to` cannot be made, or null when it can. `existing`
 * are the links already stored that touch either claim.
 */
export function refuseLink(from: Annotation, to: Annotation, type: LinkTypeDef, existing: readonly Link[]): string | null {
  if (from.id === to.id) return 'A claim cannot be linked to itself.';
  for (const [end, name] of [
    [from, 'first'],
    [to, 'second'],
  ] as const) {
    if (end.kind !== 'claim') return `${type.label} links claims; the ${name} annotation is ${article(end.tag)} ${end.tag} mention, not a claim.`;
  }
  const same = existing.find(
    (l) => l.type === type.id && ((l.fromId === from.id && l.toId === to.id) || (!type.directed && l.fromId === to.id && l.toId === from.id)),
  );
  if (same) return `These two claims are already linked as ${type.label.toLowerCase()}.`;
  return null;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Why a new link type cannot be added as given, or null. Keys 1-9 pick a type after L, so each is used once. */
export function refuseLinkType(type: Pick<LinkTypeDef, 'label' | 'color' | 'key'>, existing: readonly LinkTypeDef[]): string | null {
  const label = type.label.trim();
  if (!label) return 'A link type needs a name.';
  if (label.length > 40) return 'A link type name can have at most 40 characters.';
  if (existing.some((t) => t.label.toLowerCase() === label.toLowerCase())) return `There is already a link type named “${label}”.`;
  if (!/^#[0-9a-f]{6}$/i.test(type.color)) return 'The colour must look like #D55E00.';
  if (!/^[1-9]$/.test(type.key)) return 'Keys 1 to 9 pick link types, and all nine are taken.';
  if (existing.some((t) => t.key === type.key)) return `Key ${type.key} already picks another type.`;
  return null;
}

/** The first key from 1 to 9 no type uses, or null when all are taken. */
export function freeLinkTypeKey(existing: readonly LinkTypeDef[]): string | null {
  for (let k = 1; k <= 9; k++) if (!existing.some((t) => t.key === String(k))) return String(k);
  return null;
}
