/** Which column of the table holds each field of an article; values are column names. */
export interface ColumnMapping {
  title?: string;
  text: string;
  outlet?: string;
  date?: string;
  url?: string;
  label?: string;
  id?: string;
}

export type MappingField = keyof ColumnMapping;

/** The fields in the order the mapping form shows them, with the words its messages use. */
export const MAPPING_FIELDS: readonly { field: MappingField; label: string }[] = [
  { field: 'text', label: 'text' },
  { field: 'title', label: 'title' },
  { field: 'outlet', label: 'outlet' },
  { field: 'date', label: 'date' },
  { field: 'url', label: 'URL' },
  { field: 'label', label: 'label' },
  { field: 'id', label: 'id' },
];

/**
 * Column names each field goes by in published news data sets, best first, compared without
 * case, spaces or punctuation ("Published At", "published_at" and "publishedAt" are one).
 * The summary-like names come last for the text: some sets (HuffPost's News Category) have
 * nothing longer.
 */
const NAMES: Record<MappingField, readonly string[]> = {
  text: ['text', 'body', 'content', 'article', 'articletext', 'articlebody', 'fulltext', 'maintext', 'story', 'description', 'shortdescription', 'summary', 'abstract'],
  title: ['title', 'headline', 'heading', 'articletitle', 'head'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'sitename', 'publication', 'sourcename', 'newspaper', 'media', 'domain'],
  date: ['date', 'published', 'publishedat', 'publishedon', 'pubdate', 'publishdate', 'publicationdate', 'datepublished', 'datetime'],
  url: ['url', 'link', 'href', 'articleurl', 'sourceurl', 'uri'],
  label: ['label', 'class', 'category', 'stance', 'labels', 'topic'],
  id: ['id', 'articleid', 'guid', 'docid', 'uuid', 'uid'],
};

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A mapping from the columns' names, each column used once, or null when no column looks like the text. */
export function guessMapping(columns: readonly string[]): ColumnMapping | null {
  const used = new Set<string>();
  const pick = (field: MappingField): string | undefined => {
    for (const name of NAMES[field]) {
      const column = columns.find((c) => !used.has(c) && key(c) === name);
      if (column !== undefined) {
        used.add(column);
        return column;
      }
    }
    return undefined;
  };
  const text = pick('text');
  if (text === undefined) return null;
  const mapping: ColumnMapping = { text };
  for (const { field } of MAPPING_FIELDS) {
    if (field === 'text') continue;
    const column = pick(field);
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}

/** Why the mapping cannot be used with these columns, in words for the mapping form, or null. */
export function refuseMapping(mapping: ColumnMapping, columns: readonly string[]): string | null {
  if (!mapping.text) return 'Choose the column that holds the article text.';
  const fieldOf = new Map<string, string>();
  for (const { field, label } of MAPPING_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === '') continue;
    if (!columns.includes(column)) return `There is no column “${column}” in this file.`;
    const earlier = fieldOf.get(column);
    if (earlier !== undefined) return `The column “${column}” is used for both ${earlier} and ${label}; a column can fill one field.`;
    fieldOf.set(column, label);
  }
  return null;
}
