/**
 * Names in a brat collection: type names (`[A-Za-z0-9_-]+`, what annotation.conf allows), how
 * a type found in a file is matched to a tag or link type of the project, and file names.
 */

const MARKS = /\p{M}/gu;

/** A brat type name for a label: accents dropped, other runs of characters made `_`; '' when nothing is left. */
export function bratTypeName(label: string): string {
  return label
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The key type names are compared by: case, and `_` against space, do not count. */
export function typeKey(name: string): string {
  return name.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/** Whether a type read from brat names this tag, link type or attribute, by its label or its id. */
export function namesThing(type: string, thing: { id: string; label: string }): boolean {
  const key = typeKey(type);
  if (key === typeKey(thing.label) || key === typeKey(thing.id)) return true;
  // What the export wrote for a label with other characters ("Revises (count)" → Revises_count).
  const lower = type.toLowerCase();
  return [thing.label, thing.id].some((name) => {
    const safe = bratTypeName(name);
    return safe !== '' && safe.toLowerCase() === lower;
  });
}

/** visual.conf gives these names a meaning of their own. */
const RESERVED = ['span_default', 'arc_default'];

/** Hands out distinct names (case-insensitively, for case-insensitive file systems and readers): a second "Claim" is "Claim_2". */
export class NameAllocator {
  private readonly taken = new Set<string>(RESERVED);

  constructor(private readonly separator = '_') {}

  take(wanted: string, fallback: string): string {
    const base = wanted || fallback;
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${this.separator}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

const SLUG_LENGTH = 40;

/** A file-name slug of a title: lower-case ASCII words joined by `-`, at most 40 characters. */
export function slug(title: string): string {
  const full = title.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (full.length <= SLUG_LENGTH) return full;
  const cut = full.slice(0, SLUG_LENGTH + 1);
  const word = cut.lastIndexOf('-');
  return (word > SLUG_LENGTH / 2 ? cut.slice(0, word) : cut.slice(0, SLUG_LENGTH)).replace(/-+$/, '');
}

/**
 * The base name of each article's `.txt` and `.ann`: a slug of its title for people, then its
 * id, which makes the name unique and keeps it the same from one export to the next whatever
 * else the export holds.
 */
export function documentNames(articles: readonly { id: string; title: string }[]): Map<string, string> {
  const names = new NameAllocator('-');
  const out = new Map<string, string>();
  for (const article of articles) {
    const id = article.id.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'article';
    const words = slug(article.title);
    out.set(article.id, names.take(words ? `${words}-${id}` : id, 'article'));
  }
  return out;
}
