import type { Article } from '../src/core/model/article';
import type { Annotation } from '../src/core/model/annotation';

export function makeArticle(id: string, text = 'Daesh said 100 fighters were killed.'): Article {
  return {
    id,
    title: `Article ${id}`,
    source: 'Outlet',
    publishedAt: '2018-02-08',
    url: '',
    language: 'en',
    contentHash: `hash-${id}`,
    length: text.length,
    format: 'text',
    fileName: `${id}.txt`,
    importedAt: '2026-01-01T00:00:00.000Z',
    text,
    blocks: [{ type: 'paragraph', start: 0, end: text.length }],
    marks: [],
  };
}

export function makeAnnotation(id: string, articleId: string, kind = 'entity', start = 0, end = 5): Annotation {
  return {
    id,
    articleId,
    kind,
    tag: kind === 'claim' ? 'claim' : 'group',
    ranges: [{ start, end }],
    quotes: [{ exact: 'Daesh', prefix: '', suffix: ' said' }],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
