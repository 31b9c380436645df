import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeArticle } from '../../../../testing/fixtures';
import { annotate, sampleCorpus } from '../../../../testing/sampleCorpus';
import type { Annotation } from '../../model/annotation';
import type { Article } from '../../model/article';
import type { Link, LinkTypeDef } from '../../model/link';
import { DEFAULT_KINDS, defaultTags } from '../../model/tagSchema';
import type { ProjectSnapshot } from '../projectSnapshot';
import { exportClaimPairs, type ClaimPair } from './exportClaimPairs';

function snapshotOf(articles: Article[], annotations: Annotation[], links: Link[], linkTypes: LinkTypeDef[] = []): ProjectSnapshot {
  return { name: 'Test', articles, annotations, links, linkTypes, entities: [], tags: defaultTags(), kinds: DEFAULT_KINDS.map((k) => ({ ...k })), counted: [] };
}

function link(id: string, from: Annotation, to: Annotation, extra: Partial<Link> = {}): Link {
  return {
    id,
    type: 'contradicts',
    fromId: from.id,
    toId: to.id,
    fromArticleId: from.articleId,
    toArticleId: to.articleId,
    status: 'candidate',
    reason: '',
    rationale: '',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...extra,
  };
}

const pairsOf = (jsonl: string): ClaimPair[] => jsonl.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ClaimPair);

describe('exportClaimPairs', () => {
  const corpus = sampleCorpus();
  const articles = [...corpus.values()].map((a): Article => ({ ...a.summary, ...a.body }));
  const coalition = annotate(corpus, 'coalition', '002', 'killed at least 100 pro-regime fighters', 'claim');
  const monitor = annotate(corpus, 'monitor', '002', 'confirmed 45 dead among pro-regime forces', 'claim');
  const some100 = annotate(corpus, 'some100', '003', 'Some 100 pro-regime forces were killed', 'claim');

  it('writes the coalition’s “at least 100” against the monitor’s “45” with both sentences and articles', () => {
    const contradiction = link('l1', coalition, monitor, { status: 'explained', reason: 'different-source', rationale: 'The monitor counts only\n"confirmed" dead.', why: 'killed: at least 100 vs 45' });
    const text = exportClaimPairs(snapshotOf(articles, [coalition, monitor], [contradiction]));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
    const title = 'US-led coalition said it killed at least 100 pro-regime fighters';
    expect(pairsOf(text)).toEqual([
      {
        link_id: 'l1',
        type: 'contradicts',
        status: 'explained',
        reason: 'different-source',
        rationale: 'The monitor counts only\n"confirmed" dead.',
        why: 'killed: at least 100 vs 45',
        a: {
          claim_id: 'coalition',
          text: 'killed at least 100 pro-regime fighters',
          sentence:
            'BEIRUT: The US-led coalition said Thursday it killed at least 100 pro-regime fighters to fend off an attack on its allies in eastern Syria, in one its deadliest confrontations yet with forces backing Damascus.',
          article_id: '002',
          title,
          outlet: 'AFP',
          date: '2018-02-08',
          url: '',
        },
        b: {
          claim_id: 'monitor',
          text: 'confirmed 45 dead among pro-regime forces',
          sentence: 'According to the Syrian Observatory for Human Rights, which only confirmed 45 dead among pro-regime forces, the initial attack took place near Khasham.',
          article_id: '002',
          title,
          outlet: 'AFP',
          date: '2018-02-08',
          url: '',
        },
        directed: false,
      },
    ]);
  });

  it('orders lines by creation time then id, and takes direction from the link type, the project’s own included', () => {
    const escalates: LinkTypeDef = { id: 'escalates', label: 'Escalates', color: '#000000', directed: true, key: '5' };
    const links = [
      link('l3', some100, coalition, { type: 'updates', createdAt: '2026-01-03T00:00:00.000Z' }),
      link('l2', coalition, some100, { type: 'same-claim', createdAt: '2026-01-01T00:00:00.000Z' }),
      link('l1', monitor, some100, { type: 'escalates', createdAt: '2026-01-03T00:00:00.000Z' }),
      link('l0', monitor, coalition, { type: 'gone', createdAt: '2026-01-04T00:00:00.000Z' }),
    ];
    const pairs = pairsOf(exportClaimPairs(snapshotOf(articles, [coalition, monitor, some100], links, [escalates])));
    expect(pairs.map((p) => [p.link_id, p.type, p.directed, p.a.claim_id, p.b.claim_id, p.why])).toEqual([
      ['l2', 'same-claim', false, 'coalition', 'some100', null],
      ['l1', 'escalates', true, 'monitor', 'some100', null],
      ['l3', 'updates', true, 'some100', 'coalition', null],
      ['l0', 'gone', false, 'monitor', 'coalition', null],
    ]);
    expect(pairs[0]?.b).toMatchObject({ sentence: 'Some 100 pro-regime forces were killed in the incident, according to the broadcaster.', outlet: '', date: '' });
  });

  it('keeps one line per link whatever its text holds: line breaks, quotes, Arabic, emoji, U+2028', () => {
    const text = 'قال "المرصد"\u2028 إن 45 قتلوا 👍🏽.\nSecond line.';
    const article = { ...makeArticle('ar', text), title: 'عنوان, "quoted"' };
    const a = { ...makeAnnotation('x', 'ar', 'claim', 0, text.indexOf('.') + 1), quotes: [{ exact: text.slice(0, text.indexOf('.') + 1), prefix: '', suffix: '' }] };
    const b = { ...makeAnnotation('y', 'ar', 'claim', text.indexOf('Second'), text.length), quotes: [{ exact: 'Second line.', prefix: '', suffix: '' }] };
    const out = exportClaimPairs(snapshotOf([article], [a, b], [link('l', a, b, { rationale: 'one\ntwo' })]));
    expect(out.split('\n')).toHaveLength(2);
    const [pair] = pairsOf(out);
    expect(pair?.a).toMatchObject({ text: 'قال "المرصد"\u2028 إن 45 قتلوا 👍🏽.', title: 'عنوان, "quoted"' });
    expect(pair?.b.sentence).toBe('Second line.');
    expect(pair?.rationale).toBe('one\ntwo');
  });

  it('keeps the line of a link whose claim or article is gone, with empty strings', () => {
    const orphan = link('l', coalition, { ...monitor, id: 'deleted', articleId: 'gone' });
    const [pair] = pairsOf(exportClaimPairs(snapshotOf(articles, [coalition], [orphan])));
    expect(pair?.b).toEqual({ claim_id: 'deleted', text: '', sentence: '', article_id: 'gone', title: '', outlet: '', date: '', url: '' });
  });

  it('writes nothing for a project without links', () => {
    expect(exportClaimPairs(snapshotOf(articles, [coalition], []))).toBe('');
  });
});
