import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import { DEFAULT_LINK_TYPES, type Link, type LinkTypeDef } from '../model/link';
import { freeLinkTypeKey, refuseLink, refuseLinkType } from './linkRules';

function ann(id: string, kind = 'claim', tag = kind): Annotation {
  return { id, articleId: `art-${id}`, kind, tag, ranges: [{ start: 0, end: 4 }], quotes: [{ exact: 'x', prefix: '', suffix: '' }], note: '', attributes: {}, entityId: null, createdAt: '', updatedAt: '' };
}
function link(type: string, fromId: string, toId: string): Link {
  return { id: `${type}-${fromId}-${toId}`, type, fromId, toId, fromArticleId: `art-${fromId}`, toArticleId: `art-${toId}`, status: 'candidate', reason: '', rationale: '', createdAt: '', updatedAt: '' };
}
const type = (id: string) => DEFAULT_LINK_TYPES.find((t) => t.id === id) as LinkTypeDef;

describe('refuseLink', () => {
  const a = ann('a');
  const b = ann('b');
  it.each<[string, Annotation, Annotation, string, Link[], RegExp | null]>([
    ['a link between two claims', a, b, 'contradicts', [], null],
    ['a claim to itself', a, a, 'contradicts', [], /cannot be linked to itself/],
    ['a second contradicts between the same claims', a, b, 'contradicts', [link('contradicts', 'a', 'b')], /already linked as contradicts/],
    ['a symmetric duplicate the other way round', b, a, 'same-claim', [link('same-claim', 'a', 'b')], /already linked as same claim/],
    ['a directed link the other way round (B updates A after A updates B)', b, a, 'updates', [link('updates', 'a', 'b')], null],
    ['a directed duplicate the same way', a, b, 'supports', [link('supports', 'a', 'b')], /already linked as supports/],
    ['another type between the same claims', a, b, 'supports', [link('contradicts', 'a', 'b')], null],
    ['an entity mention as the second end', a, ann('p', 'entity', 'person'), 'contradicts', [], /the second annotation is a person mention, not a claim/],
    ['an entity mention as the first end', ann('o', 'entity', 'organization'), b, 'updates', [], /the first annotation is an organization mention/],
  ])('%s', (_name, from, to, typeId, existing, refusal) => {
    const result = refuseLink(from, to, type(typeId), existing);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toMatch(refusal);
  });
});

describe('refuseLinkType', () => {
  const base = { label: 'Casualty update', color: '#E69F00', key: '5' };
  it.each<[string, Partial<typeof base>, RegExp | null]>([
    ['a new type with a free key', {}, null],
    ['an empty name', { label: '  ' }, /needs a name/],
    ['a name already used, in any case', { label: 'CONTRADICTS' }, /already a link type named “CONTRADICTS”/],
    ['a colour that is not #RRGGBB', { color: 'orange' }, /colour must look like/],
    ['a key another type has', { key: '2' }, /Key 2 already picks another type/],
    ['no key left', { key: '' }, /all nine are taken/],
  ])('%s', (_name, change, refusal) => {
    const result = refuseLinkType({ ...base, ...change }, DEFAULT_LINK_TYPES);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toMatch(refusal);
  });

  it('gives the first free key', () => {
    expect(freeLinkTypeKey(DEFAULT_LINK_TYPES)).toBe('5');
    const nine = Array.from({ length: 9 }, (_, i) => ({ ...DEFAULT_LINK_TYPES[0], id: `t${i}`, key: String(i + 1) }) as LinkTypeDef);
    expect(freeLinkTypeKey(nine)).toBeNull();
  });
});
