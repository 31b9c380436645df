import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { AnchoredAnnotation } from './anchorAnnotation';
import { annotationsAt } from './annotationsAt';

function item(id: string, ranges: [number, number][], orphaned = false): AnchoredAnnotation {
  const r = ranges.map(([start, end]) => ({ start, end }));
  const annotation = { id, ranges: r } as Annotation;
  return { annotation, anchor: orphaned ? { status: 'orphaned' } : { status: 'anchored', method: 'position', ranges: r } };
}

describe('annotationsAt', () => {
  const claim = item('claim', [[0, 40]]);
  const person = item('person', [[10, 25]]);
  const name = item('name', [[18, 25]]);
  const split = item('split', [[0, 5], [30, 35]]);
  const orphan = item('orphan', [[0, 40]], true);
  const all = [claim, person, name, split, orphan];

  it.each<[string, number, string[]]>([
    ['inside three nested: innermost first', 20, ['name', 'person', 'claim']],
    ['on the end of a range (a click after its last character)', 25, ['name', 'person', 'claim']],
    ['in the second part of a discontinuous one (its span, 35, is shorter)', 32, ['split', 'claim']],
    ['in the gap of a discontinuous one', 28, ['claim']],
    ['past everything', 41, []],
  ])('%s', (_name, offset, ids) => {
    expect(annotationsAt(all, offset).map((a) => a.id)).toEqual(ids);
  });
});
