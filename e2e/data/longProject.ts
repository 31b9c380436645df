import { createHash } from 'node:crypto';
import { archiveJson } from '../../renderer/src/core/formats/archive/writeArchive';
import type { Annotation } from '../../renderer/src/core/model/annotation';
import { isOpenContradiction, type Link } from '../../renderer/src/core/model/link';
import { describeQuote } from '../../renderer/src/core/text/describeQuote';
import { sampleSnapshot } from '../../renderer/testing/sampleSnapshot';

const T = '2026-01-02T00:00:00.000Z';

/** The words of four letters or more of a text, as ranges, in order. */
function words(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\p{L}{4,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The sample project with more rows than a list draws at once: every long word of the
 * coalition article (002) a mention, and 200 contradictions between claims on words of the
 * backed-forces article (003) and of 002, and 200 short undated articles. Returns the
 * archive's bytes and what it holds.
 */
export function longProjectArchive(): { bytes: Buffer; mentions: number; links: number; claimsIn002: number; openIn002: number; articles: number } {
  const snapshot = sampleSnapshot();
  const text = (id: string) => snapshot.articles.find((a) => a.id === id)?.text ?? '';
  const make = (id: string, articleId: string, range: { start: number; end: number }, kind: 'claim' | 'entity'): Annotation => ({
    id,
    articleId,
    kind,
    tag: kind === 'claim' ? 'claim' : 'person',
    ranges: [range],
    quotes: [describeQuote(text(articleId), range)],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: T,
    updatedAt: T,
  });
  const mentions = words(text('002')).map((r, i) => make(`long-m-${i}`, '002', r, 'entity'));
  const from = words(text('003')).slice(0, 200).map((r, i) => make(`long-c3-${i}`, '003', r, 'claim'));
  const to = words(text('002')).slice(0, 200).map((r, i) => make(`long-c2-${i}`, '002', r, 'claim'));
  const links: Link[] = from.map((f, i) => ({
    id: `long-l-${i}`,
    type: 'contradicts',
    fromId: f.id,
    toId: (to[i] as Annotation).id,
    fromArticleId: '003',
    toArticleId: '002',
    status: 'candidate',
    reason: '',
    rationale: '',
    createdAt: T,
    updatedAt: T,
  }));
  snapshot.annotations.push(...mentions, ...from, ...to);
  // Enough short, undated articles that the library draws only the rows in view (they sort after the dated three).
  const base = snapshot.articles[0];
  if (!base) throw new Error('the sample has no article');
  for (let i = 0; i < 200; i++) {
    const text = `Brief number ${i}: a short dispatch with nothing in it yet.`;
    snapshot.articles.push({
      ...base,
      id: `brief-${i}`,
      title: `Brief ${String(i).padStart(3, '0')}`,
      source: '',
      publishedAt: '',
      url: '',
      fileName: `brief-${i}.txt`,
      text,
      length: text.length,
      blocks: [{ type: 'paragraph', start: 0, end: text.length }],
      marks: [],
      contentHash: createHash('sha256').update(text).digest('hex'),
    });
  }
  snapshot.links.push(...links);
  const claimsIn002 = snapshot.annotations.filter((a) => a.articleId === '002' && a.kind === 'claim').length;
  const openIn002 = snapshot.links.filter((l) => isOpenContradiction(l) && (l.fromArticleId === '002' || l.toArticleId === '002')).length;
  return { bytes: Buffer.from(archiveJson(snapshot, T)), mentions: mentions.length, links: snapshot.links.length, claimsIn002, openIn002, articles: snapshot.articles.length };
}
