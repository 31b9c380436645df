import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../../../testing/fixtures';
import { anchorAnnotation } from '../../anchoring/anchorAnnotation';
import type { Article } from '../../model/article';
import type { Annotation } from '../../model/annotation';
import type { Entity } from '../../model/entity';
import { defaultTags } from '../../model/tagSchema';
import { describeQuote } from '../../text/describeQuote';
import { placeText, type ImportReport } from '../projectSnapshot';
import { exportW3c } from './exportW3c';
import { importW3c, type ImportW3cOptions } from './importW3c';

const TEXT = 'The army said 12 people died. Witnesses said 30 died. The ministry denied it.';
const CTX = 'http://www.w3.org/ns/anno.jsonld';
const TAGS = defaultTags();
const AT = '2026-01-01T00:00:00.000Z';

function article(id: string, text: string, url = ''): Article {
  return { ...makeArticle(id, text), url };
}

const ART = article('art1', TEXT, 'https://news.example/story');
const SDF: Entity = { id: 'e_sdf', name: 'Syrian Democratic Forces', type: 'group', aliases: ['SDF'], createdAt: AT, updatedAt: AT };

type Json = Record<string, unknown>;

function position(start: number, end: number): Json {
  return { type: 'TextPositionSelector', start, end };
}

function quote(exact: string, prefix?: string, suffix?: string): Json {
  return { type: 'TextQuoteSelector', exact, ...(prefix === undefined ? {} : { prefix }), ...(suffix === undefined ? {} : { suffix }) };
}

/** A target as our export writes it, on `art1` unless told otherwise. */
function target(selector: Json[], source: unknown = 'urn:crosscheck:article:art1'): Json {
  return { type: 'SpecificResource', source, selector };
}

