import { parsePlainText } from '../../import/parsePlainText';
import type { Annotation } from '../../model/annotation';
import type { TextRange } from '../../model/article';
import type { Link } from '../../model/link';
import { describeQuote } from '../../text/describeQuote';
import type { ImportedArticle } from '../projectSnapshot';
import type { AnnotationConf } from './bratConf';
import type { BratAttribute, BratEvent, BratLine, BratNote, BratRelation, BratTextBound } from './bratLines';
import type { BratLinkTypeMap } from './bratLinkTypeMap';
import type { BratTagMap } from './bratTagMap';
import type { StoredText } from './crlfOffsets';
import { joinAcrossLineBreaks } from './lineBreaks';
import type { ReportBuilder } from './reportBuilder';
import type { VisualConf } from './visualConf';

export interface DocumentContext {
  txtPath: string;
  /** The .ann file, which problems name; the .txt when there is none. */
  annPath: string;
  conf: AnnotationConf | null;
  visual: VisualConf | null;
  tags: BratTagMap;
  linkTypes: BratLinkTypeMap;
  report: ReportBuilder;
  newId: (prefix: string) => string;
  now: string;
}

/** A `Reference` line, to be made an entity once every document is read (one entity per DB:ENTRY across them). */
export interface Normalization {
  annotation: Annotation;
  db: string;
  entry: string;
  name: string;
  file: string;
  line: number;
}

/** An equivalence line: its members are one thing. */
export interface Equivalence {
  type: string;
  ids: string[];
  members: Annotation[];
  file: string;
  line: number;
}

export interface BuiltDocument {
  article: ImportedArticle;
  annotations: Annotation[];
  links: Link[];
  /** T IDs, and E IDs (to their trigger's annotation) → annotation. */
  annotationOf: Map<string, Annotation>;
  /** R IDs → the link made from the line. */
  relationOf: Map<string, Link>;
  normalizations: Normalization[];
  equivalences: Equivalence[];
}

/**
 * One checked document → the app's rows. T lines become annotations; an event becomes its
 * trigger's annotation plus one link per role, from the trigger to the argument, of type
 * `<Event>-<Role>` (numbered roles, Org-Arg2, drop their number), since the app has links but
 * no n-ary events; R lines become links; attributes, notes and normalizations go to the
 * annotation (an event's to its trigger's), a note on a relation to the link's rationale.
 */
