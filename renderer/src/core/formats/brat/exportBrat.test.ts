import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../../testing/sampleSnapshot';
import type { Annotation } from '../../model/annotation';
import type { Article, TextRange } from '../../model/article';
import type { Link } from '../../model/link';
import { defaultTagSchema } from '../../model/tagSchema';
import { describeQuote } from '../../text/describeQuote';
import { normalizeText } from '../../text/normalizeText';
import type { ProjectSnapshot } from '../projectSnapshot';
import { parseAnnotationConf } from './bratConf';
import { parseBratLines } from './bratLines';
import { checkBratDocument } from './checkBratDocument';
import { StoredText } from './crlfOffsets';
import { exportBrat } from './exportBrat';
import { importBrat } from './importBrat';
import { parseVisualConf } from './visualConf';

const T = '2026-01-01T00:00:00.000Z';

function article(id: string, title: string, text: string): Article {
  return { id, title, source: '', publishedAt: '', url: '', language: 'en', contentHash: id, length: text.length, format: 'text', fileName: `${id}.txt`, importedAt: T, text, blocks: [], marks: [] };
}

function annotation(id: string, a: Article, kind: string, tag: string, ranges: TextRange[], extra: Partial<Annotation> = {}): Annotation {
  return { id, articleId: a.id, kind, tag, ranges, quotes: ranges.map((r) => describeQuote(a.text, r)), note: '', attributes: {}, entityId: null, createdAt: T, updatedAt: T, ...extra };
}

function link(id: string, from: Annotation, to: Annotation, type: string, status: Link['status'], extra: Partial<Link> = {}): Link {
  return { id, type, fromId: from.id, toId: to.id, fromArticleId: from.articleId, toArticleId: to.articleId, status, reason: '', rationale: '', createdAt: T, updatedAt: T, ...extra };
}

const at = (text: string, phrase: string, from = 0): TextRange => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
};

/** A small project with one of everything the export has to write. */
function smallProject(): ProjectSnapshot {
  const schema = defaultTagSchema();
  const claim = schema.tags[0];
  if (claim) {
    claim.attributes = [
      { id: 'certainty', label: 'Certainty', type: 'choice', choices: ['reported', 'confirmed'] },
      { id: 'deaths', label: 'Deaths (count)', type: 'number', choices: [] },
      { id: 'checked', label: 'Checked', type: 'text', choices: [] },
    ];
  }
  const a = article('a1', 'Sony buys Columbia', 'Sony bought Columbia Pictures.\n\nIt paid 😀 3.4 billion dollars, said Sony.');
  const text = a.text;
  const sony = annotation('m-sony', a, 'entity', 'organization', [at(text, 'Sony')], { entityId: 'e-sony' });
  const columbia = annotation('m-columbia', a, 'entity', 'organization', [at(text, 'Columbia'), at(text, 'Pictures')]);
  const deal = annotation('c-deal', a, 'claim', 'claim', [{ start: at(text, 'Columbia').start, end: at(text, '3.4 billion').end }], {
    note: 'Big deal.\nCheck the figure.',
    attributes: { certainty: 'reported', deaths: 3, checked: true, unchecked: false, extra: 'two\nlines' },
  });
  const paid = annotation('c-paid', a, 'claim', 'claim', [at(text, 'It paid 😀 3.4 billion dollars')]);
  return {
    name: 'Small',
    articles: [a],
    annotations: [paid, deal, columbia, sony],
    links: [link('l-1', deal, paid, 'contradicts', 'confirmed', { rationale: 'Two lines\nof reasons.', why: 'test' }), link('l-2', paid, deal, 'supports', 'rejected', { reason: 'other' })],
    linkTypes: [],
    entities: [{ id: 'e-sony', name: 'Sony Corporation', type: 'organization', aliases: ['Sony'], createdAt: T, updatedAt: T }],
    tags: schema.tags,
    kinds: schema.kinds,
    counted: [],
  };
}

