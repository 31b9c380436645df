import type { ProjectSnapshot } from '../src/core/formats/projectSnapshot';
import { DEFAULT_COUNTED_THINGS } from '../src/core/model/figure';
import { defaultTagSchema } from '../src/core/model/tagSchema';
import { describeQuote } from '../src/core/text/describeQuote';
import { annotate, sampleCorpus } from './sampleCorpus';

const T = '2026-01-02T00:00:00.000Z';

/**
 * The sample project as an analyst leaves it after a morning: claims with figures and
 * sources, mentions linked to entities, a note, an attribute, a discontinuous mention, and
 * links of several types and statuses across and inside articles.
 */
export function sampleSnapshot(): ProjectSnapshot {
  const corpus = sampleCorpus();
  const schema = defaultTagSchema();
  schema.tags[0] = { ...(schema.tags[0] as (typeof schema.tags)[number]), attributes: [{ id: 'certainty', label: 'Certainty', type: 'choice', choices: ['reported', 'confirmed'] }] };
  const text = (id: string) => corpus.get(id)?.body.text ?? '';
  const coalition = annotate(corpus, 'c-coalition', '002', 'killed at least 100 pro-regime fighters', 'claim', {
    note: 'Coalition figure.\nSame day as the monitor.',
    attributes: { certainty: 'reported' },
    figure: { phrase: 'at least 100', qualifier: 'at-least', low: 100, high: null, counted: 'killed', countedEntityId: null },
    attribution: { phrase: 'The US-led coalition said', source: 'The US-led coalition', entityId: 'e-coalition' },
  });
  const monitor = annotate(corpus, 'c-monitor', '002', 'only confirmed 45 dead among pro-regime forces', 'claim', { figure: null });
  const some100 = annotate(corpus, 'c-some100', '003', 'Some 100 pro-regime forces were killed', 'claim');
  const daesh = annotate(corpus, 'm-daesh', '000', 'Daesh', 'entity', { entityId: 'e-is' });
  const isis = annotate(corpus, 'm-isis', '003', 'ISIS', 'entity', { entityId: 'e-is' });
  // "Syrian … Forces" of "Syrian Democratic Forces", in two pieces.
  const sdfText = text('000');
  const at = sdfText.indexOf('Syrian Democratic Forces');
  const pieces = [
    { start: at, end: at + 6 },
    { start: at + 18, end: at + 24 },
  ];
  const sdf = { ...annotate(corpus, 'm-sdf', '000', 'Syrian Democratic Forces', 'entity', { tag: 'organization' }), ranges: pieces, quotes: pieces.map((r) => describeQuote(sdfText, r)) };
  const link = (id: string, from: { id: string; articleId: string }, to: { id: string; articleId: string }, type: string, status: 'candidate' | 'confirmed' | 'explained' | 'rejected', extra = {}) => ({
    id,
    type,
    fromId: from.id,
    toId: to.id,
    fromArticleId: from.articleId,
    toArticleId: to.articleId,
    status,
    reason: status === 'explained' ? 'different-source' : '',
    rationale: status === 'confirmed' ? 'Same night, same place; the counts cannot both hold.' : '',
    createdAt: T,
    updatedAt: T,
    ...extra,
  });
  return {
    name: 'Sample project',
    articles: [...corpus.values()].map(({ summary, body }) => ({ ...summary, ...body })),
    annotations: [coalition, monitor, some100, daesh, isis, sdf],
    links: [
      link('l-1', coalition, monitor, 'contradicts', 'confirmed', { why: 'Killed: “at least 100” against “45”.' }),
      link('l-2', coalition, some100, 'same-claim', 'candidate'),
      link('l-3', monitor, some100, 'contradicts', 'explained'),
      link('l-4', some100, monitor, 'lt-revises', 'rejected'),
    ],
    linkTypes: [{ id: 'lt-revises', label: 'Revises count', color: '#999999', directed: true, key: '5' }],
    entities: [
      { id: 'e-is', name: 'Islamic State', type: 'group', aliases: ['Daesh', 'ISIS', 'IS'], createdAt: T, updatedAt: T },
      { id: 'e-coalition', name: 'US-led coalition', type: 'organization', aliases: ['the coalition'], createdAt: T, updatedAt: T },
    ],
    tags: schema.tags,
    kinds: schema.kinds,
    counted: DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] })),
  };
}