export function buildBratDocument(stored: StoredText, lines: readonly BratLine[], ctx: DocumentContext): BuiltDocument {
  const content = parsePlainText(stored.stored, ctx.txtPath, { keepTitleLine: true });
  const article: ImportedArticle = { ...content, id: ctx.newId('art'), format: 'brat', fileName: ctx.txtPath };
  const text = content.text;
  const doc: BuiltDocument = { article, annotations: [], links: [], annotationOf: new Map(), relationOf: new Map(), normalizations: [], equivalences: [] };
  const file = ctx.annPath;
  const declared = declaredTypes(ctx);
  const triggers = new Set(lines.filter((l): l is BratEvent => l.kind === 'event').map((l) => l.trigger));

  for (const l of lines.filter((l): l is BratTextBound => l.kind === 'text')) {
    declared(l.type, l.line, triggers.has(l.id) ? 'event' : 'entity');
    const { tag, added } = ctx.tags.tagFor(l.type, ctx.visual);
    if (added) ctx.report.warn(file, l.line, `the type ${l.type} is not a tag of the project; a new ${tag.kind} tag “${tag.label}” was added`);
    const ranges = joinAcrossLineBreaks(
      text,
      l.fragments.map(([s, e]): TextRange => ({ start: stored.canonicalOffset(s), end: stored.canonicalOffset(e) })),
    );
    const annotation: Annotation = {
      id: ctx.newId('a'),
      articleId: article.id,
      kind: tag.kind,
      tag: tag.id,
      ranges,
      quotes: ranges.map((r) => describeQuote(text, r)),
      note: '',
      attributes: {},
      entityId: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    doc.annotations.push(annotation);
    doc.annotationOf.set(l.id, annotation);
  }

  const events = lines.filter((l): l is BratEvent => l.kind === 'event');
  for (const e of events) {
    const trigger = doc.annotationOf.get(e.trigger);
    if (trigger) doc.annotationOf.set(e.id, trigger);
  }
  const link = (type: string, from: Annotation, to: Annotation): Link => {
    const l: Link = { id: ctx.newId('l'), type, fromId: from.id, toId: to.id, fromArticleId: article.id, toArticleId: article.id, status: 'confirmed', reason: '', rationale: '', createdAt: ctx.now, updatedAt: ctx.now };
    doc.links.push(l);
    return l;
  };
  const roleTypes = new Set<string>();
  let roleLinks = 0;
  for (const e of events) {
    declared(e.type, e.line, 'event');
    const from = doc.annotationOf.get(e.id);
    for (const arg of e.args) {
      const to = doc.annotationOf.get(arg.id);
      if (!from || !to) continue;
      const name = `${e.type}-${arg.role.replace(/\d+$/, '')}`;
      const { type, added } = ctx.linkTypes.typeFor(name, ctx.visual, ctx.conf);
      if (added) ctx.report.warn(file, e.line, `the event role ${name} is not a link type of the project; a new link type “${type.label}” was added`);
      link(type.id, from, to);
      roleTypes.add(name);
      roleLinks++;
    }
  }
  if (events.length > 0) {
    ctx.report.warn(
      file,
      undefined,
      `${plural(events.length, 'event')} became ${events.length === 1 ? 'its trigger' : 'their triggers'} (annotations of the event type) and ${plural(roleLinks, 'role link')} from trigger to argument (${[...roleTypes].join(', ')}); brat's event structure itself is not kept`,
    );
    ctx.report.count('events', events.length);
  }

  for (const r of lines.filter((l): l is BratRelation => l.kind === 'relation')) {
    declared(r.type, r.line, 'relation');
    const [a1, a2] = r.args;
    const from = doc.annotationOf.get(a1.id);
    const to = doc.annotationOf.get(a2.id);
    if (!from || !to) continue;
    const { type, added } = ctx.linkTypes.typeFor(r.type, ctx.visual, ctx.conf);
    if (added) ctx.report.warn(file, r.line, `the relation type ${r.type} is not a link type of the project; a new link type “${type.label}” was added`);
    doc.relationOf.set(r.id, link(type.id, from, to));
    ctx.report.count('relations');
  }

  for (const a of lines.filter((l): l is BratAttribute => l.kind === 'attribute')) attribute(a, doc, ctx, declared);

  for (const l of lines) {
    if (l.kind !== 'normalization') continue;
    const annotation = doc.annotationOf.get(l.target);
    if (!annotation) {
      ctx.report.skip(file, l.line, `${l.id} normalizes ${l.target}, which is not a text-bound annotation or an event; it was skipped`);
      continue;
    }
    doc.normalizations.push({ annotation, db: l.db, entry: l.entry, name: l.name, file, line: l.line });
  }

  notes(
    lines.filter((l): l is BratNote => l.kind === 'note'),
    doc,
    ctx,
  );

  for (const l of lines) {
    if (l.kind !== 'equiv') continue;
    declared(l.type, l.line, 'relation');
    const members = l.ids.map((id) => doc.annotationOf.get(id)).filter((a): a is Annotation => a !== undefined);
    doc.equivalences.push({ type: l.type, ids: l.ids, members, file, line: l.line });
  }
  return doc;
}

function attribute(a: BratAttribute, doc: BuiltDocument, ctx: DocumentContext, declared: Declared): void {
  const file = ctx.annPath;
  declared(a.name, a.line, 'attribute');
  if (doc.relationOf.has(a.target)) {
    ctx.report.skip(file, a.line, `${a.id} is an attribute of the relation ${a.target}, which brat does not allow and links cannot hold; it was skipped`);
    return;
  }
  const annotation = doc.annotationOf.get(a.target);
  if (!annotation) {
    ctx.report.skip(file, a.line, `${a.id} is an attribute of ${a.target}, which is not a text-bound annotation or an event; it was skipped`);
    return;
  }
  const tag = ctx.tags.known(annotation.tag);
  if (!tag) return;
  const mapped = ctx.tags.attribute(tag, a.name, a.value, ctx.conf?.attributes.get(a.name));
  annotation.attributes[mapped.key] = mapped.value;
  ctx.report.count('attributes');
  if (!mapped.defined) {
    ctx.report.warn(file, a.line, `the tag “${tag.label}” has no attribute ${a.name}; its values were kept on the annotations under “${a.name}”, where the sidebar does not show them`, `attr:${tag.id}:${a.name}`);
  }
}

/** AnnotatorNotes become the note (several on one target join with line breaks); other note types follow with their type. */
function notes(list: readonly BratNote[], doc: BuiltDocument, ctx: DocumentContext): void {
  const started = new Set<object>();
  for (const n of list) {
    const link = doc.relationOf.get(n.target);
    const annotation = doc.annotationOf.get(n.target);
    if (!link && !annotation) {
      ctx.report.skip(ctx.annPath, n.line, `${n.id} is a note on ${n.target}, which is not an annotation, an event or a relation; it was skipped`);
      continue;
    }
    const text = n.noteType === 'AnnotatorNotes' ? n.text : `${n.noteType}: ${n.text}`;
    const target: object = link ?? (annotation as Annotation);
    // Tracked apart from the text, so that a note whose first line is empty still gets its line break.
    const next = started.has(target) ? `${link ? link.rationale : (annotation as Annotation).note}\n${text}` : text;
    started.add(target);
    if (link) link.rationale = next;
    else (annotation as Annotation).note = next;
    ctx.report.count('notes');
  }
}

type Declared = (type: string, line: number, as: 'entity' | 'event' | 'relation' | 'attribute') => void;

/** Warns, once a file for each type, about a type the collection's annotation.conf does not declare. */
function declaredTypes(ctx: DocumentContext): Declared {
  const warned = new Set<string>();
  return (type, line, as) => {
    const conf = ctx.conf;
    if (!conf || warned.has(type)) return;
    const known = as === 'attribute' ? conf.attributes.has(type) : as === 'relation' ? conf.relations.has(type) : conf.entities.has(type) || conf.events.has(type);
    if (known) return;
    warned.add(type);
    const what = as === 'attribute' ? 'attribute' : as === 'relation' ? 'relation type' : as === 'event' ? 'event type' : 'type';
    ctx.report.warn(ctx.annPath, line, `the ${what} ${type} is not declared in annotation.conf; it was imported anyway`);
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
