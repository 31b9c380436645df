import type { Annotation } from '../../model/annotation';
import { compareAnnotations } from '../../model/annotation';
import type { Article, TextRange } from '../../model/article';
import type { Entity } from '../../model/entity';
import type { Link } from '../../model/link';
import { CodePointIndex } from '../../text/codePoints';
import type { ConfCollector } from './confCollector';
import type { ExportTypes } from './exportTypes';
import { linesOf, oneLine, splitAtLineBreaks } from './lineBreaks';

export interface DocumentInput {
  article: Article;
  /** The article's annotations. */
  annotations: readonly Annotation[];
  /** Links with both ends in the article; those written become R lines. */
  links: readonly Link[];
  entities: ReadonlyMap<string, Entity>;
  types: ExportTypes;
  conf: ConfCollector;
}

export interface WrittenDocument {
  ann: string;
  /** Annotation id → its T ID; annotations that cover no text are not written and not here. */
  tIds: Map<string, string>;
  /** Link id → its R ID. */
  rIds: Map<string, string>;
}

/** A rejected link says the two are not so related: as an R line brat would show it as if they were. */
export function isWrittenAsRelation(link: Link): boolean {
  return link.status !== 'rejected';
}

/**
 * The fragments brat gets for an annotation, in code points: ranges kept inside the text,
 * merged where they overlap or touch, and split at every line break (brat's TAIL is one line).
 */
export function fragmentsOf(text: string, points: CodePointIndex, ranges: readonly TextRange[]): [number, number][] {
  const clamped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.max(0, Math.min(r.end, text.length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const r of clamped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged
    .flatMap((r) => splitAtLineBreaks(text, r))
    .map((r): [number, number] => [points.pointOf(r.start), points.pointOf(r.end)])
    .filter(([s, e]) => e > s);
}

/** The entity id as the ENTRY of `crosscheck:ENTRY`, which brat reads up to the first space. */
export function entityEntry(id: string): string {
  return /^[^\s%]+$/.test(id) ? id : encodeURIComponent(id);
}

export function writeBratDocument(input: DocumentInput): WrittenDocument {
  const { article, types, conf } = input;
  const points = new CodePointIndex(article.text);
  const out: string[] = [];
  const tIds = new Map<string, string>();
  const written: { annotation: Annotation; id: string; type: string }[] = [];

  for (const a of [...input.annotations].sort(compareAnnotations)) {
    const fragments = fragmentsOf(article.text, points, a.ranges);
    if (fragments.length === 0) continue;
    const id = `T${written.length + 1}`;
    const type = types.tagName(a.tag);
    const tail = fragments.map(([s, e]) => article.text.slice(points.unitOf(s), points.unitOf(e))).join(' ');
    out.push(`${id}\t${type} ${fragments.map(([s, e]) => `${s} ${e}`).join(';')}\t${tail}`);
    tIds.set(a.id, id);
    written.push({ annotation: a, id, type });
    conf.entity(type);
  }

  const rIds = new Map<string, string>();
  const relations = input.links
    .filter((l) => isWrittenAsRelation(l) && tIds.has(l.fromId) && tIds.has(l.toId))
    .map((l) => ({ link: l, from: tIds.get(l.fromId) as string, to: tIds.get(l.toId) as string }))
    .sort((a, b) => tNumber(a.from) - tNumber(b.from) || tNumber(a.to) - tNumber(b.to) || a.link.id.localeCompare(b.link.id));
  const typeOf = new Map(written.map((w) => [w.id, w.type]));
  for (const { link, from, to } of relations) {
    const id = `R${rIds.size + 1}`;
    const name = types.linkTypeName(link.type);
    out.push(`${id}\t${name} Arg1:${from} Arg2:${to}\t`);
    rIds.set(link.id, id);
    conf.relation(name, typeOf.get(from) ?? '', typeOf.get(to) ?? '');
  }

  let attributes = 0;
  for (const { annotation, id, type } of written) {
    const defs = types.tag(annotation.tag)?.attributes ?? [];
    const keys = [...defs.map((d) => d.id).filter((k) => k in annotation.attributes), ...Object.keys(annotation.attributes).filter((k) => !defs.some((d) => d.id === k)).sort()];
    for (const key of keys) {
      const value = annotation.attributes[key];
      // brat has no false (an absent attribute is false) and no empty value.
      if (value === undefined || value === false || (typeof value === 'string' && value.trim() === '')) continue;
      const name = types.attributeName(annotation.tag, key);
      const text = value === true ? true : oneLine(String(value));
      out.push(`A${++attributes}\t${name} ${id}${text === true ? '' : ` ${text}`}`);
      conf.attribute(name, type, text, defs.find((d) => d.id === key)?.choices);
    }
  }

  let normalizations = 0;
  for (const { annotation, id } of written) {
    if (!annotation.entityId) continue;
    const name = input.entities.get(annotation.entityId)?.name ?? annotation.entityId;
    out.push(`N${++normalizations}\tReference ${id} crosscheck:${entityEntry(annotation.entityId)}\t${oneLine(name)}`);
  }

  // A note of several lines is several notes on one annotation: brat shows each, and the import joins them again.
  let notes = 0;
  const note = (target: string, text: string) => {
    if (text === '') return;
    for (const line of linesOf(text)) out.push(`#${++notes}\tAnnotatorNotes ${target}\t${line}`);
  };
  for (const { annotation, id } of written) note(id, annotation.note);
  for (const { link } of relations) note(rIds.get(link.id) as string, link.rationale);

  return { ann: out.map((l) => `${l}\n`).join(''), tIds, rIds };
}

function tNumber(id: string): number {
  return Number(id.slice(1));
}
