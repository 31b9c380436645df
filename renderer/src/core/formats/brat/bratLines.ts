/**
 * The `.ann` parser: one record per line, with the syntax checks of brat's reference parser
 * (`server/src/annotation.py`). Checks that need the text (offsets, TAIL) and the other lines
 * (references) are in `checkBratDocument`.
 */

export interface BratArg {
  role: string;
  id: string;
}

interface Line {
  /** 1-based line number in the file. */
  line: number;
}

export interface BratTextBound extends Line {
  kind: 'text';
  id: string;
  type: string;
  /** [start, end) in code points of the stored text, as written. */
  fragments: [number, number][];
  /** The text after the second tab; null when the line has none. */
  tail: string | null;
}

export interface BratRelation extends Line {
  kind: 'relation';
  id: string;
  type: string;
  args: [BratArg, BratArg];
}

export interface BratEvent extends Line {
  kind: 'event';
  id: string;
  type: string;
  trigger: string;
  args: BratArg[];
}

export interface BratAttribute extends Line {
  kind: 'attribute';
  id: string;
  name: string;
  target: string;
  /** `true` for a binary attribute (no value). */
  value: string | true;
}

export interface BratNormalization extends Line {
  kind: 'normalization';
  id: string;
  refType: string;
  target: string;
  db: string;
  entry: string;
  /** The human-readable name of the entry. */
  name: string;
}

export interface BratNote extends Line {
  kind: 'note';
  id: string;
  noteType: string;
  target: string;
  text: string;
}

export interface BratEquiv extends Line {
  kind: 'equiv';
  type: string;
  ids: string[];
}

export type BratLine = BratTextBound | BratRelation | BratEvent | BratAttribute | BratNormalization | BratNote | BratEquiv;

export interface LineProblem {
  line: number;
  message: string;
}

export interface ParsedAnn {
  lines: BratLine[];
  /** Lines that could not be read: each makes the whole document unreadable. */
  errors: LineProblem[];
}

const ID = /^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(\S*)$/;
const KINDS = 'T, R, E, A, M, N, # or *';

export function isBratId(id: string): boolean {
  return ID.test(id);
}

/** Reads every line; a line that cannot be read is an error, and reading goes on to find the others. */
export function parseBratLines(ann: string): ParsedAnn {
  const lines: BratLine[] = [];
  const errors: LineProblem[] = [];
  const firstSeen = new Map<string, number>();
  const rows = ann.split('\n');
  rows.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // brat fails on a blank line too; nothing is lost by passing over it.
    if (text.trim() === '') return;
    const result = parseLine(text, line, firstSeen);
    if (typeof result === 'string') errors.push({ line, message: result });
    else lines.push(result);
  });
  return { lines, errors };
}

function parseLine(text: string, line: number, firstSeen: Map<string, number>): BratLine | string {
  const tab = text.indexOf('\t');
  if (tab < 0) {
    const first = text.split(' ')[0] ?? '';
    return isBratId(first) || first === '*' ? `there is no tab after ${quote(first)} (a space instead of a tab?)` : `${quote(clip(text))} is not an annotation: it should be ID, a tab, then the annotation`;
  }
  const id = text.slice(0, tab);
  const rest = text.slice(tab + 1);
  if (id !== '*') {
    if (/\s/.test(id)) return `the ID ${quote(id)} has a space in it (a space instead of a tab after ${quote(id.split(/\s/)[0] ?? '')}?)`;
    if (!isBratId(id)) return `${quote(id)} is not a brat ID (letters or #, then a number: T1, R2, #3)`;
    const before = firstSeen.get(id);
    if (before !== undefined) return `the ID ${id} is used twice (first on line ${before})`;
    firstSeen.set(id, line);
  }
  const dataEnd = rest.indexOf('\t');
  const data = dataEnd < 0 ? rest : rest.slice(0, dataEnd);
  const tail = dataEnd < 0 ? null : rest.slice(dataEnd + 1);
  switch (id[0]) {
    case 'T':
      return textBound(id, data, tail, line);
    case 'R':
      return relation(id, data, line);
    case 'E':
      return event(id, data, line);
    case 'A':
      return attribute(id, data, line);
    case 'M':
      return modifier(id, data, line);
    case 'N':
      return normalization(id, data, tail ?? '', line);
    case '#':
      return note(id, data, tail ?? '', line);
    case '*':
      return equiv(data, line);
    default:
      return `${quote(id)} is not a kind of annotation brat knows (the ID starts with ${KINDS})`;
  }
}

