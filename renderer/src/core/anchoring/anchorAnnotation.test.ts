import { describe, it, expect } from 'vitest';
import type { TextRange } from '../model/article';
import type { Annotation } from '../model/annotation';
import { describeQuote } from '../text/describeQuote';
import { anchorAll, anchorAnnotation } from './anchorAnnotation';

const OLD = 'The army said 12 people died. Witnesses said 30 died. The ministry denied it.';

function rangeOf(text: string, needle: string): TextRange {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start: at, end: at + needle.length };
}

/** An annotation over the given phrases of `text`, with quotes described on that text. */
function annotate(id: string, text: string, ...phrases: string[]): Annotation {
  const ranges = phrases.map((p) => rangeOf(text, p));
  return {
    id,
    articleId: 'a1',
    kind: 'claim',
    tag: 'claim',
    ranges,
    quotes: ranges.map((r) => describeQuote(text, r)),
    note: '',
    attributes: {},
    entityId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('anchorAnnotation', () => {
  it('anchors a single range by position on unchanged text', () => {
    const a = annotate('n1', OLD, '12 people died');
    expect(anchorAnnotation(OLD, a)).toEqual({ status: 'anchored', method: 'position', ranges: [rangeOf(OLD, '12 people died')] });
  });

  it('anchors every range of a discontinuous annotation, in order', () => {
    const a = annotate('n1', OLD, 'The army said', '12 people died', 'denied it');
    expect(anchorAnnotation(OLD, a)).toEqual({
      status: 'anchored',
      method: 'position',
      ranges: [rangeOf(OLD, 'The army said'), rangeOf(OLD, '12 people died'), rangeOf(OLD, 'denied it')],
    });
  });

  it('anchors every range by quote when the text moved', () => {
    const newText = `Updated at noon. ${OLD}`;
    const a = annotate('n1', OLD, 'army said', '30 died');
    expect(anchorAnnotation(newText, a)).toEqual({
      status: 'anchored',
      method: 'quote',
      ranges: [rangeOf(newText, 'army said'), rangeOf(newText, '30 died')],
    });
  });

  it('reports quote anchoring when only some ranges moved', () => {
    // Text inserted between the two ranges: the first stays put, the second moves.
    const newText = OLD.replace('Witnesses', 'Several witnesses');
    const a = annotate('n1', OLD, 'army said', '30 died');
    expect(anchorAnnotation(newText, a)).toEqual({
      status: 'anchored',
      method: 'quote',
      ranges: [rangeOf(newText, 'army said'), rangeOf(newText, '30 died')],
    });
  });

  it('reports quote anchoring when only the first range moved', () => {
    // "AA" moves within the first sentence, which keeps its length; the second sentence stays put.
    const oldText = 'AA said X. BB said Y.';
    const newText = 'X said AA. BB said Y.';
    const a = annotate('n1', oldText, 'AA', 'BB said Y');
    expect(anchorAnnotation(newText, a)).toEqual({
      status: 'anchored',
      method: 'quote',
      ranges: [rangeOf(newText, 'AA'), rangeOf(oldText, 'BB said Y')],
    });
  });

  it.each([
    ['the first range', OLD.replace('army said', 'army stated')],
    ['the middle range', OLD.replace('12 people', 'twelve people')],
    ['the last range', OLD.replace('denied it', 'confirmed it')],
  ])('orphans a multi-range annotation when %s no longer anchors', (_name, newText) => {
    const a = annotate('n1', OLD, 'army said', '12 people died', 'denied it');
    expect(anchorAnnotation(newText, a)).toEqual({ status: 'orphaned' });
  });

  it('orphans an annotation with a range but no quote for it', () => {
    const a = annotate('n1', OLD, 'army said', '30 died');
    const missing = { ...a, quotes: a.quotes.slice(0, 1) };
    expect(anchorAnnotation(OLD, missing)).toEqual({ status: 'orphaned' });
  });

  it('orphans an annotation without ranges', () => {
    const a = { ...annotate('n1', OLD, 'army'), ranges: [], quotes: [] };
    expect(anchorAnnotation(OLD, a)).toEqual({ status: 'orphaned' });
  });

  it('orphans an annotation whose quote is empty', () => {
    const a = { ...annotate('n1', OLD, 'army'), ranges: [{ start: 4, end: 4 }], quotes: [{ exact: '', prefix: 'The ', suffix: 'army' }] };
    expect(anchorAnnotation(OLD, a)).toEqual({ status: 'orphaned' });
  });

  it('orphans when the article text is empty', () => {
    expect(anchorAnnotation('', annotate('n1', OLD, 'army'))).toEqual({ status: 'orphaned' });
  });
});

describe('anchorAll', () => {
  it('keeps every annotation, anchored or orphaned, in the order given', () => {
    const newText = `Correction: ${OLD.replace('30 died', 'dozens died')}`;
    const annotations = [
      annotate('n1', OLD, 'The ministry denied it'),
      annotate('n2', OLD, '30 died'),
      annotate('n3', OLD, 'army said', 'Witnesses said'),
    ];
    const result = anchorAll(newText, annotations);
    expect(result.map((r) => r.annotation)).toEqual(annotations);
    expect(result.map((r) => r.annotation.id)).toEqual(['n1', 'n2', 'n3']);
    expect(result[0]?.annotation).toBe(annotations[0]);
    expect(result.map((r) => r.anchor)).toEqual([
      { status: 'anchored', method: 'quote', ranges: [rangeOf(newText, 'The ministry denied it')] },
      { status: 'orphaned' },
      { status: 'anchored', method: 'quote', ranges: [rangeOf(newText, 'army said'), rangeOf(newText, 'Witnesses said')] },
    ]);
  });

  it('never changes the stored annotations', () => {
    const annotations = [annotate('n1', OLD, '30 died'), annotate('n2', OLD, 'army said')];
    const before = JSON.parse(JSON.stringify(annotations)) as Annotation[];
    anchorAll('Completely different text.', annotations);
    expect(annotations).toEqual(before);
  });
});
