export interface TagDef {
  id: string;
  label: string;
  /** `claim` or `entity`, or another kind a project adds. */
  kind: string;
  /** Hex colour, #RRGGBB. */
  color: string;
  /** The key that applies the tag to a selection. */
  key: string;
}

export interface TagSchema {
  version: 1;
  tags: TagDef[];
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

export function defaultTagSchema(): TagSchema {
  return {
    version: 1,
    tags: DEFAULT_TAGS.map(([id, label, kind], i) => ({
      id,
      label,
      kind,
      color: OKABE_ITO[i % OKABE_ITO.length] ?? '#999999',
      key: String(i + 1),
    })),
  };
}

export function findTag(schema: TagSchema, id: string): TagDef | undefined {
  return schema.tags.find((t) => t.id === id);
}

export function tagForKey(schema: TagSchema, key: string): TagDef | undefined {
  return schema.tags.find((t) => t.key === key);
}
