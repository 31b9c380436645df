import type { Block, BlockType, InlineMark, InlineMarkType } from '../../model/article';
import { LINK_STATUSES, type LinkStatus } from '../../model/link';

/**
 * What brat cannot hold, written beside the collection as JSON Lines (one object a line, so a
 * bad row names its line and the others still read): links between documents and every
 * link's status and rationale, the canonical entities, and the articles' metadata and blocks.
 * A document is named by its base name (no `.txt`), an annotation by its T ID in that document.
 */
export const LINKS_FILE = 'crosscheck-links.jsonl';
export const ENTITIES_FILE = 'crosscheck-entities.jsonl';
export const ARTICLES_FILE = 'crosscheck-articles.jsonl';

export interface LinkRow {
  fromDoc: string;
  fromT: string;
  toDoc: string;
  toT: string;
  /** The link type's id in the project that exported it. */
  type: string;
  /** Its brat type name, to find it by in another project. */
  typeName: string;
  status: LinkStatus;
  reason: string;
  rationale: string;
  why?: string;
  /** The R line that holds the link in its document, or null when no line does (across documents, rejected). */
  relation: string | null;
}

export interface EntityRow {
  id: string;
  name: string;
  /** The id of the tag its mentions carry, in the project that exported it. */
  type: string;
  /** That tag's brat type name, to find it by in another project. */
  typeName: string;
  aliases: string[];
}

export interface ArticleRow {
  doc: string;
  title: string;
  source: string;
  publishedAt: string;
  url: string;
  language: string;
  blocks: Block[];
  marks: InlineMark[];
}

export function writeJsonLines(rows: readonly object[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface ReadRows<T> {
  rows: { row: T; line: number }[];
  problems: RowProblem[];
}

type Fields = Record<string, unknown>;

/** Each line parsed and checked by `read`, which says what is wrong or returns the row. */
function readLines<T>(text: string, read: (o: Fields) => T | string): ReadRows<T> {
  const out: ReadRows<T> = { rows: [], problems: [] };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      out.problems.push({ line, message: 'is not valid JSON; the row was skipped' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.problems.push({ line, message: 'is not a JSON object; the row was skipped' });
      return;
    }
    const row = read(value as Fields);
    if (typeof row === 'string') out.problems.push({ line, message: `${row}; the row was skipped` });
    else out.rows.push({ row, line });
  });
  return out;
}

const text = (o: Fields, key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null);

function needText(o: Fields, keys: readonly string[]): string | null {
  const missing = keys.find((k) => text(o, k) === null);
  return missing ? `${missing} should be text` : null;
}

export function readLinkRows(source: string): ReadRows<LinkRow> {
  return readLines(source, (o) => {
    const bad = needText(o, ['fromDoc', 'fromT', 'toDoc', 'toT', 'type', 'status']);
    if (bad) return bad;
    const status = o.status as string;
    if (!(LINK_STATUSES as readonly string[]).includes(status)) return `status “${status}” is not one of ${LINK_STATUSES.join(', ')}`;
    const relation = text(o, 'relation');
    const why = text(o, 'why');
    return {
      fromDoc: o.fromDoc as string,
      fromT: o.fromT as string,
      toDoc: o.toDoc as string,
      toT: o.toT as string,
      type: o.type as string,
      typeName: text(o, 'typeName') ?? (o.type as string),
      status: status as LinkStatus,
      reason: text(o, 'reason') ?? '',
      rationale: text(o, 'rationale') ?? '',
      ...(why !== null ? { why } : {}),
      relation,
    };
  });
}

export function readEntityRows(source: string): ReadRows<EntityRow> {
  return readLines(source, (o) => {
    const bad = needText(o, ['id', 'name']);
    if (bad) return bad;
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [];
    return { id: o.id as string, name: o.name as string, type: text(o, 'type') ?? '', typeName: text(o, 'typeName') ?? '', aliases };
  });
}

const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'heading', 'quote', 'list-item'];
const MARK_TYPES: readonly InlineMarkType[] = ['em', 'strong', 'code', 'link'];

function ranges<T extends { type: string; start: number; end: number }>(value: unknown, types: readonly string[]): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const r = item as Fields;
    if (typeof r.type !== 'string' || !types.includes(r.type) || !Number.isInteger(r.start) || !Number.isInteger(r.end)) return null;
    out.push(r as T);
  }
  return out;
}

export function readArticleRows(source: string): ReadRows<ArticleRow> {
  return readLines(source, (o) => {
    const bad = needText(o, ['doc']);
    if (bad) return bad;
    const blocks = ranges<Block>(o.blocks ?? [], BLOCK_TYPES);
    const marks = ranges<InlineMark>(o.marks ?? [], MARK_TYPES);
    if (!blocks) return 'blocks should be a list of {type, start, end}';
    if (!marks) return 'marks should be a list of {type, start, end}';
    return {
      doc: o.doc as string,
      title: text(o, 'title') ?? '',
      source: text(o, 'source') ?? '',
      publishedAt: text(o, 'publishedAt') ?? '',
      url: text(o, 'url') ?? '',
      language: text(o, 'language') ?? '',
      blocks,
      marks,
    };
  });
}
