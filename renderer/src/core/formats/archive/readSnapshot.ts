import type { Annotation, AttributeValue, TextQuote } from '../../model/annotation';
import type { Article, ArticleFormat, Block, BlockType, InlineMark, InlineMarkType } from '../../model/article';
import type { Entity } from '../../model/entity';
import type { Attribution, CountedThing, Figure, FigureQualifier } from '../../model/figure';
import { LINK_STATUSES, type Link, type LinkTypeDef } from '../../model/link';
import type { AttributeDef, AttributeType, KindDef, TagDef } from '../../model/tagSchema';
import type { ProjectSnapshot } from '../projectSnapshot';
import type { FieldReader } from './checkFields';

const FORMATS: readonly ArticleFormat[] = ['text', 'markdown', 'html', 'seed', 'table', 'brat', 'archive'];
const BLOCKS: readonly BlockType[] = ['paragraph', 'heading', 'quote', 'list-item'];
const MARKS: readonly InlineMarkType[] = ['em', 'strong', 'code', 'link'];
const QUALIFIERS: readonly FigureQualifier[] = ['exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'about', 'range', 'vague'];
const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'choice'];

type Row = Record<string, unknown>;

function rows<T>(r: FieldReader, project: Row, key: string, read: (row: Row, path: string) => T): T[] {
  const out: T[] = [];
  r.array(project[key], key).forEach((value, i) => {
    const path = `${key}[${i}]`;
    const row = r.object(value, path);
    if (row) out.push(read(row, path));
  });
  return out;
}

function range(r: FieldReader, value: unknown, path: string): { start: number; end: number } {
  const row = r.object(value, path) ?? {};
  return { start: r.number(row, 'start', path, { integer: true, min: 0 }), end: r.number(row, 'end', path, { integer: true, min: 0 }) };
}

function article(r: FieldReader, row: Row, path: string): Article {
  const out: Article = {
    id: r.string(row, 'id', path, { nonEmpty: true }),
    title: r.string(row, 'title', path),
    source: r.string(row, 'source', path),
    publishedAt: r.string(row, 'publishedAt', path),
    url: r.string(row, 'url', path),
    language: r.string(row, 'language', path),
    contentHash: r.string(row, 'contentHash', path),
    length: r.number(row, 'length', path, { integer: true, min: 0 }),
    format: r.oneOf(row, 'format', path, FORMATS),
    fileName: r.string(row, 'fileName', path),
    importedAt: r.string(row, 'importedAt', path),
    text: r.string(row, 'text', path),
    blocks: r.array(row.blocks, `${path}.blocks`).map((v, i): Block => {
      const p = `${path}.blocks[${i}]`;
      const b = r.object(v, p) ?? {};
      const block: Block = { ...range(r, b, p), type: r.oneOf(b, 'type', p, BLOCKS) };
      if (b.level !== undefined) block.level = r.number(b, 'level', p, { integer: true, min: 1 });
      if (b.ordered !== undefined) block.ordered = r.boolean(b, 'ordered', p);
      return block;
    }),
    marks: r.array(row.marks, `${path}.marks`).map((v, i): InlineMark => {
      const p = `${path}.marks[${i}]`;
      const m = r.object(v, p) ?? {};
      const mark: InlineMark = { ...range(r, m, p), type: r.oneOf(m, 'type', p, MARKS) };
      if (m.href !== undefined) mark.href = r.string(m, 'href', p);
      return mark;
    }),
  };
  if (row.label !== undefined) out.label = r.string(row, 'label', path);
  if (row.sourceId !== undefined) out.sourceId = r.string(row, 'sourceId', path);
  return out;
}

function figure(r: FieldReader, value: unknown, path: string): Figure | null | undefined {
  if (value === undefined || value === null) return value;
  const f = r.object(value, path) ?? {};
  const bound = (key: string) => (f[key] === null ? null : r.number(f, key, path));
  return {
    phrase: r.string(f, 'phrase', path),
    qualifier: r.oneOf(f, 'qualifier', path, QUALIFIERS),
    low: bound('low'),
    high: bound('high'),
    counted: r.string(f, 'counted', path),
    countedEntityId: r.nullableString(f, 'countedEntityId', path),
  };
}

function attribution(r: FieldReader, value: unknown, path: string): Attribution | null | undefined {
  if (value === undefined || value === null) return value;
  const a = r.object(value, path) ?? {};
  return { phrase: r.string(a, 'phrase', path), source: r.string(a, 'source', path), entityId: r.nullableString(a, 'entityId', path) };
}