/** An annotation as our export writes it: a claim over `12 people died` unless overridden. */
function ours(extra: Json = {}, id = 'n1'): Json {
  return {
    '@context': CTX,
    id: `urn:crosscheck:annotation:${id}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: AT,
    modified: AT,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim', 'cc:tag': 'claim', 'cc:kind': 'claim' }],
    target: [target([position(14, 28), quote('12 people died', 'The army said ', '. Witnesses said 30 died. The mi')])],
    ...extra,
  };
}

function ourLink(from: string, to: string, extra: Json = {}): Json {
  return {
    id: 'urn:crosscheck:link:l1',
    type: 'Annotation',
    motivation: 'linking',
    body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Contradicts', 'cc:linkType': 'contradicts' }],
    target: [from, to],
    'cc:from': from,
    'cc:to': to,
    'cc:status': 'confirmed',
    ...extra,
  };
}

function collection(items: unknown[], extra: Json = {}): Json {
  return { '@context': CTX, id: 'urn:x:c', type: 'AnnotationCollection', total: items.length, first: { id: 'urn:x:c:page:1', type: 'AnnotationPage', items }, ...extra };
}

/** Every problem as `bucket: place: message`, the way the import screen shows them. */
function problems(report: ImportReport): string[] {
  return (['errors', 'skipped', 'warnings'] as const).flatMap((bucket) => report[bucket].map((p) => `${bucket}: ${placeText(p)}: ${p.message}`));
}

function run(json: unknown, articles: readonly Article[] = [ART], options: ImportW3cOptions = {}): ReturnType<typeof importW3c> {
  return importW3c(json, 'a.json', articles, TAGS, { now: '2026-03-01T00:00:00.000Z', ...options });
}

describe('importW3c: re-anchoring where positions and quote disagree', () => {
  const edited = article('art1', `Updated at noon. ${TEXT}`);
  const twice = article('art1', 'Witnesses said 30 died. The army said 30 died. The ministry denied it.');
  const emoji = article('art1', `Breaking 🔥🔥: ${TEXT}`);

  it.each([
    ['unchanged text: by position, quietly', ART, ours(), { start: 14, end: 28 }, []],
    ['text inserted before: positions shifted by the edit', edited, ours(), { start: 31, end: 45 }, ['warnings: a.json, target[0].selector[0]: the text at 14–28 is not the quote; the quote "12 people died" is at 31–45: anchored there']],
    [
      'the quote moved, and its context picks the right one of two',
      twice,
      ours({ target: [target([position(0, 7), quote('30 died', 'The army said ', '. The ministry')])] }),
      { start: 38, end: 45 },
      ['warnings: a.json, target[0].selector[0]: the text at 0–7 is not the quote; the quote "30 died" is at 38–45: anchored there'],
    ],
    [
      'a position past the end, the quote still there',
      ART,
      ours({ target: [target([position(400, 414), quote('12 people died')])] }),
      { start: 14, end: 28 },
      ['warnings: a.json, target[0].selector[0]: the position 400–414 is past the end of the article (77 code points); the quote "12 people died" is at 14–28: anchored there'],
    ],
    [
      "Hypothesis's UTF-16 positions after emoji (code points here): found by the quote",
      emoji,
      ours({ target: [target([position(60, 67), quote('30 died', 'Witnesses said ', '. The')])] }),
      { start: 60, end: 67 },
      ['warnings: a.json, target[0].selector[0]: the text at 60–67 is not the quote; the quote "30 died" is at 58–65: anchored there'],
    ],
    ['a quote with no position: found by the quote, quietly', ART, ours({ target: [target([quote('denied it')])] }), { start: 67, end: 76 }, []],
    ['a position with no quote: taken as it is', ART, ours({ target: [target([position(67, 76)])] }), { start: 67, end: 76 }, []],
    [
      'a RangeSelector between two positions (from the first to the start of the second)',
      ART,
      ours({ target: [target([{ type: 'RangeSelector', startSelector: position(67, 67), endSelector: position(76, 76) }])] }),
      { start: 67, end: 76 },
      [],
    ],
  ])('%s', (_name, art, json, range, messages) => {
    const result = run(json, [art]);
    expect(problems(result.report)).toEqual(messages);
    const [annotation] = result.annotations;
    expect(annotation?.ranges).toEqual([range]);
    expect(annotation?.quotes[0]?.exact).toBe(art.text.slice(range.start, range.end));
    expect(anchorAnnotation(art.text, annotation as Annotation)).toEqual({ status: 'anchored', method: 'position', ranges: [range] });
  });

  it('keeps a passage whose quote is gone as an orphan at its position, with the file quote, and reports it', () => {
    const json = ours({ target: [target([position(14, 28), quote('15 people died', 'The army said ', '. W')])] });
    const result = run(json);
    expect(problems(result.report)).toEqual(['warnings: a.json, target[0].selector[1]: the quote "15 people died" is not in the article: kept as an orphan']);
    const [orphan] = result.annotations;
    expect(orphan).toMatchObject({ id: 'n1', ranges: [{ start: 14, end: 28 }], quotes: [{ exact: '15 people died', prefix: 'The army said ', suffix: '. W' }] });
    expect(anchorAnnotation(TEXT, orphan as Annotation)).toEqual({ status: 'orphaned' });
    expect(result.report.imported.annotations).toBe(1);
  });

  it('keeps an orphan with no usable position inside the text', () => {
    const result = run(ours({ target: [target([position(500, 510), quote('nowhere')])] }));
    expect(problems(result.report)).toEqual(['warnings: a.json, target[0].selector[1]: the quote "nowhere" is not in the article: kept as an orphan']);
    expect(result.annotations[0]?.ranges).toEqual([{ start: 77, end: 77 }]);
  });

  it('orphans a discontinuous annotation when one of its ranges is gone, anchoring the other', () => {
    const json = ours({ target: [target([position(45, 52), quote('30 died')]), target([position(0, 3), quote('Thee')])] });
    const result = run(json, [edited]);
    expect(problems(result.report)).toEqual([
      'warnings: a.json, target[0].selector[0]: the text at 45–52 is not the quote; the quote "30 died" is at 62–69: anchored there',
      'warnings: a.json, target[1].selector[1]: the quote "Thee" is not in the article: kept as an orphan',
    ]);
    expect(result.annotations[0]?.ranges).toEqual([
      { start: 0, end: 3 },
      { start: 62, end: 69 },
    ]);
  });

  it('puts the targets of a discontinuous annotation in text order, whatever order the file has', () => {
    const json = ours({ target: [target([position(67, 76), quote('denied it')]), target([position(0, 8), quote('The army')])] });
    const result = run(json);
    expect(result.report.warnings).toEqual([]);
    expect(result.annotations[0]?.ranges).toEqual([
      { start: 0, end: 8 },
      { start: 67, end: 76 },
    ]);
    expect(result.annotations[0]?.quotes.map((q) => q.exact)).toEqual(['The army', 'denied it']);
  });
});

describe('importW3c: malformed input (never throws; says where and what)', () => {
  const claimB = ours({ target: [target([position(45, 52), quote('30 died')])] }, 'n2');
  it.each<[string, unknown, string[]]>([
    ['a number', 42, ['errors: a.json: is not a W3C Web Annotation document: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations, not 42']],
    ['null', null, ['errors: a.json: is not a W3C Web Annotation document: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations, not null']],
    ['JSON text not parsed', '{"type":"Annotation"}', ['errors: a.json: is not a W3C Web Annotation document: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations, not "{\\"type\\":\\"Annotation\\"}"']],
    ['a list with a number in it', [ours(), 7], ['errors: a.json, [1]: should be an Annotation, not 7']],
    ['a wrong @context', ours({ '@context': 'http://schema.org/' }), ['errors: a.json, @context: should include "http://www.w3.org/ns/anno.jsonld", not "http://schema.org/"']],
    ['no @context', { ...ours(), '@context': undefined }, ['errors: a.json, @context: is missing: a W3C annotation document names the context "http://www.w3.org/ns/anno.jsonld"']],
    ['an item of a list without its @context', [{ ...ours(), '@context': undefined }], ['errors: a.json, [0].@context: is missing: a W3C annotation document names the context "http://www.w3.org/ns/anno.jsonld"']],
    ['not an Annotation', ours({ type: 'Note' }), ['errors: a.json, type: should be Annotation, AnnotationPage or AnnotationCollection, not "Note"']],
    ['a missing target', { ...ours(), target: undefined }, ['errors: a.json, target: is missing: every annotation needs a target']],
    ['a target without a source', ours({ target: [{ type: 'SpecificResource', selector: [position(0, 3)] }] }), ['errors: a.json, target[0].source: is missing: a target names the article it annotates']],
    ['a target in an unknown article', ours({ target: [target([position(14, 28)], 'urn:crosscheck:article:zz')] }), ['skipped: a.json, target[0].source: "urn:crosscheck:article:zz" is not an article of the project (by id or URL): annotation skipped']],
    ['a target at an unknown URL', ours({ target: [target([position(14, 28)], 'https://elsewhere.example/')] }), ['skipped: a.json, target[0].source: "https://elsewhere.example/" is not an article of the project (by id or URL): annotation skipped']],
    ['a whole-article target', ours({ target: 'https://news.example/story' }), ['skipped: a.json, target: targets the whole of "https://news.example/story", not a passage of it: annotation skipped']],
    ['targets in two articles', ours({ target: [target([position(0, 3)]), target([position(0, 3)], 'urn:crosscheck:article:art2')] }), ['skipped: a.json, target: names passages of two articles ("art1" and "art2"); an annotation lies in one: annotation skipped']],
    ['a negative offset', ours({ target: [target([position(-4, 28)])] }), ['errors: a.json, target[0].selector[0].start: -4 is not an offset (a whole number of code points, 0 or more)']],
    ['a fractional offset', ours({ target: [target([position(14, 27.5)])] }), ['errors: a.json, target[0].selector[0].end: 27.5 is not an offset (a whole number of code points, 0 or more)']],
    ['an offset as text', ours({ target: [target([position(14, '28' as unknown as number)])] }), ['errors: a.json, target[0].selector[0].end: "28" is not an offset (a whole number of code points, 0 or more)']],
    ['a missing offset', ours({ target: [target([{ type: 'TextPositionSelector', start: 3 }])] }), ['errors: a.json, target[0].selector[0].end: is missing']],
    ['offsets past the end and no quote', ours({ target: [target([position(400, 410)])] }), ['skipped: a.json, target[0]: the position 400–410 is past the end of the article (77 code points) and there is no quote to find the passage by: annotation skipped']],
    ['start after end', ours({ target: [target([position(28, 14)])] }), ['errors: a.json, target[0].selector[0]: start 28 is after end 14']],
    ['a quote that is not text', ours({ target: [target([{ type: 'TextQuoteSelector', exact: 12 }])] }), ['errors: a.json, target[0].selector[0].exact: should be text, not 12']],
    ['no text selector', ours({ target: [target([{ type: 'FragmentSelector', value: 'para-2' }])] }), ['skipped: a.json, target[0]: has no TextQuoteSelector or TextPositionSelector: annotation skipped']],
    ['body and bodyValue', ours({ bodyValue: 'A note' }), ['errors: a.json, bodyValue: an annotation cannot have both body and bodyValue']],
    ['a textual body whose value is not text', ours({ body: [{ type: 'TextualBody', purpose: 'commenting', value: ['x'] }] }), ['errors: a.json, body[0].value: should be text, not a list']],
    ['a created that is not a date-time', ours({ created: 'yesterday' }), ['errors: a.json, created: "yesterday" is not a date-time (xsd:dateTime, such as 2018-02-08T10:15:00Z)']],
    ['an id that is not one IRI', ours({ id: ['urn:a', 'urn:b'] }), ['errors: a.json, id: should be one IRI, not a list']],
    ['an unknown tag', ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Rumour' }] }), ["skipped: a.json, body[0]: tag \"Rumour\" is not one of the project's tags (Claim, Person, Organization, Group, Location, Facility, Date, Quantity): annotation skipped"]],
    ['no tag at all', ours({ body: [] }), ["skipped: a.json: has no tagging body naming one of the project's tags (Claim, Person, Organization, Group, Location, Facility, Date, Quantity): annotation skipped"]],
    ['a malformed figure', ours({ 'cc:figure': { 'cc:phrase': '12', 'cc:qualifier': 'lots', 'cc:counted': 'killed' } }), ['errors: a.json, cc:figure.cc:qualifier: should be one of exact, at-least, more-than, at-most, fewer-than, about, range, vague, not "lots"']],
    ['an attribute value that is an object', ours({ 'cc:attributes': [{ 'cc:name': 'x', 'cc:value': {} }] }), ['errors: a.json, cc:attributes[0].cc:value: should be text, a number or true/false, not an object']],
    ['duplicate ids', collection([ours(), claimB, ours()]), ['errors: a.json, first.items[2].id: "urn:crosscheck:annotation:n1" is also the id of first.items[0]']],
    ['duplicate entity ids', collection([ours()], { 'cc:entities': [{ id: 'urn:crosscheck:entity:e1', label: 'A', 'cc:entityType': 'group' }, { id: 'urn:crosscheck:entity:e1', label: 'B', 'cc:entityType': 'group' }] }), ['errors: a.json, cc:entities[1].id: "urn:crosscheck:entity:e1" is also the id of cc:entities[0]']],
    ['a link to a missing annotation', collection([ours(), ourLink('urn:crosscheck:annotation:n1', 'urn:crosscheck:annotation:zz')]), ['skipped: a.json, first.items[1].cc:to: "urn:crosscheck:annotation:zz" is not an annotation in this file or the project: link skipped']],
    [
      'a link to an annotation that was skipped',
      collection([ours(), ours({ target: [target([position(0, 3)], 'urn:crosscheck:article:zz')] }, 'n3'), ourLink('urn:crosscheck:annotation:n1', 'urn:crosscheck:annotation:n3')]),
      ['skipped: a.json, first.items[1].target[0].source: "urn:crosscheck:article:zz" is not an article of the project (by id or URL): annotation skipped', 'skipped: a.json, first.items[2].cc:to: "urn:crosscheck:annotation:n3" was not imported (see above): link skipped'],
    ],
    ['a link of an unknown type', ourLink('urn:crosscheck:annotation:n1', 'urn:crosscheck:annotation:n1', { '@context': CTX, body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Mocks' }] }), ["skipped: a.json, body[0]: link type \"Mocks\" is not one of the project's link types (Contradicts, Supports, Same claim, Updates): link skipped"]],
    ['a link status we do not have', ourLink('urn:crosscheck:annotation:n1', 'urn:crosscheck:annotation:n1', { '@context': CTX, 'cc:status': 'maybe' }), ['errors: a.json, cc:status: should be one of candidate, confirmed, explained, rejected, not "maybe"']],
    ['a first page referenced by IRI only', collection([], { first: 'urn:x:c:page:1', total: 1 }), ['errors: a.json, first: the page "urn:x:c:page:1" is referenced by IRI only and is not in this file: export the collection with its pages embedded']],
    [
      'a next page referenced by IRI only',
      collection([], { first: { id: 'urn:x:c:page:1', type: 'AnnotationPage', items: [ours()], next: 'urn:x:c:page:2' }, total: 1 }),
      ['errors: a.json, first.next: the page "urn:x:c:page:2" is referenced by IRI only and is not in this file: export the collection with its pages embedded'],
    ],
    ['an annotation referenced by IRI only', collection(['urn:crosscheck:annotation:n1']), ['errors: a.json, first.items[0]: the annotation "urn:crosscheck:annotation:n1" is referenced by IRI only and is not in this file']],
    ['a page whose items are not a list', collection([], { first: { id: 'urn:x:c:page:1', type: 'AnnotationPage', items: {} }, total: 0 }), ['errors: a.json, first.items: should be a list of annotations, not an object']],
    ['pages that loop', collection([], { first: { id: 'urn:x:p1', type: 'AnnotationPage', items: [ours()], next: 'urn:x:p1' }, total: 1 }), ['errors: a.json, first.next: leads back to the page at first: the pages loop']],
  ])('%s', (_name, json, messages) => {
    let result: ReturnType<typeof importW3c> | undefined;
    expect(() => (result = run(json, [ART, article('art2', TEXT)]))).not.toThrow();
    expect(problems((result as ReturnType<typeof importW3c>).report)).toEqual(messages);
  });

  it.each<[string, Json, string[]]>([
    ['the https context, a common slip', ours({ '@context': 'https://www.w3.org/ns/anno.jsonld' }), ['warnings: a.json, @context: names "https://www.w3.org/ns/anno.jsonld"; the model\'s context is "http://www.w3.org/ns/anno.jsonld": read as that']],
    ['a total that does not match', collection([ours()], { total: 3 }), ['warnings: a.json, total: says 3 annotations; the pages hold 1']],
    ['a page given on its own with a next page', { '@context': CTX, id: 'urn:x:p2', type: 'AnnotationPage', items: [ours()], next: 'urn:x:p3' }, ['warnings: a.json, next: the page "urn:x:p3" is not in this file: only this page\'s annotations are read']],
    [
      'an embedded page not reached by next',
      collection([ours()], { 'cc:pages': [{ id: 'urn:x:c:page:9', type: 'AnnotationPage', items: [claimB] }], total: 2 }),
      ['warnings: a.json, cc:pages[0]: is not reached from first by next: its annotations are read all the same'],
    ],
    ['an annotation without an id', { ...ours(), id: undefined }, ['warnings: a.json, id: is missing: the annotation gets a new id']],
  ])('imports with a warning: %s', (_name, json, messages) => {
    const result = run(json);
    expect(problems(result.report)).toEqual(messages);
    expect(result.annotations.length).toBeGreaterThan(0);
  });
});

describe('importW3c: tags, entities and links', () => {
  it.each([
    ['our tag id, whatever the label says', { value: 'Renamed', 'cc:tag': 'person', 'cc:kind': 'entity' }, 'person', []],
    ['a label in another case', { value: 'ORGANIZATION' }, 'organization', []],
    ['a tag id as the value', { value: 'location' }, 'location', []],
    ['a classifying body', { value: 'Claim', purpose: 'classifying' }, 'claim', []],
    ['a kind that differs from the project', { value: 'Claim', 'cc:kind': 'entity' }, 'claim', ['warnings: a.json, body: says kind "entity", but tag "Claim" is of kind "claim" in this project: the project\'s kind is used']],
  ])('maps a tag by %s', (_name, body, tag, messages) => {
    const result = run(ours({ body: [{ type: 'TextualBody', purpose: 'tagging', ...body }] }));
    expect(problems(result.report)).toEqual(messages);
    expect(result.annotations[0]?.tag).toBe(tag);
    expect(result.annotations[0]?.kind).toBe(TAGS.find((t) => t.id === tag)?.kind);
  });

  it('gives untagged or unknown-tag annotations the fallback tag when the caller picks one, and says so', () => {
    const json = [ours({ body: [{ type: 'TextualBody', value: 'just a comment' }] }, 'f1'), ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Rumour' }] }, 'f2')];
    const result = run(json, [ART], { fallbackTag: 'claim' });
    expect(problems(result.report)).toEqual(['warnings: a.json, [0]: has no tag: tagged "Claim"', "warnings: a.json, [1].body[0]: tag \"Rumour\" is not one of the project's tags (Claim, Person, Organization, Group, Location, Facility, Date, Quantity): tagged \"Claim\" instead"]);
    expect(result.annotations.map((a) => [a.id, a.tag, a.note])).toEqual([
      ['f1', 'claim', 'just a comment'],
      ['f2', 'claim', ''],
    ]);
  });

  it('refuses a fallback tag the project does not have', () => {
    expect(problems(run(ours(), [ART], { fallbackTag: 'nope' }).report)).toEqual(['errors: a.json: the fallback tag "nope" is not one of the project\'s tags']);
  });

  it.each([
    ['our IRI, the entity in the project', { type: 'SpecificResource', purpose: 'identifying', source: { id: 'urn:crosscheck:entity:e_sdf', label: 'x' } }, 'e_sdf', []],
    ['our IRI as a bare body', 'urn:crosscheck:entity:e_sdf', 'e_sdf', []],
    ["another vocabulary's IRI, its label an alias", { type: 'SpecificResource', purpose: 'identifying', source: { id: 'http://www.wikidata.org/entity/Q18341946', label: 'sdf' } }, 'e_sdf', []],
    ['an identifying textual body naming it', { type: 'TextualBody', purpose: 'identifying', value: 'Syrian Democratic Forces' }, 'e_sdf', []],
    ['an entity nobody knows', { type: 'SpecificResource', purpose: 'identifying', source: 'urn:crosscheck:entity:e_zz' }, null, ['warnings: a.json, body[1]: entity "urn:crosscheck:entity:e_zz" is not in this file or the project: the mention is kept without it']],
  ])('links a mention to its entity by %s', (_name, entityBody, entityId, messages) => {
    const json = ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Group' }, entityBody] });
    const result = run(json, [ART], { entities: [SDF] });
    expect(problems(result.report)).toEqual(messages);
    expect(result.annotations[0]?.entityId).toBe(entityId);
  });

  it('leaves the entity off an annotation whose tag is not of kind entity', () => {
    const json = ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }, 'urn:crosscheck:entity:e_sdf'] });
    const result = run(json, [ART], { entities: [SDF] });
    expect(problems(result.report)).toEqual(['warnings: a.json, body[1]: identifies an entity, but tag "Claim" is not of kind entity: the entity is left off']);
    expect(result.annotations[0]?.entityId).toBeNull();
  });

  it('rebuilds entities from cc:entities and links mentions to them', () => {
    const json = collection([ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Group' }, 'urn:crosscheck:entity:e_new'] })], {
      'cc:entities': [{ id: 'urn:crosscheck:entity:e_new', label: 'Popular forces', 'cc:entityType': 'group', 'cc:aliases': ['local people'], created: AT }],
    });
    const result = run(json);
    expect(result.report.errors).toEqual([]);
    expect(result.entities).toEqual([{ id: 'e_new', name: 'Popular forces', type: 'group', aliases: ['local people'], createdAt: AT, updatedAt: AT }]);
    expect(result.annotations[0]?.entityId).toBe('e_new');
  });

  it('joins a link to annotations already in the project, taking their articles', () => {
    const existing: Annotation[] = [{ id: 'old1', articleId: 'art2', kind: 'claim', tag: 'claim', ranges: [{ start: 0, end: 3 }], quotes: [describeQuote(TEXT, { start: 0, end: 3 })], note: '', attributes: {}, entityId: null, createdAt: AT, updatedAt: AT }];
    const result = run(collection([ours(), ourLink('urn:crosscheck:annotation:n1', 'urn:crosscheck:annotation:old1')]), [ART], { annotations: existing });
    expect(result.report.skipped).toEqual([]);
    expect(result.links).toEqual([{ id: 'l1', type: 'contradicts', fromId: 'n1', toId: 'old1', fromArticleId: 'art1', toArticleId: 'art2', status: 'confirmed', reason: '', rationale: '', createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' }]);
  });
});

describe('importW3c: annotations made by other tools', () => {
  const emoji = article('h1', `Breaking 🔥🔥: ${TEXT}`, 'https://news.example/breaking');

  /** Shaped as Hypothesis exports JSON-LD (h/presenters/annotation_jsonld.py): its own RangeSelector, UTF-16 positions, unpurposed comment, tags. */
  const hypothesis = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/AVLlVTs1f9G3pW-EYc6q',
    created: '2016-02-09T18:20:26.912143+00:00',
    modified: '2016-02-09T18:21:00.000000+00:00',
    creator: 'acct:analyst7@hypothes.is',
    body: [
      { type: 'TextualBody', value: 'The monitor **only** confirmed 30.', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'tagging', value: 'to-verify' },
    ],
    target: [
      {
        source: 'https://news.example/breaking#comments',
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[1]', startOffset: 60, endContainer: '/main[1]/p[1]', endOffset: 67 },
          { type: 'TextPositionSelector', start: 60, end: 67 },
          { type: 'TextQuoteSelector', exact: '30 died', prefix: 'Witnesses said ', suffix: '. The ministry denied it.' },
        ],
      },
    ],
  };

  it('imports a Hypothesis annotation: by URL, re-anchored from its UTF-16 offsets, comment as note, known tag kept', () => {
    const result = run(hypothesis, [ART, emoji]);
    expect(problems(result.report)).toEqual([
      'warnings: a.json, target[0].selector[1]: the text at 60–67 is not the quote; the quote "30 died" is at 58–65: anchored there',
      'warnings: a.json, body[2]: tag "to-verify" is not one of the project\'s tags: dropped (the annotation is tagged "Claim")',
    ]);
    const [a] = result.annotations;
    expect(a?.id).toMatch(/^a_/);
    expect(a).toMatchObject({ articleId: 'h1', kind: 'claim', tag: 'claim', ranges: [{ start: 60, end: 67 }], note: 'The monitor **only** confirmed 30.', entityId: null, createdAt: '2016-02-09T18:20:26.912Z', updatedAt: '2016-02-09T18:21:00.000Z' });
    expect(a).not.toHaveProperty('figure');
    expect(anchorAnnotation(emoji.text, a as Annotation)).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('imports Recogito-style links between foreign annotations (targets by id, type as a tagging body) as candidates', () => {
    const a1 = { ...hypothesis, id: 'https://hypothes.is/a/one', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }] };
    const a2 = { ...a1, id: 'https://hypothes.is/a/two', target: [{ source: 'https://news.example/breaking', selector: [quote('12 people died')] }] };
    const relation = { '@context': CTX, id: 'https://rec.example/r1', type: 'Annotation', motivation: 'linking', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'contradicts' }], target: [{ id: a1.id }, { id: a2.id }] };
    const result = run([a1, a2, relation], [emoji]);
    expect(result.report.errors).toEqual([]);
    expect(result.report.skipped).toEqual([]);
    const [x, y] = result.annotations;
    expect(result.links).toEqual([expect.objectContaining({ type: 'contradicts', fromId: x?.id, toId: y?.id, fromArticleId: 'h1', toArticleId: 'h1', status: 'candidate', rationale: '' })]);
    expect(result.links[0]?.id).toMatch(/^l_/);
  });

  it('warns that the direction of a directed foreign link comes from the order of its targets', () => {
    const a1 = { ...hypothesis, id: 'urn:x:1', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }] };
    const a2 = { ...a1, id: 'urn:x:2' };
    const relation = { '@context': CTX, id: 'urn:x:r', type: 'Annotation', motivation: 'linking', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Updates' }, { type: 'TextualBody', value: 'later count' }], target: ['urn:x:1', 'urn:x:2'] };
    const result = run([a1, a2, relation], [emoji]);
    expect(problems(result.report).filter((p) => p.includes('[2]'))).toEqual(['warnings: a.json, [2]: has no cc:from and cc:to: the direction of "Updates" is taken from the order of the targets']);
    expect(result.links[0]).toMatchObject({ type: 'updates', rationale: 'later count' });
  });

  it('keeps a bodyValue as the note, and reads a linking annotation with a passage target as a passage', () => {
    const json = { '@context': CTX, id: 'urn:x:bv', type: 'Annotation', motivation: 'linking', bodyValue: 'See the ministry statement', target: target([quote('denied it')], 'https://news.example/story') };
    const result = run(json, [ART], { fallbackTag: 'claim' });
    expect(result.annotations[0]).toMatchObject({ note: 'See the ministry statement', ranges: [{ start: 67, end: 76 }] });
  });

  it('ignores bodies it cannot keep, with a warning each', () => {
    const json = ours({ body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }, 'https://example.org/source-page', { id: 'https://example.org/photo.jpg', type: 'Image' }] });
    expect(problems(run(json).report)).toEqual(['warnings: a.json, body[1]: "https://example.org/source-page" is a resource this app does not keep: ignored', 'warnings: a.json, body[2]: "https://example.org/photo.jpg" is a resource this app does not keep: ignored']);
  });
});

describe('importW3c: robustness (property tests)', () => {
  const claim = (id: string, phrase: string, extra: Partial<Annotation> = {}): Annotation => {
    const start = TEXT.indexOf(phrase);
    const range = { start, end: start + phrase.length };
    return { id, articleId: 'art1', kind: 'claim', tag: 'claim', ranges: [range], quotes: [describeQuote(TEXT, range)], note: 'n', attributes: { a: 1 }, entityId: null, createdAt: AT, updatedAt: AT, ...extra };
  };
  const exported = exportW3c({
    name: 'Fuzz',
    articles: [ART],
    annotations: [claim('c1', '12 people died', { figure: { phrase: '12', qualifier: 'exact', low: 12, high: 12, counted: 'killed', countedEntityId: 'e_sdf' } }), claim('c2', '30 died', { attribution: null }), { ...claim('m1', 'The army'), kind: 'entity', tag: 'group', entityId: 'e_sdf' }],
    links: [{ id: 'l1', type: 'contradicts', fromId: 'c1', toId: 'c2', fromArticleId: 'art1', toArticleId: 'art1', status: 'confirmed', reason: '', rationale: 'r', why: 'w', createdAt: AT, updatedAt: AT }],
    linkTypes: [],
    entities: [SDF],
    tags: TAGS,
    kinds: [],
    counted: [],
  });

  /** Every place in a JSON tree, as the list of keys leading to it. */
  function places(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    const here = [at];
    if (Array.isArray(value)) return here.concat(value.flatMap((v: unknown, i) => places(v, [...at, i])));
    if (typeof value === 'object' && value !== null) return here.concat(Object.entries(value).flatMap(([k, v]) => places(v, [...at, k])));
    return here;
  }

  function replaced(root: unknown, path: readonly (string | number)[], by: unknown): unknown {
    if (path.length === 0) return by;
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1] as string | number] = by;
    return copy;
  }

  const noBug = (report: ImportReport): void => expect(report.errors.filter((e) => e.message.includes('a bug in the W3C import'))).toEqual([]);

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        noBug(run(json).report);
      }),
    );
  });

  it('never throws, and never lets a bad row through, when any one value of an export is replaced', () => {
    const all = places(exported);
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.oneof(fc.jsonValue(), fc.integer({ min: -5, max: 500 }), fc.constantFrom('', 'urn:crosscheck:annotation:c9', 'urn:crosscheck:article:zz', 'https://news.example/story')), (i, by) => {
        const result = run(replaced(exported, all[i] ?? [], by), [ART], { entities: [SDF] });
        noBug(result.report);
        for (const a of result.annotations) {
          for (const r of a.ranges) expect(r.start >= 0 && r.start <= r.end && r.end <= TEXT.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
