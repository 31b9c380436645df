import { DEFAULT_KINDS, defaultTags, type KindDef, type TagDef } from '../core/model/tagSchema';

interface Version3Tag {
  id: string;
  label: string;
  kind: string;
  color: string;
  key: string;
}

function isVersion3Tag(value: unknown): value is Version3Tag {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return ['id', 'label', 'kind', 'color', 'key'].every((f) => typeof t[f] === 'string');
}

/**
 * The tags and kinds of a version 3 project, whose schema was one value in `meta`: its tags
 * in their list order, and a kind for every kind they use. A project that never saved a
 * schema (or saved one that does not read) gets the defaults, as it showed them.
 */
export function tagsFromVersion3(value: unknown): { tags: TagDef[]; kinds: KindDef[] } {
  const list = typeof value === 'object' && value !== null ? (value as { tags?: unknown }).tags : undefined;
  const old = Array.isArray(list) ? list.filter(isVersion3Tag) : [];
  const tags = old.length ? old.map((t, i) => ({ ...t, order: i + 1, attributes: [] })) : defaultTags();
  const kinds = DEFAULT_KINDS.map((k) => ({ ...k }));
  for (const kind of new Set(tags.map((t) => t.kind))) {
    if (!kinds.some((k) => k.id === kind)) kinds.push({ id: kind, label: kind.charAt(0).toUpperCase() + kind.slice(1), order: kinds.length + 1 });
  }
  return { tags, kinds };
}