describe('exportBrat', () => {
  it('writes each article as .txt and .ann, with the configuration and the Crosscheck files beside them', () => {
    const files = exportBrat(smallProject());
    expect([...files.keys()]).toEqual(['sony-buys-columbia-a1.txt', 'sony-buys-columbia-a1.ann', 'annotation.conf', 'visual.conf', 'crosscheck-links.jsonl', 'crosscheck-entities.jsonl', 'crosscheck-articles.jsonl']);
    expect(files.get('sony-buys-columbia-a1.txt')).toBe(smallProject().articles[0]?.text);
  });

  it('writes T, R, A, N and # lines: code point offsets, a range over a paragraph break in fragments, notes line by line', () => {
    expect(exportBrat(smallProject()).get('sony-buys-columbia-a1.ann')).toBe(
      [
        'T1\tOrganization 0 4\tSony',
        // "Columbia Pictures.\n\nIt paid 😀 3.4 billion": the two line breaks are left out; 😀 counts one.
        'T2\tClaim 12 30;32 53\tColumbia Pictures. It paid 😀 3.4 billion',
        'T3\tOrganization 12 20;21 29\tColumbia Pictures',
        'T4\tClaim 32 61\tIt paid 😀 3.4 billion dollars',
        // The rejected "supports" link is not an R line; the crosscheck-links.jsonl has it.
        'R1\tContradicts Arg1:T2 Arg2:T4\t',
        'A1\tCertainty T2 reported',
        'A2\tDeaths_count T2 3',
        'A3\tChecked T2',
        'A4\textra T2 two lines',
        'N1\tReference T1 crosscheck:e-sony\tSony Corporation',
        '#1\tAnnotatorNotes T2\tBig deal.',
        '#2\tAnnotatorNotes T2\tCheck the figure.',
        '#3\tAnnotatorNotes R1\tTwo lines',
        '#4\tAnnotatorNotes R1\tof reasons.',
        '',
      ].join('\n'),
    );
  });

  it('writes the links, all of them with their status, and the entities and articles, as JSON lines', () => {
    const files = exportBrat(smallProject());
    const rows = (name: string) => String(files.get(name)).trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(rows('crosscheck-links.jsonl')).toEqual([
      { fromDoc: 'sony-buys-columbia-a1', fromT: 'T2', toDoc: 'sony-buys-columbia-a1', toT: 'T4', type: 'contradicts', typeName: 'Contradicts', status: 'confirmed', reason: '', rationale: 'Two lines\nof reasons.', why: 'test', relation: 'R1' },
      { fromDoc: 'sony-buys-columbia-a1', fromT: 'T4', toDoc: 'sony-buys-columbia-a1', toT: 'T2', type: 'supports', typeName: 'Supports', status: 'rejected', reason: 'other', rationale: '', relation: null },
    ]);
    expect(rows('crosscheck-entities.jsonl')).toEqual([{ id: 'e-sony', name: 'Sony Corporation', type: 'organization', typeName: 'Organization', aliases: ['Sony'] }]);
    expect(rows('crosscheck-articles.jsonl')).toEqual([{ doc: 'sony-buys-columbia-a1', title: 'Sony buys Columbia', source: '', publishedAt: '', url: '', language: 'en', blocks: [], marks: [] }]);
  });

  it('declares in annotation.conf what the .ann files use, with the argument types and values, in four sections', () => {
    expect(exportBrat(smallProject()).get('annotation.conf')).toBe(
      [
        '# Made by Crosscheck from the project “Small”.',
        '# The types, relations and attributes its annotations use.',
        '',
        '[entities]',
        '',
        'Claim',
        'Organization',
        '',
        '[relations]',
        '',
        'Contradicts\tArg1:Claim, Arg2:Claim',
        '',
        '[events]',
        '',
        '[attributes]',
        '',
        'Certainty\tArg:Claim, Value:reported|confirmed',
        'Deaths_count\tArg:Claim, Value:3',
        'Checked\tArg:Claim',
        'extra\tArg:Claim, Value:two lines',
        '',
      ].join('\n'),
    );
  });

  it('gives visual.conf the labels and colours of the tags and link types the .ann files use', () => {
    const visual = parseVisualConf(String(exportBrat(sampleSnapshot()).get('visual.conf')));
    // Same claim and Revises count join articles: only crosscheck-links.jsonl has those links, but their look is kept here.
    expect(Object.fromEntries(visual.labels)).toEqual({ Claim: 'Claim', Group: 'Group', Organization: 'Organization', Contradicts: 'Contradicts', Same_claim: 'Same claim', Revises_count: 'Revises count' });
    expect(visual.drawing.get('Claim')?.get('bgColor')).toBe('#E69F00');
    expect(visual.drawing.get('Organization')?.get('bgColor')).toBe('#009E73');
    // A link type with no direction is drawn without an arrowhead.
    expect(Object.fromEntries(visual.drawing.get('Contradicts') ?? [])).toEqual({ color: '#D55E00', arrowHead: 'none' });
  });

  it('writes odd rows as well as brat allows: a tag or link type the project lacks named by its id, nothing for a range over line breaks alone', () => {
    const p = smallProject();
    const a = p.articles[0] as Article;
    const stray = annotation('x-stray', a, 'entity', 'lost tag!', [at(a.text, 'said')]);
    const blank = annotation('x-blank', a, 'entity', 'person', [at(a.text, '\n\n')]);
    const sony = p.annotations.find((x) => x.id === 'm-sony') as Annotation;
    p.annotations = [stray, blank, sony];
    p.links = [link('l-x', sony, stray, 'gone-type', 'candidate'), link('l-y', sony, blank, 'contradicts', 'confirmed')];
    const files = exportBrat(p);
    expect(files.get('sony-buys-columbia-a1.ann')).toBe('T1\tOrganization 0 4\tSony\nT2\tlost_tag 63 67\tsaid\nR1\tgone-type Arg1:T1 Arg2:T2\t\nN1\tReference T1 crosscheck:e-sony\tSony Corporation\n');
    expect(String(files.get('crosscheck-links.jsonl')).trimEnd().split('\n')).toHaveLength(1);
  });

  describe('the sample project', () => {
    const files = exportBrat(sampleSnapshot());
    const anns = [...files].filter(([name]) => name.endsWith('.ann'));

    it('declares every type, relation and attribute the .ann files use, with all four sections', () => {
      const confText = String(files.get('annotation.conf'));
      for (const section of ['entities', 'relations', 'events', 'attributes']) expect(confText).toMatch(new RegExp(`^\\[${section}\\]$`, 'm'));
      const conf = parseAnnotationConf(confText);
      const relationLines = [...confText.matchAll(/^(\S+)\tArg1:(\S+), Arg2:(\S+)$/gm)].map((m) => ({ name: m[1] ?? '', arg1: (m[2] ?? '').split('|'), arg2: (m[3] ?? '').split('|') }));
      let used = 0;
      for (const [, ann] of anns) {
        const { lines, errors } = parseBratLines(String(ann));
        expect(errors).toEqual([]);
        const typeOf = new Map(lines.flatMap((l) => (l.kind === 'text' ? [[l.id, l.type] as const] : [])));
        for (const l of lines) {
          used++;
          if (l.kind === 'text') expect(conf.entities).toContain(l.type);
          if (l.kind === 'relation') {
            const decl = relationLines.find((r) => r.name === l.type);
            expect(decl?.arg1).toContain(typeOf.get(l.args[0].id));
            expect(decl?.arg2).toContain(typeOf.get(l.args[1].id));
          }
          if (l.kind === 'attribute') {
            const values = conf.attributes.get(l.name);
            expect(values).toBeDefined();
            if (l.value !== true) expect(values).toContain(l.value);
          }
        }
      }
      expect(used).toBeGreaterThan(0);
    });

    it('writes .ann files brat’s checks pass without an error or a warning', () => {
      for (const [name, ann] of anns) {
        const { lines, errors } = parseBratLines(String(ann));
        const checked = checkBratDocument(lines, new StoredText(String(files.get(name.replace(/\.ann$/, '.txt')))));
        expect([...errors, ...checked.errors, ...checked.warnings]).toEqual([]);
      }
    });

    it('names the documents after their titles and ids', () => {
      expect([...files.keys()].filter((k) => k.endsWith('.txt'))).toEqual([
        'us-backed-militias-said-they-captured-000.txt',
        'us-led-coalition-said-it-killed-at-least-002.txt',
        'backed-forces-in-syria-strike-pro-regime-003.txt',
      ]);
    });
  });
});

