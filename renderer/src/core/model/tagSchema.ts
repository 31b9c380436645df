export type AttributeType = 'text' | 'number' | 'choice';

/** A field an annotation of a tag carries, stored in `Annotation.attributes[id]`. */
export interface AttributeDef {
  id: string;
  label: string;
  type: AttributeType;
  /** The values a `choice` offers, in order; empty for the other types. */
  choices: string[];
}

export interface TagDef {
  id: string;
  label: string;
  /** `claim` or `entity`, or another kind a project adds. */
  kind: string;
  /** Hex colour, #RRGGBB. */
  color: string;
  /** The key 1-9 that applies the tag to a selection, or '' for none. */
  key: string;
  /** Sort key: tags show in this order. A number, so moving one tag changes that tag's row alone. */
  order: number;
  attributes: AttributeDef[];
}

/** A kind of annotation. `claim` and `entity` are built in: links join claims, entities gather mentions. */
export interface KindDef {
  id: string;
  label: string;
  order: number;
}

export const BUILT_IN_KINDS: readonly string[] = ['claim', 'entity'];

/** The project's tags and kinds, each list in its order: what screens read. The rows are stored one by one. */
export interface TagSchema {
  tags: TagDef[];
  kinds: KindDef[];
}

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'] as const;

const DEFAULT_TAGS: readonly [string, string, string][] = [
  ['claim', 'Claim', 'claim'],
  ['person', 'Person', 'entity'],
  ['organization', 'Organization', 'entity'],
  ['group', 'Group', 'entity'],
  ['location', 'Location', 'entity'],
  ['facility', 'Facility', 'entity'],
  ['date', 'Date', 'entity'],
  ['quantity', 'Quantity', 'entity'],
];

export const DEFAULT_KINDS: readonly KindDef[] = [
  { id: 'claim', label: 'Claim', order: 1 },
  { id: 'entity', label: 'Entity', order: 2 },
];

export function defaultTags(): TagDef[] {
  return DEFAULT_TAGS.map(([id, label, kind], i) => ({
    id,
    label,
    kind,
    color: OKABE_ITO[i % OKABE_ITO.length] ?? '#999999',
    key: String(i + 1),
    order: i + 1,
    attributes: [],
  }));
}

export function defaultTagSchema(): TagSchema {
  return { tags: defaultTags(), kinds: DEFAULT_KINDS.map((k) => ({ ...k })) };
}

/** Rows as stored, in their order (ties by id, so two copies that raced agree). */
export function inOrder<T extends { order: number; id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function findTag(schema: TagSchema, id: string): TagDef | undefined {
  return schema.tags.find((t) => t.id === id);
}

export function tagForKey(schema: TagSchema, key: string): TagDef | undefined {
  return key ? schema.tags.find((t) => t.key === key) : undefined;
}
