import { describe, expect, it } from 'vitest';
import { claimFacts } from '../claims/claimFacts';
import { sameName } from '../entities/sameName';
import { DEFAULT_COUNTED_THINGS, type Figure } from '../model/figure';
import type { Link } from '../model/link';
import { annotate, sampleCorpus } from '../../../testing/sampleCorpus';
import { suggestCandidates, type ClaimFacts, type SuggestOptions } from './suggestCandidates';

const options: SuggestOptions = {
  maxDays: 7,
  countedLabels: new Map(DEFAULT_COUNTED_THINGS.map((t) => [t.id, t.label])),
  sameSource: (a, b) => ['exact', 'variant'].includes(sameName(a, b) ?? ''),
};

const corpus = sampleCorpus();
const bodies = new Map([...corpus].map(([id, a]) => [id, a.body]));
const summaries = new Map([...corpus].map(([id, a]) => [id, a.summary]));
// The claims with figures of the sample project, as an analyst tags them.
const claims = [
  annotate(corpus, 'coalition', '002', 'killed at least 100 pro-regime fighters', 'claim'),
  annotate(corpus, 'monitor', '002', 'only confirmed 45 dead among pro-regime forces', 'claim'),
  annotate(corpus, 'official', '002', 'more than 100 Syrian pro-regime forces were killed', 'claim'),
  annotate(corpus, 'stateMedia', '002', 'dozens were killed in the clash', 'claim'),
  annotate(corpus, 'broadcaster', '003', 'Some 100 pro-regime forces were killed in the incident', 'claim'),
  annotate(corpus, 'troops', '003', 'about 2,000 troops in Syria', 'claim'),
  annotate(corpus, 'correspondent', '003', 'the bombing left "dozens of dead and wounded"', 'claim'),
];
const facts = claimFacts(claims, [], bodies, summaries, [], DEFAULT_COUNTED_THINGS);

const pairs = (list: ReturnType<typeof suggestCandidates>) => list.map((c) => `${c.fromId} ${c.type} ${c.toId}`);

describe('suggestCandidates on the sample project', () => {
  // "Dozens" [24, 99] meets "some 100" [90, 110]: they agree, but a vague word is no ground for "same claim".
  it('pairs the killed counts that clash, and those that agree when neither is vague; troops stay alone', () => {
    expect(pairs(suggestCandidates(facts, [], options))).toEqual([
      'coalition contradicts monitor',
      'coalition same-claim official',
      'coalition contradicts stateMedia',
      'coalition same-claim broadcaster',
      'coalition contradicts correspondent',
      'monitor contradicts official',
      'monitor contradicts broadcaster',
      'official contradicts stateMedia',
      'official same-claim broadcaster',
      'official contradicts correspondent',
    ]);
  });

  it('says why, with both figures and their sources', () => {
    const whys = new Map(suggestCandidates(facts, [], options).map((c) => [`${c.fromId} ${c.toId}`, c.why]));
    expect(whys.get('coalition monitor')).toBe(
      'Killed: “at least 100” (The US-led coalition) against “45” (the Syrian Observatory for Human Rights) cannot both hold; same article, two sources; same day.',
    );
    expect(whys.get('coalition broadcaster')).toBe('Killed: “at least 100” (The US-led coalition) and “Some 100” (the broadcaster) agree; date of one article unknown.');
  });

  it('never proposes a pair already linked, in either direction, whatever its status', () => {
    const rejected = { id: 'l1', type: 'contradicts', fromId: 'monitor', toId: 'coalition', status: 'rejected' } as Link;
    const retyped = { id: 'l2', type: 'supports', fromId: 'coalition', toId: 'official', status: 'confirmed' } as Link;
    const got = pairs(suggestCandidates(facts, [rejected, retyped], options));
    expect(got).not.toContain('coalition contradicts monitor');
    expect(got).not.toContain('coalition same-claim official');
    expect(got).toHaveLength(8);
  });
});

describe('suggestCandidates rules', () => {
  const figure = (low: number | null, high: number | null, counted = 'killed', qualifier: Figure['qualifier'] = 'exact'): Figure => ({ phrase: `${low}`, qualifier, low, high, counted, countedEntityId: null });
  const claim = (id: string, articleId: string, f: Figure | null, more: Partial<ClaimFacts> = {}): ClaimFacts => ({
    id,
    articleId,
    date: '2018-02-08',
    figure: f,
    source: '',
    sourceEntityId: null,
    entities: new Map(),
    ...more,
  });

  it.each([
    ['two articles, clashing counts', [claim('a', 'x', figure(100, null)), claim('b', 'y', figure(45, 45))], ['a contradicts b']],
    ['different counted things', [claim('a', 'x', figure(100, null)), claim('b', 'y', figure(45, 45, 'wounded'))], []],
    ['no counted thing', [claim('a', 'x', figure(100, null, '')), claim('b', 'y', figure(45, 45, ''))], []],
    ['no figure', [claim('a', 'x', null), claim('b', 'y', figure(45, 45))], []],
    ['eight days apart', [claim('a', 'x', figure(100, null)), claim('b', 'y', figure(45, 45), { date: '2018-02-16' })], []],
    ['seven days apart', [claim('a', 'x', figure(100, null)), claim('b', 'y', figure(45, 45), { date: '2018-02-15' })], ['a contradicts b']],
    ['one article, no sources', [claim('a', 'x', figure(100, null)), claim('b', 'x', figure(45, 45))], []],
    ['one article, one source twice', [claim('a', 'x', figure(100, null), { source: 'the coalition' }), claim('b', 'x', figure(45, 45), { source: 'The Coalition' })], []],
    ['one article, the same source entity under two names', [claim('a', 'x', figure(100, null), { source: 'IS', sourceEntityId: 'e1' }), claim('b', 'x', figure(45, 45), { source: 'Daesh', sourceEntityId: 'e1' })], []],
    ['entities both named and disjoint', [claim('a', 'x', figure(100, null), { entities: new Map([['e1', 'SDF']]) }), claim('b', 'y', figure(45, 45), { entities: new Map([['e2', 'YPG']]) })], []],
    ['one claim names no entity', [claim('a', 'x', figure(100, null), { entities: new Map([['e1', 'SDF']]) }), claim('b', 'y', figure(45, 45))], ['a contradicts b']],
    ['two vague counts that overlap', [claim('a', 'x', figure(24, 99, 'killed', 'vague')), claim('b', 'y', figure(40, 60))], []],
    ['agreeing exact counts', [claim('a', 'x', figure(45, 45)), claim('b', 'y', figure(40, 50, 'killed', 'range'))], ['a same-claim b']],
  ])('%s', (_name, list, expected) => {
    expect(pairs(suggestCandidates(list, [], options))).toEqual(expected);
  });

  it('names the shared entities in the reason', () => {
    const list = [claim('a', 'x', figure(100, null), { entities: new Map([['e1', 'SDF'], ['e3', 'Khasham']]) }), claim('b', 'y', figure(45, 45), { entities: new Map([['e1', 'SDF']]) })];
    expect(suggestCandidates(list, [], options)[0]?.why).toBe('Killed: “100” against “45” cannot both hold; both about SDF; same day.');
  });
});