/** What a range becomes through brat: line breaks at its ends dropped, neighbours that only line breaks separate joined. */
function throughBrat(text: string, ranges: readonly TextRange[]): TextRange[] {
  const isBreak = (i: number) => /[\n\u2028]/.test(text[i] ?? '');
  const trimmed = ranges
    .map((r) => {
      let { start, end } = r;
      while (start < end && isBreak(start)) start++;
      while (end > start && isBreak(end - 1)) end--;
      return { start, end };
    })
    .filter((r) => r.end > r.start);
  const out: TextRange[] = [];
  for (const r of trimmed) {
    const last = out[out.length - 1];
    let gapIsBreaks = !!last;
    for (let i = last?.end ?? 0; gapIsBreaks && i < r.start; i++) gapIsBreaks = isBreak(i);
    if (last && gapIsBreaks) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

describe('exportBrat then importBrat, any text and annotations', () => {
  const piece = fc.constantFrom('a', 'b', ' ', '😀', 'e\u0301', 'مرحبا', '\r\n', '\n', '\u2028', '👩‍👩‍👧', '.', '🇺🇦');
  /** An article from a raw text (CRLF and all) and annotations of one to three ranges at code point boundaries. */
  const case_ = fc
    .array(piece, { minLength: 1, maxLength: 30 })
    .chain((pieces) => {
      const text = normalizeText(pieces.join(''));
      const bounds: number[] = [0];
      for (const ch of Array.from(text)) bounds.push((bounds[bounds.length - 1] ?? 0) + ch.length);
      const ranges = fc
        .uniqueArray(fc.constantFrom(...bounds), { minLength: 2, maxLength: 6 })
        .map((cuts) => [...cuts].sort((x, y) => x - y))
        .map((cuts) => {
          const out: TextRange[] = [];
          for (let i = 0; i + 1 < cuts.length; i += 2) out.push({ start: cuts[i] as number, end: cuts[i + 1] as number });
          return out;
        });
      return fc.tuple(fc.constant(text), fc.array(ranges, { maxLength: 5 }));
    });

  it('writes offsets that, read as code points of the .txt, cover exactly the TAIL, and reads back the same UTF-16 ranges', () => {
    fc.assert(
      fc.property(case_, ([text, rangeLists]) => {
        const a = article('doc', 'Doc', text);
        const annotations = rangeLists.map((ranges, i) => annotation(`a${i}`, a, 'entity', 'person', ranges));
        const snapshot: ProjectSnapshot = { ...smallProject(), articles: [a], annotations, links: [], entities: [] };
        const files = exportBrat(snapshot);
        const txt = String(files.get('doc-doc.txt'));
        expect(txt).toBe(text);
        const points = Array.from(txt);
        const { lines } = parseBratLines(String(files.get('doc-doc.ann')));
        for (const l of lines) {
          if (l.kind !== 'text') continue;
          expect(l.fragments.map(([s, e]) => points.slice(s, e).join('')).join(' ')).toBe(l.tail);
          expect(l.tail).not.toMatch(/[\n\r\u2028]/);
        }
        const back = importBrat(files, { tags: snapshot.tags });
        expect(back.report.errors).toEqual([]);
        expect(back.articles[0]?.text).toBe(text);
        const key = (ranges: readonly TextRange[]) => JSON.stringify(ranges);
        const expected = annotations.map((x) => throughBrat(text, x.ranges)).filter((r) => r.length > 0);
        expect(back.annotations.map((x) => key(x.ranges)).sort()).toEqual(expected.map(key).sort());
        for (const x of back.annotations) expect(x.quotes).toEqual(x.ranges.map((r) => describeQuote(text, r)));
      }),
      { numRuns: 300 },
    );
  });
});
