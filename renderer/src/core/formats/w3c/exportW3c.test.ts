import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../../../testing/fixtures';
import { annotate, sampleCorpus } from '../../../../testing/sampleCorpus';
import { runW3cSuite, w3cFailures } from '../../../../testing/w3cAssertions';
import type { Article } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import { DEFAULT_COUNTED_THINGS } from '../../model/figure';
import type { Link } from '../../model/link';
import { DEFAULT_KINDS, defaultTags } from '../../model/tagSchema';
import { describeQuote } from '../../text/describeQuote';
import type { ProjectSnapshot } from '../projectSnapshot';
import { exportW3c } from './exportW3c';
import { exportW3cAnnotation } from './exportW3cAnnotation';
import { exportW3cLink } from './exportW3cLink';
import { importW3c } from './importW3c';
import type { W3cAnnotation, W3cCollection, W3cLinkAnnotation, W3cPage, W3cPassageAnnotation } from './w3cTypes';

/** Emoji (flag, ZWJ-free pictographs), CRLF line ends, Arabic and a combining accent in one text. */
const MIXED = 'Update 🇸🇾 08:00\r\nThe SDF 👍 said at least 12 people were killed near the cafe\u0301.\r\nقوات سوريا الديمقراطية قالت إن 12 قتلوا.\r\nOthers said 30 died 😢 overnight.';
const AT = '2026-01-02T03:04:05.000Z';

function articlesOf(): Article[] {
  const corpus = sampleCorpus();
  const out = [...corpus.values()].map(({ summary, body }) => ({ ...summary, ...body }));
  const afp = out.find((a) => a.id === '002');
  if (afp) afp.url = 'https://example.org/afp/2018-02-08/coalition-strikes';
  return [...out, { ...makeArticle('x1', MIXED), title: 'Mixed scripts' }];
}

