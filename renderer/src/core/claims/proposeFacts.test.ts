import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTED_THINGS } from '../model/figure';
import type { Entity } from '../model/entity';
import { annotate, sampleCorpus } from '../../../testing/sampleCorpus';
import { attributionOf, entityNamed, figureOf, proposeFacts } from './proposeFacts';

const T = '2026-01-02T00:00:00.000Z';
const corpus = sampleCorpus();
const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, name, type: 'organization', aliases, createdAt: T, updatedAt: T });
const entities = [
  entity('coalition', 'US-led coalition', ['the coalition']),
  entity('sohr', 'Syrian Observatory for Human Rights', ['SOHR', 'the Observatory']),
  entity('centcom', 'US Central Command', ['CENTCOM']),
];

describe('proposeFacts on the claims of the sample project', () => {
  it.each([
    ['002', 'killed at least 100 pro-regime fighters', 'at least 100', [100, null], 'killed', 'The US-led coalition', 'coalition'],
    ['002', 'only confirmed 45 dead among pro-regime forces', '45', [45, 45], 'killed', 'the Syrian Observatory for Human Rights', 'sohr'],
    ['002', 'more than 100 Syrian pro-regime forces were killed', 'more than 100', [101, null], 'killed', 'a US military official', null],
    ['002', '20 to 30 artillery and tank rounds', '20 to 30', [20, 30], 'rounds', 'the official', null],
    ['002', 'coalition advisers were present in the area', null, null, '', 'the US Central Command (CENTCOM)', 'centcom'],
    ['003', 'Some 100 pro-regime forces were killed', 'Some 100', [90, 110], 'killed', 'the broadcaster', null],
    ['003', 'IS had held most of Deir al-Zour since 2014', null, null, '', null, null],
  ])('%s “%s”', (articleId, phrase, figurePhrase, range, counted, source, entityId) => {
    const claim = annotate(corpus, 'c', articleId, phrase, 'claim');
    const facts = proposeFacts(corpus.get(articleId)?.body.text ?? '', claim, DEFAULT_COUNTED_THINGS, entities);
    expect(facts.figure?.phrase ?? null).toBe(figurePhrase);
    if (range) expect([facts.figure?.low, facts.figure?.high]).toEqual(range);
    if (facts.figure) expect(facts.figure.counted).toBe(counted);
    expect(facts.attribution?.source ?? null).toBe(source);
    expect(facts.attribution?.entityId ?? null).toBe(entityId);
  });

  it('never lets a proposal replace what the analyst decided', () => {
    const text = corpus.get('002')?.body.text ?? '';
    const mine = { phrase: 'a hundred', qualifier: 'exact' as const, low: 100, high: 100, counted: 'wounded', countedEntityId: null };
    const decided = annotate(corpus, 'c', '002', 'killed at least 100 pro-regime fighters', 'claim', { figure: mine, attribution: null });
    const proposed = proposeFacts(text, decided, DEFAULT_COUNTED_THINGS, entities);
    expect(proposed.figure?.phrase).toBe('at least 100');
    expect(figureOf(decided, proposed)).toEqual(mine);
    expect(attributionOf(decided, proposed)).toBeNull();
    const undecided = annotate(corpus, 'c', '002', 'killed at least 100 pro-regime fighters', 'claim');
    expect(figureOf(undecided, proposed)?.phrase).toBe('at least 100');
    expect(attributionOf(undecided, proposed)?.source).toBe('The US-led coalition');
  });
});

describe('entityNamed', () => {
  it.each([
    ['The US-led coalition', 'coalition'],
    ['the Observatory', 'sohr'],
    ['SOHR', 'sohr'],
    ['a US military official', null],
    ['US Central Commands', null],
  ])('%s', (name, expected) => {
    expect(entityNamed(name, entities)).toBe(expected);
  });
});
