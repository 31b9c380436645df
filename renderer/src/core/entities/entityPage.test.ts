import { describe, expect, it } from 'vitest';
import type { Link } from '../model/link';
import { annotate, sampleCorpus } from '../../../testing/sampleCorpus';
import { entityPage } from './entityPage';

const corpus = sampleCorpus();
const bodies = new Map([...corpus].map(([id, a]) => [id, a.body]));

describe('entityPage', () => {
  const mentions = [
    annotate(corpus, 'm2', '002', 'SDF', 'entity', { entityId: 'sdf' }, 3),
    annotate(corpus, 'm1', '002', 'Syrian Democratic Forces', 'entity', { entityId: 'sdf' }),
    annotate(corpus, 'm3', '000', 'SDF', 'entity', { entityId: 'sdf' }),
  ];
  const strikes = annotate(corpus, 'c1', '002', 'The coalition conducted strikes against attacking forces', 'claim');
  const shelling = annotate(corpus, 'c2', '002', 'targeted the attacking forces with air strikes and shelling', 'claim');
  const elsewhere = annotate(corpus, 'c3', '002', 'killed at least 100 pro-regime fighters', 'claim');
  const claims = new Map([['002', [strikes, shelling, elsewhere]]]);
  const links: Link[] = [
    { id: 'l1', type: 'supports', fromId: 'c1', toId: 'c2' } as Link,
    { id: 'l2', type: 'contradicts', fromId: 'c1', toId: 'c3' } as Link,
  ];
  const page = entityPage(mentions, bodies, claims, links);

  it('groups mentions by article, in text order, each with its sentence cut around it', () => {
    expect([...page.mentions.keys()].sort()).toEqual(['000', '002']);
    const rows = page.mentions.get('002') ?? [];
    expect(rows.map((r) => r.mention.id)).toEqual(['m1', 'm2']);
    expect(rows[0]?.context).toEqual({
      before: '…forces to repel the act of aggression" against its own personnel and the Kurdish-led ',
      exact: 'Syrian Democratic Forces',
      after: ' (SDF) hosting them, it said.',
    });
    expect(page.mentions.get('000')?.[0]?.context?.before).toBe('The Syrian Democratic Forces (');
  });

  it('lists the claims in the mention’s sentence, and only the links between listed claims', () => {
    const rows = page.mentions.get('002') ?? [];
    expect(rows[0]?.claims.map((c) => c.id)).toEqual(['c1']);
    expect(rows[1]?.claims.map((c) => c.id)).toEqual(['c2']);
    expect(page.links.map((l) => l.id)).toEqual(['l1']);
  });

  it('still lists a mention whose article text is missing, without context', () => {
    const orphan = entityPage([annotate(corpus, 'm9', '000', 'SDF', 'entity', { articleId: 'gone' })], bodies, new Map(), []);
    expect(orphan.mentions.get('gone')?.[0]?.context).toBeNull();
  });
});