/** An annotation over `phrases` of `article`, each found after the previous one (a discontinuous one when several). */
function mark(id: string, article: Article, phrases: string[], kind: 'claim' | 'entity', extra: Partial<Annotation> = {}): Annotation {
  let from = 0;
  const ranges = phrases.map((p) => {
    const start = article.text.indexOf(p, from);
    if (start < 0) throw new Error(`“${p}” is not in ${article.id}`);
    from = start + p.length;
    return { start, end: start + p.length };
  });
  return {
    id,
    articleId: article.id,
    kind,
    tag: kind === 'claim' ? 'claim' : 'group',
    ranges,
    quotes: ranges.map((r) => describeQuote(article.text, r)),
    note: '',
    attributes: {},
    entityId: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

const ENTITIES: Entity[] = [
  { id: 'e_sdf', name: 'Syrian Democratic Forces', type: 'group', aliases: ['SDF', 'قوات سوريا الديمقراطية'], createdAt: AT, updatedAt: AT },
  { id: 'e_coalition', name: 'US-led coalition', type: 'group', aliases: [], createdAt: AT, updatedAt: AT },
  { id: 'e_daesh', name: 'Islamic State', type: 'group', aliases: ['Daesh', 'IS', 'ISIS'], createdAt: AT, updatedAt: AT },
];

function link(id: string, type: string, fromId: string, toId: string, status: Link['status'], extra: Partial<Link> = {}): Link {
  return { id, type, fromId, toId, fromArticleId: '', toArticleId: '', status, reason: '', rationale: '', createdAt: AT, updatedAt: '2026-01-03T00:00:00.000Z', ...extra };
}

/** The sample project: the seed articles and a mixed-script one, claims, mentions with entities, notes, discontinuous passages, links of every status. */
function sampleProject(): ProjectSnapshot {
  const articles = articlesOf();
  const byId = (id: string): Article => articles.find((a) => a.id === id) as Article;
  const corpus = sampleCorpus();
  const annotations: Annotation[] = [
    annotate(corpus, 'a_c1', '002', 'killed at least 100 pro-regime fighters', 'claim', {
      note: "The coalition's own count",
      attributes: { confidence: 'high', sources: 2, checked: true },
      figure: { phrase: 'at least 100', qualifier: 'at-least', low: 100, high: null, counted: 'killed', countedEntityId: null },
      attribution: { phrase: 'The US-led coalition said', source: 'The US-led coalition', entityId: 'e_coalition' },
    }),
    annotate(corpus, 'a_c2', '002', 'confirmed 45 dead among pro-regime forces', 'claim', {
      figure: { phrase: '45', qualifier: 'exact', low: 45, high: 45, counted: 'killed', countedEntityId: 'e_sdf' },
      attribution: null,
    }),
    annotate(corpus, 'a_c3', '003', 'Some 100 pro-regime forces were killed', 'claim', { figure: null }),
    mark('a_c4', byId('002'), ['The coalition conducted strikes against attacking forces', 'it said'], 'claim', { note: 'Quote and speaker, apart' }),
    annotate(corpus, 'a_m1', '002', 'Syrian Democratic Forces', 'entity', { entityId: 'e_sdf' }),
    annotate(corpus, 'a_m2', '000', 'Daesh', 'entity', { entityId: 'e_daesh', tag: 'group' }),
    annotate(corpus, 'a_m3', '002', 'US-led coalition', 'entity', { entityId: 'e_coalition', tag: 'organization' }),
    mark('a_m4', byId('x1'), ['قوات سوريا الديمقراطية'], 'entity', { entityId: 'e_sdf' }),
    mark('a_m5', byId('x1'), ['🇸🇾'], 'entity', { tag: 'location' }),
    mark('a_c5', byId('x1'), ['at least 12 people were killed near the cafe\u0301'], 'claim', { note: 'Emoji 👥 in the note,\r\nand a CRLF' }),
    mark('a_c6', byId('x1'), ['Others said', '30 died 😢'], 'claim'),
    mark('a_m6', byId('x1'), ['SDF 👍'], 'entity', { entityId: 'e_sdf', updatedAt: '2026-01-05T10:00:00.000Z' }),
  ];
  const articleOf = (id: string): string => annotations.find((a) => a.id === id)?.articleId ?? '';
  const links = [
    link('l1', 'contradicts', 'a_c1', 'a_c2', 'confirmed', { rationale: "100 by the coalition's count against 45 confirmed by the monitor" }),
    link('l2', 'same-claim', 'a_c1', 'a_c3', 'explained', { reason: 'different-source' }),
    link('l3', 'supports', 'a_c3', 'a_c1', 'candidate', { why: 'Both say about 100 were killed' }),
    link('l4', 'updates', 'a_c5', 'a_c6', 'rejected', { reason: 'other', rationale: 'Different nights' }),
    link('l5', 'disputes', 'a_c2', 'a_c5', 'candidate'),
  ].map((l) => ({ ...l, fromArticleId: articleOf(l.fromId), toArticleId: articleOf(l.toId) }));
  return {
    name: 'Deir Ezzor sample — 2018',
    articles,
    annotations,
    links,
    linkTypes: [{ id: 'disputes', label: 'Disputes', color: '#999999', directed: true, key: '5' }],
    entities: ENTITIES,
    tags: defaultTags(),
    kinds: DEFAULT_KINDS.map((k) => ({ ...k })),
    counted: DEFAULT_COUNTED_THINGS.map((c) => ({ ...c })),
  };
}

function pagesOf(collection: W3cCollection): W3cPage[] {
  return [...(collection.first ? [collection.first] : []), ...(collection['cc:pages'] ?? [])];
}

function itemsOf(collection: W3cCollection): W3cAnnotation[] {
  return pagesOf(collection).flatMap((p) => p.items);
}

/** An embedded page or item as a document of its own: the context its collection gives it. */
function standalone<T extends object>(collection: W3cCollection, part: T): T & { '@context': W3cCollection['@context'] } {
  return { '@context': collection['@context'], ...part };
}

function passage(collection: W3cCollection, id: string): W3cPassageAnnotation {
  const found = itemsOf(collection).find((i) => i.id === `urn:crosscheck:annotation:${id}`);
  if (!found || found.motivation !== 'tagging') throw new Error(`no annotation ${id}`);
  return found;
}

function linkItemOf(collection: W3cCollection, id: string): W3cLinkAnnotation {
  const found = itemsOf(collection).find((i) => i.id === `urn:crosscheck:link:${id}`);
  if (!found || found.motivation !== 'linking') throw new Error(`no link ${id}`);
  return found;
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('exportW3c conformance (the W3C WG assertions, MUSTs)', () => {
  const project = sampleProject();
  const single = exportW3c(project);
  const paged = exportW3c(project, { pageSize: 4, exportedAt: '2026-02-01T00:00:00.000Z' });

  if (process.env.W3C_SAMPLE_OUT) {
    writeFileSync(process.env.W3C_SAMPLE_OUT, JSON.stringify(single, null, 2));
    writeFileSync(process.env.W3C_SAMPLE_OUT.replace(/\.json$/, '-annotation.json'), JSON.stringify(exportW3cAnnotation(project.annotations[0] as Annotation, project), null, 2));
    writeFileSync(process.env.W3C_SAMPLE_OUT.replace(/\.json$/, '-paged.json'), JSON.stringify(paged, null, 2));
  }

  it.each([
    ['one page', single],
    ['pages of 4', paged],
  ])('the collection passes --suite collection (%s)', (_name, collection) => {
    expect(w3cFailures('collection', collection)).toEqual([]);
  });

  it.each([
    ['one page', single],
    ['pages of 4', paged],
  ])('the collection with its embedded first page passes --suite page (%s)', (_name, collection) => {
    expect(w3cFailures('page', collection)).toEqual([]);
  });

  it.each([
    ['one page', single],
    ['pages of 4', paged],
  ])('every page, served on its own with the context, passes --suite page (%s)', (_name, collection) => {
    for (const page of pagesOf(collection)) expect({ page: page.id, failures: w3cFailures('page', standalone(collection, page)) }).toEqual({ page: page.id, failures: [] });
  });

  it('every annotation and link, with the context, passes --suite annotation', () => {
    const items = itemsOf(single);
    expect(items).toHaveLength(project.annotations.length + project.links.length);
    for (const item of items) expect({ item: item.id, failures: w3cFailures('annotation', standalone(single, item)) }).toEqual({ item: item.id, failures: [] });
  });

  it.each([...sampleProject().annotations.map((a) => [a.id, a] as const)])('exportW3cAnnotation(%s) is a conforming standalone document', (_id, annotation) => {
    expect(w3cFailures('annotation', exportW3cAnnotation(annotation, project))).toEqual([]);
  });

  it.each([...sampleProject().links.map((l) => [l.id, l] as const)])('exportW3cLink(%s) is a conforming standalone document', (_id, l) => {
    expect(w3cFailures('annotation', exportW3cLink(l, project))).toEqual([]);
  });

  // The shapes this export avoids, and why: each fails a MUST of the assertions (so the helper is not vacuous).
  it.each<[string, (c: W3cCollection) => unknown, 'annotation' | 'collection' | 'page', string]>([
    ['an item without the context', (c) => passage(c, 'a_c1'), 'annotation', '3.1-annotationContextValidated.json'],
    ['the entity as a bare IRI resource with a purpose', (c) => ({ ...standalone(c, passage(c, 'a_m1')), body: [{ id: 'urn:crosscheck:entity:e_sdf', purpose: 'identifying' }] }), 'annotation', '3.3.5-bodyEWRNoPurpose.json'],
    ['a note as bodyValue beside the body', (c) => ({ ...standalone(c, passage(c, 'a_c1')), bodyValue: 'note' }), 'annotation', '3.2.5-notBodyBodyValue.json'],
    ['a negative position', (c) => ({ ...standalone(c, passage(c, 'a_c1')), target: [{ type: 'SpecificResource', source: 'urn:crosscheck:article:002', selector: { type: 'TextPositionSelector', start: -1, end: 3 } }] }), 'annotation', '4.2-TextDataPositionSelectorValid.json'],
    ['a created time without a zone', (c) => ({ ...standalone(c, passage(c, 'a_c1')), created: '2026-01-01T00:00:00' }), 'annotation', '3.3.1-annotationCreatedValidated.json'],
    ['the last page embedded', (c) => ({ ...c, last: c.first }), 'collection', '5.1-collectionLastValidated.json'],
    ['a page naming its collection by IRI alone', (c) => standalone(c, { ...c.first, partOf: c.id }), 'page', '5.2-pageFirstValidated.json'],
    ['an embedded page without the context, checked on its own', (c) => c.first, 'page', '5.2-pageContextValidated.json'],
  ])('avoids %s (it fails a MUST)', (_name, make, suite, assertion) => {
    expect(w3cFailures(suite, make(single)).some((f) => f.includes(assertion))).toBe(true);
  });

  it('an empty project is a conforming collection with no pages', () => {
    const empty = exportW3c({ ...project, annotations: [], links: [], entities: [] });
    expect(empty).toEqual({ '@context': single['@context'], id: single.id, type: 'AnnotationCollection', label: project.name, total: 0, 'cc:entities': [] });
    expect(w3cFailures('collection', empty)).toEqual([]);
  });

  it('uses the optional features it can: no optional assertion fails, and which pass is stable', () => {
    const count = (suite: 'annotation' | 'collection' | 'page', doc: unknown): Record<string, number> => {
      const counts: Record<string, number> = {};
      for (const r of runW3cSuite(suite, doc, { optionals: true })) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
      return counts;
    };
    const claim = standalone(single, passage(single, 'a_c1'));
    const counts = { collection: count('collection', single), page: count('page', single), annotation: count('annotation', claim), link: count('annotation', standalone(single, linkItemOf(single, 'l1'))) };
    for (const c of Object.values(counts)) expect(c.FAIL ?? 0).toBe(0);
    expect(counts).toMatchInlineSnapshot(`
      {
        "annotation": {
          "ABSENT": 91,
          "PASS": 73,
        },
        "collection": {
          "ABSENT": 11,
          "PASS": 14,
        },
        "link": {
          "ABSENT": 101,
          "PASS": 63,
        },
        "page": {
          "ABSENT": 17,
          "PASS": 17,
        },
      }
    `);
  });
});

describe('exportW3c shape', () => {
  const project = sampleProject();
  const collection = exportW3c(project);
  const mixed = project.articles.find((a) => a.id === 'x1') as Article;

  it('names the W3C context first and our prefix second', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection['@context'][1].cc).toBe('https://crosscheck.invalid/ns#');
  });

  it('is one collection for the project, all in the first page, entities alongside', () => {
    expect(collection).toMatchObject({ id: 'urn:crosscheck:project:deir-ezzor-sample-2018', type: 'AnnotationCollection', label: 'Deir Ezzor sample — 2018', total: 17, last: 'urn:crosscheck:project:deir-ezzor-sample-2018:page:1' });
    expect(collection.first).toMatchObject({ id: 'urn:crosscheck:project:deir-ezzor-sample-2018:page:1', type: 'AnnotationPage', partOf: { id: collection.id, label: collection.label, total: 17 }, startIndex: 0 });
    expect(collection.first).not.toHaveProperty('@context');
    expect(collection.first).not.toHaveProperty('next');
    expect(collection['cc:entities'].map((e) => e.id)).toEqual(['urn:crosscheck:entity:e_sdf', 'urn:crosscheck:entity:e_coalition', 'urn:crosscheck:entity:e_daesh']);
    expect(collection['cc:entities'][0]).toEqual({ id: 'urn:crosscheck:entity:e_sdf', label: 'Syrian Democratic Forces', 'cc:entityType': 'group', 'cc:aliases': ['SDF', 'قوات سوريا الديمقراطية'], created: AT, modified: AT });
  });

  it('orders passages article by article in text order, then the links', () => {
    expect(itemsOf(collection).map((i) => i.id.replace(/^urn:crosscheck:\w+:/, ''))).toEqual(['a_m2', 'a_m3', 'a_c1', 'a_c4', 'a_m1', 'a_c2', 'a_c3', 'a_m5', 'a_m6', 'a_c5', 'a_m4', 'a_c6', 'l1', 'l2', 'l3', 'l4', 'l5']);
  });

  it('pages when asked: first embedded, the rest in cc:pages, chained by next/prev, last an IRI', () => {
    const paged = exportW3c(project, { pageSize: 7, exportedAt: '2026-02-01T00:00:00.000Z' });
    const pages = pagesOf(paged);
    expect(pages.map((p) => [p.id.replace(/.*:page:/, ''), p.startIndex, p.items.length, p.prev?.replace(/.*:page:/, ''), p.next?.replace(/.*:page:/, '')])).toEqual([
      ['1', 0, 7, undefined, '2'],
      ['2', 7, 7, '1', '3'],
      ['3', 14, 3, '2', undefined],
    ]);
    expect(paged.last).toBe(pages[2]?.id);
    expect(paged.generated).toBe('2026-02-01T00:00:00.000Z');
    expect(itemsOf(paged)).toEqual(itemsOf(collection));
  });

  it.each([0, -1, 2.5])('refuses a page size of %s', (size) => {
    expect(() => exportW3c(project, { pageSize: size })).toThrow(`A page holds at least one annotation, not ${size}.`);
  });

  it('writes a claim with its tag, note, attributes, figure, attribution and article', () => {
    const item = passage(collection, 'a_c1');
    const afp = project.articles.find((a) => a.id === '002') as Article;
    const range = project.annotations[0]?.ranges[0] ?? { start: 0, end: 0 };
    expect(item).toEqual({
      id: 'urn:crosscheck:annotation:a_c1',
      type: 'Annotation',
      motivation: 'tagging',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Claim', 'cc:tag': 'claim', 'cc:kind': 'claim' },
        { type: 'TextualBody', purpose: 'commenting', value: "The coalition's own count" },
      ],
      target: [
        {
          type: 'SpecificResource',
          source: { id: 'urn:crosscheck:article:002', type: 'Text', format: 'text/plain', 'cc:url': 'https://example.org/afp/2018-02-08/coalition-strikes', 'cc:title': afp.title },
          selector: [
            { type: 'TextPositionSelector', start: range.start, end: range.end },
            { type: 'TextQuoteSelector', ...describeQuote(afp.text, range) },
          ],
        },
      ],
      'cc:attributes': [
        { 'cc:name': 'confidence', 'cc:value': 'high' },
        { 'cc:name': 'sources', 'cc:value': 2 },
        { 'cc:name': 'checked', 'cc:value': true },
      ],
      'cc:figure': { 'cc:phrase': 'at least 100', 'cc:qualifier': 'at-least', 'cc:low': 100, 'cc:counted': 'killed' },
      'cc:attribution': { 'cc:phrase': 'The US-led coalition said', 'cc:source': 'The US-led coalition', 'cc:entity': 'urn:crosscheck:entity:e_coalition' },
    });
  });

  it.each([
    ['a figure and a cleared attribution', 'a_c2', { 'cc:figure': { 'cc:phrase': '45', 'cc:qualifier': 'exact', 'cc:low': 45, 'cc:high': 45, 'cc:counted': 'killed', 'cc:countedEntity': 'urn:crosscheck:entity:e_sdf' }, 'cc:cleared': ['attribution'] }],
    ['a cleared figure, an undecided attribution', 'a_c3', { 'cc:cleared': ['figure'] }],
    ['neither decided', 'a_c4', {}],
  ])('tells decided, cleared and undecided apart: %s', (_name, id, terms) => {
    const item = passage(collection, id);
    const own = Object.fromEntries(Object.entries(item).filter(([k]) => k === 'cc:figure' || k === 'cc:attribution' || k === 'cc:cleared'));
    expect(own).toEqual(terms);
  });

  it('writes an entity mention with its entity as an identifying SpecificResource', () => {
    expect(passage(collection, 'a_m1').body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Group', 'cc:tag': 'group', 'cc:kind': 'entity' },
      { type: 'SpecificResource', purpose: 'identifying', source: { id: 'urn:crosscheck:entity:e_sdf', label: 'Syrian Democratic Forces' } },
    ]);
  });

  it.each(['a_m4', 'a_m5', 'a_c5', 'a_m6', 'a_c6'])('counts code points in %s: each position selects its quote in Array.from(text)', (id) => {
    const item = passage(collection, id);
    const points = Array.from(mixed.text);
    for (const target of item.target) {
      const [position, quote] = target.selector;
      if (position?.type !== 'TextPositionSelector' || quote?.type !== 'TextQuoteSelector') throw new Error('selectors out of order');
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(points.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
      expect(points.slice(position.end).join('').startsWith(quote.suffix)).toBe(true);
    }
  });

  it('writes a discontinuous annotation as one target per range, each with both selectors', () => {
    const item = passage(collection, 'a_c6');
    expect(item.target.map((t) => t.selector.map((s) => (s.type === 'TextQuoteSelector' ? s.exact : `${s.start}-${s.end}`)))).toEqual([
      // UTF-16 125–136 and 137–148: the flag is 2 code points in 4 units, 👍 one in 2.
      ['122-133', 'Others said'],
      ['134-143', '30 died 😢'],
    ]);
  });

  it('writes a link with both claims as targets, its direction, type, status, reason, rationale and why', () => {
    expect(linkItemOf(collection, 'l1')).toEqual({
      id: 'urn:crosscheck:link:l1',
      type: 'Annotation',
      motivation: 'linking',
      created: AT,
      modified: '2026-01-03T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'Contradicts', 'cc:linkType': 'contradicts' },
        { type: 'TextualBody', purpose: 'commenting', value: "100 by the coalition's count against 45 confirmed by the monitor" },
      ],
      target: ['urn:crosscheck:annotation:a_c1', 'urn:crosscheck:annotation:a_c2'],
      'cc:from': 'urn:crosscheck:annotation:a_c1',
      'cc:to': 'urn:crosscheck:annotation:a_c2',
      'cc:status': 'confirmed',
    });
    expect(linkItemOf(collection, 'l2')).toMatchObject({ 'cc:status': 'explained', 'cc:reason': 'different-source', body: [{ value: 'Same claim' }] });
    expect(linkItemOf(collection, 'l3')).toMatchObject({ 'cc:from': 'urn:crosscheck:annotation:a_c3', 'cc:to': 'urn:crosscheck:annotation:a_c1', 'cc:why': 'Both say about 100 were killed' });
    expect(linkItemOf(collection, 'l5').body).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'Disputes', 'cc:linkType': 'disputes' }]);
  });

  it('keeps an orphan where it was stored, so a re-import finds it orphaned again', () => {
    const stored = mark('o1', mixed, ['Others said'], 'claim');
    const orphan = { ...stored, quotes: [{ exact: 'Nobody said', prefix: '', suffix: '' }] };
    const item = exportW3cAnnotation(orphan, project);
    expect(item.target[0]?.selector).toEqual([
      { type: 'TextPositionSelector', start: 122, end: 133 },
      { type: 'TextQuoteSelector', exact: 'Nobody said', prefix: '', suffix: '' },
    ]);
  });

  it('writes where the app shows an annotation whose stored position is stale', () => {
    const stored = mark('m1', mixed, ['Others said'], 'claim');
    const stale = { ...stored, ranges: [{ start: 0, end: 11 }] };
    expect(exportW3cAnnotation(stale, project).target[0]?.selector[0]).toEqual({ type: 'TextPositionSelector', start: 122, end: 133 });
  });

  it('writes only the quote when the article is not in the snapshot', () => {
    const lost = { ...mark('q1', mixed, ['Others said'], 'claim'), articleId: 'gone' };
    expect(exportW3cAnnotation(lost, project).target).toEqual([
      { type: 'SpecificResource', source: { id: 'urn:crosscheck:article:gone', type: 'Text', format: 'text/plain' }, selector: [{ type: 'TextQuoteSelector', ...lost.quotes[0] }] },
    ]);
  });

  it.each([
    ['UTC kept as written', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
    ['an offset converted to UTC', '2026-01-01T02:00:00+02:00', '2026-01-01T00:00:00.000Z'],
    ['no zone read as UTC', '2026-01-01T00:00:00', '2026-01-01T00:00:00.000Z'],
    ['not a date left out', 'yesterday', undefined],
  ])('timestamps: %s', (_name, stored, written) => {
    const item = exportW3cAnnotation({ ...mark('t1', mixed, ['Others said'], 'claim'), createdAt: stored }, project);
    expect(item.created).toBe(written);
  });

  it('percent-encodes ids that are not IRI characters, and reads them back', () => {
    const odd = mark('a b/ç', mixed, ['Others said'], 'claim');
    const item = exportW3cAnnotation(odd, project);
    expect(item.id).toBe('urn:crosscheck:annotation:a%20b%2F%C3%A7');
    expect(w3cFailures('annotation', item)).toEqual([]);
    expect(importW3c(item, 'one.json', project.articles, project.tags).annotations[0]?.id).toBe('a b/ç');
  });
});