function textBound(id: string, data: string, tail: string | null, line: number): BratTextBound | string {
  const space = data.indexOf(' ');
  if (space < 0) return `${id} needs a type and offsets (TYPE START END), not ${quote(data)}`;
  const type = data.slice(0, space);
  const fragments: [number, number][] = [];
  for (const piece of data.slice(space + 1).split(';')) {
    const m = /^(-?\d+) (-?\d+)\s*$/.exec(piece);
    if (!m) {
      // brat's own hint: text after the offsets means the tab before the TAIL is a space.
      if (/^-?\d+ -?\d+\s+\S/.test(piece)) return `${quote(clip(piece))} is not START END (a space instead of a tab before the text?)`;
      return `${quote(clip(piece))} is not START END`;
    }
    fragments.push([Number(m[1]), Number(m[2])]);
  }
  return { kind: 'text', id, type, fragments, tail, line };
}

function args(list: string): BratArg[] | string {
  const out: BratArg[] = [];
  for (const token of list.split(/\s+/).filter(Boolean)) {
    const parts = token.split(':');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return `${quote(token)} is not ROLE:ID`;
    out.push({ role: parts[0], id: parts[1] });
  }
  return out;
}

function relation(id: string, data: string, line: number): BratRelation | string {
  const space = data.indexOf(' ');
  if (space < 0) return `a relation needs a type and two arguments (TYPE Arg1:T1 Arg2:T2), not ${quote(data)}`;
  const list = args(data.slice(space + 1));
  if (typeof list === 'string') return list;
  const [a, b] = list;
  if (list.length !== 2 || !a || !b) return `a relation needs exactly two arguments (Arg1:T1 Arg2:T2), not ${list.length}`;
  if (a.role === b.role) return `the two arguments of a relation need different roles (both are ${a.role})`;
  return { kind: 'relation', id, type: data.slice(0, space), args: [a, b], line };
}

function event(id: string, data: string, line: number): BratEvent | string {
  const [head = '', ...others] = data.split(' ');
  const parts = head.split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return `an event starts with its type and trigger (TYPE:T1), not ${quote(head)}`;
  const list = args(others.join(' '));
  if (typeof list === 'string') return list;
  return { kind: 'event', id, type: parts[0], trigger: parts[1], args: list, line };
}

function attribute(id: string, data: string, line: number): BratAttribute | string {
  // brat's two patterns: NAME TARGET VALUE, else NAME TARGET (binary).
  const clean = data.trimEnd();
  const m = /^(.+?) (.+?) (.+?)$/.exec(clean) ?? /^(.+?) (.+?)$/.exec(clean);
  if (!m?.[1] || !m[2]) return `an attribute needs a name and a target (NAME T1 [VALUE]), not ${quote(data)}`;
  if (!isBratId(m[2])) return `the attribute's target ${quote(m[2])} is not a brat ID`;
  return { kind: 'attribute', id, name: m[1], target: m[2], value: m[3] ?? true, line };
}

function modifier(id: string, data: string, line: number): BratAttribute | string {
  const parts = data.trim().split(/\s+/);
  const [name, target] = parts;
  if (parts.length !== 2 || !name || !target) return `a modifier needs a name and a target (NAME T1), not ${quote(data)}`;
  if (!isBratId(target)) return `the modifier's target ${quote(target)} is not a brat ID`;
  return { kind: 'attribute', id, name, target, value: true, line };
}

/** The BioNLP Shared Task 2013 spelling, which brat's parser also reads. */
const BIONLP_NORMALIZATION: [RegExp, string][] = [
  [/^(Reference) Annotation:(\S+) Referent:(\S+)/, '$1 $2 $3'],
  [/^(Reference) Referent:(\S+) Annotation:(\S+)/, '$1 $3 $2'],
];

function normalization(id: string, data: string, tail: string, line: number): BratNormalization | string {
  let clean = data;
  for (const [pattern, replacement] of BIONLP_NORMALIZATION) {
    if (pattern.test(clean)) {
      clean = clean.replace(pattern, replacement);
      break;
    }
  }
  const m = /^(\S+) (\S+) (\S+?):(\S+)/.exec(clean);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return `a normalization needs a type, a target and DB:ENTRY (Reference T1 Wikipedia:534366), not ${quote(data)}`;
  return { kind: 'normalization', id, refType: m[1], target: m[2], db: m[3], entry: m[4], name: tail.trim(), line };
}

function note(id: string, data: string, text: string, line: number): BratNote | string {
  const parts = data.trim().split(/\s+/);
  const [noteType, target] = parts;
  if (parts.length !== 2 || !noteType || !target) return `a note needs a type and a target (AnnotatorNotes T1), not ${quote(data)}`;
  return { kind: 'note', id, noteType, target, text, line };
}

function equiv(data: string, line: number): BratEquiv | string {
  const [type, ...ids] = data.trim().split(/\s+/);
  if (!type || ids.length === 0) return `an equivalence needs a type and the IDs it makes equal (Equiv T1 T2), not ${quote(data)}`;
  return { kind: 'equiv', type, ids, line };
}

export function quote(text: string): string {
  return `“${text}”`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
