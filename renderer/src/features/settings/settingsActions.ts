import { kindFields } from '../../core/changes/annotationOps';
import type { RowOp } from '../../core/changes/rowOp';
import type { Annotation } from '../../core/model/annotation';
import type { CountedThing } from '../../core/model/figure';
import { newId } from '../../core/model/ids';
import type { AttributeDef, KindDef, TagDef } from '../../core/model/tagSchema';
import { createKindOp, createTagOp, deleteTagOps, moveOp, orderBetween, updateTagOp, withAttribute, type TagFate } from '../../core/schema/schemaOps';
import { refuseAttribute, refuseDeleteKind, refuseKind, refuseTag } from '../../core/schema/schemaRules';
import { countOf } from '../../core/text/plural';
import type { ProjectRepository } from '../../storage/projectRepository';
import { refuseCounted, refuseTerms, termsFromText } from './countedRules';
import type { Run, SettingsRows } from './settingsStore';

/**
 * What each control of the settings does: checks the change against the schema rules and,
 * when they allow it, stores it as one labelled action. Each returns why it was refused, or
 * null; nothing is stored when a change is refused.
 */

export interface NewTag {
  label: string;
  kind: string;
  color: string;
  key: string;
}

/** The outcome of a change that reads the store first: what to tell the analyst, or why it was refused. */
export type Outcome = { ok: true; message: string } | { ok: false; refusal: string };

const UNDO = 'Ctrl+Z undoes';

function othersThan<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((r) => r.id !== id);
}

function afterLast(rows: readonly { order: number }[]): number {
  return orderBetween(rows[rows.length - 1]?.order, undefined);
}

function updateTag(run: Run, rows: SettingsRows, tag: TagDef, set: Partial<Pick<TagDef, 'label' | 'color' | 'key'>>, label: string): string | null {
  const refusal = refuseTag({ ...tag, ...set }, othersThan(rows.tags, tag.id), rows.kinds);
  if (refusal) return refusal;
  run(label, [updateTagOp(tag.id, set)]);
  return null;
}

export function renameTag(run: Run, rows: SettingsRows, tag: TagDef, name: string): string | null {
  const label = name.trim();
  if (label === tag.label) return null;
  return updateTag(run, rows, tag, { label }, `Rename tag ${tag.label} to ${label}`);
}

export function recolourTag(run: Run, rows: SettingsRows, tag: TagDef, color: string): string | null {
  const hex = color.toUpperCase();
  if (hex === tag.color.toUpperCase()) return null;
  return updateTag(run, rows, tag, { color: hex }, `Recolour tag ${tag.label}`);
}

export function setTagKey(run: Run, rows: SettingsRows, tag: TagDef, key: string): string | null {
  if (key === tag.key) return null;
  return updateTag(run, rows, tag, { key }, key ? `Key ${key} for tag ${tag.label}` : `No key for tag ${tag.label}`);
}

/** Moves `list[index]` one place up (-1) or down (1); false at the end of the list. `name` says what moves ("tag Person"). */
export function moveRow(run: Run, table: 'tags' | 'kinds' | 'counted', list: readonly { id: string; order: number }[], index: number, delta: -1 | 1, name: string): boolean {
  const op = moveOp(table, list, index, index + delta);
  if (!op) return false;
  run(`Move ${name} ${delta < 0 ? 'up' : 'down'}`, [op]);
  return true;
}

export function addTag(run: Run, rows: SettingsRows, input: NewTag): string | null {
  const tag: TagDef = { id: newId('tag'), label: input.label.trim(), kind: input.kind, color: input.color.toUpperCase(), key: input.key, order: afterLast(rows.tags), attributes: [] };
  const refusal = refuseTag(tag, rows.tags, rows.kinds);
  if (refusal) return refusal;
  run(`Add tag ${tag.label}`, [createTagOp(tag)]);
  return null;
}

