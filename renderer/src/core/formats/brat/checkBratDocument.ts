import type { BratLine, BratTextBound, LineProblem } from './bratLines';
import { quote } from './bratLines';
import type { StoredText } from './crlfOffsets';

export interface CheckedDocument {
  /** Any error makes the document unreadable: it is skipped whole. */
  errors: LineProblem[];
  warnings: LineProblem[];
}

/**
 * The checks brat's reference parser makes once it has the text and every line: fragments
 * inside the text, in order and not overlapping; the TAIL the covered text; every ID a line
 * refers to present; an event's trigger a text-bound annotation of the event's type.
 */
export function checkBratDocument(lines: readonly BratLine[], text: StoredText): CheckedDocument {
  const errors: LineProblem[] = [];
  const warnings: LineProblem[] = [];
  const kinds = new Map<string, BratLine>();
  for (const l of lines) if (l.kind !== 'equiv') kinds.set(l.id, l);

  const refer = (from: BratLine, label: string, target: string, allowed: readonly BratLine['kind'][]): void => {
    const found = kinds.get(target);
    if (!found) errors.push({ line: from.line, message: `${label} refers to ${target}, which is not in the file` });
    else if (allowed.length > 0 && !allowed.includes(found.kind)) errors.push({ line: from.line, message: `${label} refers to ${target}, which is not ${allowedText(allowed)}` });
  };

  for (const l of lines) {
    switch (l.kind) {
      case 'text':
        checkTextBound(l, text, errors, warnings);
        break;
      case 'relation':
        for (const arg of l.args) refer(l, l.id, arg.id, ['text', 'event']);
        break;
      case 'event': {
        const trigger = kinds.get(l.trigger);
        if (!trigger) errors.push({ line: l.line, message: `${l.id} refers to ${l.trigger}, which is not in the file` });
        else if (trigger.kind !== 'text') errors.push({ line: l.line, message: `${l.id}'s trigger ${l.trigger} is not a text-bound annotation` });
        else if (trigger.type !== l.type) errors.push({ line: l.line, message: `${l.id} is a ${l.type} event, but its trigger ${l.trigger} is a ${trigger.type}` });
        for (const arg of l.args) refer(l, l.id, arg.id, ['text', 'event']);
        break;
      }
      case 'attribute':
      case 'normalization':
      case 'note':
        refer(l, l.id, l.target, []);
        break;
      case 'equiv':
        for (const id of l.ids) refer(l, `the ${l.type} equivalence`, id, ['text', 'event']);
        break;
    }
  }
  return { errors, warnings };
}

function allowedText(kinds: readonly BratLine['kind'][]): string {
  return kinds.map((k) => (k === 'text' ? 'a text-bound annotation' : k === 'event' ? 'an event' : `a ${k}`)).join(' or ');
}

/** The text a T line's fragments cover, joined as brat joins them (one space). */
export function coveredText(l: BratTextBound, text: StoredText): string {
  return l.fragments.map(([s, e]) => text.slice(s, e)).join(' ');
}

function checkTextBound(l: BratTextBound, text: StoredText, errors: LineProblem[], warnings: LineProblem[]): void {
  const before = errors.length;
  l.fragments.forEach(([start, end], i) => {
    const at = `${start} ${end}`;
    if (start > end) errors.push({ line: l.line, message: `the fragment ${at} ends before it starts` });
    else if (start < 0) errors.push({ line: l.line, message: `offset ${start} is before the start of the text` });
    else if (end > text.length) errors.push({ line: l.line, message: `offset ${end} is past the end of the text (${text.length} characters)` });
    else {
      const other = l.fragments.slice(0, i).find(([s, e]) => start < e && s < end);
      if (other) errors.push({ line: l.line, message: `the fragments ${other[0]} ${other[1]} and ${at} overlap` });
    }
  });
  if (errors.length > before) return;
  const covered = coveredText(l, text);
  const offsets = l.fragments.map(([s, e]) => `${s} ${e}`).join(';');
  const tail = l.tail ?? '';
  if (tail.trim() === '') {
    if (covered !== '') warnings.push({ line: l.line, message: `${l.id} has no text after its offsets; it was filled from the document (${quote(shown(covered))})` });
    return;
  }
  if (tail.startsWith(covered)) {
    const rest = tail.slice(covered.length);
    if (rest === '' || /^\s/.test(rest)) {
      if (rest.trim() !== '') warnings.push({ line: l.line, message: `${l.id}'s text goes on after the covered text (${quote(rest.trim())}); that was ignored` });
      return;
    }
  }
  const joined = l.fragments.map(([s, e]) => text.slice(s, e)).join('');
  if (l.fragments.length > 1 && tail.startsWith(joined)) {
    // brat before 1.3 joined fragments without a space; brat itself upgrades such lines.
    warnings.push({ line: l.line, message: `${l.id}'s text joins its fragments without a space (written before brat 1.3); read as ${quote(shown(covered))}` });
    return;
  }
  errors.push({ line: l.line, message: `${l.id}'s text ${quote(tail)} does not match the text at ${offsets}, ${quote(shown(covered))}` });
}

/** Line breaks shown as brat shows them in its messages. */
function shown(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