describe('W3C round trip (export, JSON text, import)', () => {
  const project = sampleProject();

  it.each([
    ['one page', undefined],
    ['pages of 3', 3],
  ])('gives back the same annotations, links and entities (%s)', (_name, pageSize) => {
    const text = JSON.stringify(exportW3c(project, pageSize === undefined ? {} : { pageSize }));
    const back = importW3c(JSON.parse(text), 'sample.jsonld', project.articles, project.tags, { linkTypes: project.linkTypes });
    expect(back.report).toEqual({ imported: { annotations: 12, links: 5, entities: 3 }, skipped: [], warnings: [], errors: [] });
    expect(byId(back.annotations)).toStrictEqual(byId(project.annotations));
    expect(byId(back.links)).toStrictEqual(byId(project.links));
    expect(back.entities).toStrictEqual(project.entities);
  });

  it('gives back one annotation exported on its own, its entity from the project', () => {
    const one = project.annotations.find((a) => a.id === 'a_m4') as Annotation;
    const back = importW3c(JSON.parse(JSON.stringify(exportW3cAnnotation(one, project))), 'one.json', project.articles, project.tags, { entities: project.entities });
    expect(back.report.errors).toEqual([]);
    expect(back.annotations).toStrictEqual([one]);
  });

  it('gives back a link exported on its own when its ends are in the project', () => {
    const l1 = project.links[0] as Link;
    const back = importW3c(exportW3cLink(l1, project), 'link.json', project.articles, project.tags, { annotations: project.annotations });
    expect(back.report).toEqual({ imported: { annotations: 0, links: 1, entities: 0 }, skipped: [], warnings: [], errors: [] });
    expect(back.links).toStrictEqual([l1]);
  });
});
