import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../../testing/sampleSnapshot';
import type { Annotation } from '../../model/annotation';
import type { Link } from '../../model/link';
import { describeQuote } from '../../text/describeQuote';
import type { ProjectSnapshot } from '../projectSnapshot';
import { documentNames } from './bratNames';
import { exportBrat } from './exportBrat';
import { importBrat } from './importBrat';

const T = '2026-01-02T00:00:00.000Z';

/**
 * The sample project, with what it does not have yet: a claim over a paragraph break, a
 * number and a true attribute, a link inside one article that was rejected.
 */
function project(): ProjectSnapshot {
  const s = sampleSnapshot();
  const claim = s.tags.find((t) => t.id === 'claim');
  claim?.attributes.push({ id: 'killed', label: 'Killed (at least)', type: 'number', choices: [] }, { id: 'checked', label: 'Checked', type: 'text', choices: [] });
  const article = s.articles.find((a) => a.id === '002');
  const text = article?.text ?? '';
  const start = text.indexOf('Oil and gas target');
  const end = text.indexOf('were killed', start) + 'were killed'.length;
  expect(text.slice(start, end)).toContain('\n\n');
  const spanning: Annotation = {
    id: 'c-spanning',
    articleId: '002',
    kind: 'claim',
    tag: 'claim',
    ranges: [{ start, end }],
    quotes: [describeQuote(text, { start, end })],
    note: 'Across a paragraph break.',
    attributes: { killed: 100, checked: true, certainty: 'confirmed' },
    entityId: null,
    createdAt: T,
    updatedAt: T,
  };
  const monitor = s.annotations.find((a) => a.id === 'c-monitor') as Annotation;
  s.annotations.push(spanning);
  s.links.push({ id: 'l-5', type: 'supports', fromId: spanning.id, toId: monitor.id, fromArticleId: '002', toArticleId: '002', status: 'rejected', reason: 'other', rationale: 'Not the same count.', createdAt: T, updatedAt: T });
  return s;
}

describe('brat round trip of the sample project', () => {
  const original = project();
  const files = exportBrat(original);
  let n = 0;
  const back = importBrat(files, { tags: original.tags, linkTypes: original.linkTypes, newId: (p) => `${p}-${++n}`, now: T });
  const names = documentNames(original.articles);
  const articleOf = new Map(original.articles.map((a) => [a.id, back.articles.find((b) => b.fileName === `${names.get(a.id)}.txt`)]));
  /** The imported annotation over the same ranges of the same article. */
  const counterpart = (a: Annotation) => back.annotations.find((b) => b.articleId === articleOf.get(a.articleId)?.id && JSON.stringify(b.ranges) === JSON.stringify(a.ranges));

  it('imports without a problem, making no tag or link type', () => {
    expect(back.report.errors).toEqual([]);
    expect(back.report.warnings).toEqual([]);
    expect(back.report.skipped).toEqual([]);
    expect(back.newTags).toEqual([]);
    expect(back.newLinkTypes).toEqual([]);
  });

  it('gives back the articles: text, title, source, date, blocks and marks', () => {
    for (const a of original.articles) {
      expect(articleOf.get(a.id)).toMatchObject({ text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url, language: a.language, blocks: a.blocks, marks: a.marks, format: 'brat' });
    }
  });

  it('gives back every annotation: ranges (the discontinuous and the paragraph-spanning ones too), quotes, tag, kind, note, attributes, entity', () => {
    expect(back.annotations).toHaveLength(original.annotations.length);
    for (const a of original.annotations) {
      const b = counterpart(a);
      expect(b, a.id).toBeDefined();
      expect({ quotes: b?.quotes, tag: b?.tag, kind: b?.kind, note: b?.note, attributes: b?.attributes, entityId: b?.entityId }).toEqual({
        quotes: a.quotes,
        tag: a.tag,
        kind: a.kind,
        note: a.note,
        attributes: a.attributes,
        entityId: a.entityId,
      });
    }
    expect(original.annotations.some((a) => a.note.includes('\n'))).toBe(true);
    expect(original.annotations.some((a) => a.ranges.length > 1)).toBe(true);
  });

  it('gives back every link, across articles too, with type, status, reason, rationale and why', () => {
    const facts = (l: Link, from: Annotation | undefined, to: Annotation | undefined) => ({
      from: from?.id,
      to: to?.id,
      fromArticleId: from?.articleId,
      toArticleId: to?.articleId,
      type: l.type,
      status: l.status,
      reason: l.reason,
      rationale: l.rationale,
      why: l.why,
    });
    const expected = original.links.map((l) => {
      const find = (id: string) => counterpart(original.annotations.find((a) => a.id === id) as Annotation);
      return facts(l, find(l.fromId), find(l.toId));
    });
    const byId = (id: string) => back.annotations.find((a) => a.id === id);
    const got = back.links.map((l) => facts(l, byId(l.fromId), byId(l.toId)));
    const sort = (list: typeof got) => [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    expect(sort(got)).toEqual(sort(expected));
    expect(original.links.some((l) => l.fromArticleId !== l.toArticleId)).toBe(true);
  });

  it('gives back the entities, ids and all', () => {
    const strip = (list: ProjectSnapshot['entities']) => list.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));
    expect(strip(back.entities)).toEqual(strip(original.entities));
  });

  it('loses what brat and its sidecars do not hold: figures and attributions', () => {
    const coalition = original.annotations.find((a) => a.id === 'c-coalition') as Annotation;
    expect(coalition.figure).toBeDefined();
    expect(counterpart(coalition)?.figure).toBeUndefined();
    expect(counterpart(coalition)?.attribution).toBeUndefined();
  });

  it('writes the same .ann files again from what it read', () => {
    // The imported rows under the original article ids, so that the documents keep their names.
    const originalId = new Map(original.articles.map((a) => [articleOf.get(a.id)?.id, a.id]));
    const id = (articleId: string) => originalId.get(articleId) ?? '';
    const again = exportBrat({
      ...original,
      annotations: back.annotations.map((b) => ({ ...b, articleId: id(b.articleId) })),
      links: back.links.map((l) => ({ ...l, fromArticleId: id(l.fromArticleId), toArticleId: id(l.toArticleId) })),
    });
    for (const [name, content] of files) if (name.endsWith('.ann') || name.endsWith('.jsonl')) expect(again.get(name), name).toBe(content);
  });

  it('into a project without its link types, makes them from visual.conf: label, colour, direction', () => {
    const s = project();
    s.linkTypes.push({ id: 'lt-echo', label: 'Echoes', color: '#123456', directed: false, key: '6' });
    const [a, b] = s.annotations.filter((x) => x.articleId === '002');
    if (a && b) s.links.push({ id: 'l-6', type: 'lt-echo', fromId: a.id, toId: b.id, fromArticleId: '002', toArticleId: '002', status: 'confirmed', reason: '', rationale: '', createdAt: T, updatedAt: T });
    const fresh = importBrat(exportBrat(s), { tags: s.tags });
    expect(fresh.newLinkTypes.map(({ label, color, directed }) => ({ label, color, directed }))).toEqual([
      { label: 'Echoes', color: '#123456', directed: false },
      { label: 'Revises count', color: '#999999', directed: true },
    ]);
    expect(fresh.report.warnings.map((w) => w.message)).toEqual([
      'the relation type Echoes is not a link type of the project; a new link type “Echoes” was added',
      'the link type Revises_count is not a link type of the project; a new link type “Revises count” was added',
    ]);
    expect(fresh.links.filter((l) => l.type === fresh.newLinkTypes[1]?.id).map((l) => l.status)).toEqual(['rejected']);
  });
});
