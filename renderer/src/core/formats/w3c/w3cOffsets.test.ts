import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../../../testing/fixtures';
import { w3cFailures } from '../../../../testing/w3cAssertions';
import type { Article, TextRange } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import { defaultTags } from '../../model/tagSchema';
import { CodePointIndex } from '../../text/codePoints';
import { describeQuote } from '../../text/describeQuote';
import type { ProjectSnapshot } from '../projectSnapshot';
import { exportW3c } from './exportW3c';
import { importW3c } from './importW3c';
import type { W3cCollection, W3cPassageAnnotation } from './w3cTypes';

const TAGS = defaultTags();
const AT = '2026-01-01T00:00:00.000Z';

/** The pieces that break offset arithmetic: astral emoji, flags, ZWJ sequences, combining marks, Arabic, CRLF. */
const PIECES = ['a', 'word ', 'Deir Ezzor ', '😀', '🇸🇾', '👩‍👩‍👧', 'e\u0301', 'n\u0303\u0323', 'مرحبا ', 'قوات ', '\r\n', '\n', ' ', '45', '𝔘𝔫𝔦'];

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''));

/** Sorted, non-empty ranges on code point boundaries (the app never splits a surrogate pair). */
function rangesArb(points: number): fc.Arbitrary<{ start: number; end: number }[]> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: points }), { minLength: 2, maxLength: 6 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .map((cuts) => {
      const out: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2) out.push({ start: cuts[i] as number, end: cuts[i + 1] as number });
      return out;
    });
}

const projectArb = textArb.chain((text) => {
  const points = Array.from(text).length;
  const annotation = fc.record({
    ranges: rangesArb(points),
    claim: fc.boolean(),
    note: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 20 })),
    id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  });
  return fc.record({ text: fc.constant(text), annotations: fc.uniqueArray(annotation, { minLength: 1, maxLength: 5, selector: (a) => a.id }) });
});

function snapshotOf(text: string, drafts: readonly { ranges: TextRange[]; claim: boolean; note: string; id: string }[]): ProjectSnapshot {
  const article: Article = makeArticle('art', text);
  const index = new CodePointIndex(text);
  const annotations: Annotation[] = drafts.map((d) => {
    const ranges = d.ranges.map((r) => ({ start: index.unitOf(r.start), end: index.unitOf(r.end) }));
    return {
      id: d.id,
      articleId: 'art',
      kind: d.claim ? 'claim' : 'entity',
      tag: d.claim ? 'claim' : 'location',
      ranges,
      quotes: ranges.map((r) => describeQuote(text, r)),
      note: d.note,
      attributes: {},
      entityId: null,
      createdAt: AT,
      updatedAt: AT,
    };
  });
  return { name: 'Property', articles: [article], annotations, links: [], linkTypes: [], entities: [], tags: TAGS, kinds: [], counted: [] };
}

function passages(collection: W3cCollection): W3cPassageAnnotation[] {
  return (collection.first?.items ?? []).filter((i): i is W3cPassageAnnotation => i.motivation === 'tagging');
}

const sortById = (rows: readonly Annotation[]): Annotation[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('W3C offsets (property tests)', () => {
  it('keeps every range exactly through export, JSON text and import', () => {
    fc.assert(
      fc.property(projectArb, ({ text, annotations }) => {
        const snapshot = snapshotOf(text, annotations);
        const back = importW3c(JSON.parse(JSON.stringify(exportW3c(snapshot))), 'p.json', snapshot.articles, TAGS);
        expect(back.report).toEqual({ imported: { annotations: annotations.length, links: 0, entities: 0 }, skipped: [], warnings: [], errors: [] });
        expect(sortById(back.annotations)).toStrictEqual(sortById(snapshot.annotations));
      }),
    );
  });

  it('writes positions that are code points: Array.from(text).slice(start, end) is the quote', () => {
    fc.assert(
      fc.property(projectArb, ({ text, annotations }) => {
        const points = Array.from(text);
        for (const item of passages(exportW3c(snapshotOf(text, annotations)))) {
          for (const target of item.target) {
            const [position, quote] = target.selector;
            if (position?.type !== 'TextPositionSelector' || quote?.type !== 'TextQuoteSelector') throw new Error('selectors out of order');
            expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
            expect(position.end).toBeLessThanOrEqual(points.length);
          }
        }
      }),
    );
  });

  it('finds every passage again by its quote when the positions are off by an edit before it', () => {
    fc.assert(
      fc.property(projectArb, fc.constantFrom('Updated 🔥 ', '\r\n', 'تحديث: '), ({ text, annotations }, inserted) => {
        const snapshot = snapshotOf(text, annotations);
        const edited = makeArticle('art', inserted + text);
        const back = importW3c(exportW3c(snapshot), 'p.json', [edited], TAGS);
        expect(back.report.errors).toEqual([]);
        expect(back.report.warnings.filter((w) => w.message.includes('orphan'))).toEqual([]);
        expect(back.annotations).toHaveLength(annotations.length);
        for (const a of back.annotations) {
          const before = snapshot.annotations.find((x) => x.id === a.id) as Annotation;
          // Each range holds its quote; where the text there is still the quote (the same word
          // earlier, say), the position wins, as in the reader, and the ranges are put back in text order.
          a.ranges.forEach((r, i) => expect(edited.text.slice(r.start, r.end)).toBe(a.quotes[i]?.exact));
          expect(a.quotes.map((q) => q.exact).sort()).toEqual(before.quotes.map((q) => q.exact).sort());
          expect(a.ranges.map((r) => r.start)).toEqual(a.ranges.map((r) => r.start).sort((x, y) => x - y));
        }
      }),
      // Found by fast-check: "d" of the inserted "Updated" is where the second fragment was, so it stays there.
      { examples: [[{ text: '😀𑒈►word 45🐣é⮊ヒ𝌖é𛋣🉄㋐', annotations: [{ ranges: [{ start: 0, end: 1 }, { start: 6, end: 7 }], claim: false, note: '', id: ' ' }] }, 'Updated 🔥 ']] },
    );
  });

  it('conforms to the W3C MUSTs whatever the text, notes and ids', () => {
    fc.assert(
      fc.property(projectArb, ({ text, annotations }) => {
        const collection = exportW3c(snapshotOf(text, annotations));
        expect(w3cFailures('collection', collection)).toEqual([]);
        for (const item of passages(collection)) expect(w3cFailures('annotation', { '@context': collection['@context'], ...item })).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
