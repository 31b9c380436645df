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