export function saveAttribute(run: Run, tag: TagDef, attr: AttributeDef): string | null {
  const refusal = refuseAttribute(attr, othersThan(tag.attributes, attr.id));
  if (refusal) return refusal;
  const name = attr.label.trim();
  const adding = !tag.attributes.some((a) => a.id === attr.id);
  run(adding ? `Add attribute ${name} to tag ${tag.label}` : `Change attribute ${name} of tag ${tag.label}`, [updateTagOp(tag.id, { attributes: withAttribute(tag, attr) })]);
  return null;
}

export function removeAttribute(run: Run, tag: TagDef, attr: AttributeDef): void {
  run(`Remove attribute ${attr.label} from tag ${tag.label}`, [updateTagOp(tag.id, { attributes: othersThan(tag.attributes, attr.id) })]);
}

/** How many of these annotations have a link: links join claims, so those must stay claims. */
async function linkedAmong(repo: ProjectRepository, annotations: readonly Annotation[]): Promise<number> {
  if (annotations.length === 0) return 0;
  const ids = new Set(annotations.map((a) => a.id));
  const linked = new Set<string>();
  for (const l of await repo.allLinks()) {
    if (ids.has(l.fromId)) linked.add(l.fromId);
    if (ids.has(l.toId)) linked.add(l.toId);
  }
  return linked.size;
}

function linkedRefusal(linked: number, what: string): string {
  return `${countOf(linked, 'claim', 'claims')} of ${what} ${linked === 1 ? 'has links' : 'have links'}, and links join claims only; delete those links first, or choose a claim tag.`;
}

/** Gives a tag another kind; its annotations, read now, take the kind with it in the same action. */
export async function setTagKind(run: Run, repo: ProjectRepository, rows: SettingsRows, tag: TagDef, kindId: string): Promise<Outcome> {
  const kind = rows.kinds.find((k) => k.id === kindId);
  if (kindId === tag.kind) return { ok: true, message: '' };
  const refusal = refuseTag({ ...tag, kind: kindId }, othersThan(rows.tags, tag.id), rows.kinds);
  if (refusal || !kind) return { ok: false, refusal: refusal ?? `There is no kind “${kindId}”.` };
  const using = await repo.annotationsWithTag(tag.id);
  if (tag.kind === 'claim' && kindId !== 'claim') {
    const linked = await linkedAmong(repo, using);
    if (linked > 0) return { ok: false, refusal: linkedRefusal(linked, tag.label) };
  }
  const ops: RowOp[] = [updateTagOp(tag.id, { kind: kindId }), ...using.map((a): RowOp => ({ table: 'annotations', op: 'update', id: a.id, set: kindFields(kindId) }))];
  run(`Kind ${kind.label} for tag ${tag.label}`, ops);
  return { ok: true, message: using.length ? `${tag.label} is now of kind ${kind.label}, with its ${countOf(using.length, 'annotation', 'annotations')}.` : '' };
}

/** The words on the button and in the history for deleting `tag` with `count` annotations. */
export function deleteTagLabel(tag: TagDef, count: number, fate: TagFate): string {
  if (count === 0) return `Delete tag ${tag.label}`;
  if (fate === 'delete') return `Delete ${tag.label} and its ${countOf(count, 'annotation', 'annotations')}`;
  return `Retag ${count} as ${fate.retagAs.label} and delete ${tag.label}`;
}

/** Deletes a tag with what becomes of its annotations, read from the store now (not from a list shown earlier), as one action. */
export async function deleteTag(run: Run, repo: ProjectRepository, tag: TagDef, fate: TagFate): Promise<Outcome> {
  const using = await repo.annotationsWithTag(tag.id);
  if (fate !== 'delete' && fate.retagAs.kind !== 'claim') {
    const linked = await linkedAmong(
      repo,
      using.filter((a) => a.kind === 'claim'),
    );
    if (linked > 0) return { ok: false, refusal: linkedRefusal(linked, tag.label) };
  }
  run(deleteTagLabel(tag, using.length, fate), deleteTagOps(tag, using, fate));
  let message = `Deleted tag ${tag.label}`;
  if (using.length && fate === 'delete') message += ` and its ${countOf(using.length, 'annotation', 'annotations')}`;
  else if (using.length && fate !== 'delete') message += `; ${countOf(using.length, 'annotation is', 'annotations are')} now ${fate.retagAs.label}`;
  return { ok: true, message: `${message} — ${UNDO}` };
}