function annotation(r: FieldReader, row: Row, path: string): Annotation {
  const attributes: Record<string, AttributeValue> = {};
  for (const [key, v] of Object.entries(r.object(row.attributes, `${path}.attributes`) ?? {})) {
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) attributes[key] = v;
    else r.fail(`${path}.attributes.${key}`, 'should be text, a number, or true or false');
  }
  const out: Annotation = {
    id: r.string(row, 'id', path, { nonEmpty: true }),
    articleId: r.string(row, 'articleId', path, { nonEmpty: true }),
    kind: r.string(row, 'kind', path, { nonEmpty: true }),
    tag: r.string(row, 'tag', path, { nonEmpty: true }),
    ranges: r.array(row.ranges, `${path}.ranges`).map((v, i) => range(r, v, `${path}.ranges[${i}]`)),
    quotes: r.array(row.quotes, `${path}.quotes`).map((v, i): TextQuote => {
      const p = `${path}.quotes[${i}]`;
      const q = r.object(v, p) ?? {};
      return { exact: r.string(q, 'exact', p), prefix: r.string(q, 'prefix', p), suffix: r.string(q, 'suffix', p) };
    }),
    note: r.string(row, 'note', path),
    attributes,
    entityId: r.nullableString(row, 'entityId', path),
    createdAt: r.string(row, 'createdAt', path),
    updatedAt: r.string(row, 'updatedAt', path),
  };
  // Absent and null mean different things (undecided, cleared): keep which one it was.
  if ('figure' in row) out.figure = figure(r, row.figure, `${path}.figure`);
  if ('attribution' in row) out.attribution = attribution(r, row.attribution, `${path}.attribution`);
  return out;
}

function link(r: FieldReader, row: Row, path: string): Link {
  const out: Link = {
    id: r.string(row, 'id', path, { nonEmpty: true }),
    type: r.string(row, 'type', path, { nonEmpty: true }),
    fromId: r.string(row, 'fromId', path, { nonEmpty: true }),
    toId: r.string(row, 'toId', path, { nonEmpty: true }),
    fromArticleId: r.string(row, 'fromArticleId', path, { nonEmpty: true }),
    toArticleId: r.string(row, 'toArticleId', path, { nonEmpty: true }),
    status: r.oneOf(row, 'status', path, LINK_STATUSES),
    reason: r.string(row, 'reason', path),
    rationale: r.string(row, 'rationale', path),
    createdAt: r.string(row, 'createdAt', path),
    updatedAt: r.string(row, 'updatedAt', path),
  };
  if (row.why !== undefined) out.why = r.string(row, 'why', path);
  return out;
}

/** The rows of an archive's project, checked field by field; what does not read is in `r.problems`. */
export function readSnapshot(r: FieldReader, value: unknown): ProjectSnapshot {
  const project = r.object(value, 'project') ?? {};
  return {
    name: r.string(project, 'name', 'project'),
    articles: rows(r, project, 'articles', (row, p) => article(r, row, p)),
    annotations: rows(r, project, 'annotations', (row, p) => annotation(r, row, p)),
    links: rows(r, project, 'links', (row, p) => link(r, row, p)),
    linkTypes: rows(r, project, 'linkTypes', (row, p): LinkTypeDef => ({
      id: r.string(row, 'id', p, { nonEmpty: true }),
      label: r.string(row, 'label', p, { nonEmpty: true }),
      color: r.string(row, 'color', p),
      directed: r.boolean(row, 'directed', p),
      key: r.string(row, 'key', p),
    })),
    entities: rows(r, project, 'entities', (row, p): Entity => ({
      id: r.string(row, 'id', p, { nonEmpty: true }),
      name: r.string(row, 'name', p, { nonEmpty: true }),
      type: r.string(row, 'type', p),
      aliases: r.strings(row, 'aliases', p),
      createdAt: r.string(row, 'createdAt', p),
      updatedAt: r.string(row, 'updatedAt', p),
    })),
    tags: rows(r, project, 'tags', (row, p): TagDef => ({
      id: r.string(row, 'id', p, { nonEmpty: true }),
      label: r.string(row, 'label', p, { nonEmpty: true }),
      kind: r.string(row, 'kind', p, { nonEmpty: true }),
      color: r.string(row, 'color', p),
      key: r.string(row, 'key', p),
      order: r.number(row, 'order', p),
      attributes: r.array(row.attributes, `${p}.attributes`).map((v, i): AttributeDef => {
        const ap = `${p}.attributes[${i}]`;
        const a = r.object(v, ap) ?? {};
        return { id: r.string(a, 'id', ap, { nonEmpty: true }), label: r.string(a, 'label', ap), type: r.oneOf(a, 'type', ap, ATTRIBUTE_TYPES), choices: r.strings(a, 'choices', ap) };
      }),
    })),
    kinds: rows(r, project, 'kinds', (row, p): KindDef => ({ id: r.string(row, 'id', p, { nonEmpty: true }), label: r.string(row, 'label', p), order: r.number(row, 'order', p) })),
    counted: rows(r, project, 'counted', (row, p): CountedThing => ({
      id: r.string(row, 'id', p, { nonEmpty: true }),
      label: r.string(row, 'label', p),
      terms: r.strings(row, 'terms', p),
      order: r.number(row, 'order', p),
    })),
  };
}
