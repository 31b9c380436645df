import { describe, expect, it } from 'vitest';
import { guessMapping, refuseMapping, type ColumnMapping } from './columnMapping';

describe('guessMapping', () => {
  it.each<[string, string[], ColumnMapping | null]>([
    ['the obvious names', ['id', 'title', 'text', 'source', 'date', 'url', 'label'], { id: 'id', title: 'title', text: 'text', outlet: 'source', date: 'date', url: 'url', label: 'label' }],
    [
      'HuffPost News Category (JSON Lines)',
      ['link', 'headline', 'category', 'short_description', 'authors', 'date'],
      { text: 'short_description', title: 'headline', date: 'date', url: 'link', label: 'category' },
    ],
    [
      'case, spaces and punctuation do not matter',
      ['Article_ID', 'Headline', 'Body', 'Publisher', 'Published At', 'Link', 'Stance'],
      { id: 'Article_ID', title: 'Headline', text: 'Body', outlet: 'Publisher', date: 'Published At', url: 'Link', label: 'Stance' },
    ],
    ['publishedAt, pub_date, content, site, guid, class', ['guid', 'content', 'site', 'pub_date', 'class'], { id: 'guid', text: 'content', outlet: 'site', date: 'pub_date', label: 'class' }],
    ['the better text name wins over a summary', ['description', 'article', 'publishedAt'], { text: 'article', date: 'publishedAt' }],
    ['a column is used once: "source" is the outlet, not also something else', ['text', 'source', 'outlet'], { text: 'text', outlet: 'outlet' }],
    ['the first of two columns that read the same', ['Text', 'text'], { text: 'Text' }],
    ['no column looks like the text', ['title', 'date', 'url'], null],
    ['no columns', [], null],
  ])('%s', (_name, columns, expected) => {
    expect(guessMapping(columns)).toEqual(expected);
  });
});

describe('refuseMapping', () => {
  const columns = ['headline', 'body', 'site', 'when'];
  it.each<[string, ColumnMapping, string | null]>([
    ['a complete mapping', { text: 'body', title: 'headline', outlet: 'site', date: 'when' }, null],
    ['the text alone', { text: 'body' }, null],
    ['fields left empty are not used', { text: 'body', title: '', url: undefined }, null],
    ['no text column', { text: '', title: 'headline' }, 'Choose the column that holds the article text.'],
    ['a column that does not exist', { text: 'body', date: 'published' }, 'There is no column “published” in this file.'],
    ['a column used twice', { text: 'body', title: 'body' }, 'The column “body” is used for both text and title; a column can fill one field.'],
    ['a column used twice, neither the text', { text: 'body', label: 'site', outlet: 'site' }, 'The column “site” is used for both outlet and label; a column can fill one field.'],
  ])('%s', (_name, mapping, expected) => {
    expect(refuseMapping(mapping, columns)).toBe(expected);
  });
});
