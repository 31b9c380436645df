import { BUILT_IN_KINDS, type AttributeDef, type KindDef, type TagDef } from '../model/tagSchema';
import { countOf } from '../text/plural';

const HEX = /^#[0-9a-f]{6}$/i;

/** Why a tag cannot be saved as `tag`, or null. `others` are the project's other tags. */
export function refuseTag(tag: Pick<TagDef, 'label' | 'kind' | 'color' | 'key'>, others: readonly TagDef[], kinds: readonly KindDef[]): string | null {
  const label = tag.label.trim();
  if (!label) return 'A tag needs a name.';
  if (label.length > 40) return 'A tag name can have at most 40 characters.';
  const same = others.find((t) => t.label.trim().toLowerCase() === label.toLowerCase());
  if (same) return `There is already a tag named “${same.label}”.`;
  if (!kinds.some((k) => k.id === tag.kind)) return `There is no kind “${tag.kind}”; choose one of ${kinds.map((k) => k.label).join(', ')}.`;
  if (!HEX.test(tag.color)) return 'The colour must look like #D55E00.';
  if (tag.key !== '' && !/^[1-9]$/.test(tag.key)) return 'A tag’s key is one of 1 to 9, or none.';
  const taken = tag.key === '' ? undefined : others.find((t) => t.key === tag.key);
  if (taken) return `Key ${tag.key} already applies “${taken.label}”; give that tag another key first.`;
  return null;
}

/** Why a kind cannot be named `label`, or null. */
export function refuseKind(label: string, others: readonly KindDef[]): string | null {
  const name = label.trim();
  if (!name) return 'A kind needs a name.';
  if (name.length > 40) return 'A kind name can have at most 40 characters.';
  const same = others.find((k) => k.label.trim().toLowerCase() === name.toLowerCase());
  if (same) return `There is already a kind named “${same.label}”.`;
  return null;
}

/** Why a kind cannot be deleted, or null: the built-in kinds carry behaviour, and tags need a kind. */
export function refuseDeleteKind(kind: KindDef, tags: readonly TagDef[]): string | null {
  if (BUILT_IN_KINDS.includes(kind.id)) return `“${kind.label}” is built in: ${kind.id === 'claim' ? 'links join claims' : 'entities gather mentions'}. It can be renamed, not deleted.`;
  const used = tags.filter((t) => t.kind === kind.id);
  if (used.length) return `${countOf(used.length, 'tag', 'tags')} ${used.length === 1 ? 'is' : 'are'} of kind “${kind.label}” (${used.map((t) => t.label).join(', ')}); give ${used.length === 1 ? 'it' : 'them'} another kind first.`;
  return null;
}

/** Why an attribute cannot be saved as `attr` on a tag whose other attributes are `others`, or null. */
export function refuseAttribute(attr: Pick<AttributeDef, 'label' | 'type' | 'choices'>, others: readonly AttributeDef[]): string | null {
  const label = attr.label.trim();
  if (!label) return 'An attribute needs a name.';
  if (label.length > 40) return 'An attribute name can have at most 40 characters.';
  if (others.some((a) => a.label.trim().toLowerCase() === label.toLowerCase())) return `This tag already has an attribute named “${label}”.`;
  if (attr.type === 'choice') {
    const choices = attr.choices.map((c) => c.trim()).filter(Boolean);
    if (choices.length < 2) return 'A choice needs at least two values, one a line.';
    const seen = new Set<string>();
    for (const c of choices) {
      if (seen.has(c.toLowerCase())) return `The value “${c}” is listed twice.`;
      seen.add(c.toLowerCase());
    }
  }
  return null;
}

/** The first key from 1 to 9 no tag uses, or '' when all nine are taken. */
export function freeTagKey(tags: readonly TagDef[]): string {
  for (let k = 1; k <= 9; k++) if (!tags.some((t) => t.key === String(k))) return String(k);
  return '';
}