export function renameKind(run: Run, rows: SettingsRows, kind: KindDef, name: string): string | null {
  const label = name.trim();
  if (label === kind.label) return null;
  const refusal = refuseKind(label, othersThan(rows.kinds, kind.id));
  if (refusal) return refusal;
  run(`Rename kind ${kind.label} to ${label}`, [{ table: 'kinds', op: 'update', id: kind.id, set: { label } }]);
  return null;
}

export function addKind(run: Run, rows: SettingsRows, name: string): string | null {
  const refusal = refuseKind(name, rows.kinds);
  if (refusal) return refusal;
  const kind: KindDef = { id: newId('kind'), label: name.trim(), order: afterLast(rows.kinds) };
  run(`Add kind ${kind.label}`, [createKindOp(kind)]);
  return null;
}

export function deleteKind(run: Run, rows: SettingsRows, kind: KindDef): Outcome {
  const refusal = refuseDeleteKind(kind, rows.tags);
  if (refusal) return { ok: false, refusal };
  run(`Delete kind ${kind.label}`, [{ table: 'kinds', op: 'delete', id: kind.id }]);
  return { ok: true, message: `Deleted kind ${kind.label} — ${UNDO}` };
}

export function renameCounted(run: Run, rows: SettingsRows, thing: CountedThing, name: string): string | null {
  const label = name.trim();
  if (label === thing.label) return null;
  const refusal = refuseCounted(label, othersThan(rows.counted, thing.id));
  if (refusal) return refusal;
  run(`Rename counted thing ${thing.label} to ${label}`, [{ table: 'counted', op: 'update', id: thing.id, set: { label } }]);
  return null;
}

export function setCountedTerms(run: Run, rows: SettingsRows, thing: CountedThing, text: string): string | null {
  const terms = termsFromText(text);
  if (terms.join('\n') === thing.terms.join('\n')) return null;
  const refusal = refuseTerms(terms, othersThan(rows.counted, thing.id));
  if (refusal) return refusal;
  run(`Words for counted thing ${thing.label}`, [{ table: 'counted', op: 'update', id: thing.id, set: { terms } }]);
  return null;
}

export function addCounted(run: Run, rows: SettingsRows, name: string, text: string): string | null {
  const terms = termsFromText(text);
  const refusal = refuseCounted(name, rows.counted) ?? refuseTerms(terms, rows.counted);
  if (refusal) return refusal;
  const thing: CountedThing = { id: newId('counted'), label: name.trim(), terms, order: afterLast(rows.counted) };
  run(`Add counted thing ${thing.label}`, [{ table: 'counted', op: 'create', row: thing }]);
  return null;
}

/** Deletes a counted thing; the figures that counted it, read now, say they count nothing known (in the same action). */
export async function deleteCounted(run: Run, repo: ProjectRepository, thing: CountedThing): Promise<Outcome> {
  const counting = (await repo.allClaims()).filter((c) => c.figure?.counted === thing.id);
  const ops: RowOp[] = counting.map((c): RowOp => ({ table: 'annotations', op: 'update', id: c.id, set: { figure: c.figure ? { ...c.figure, counted: '' } : c.figure } }));
  ops.push({ table: 'counted', op: 'delete', id: thing.id });
  run(`Delete counted thing ${thing.label}`, ops);
  const figures = counting.length ? ` (${countOf(counting.length, 'figure', 'figures')} counted it and now count nothing named)` : '';
  return { ok: true, message: `Deleted counted thing ${thing.label}${figures} — ${UNDO}` };
}
