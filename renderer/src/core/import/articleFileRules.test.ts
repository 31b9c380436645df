import { describe, expect, it } from 'vitest';
import { ARTICLE_ACCEPT, ARTICLE_LIMIT_TEXT, ARTICLE_TYPES_TEXT, articleFormatOf, megabytesText } from './articleFileRules';

describe('articleFileRules', () => {
  it.each([
    ['notes.txt', 'text'],
    ['notes.text', 'text'],
    ['README.MD', 'markdown'],
    ['a.b.markdown', 'markdown'],
    ['Page.HTML', 'html'],
    ['page.htm', 'html'],
  ])('reads %s as %s', (name, format) => {
    expect(articleFormatOf(name)).toBe(format);
  });

  it.each(['scan.pdf', 'notes', 'notes.', '.txt.pdf', 'file.constructor', 'file.toString'])('does not import %s', (name) => {
    expect(articleFormatOf(name)).toBeNull();
  });

  it('names the limit and the types for messages', () => {
    expect(ARTICLE_LIMIT_TEXT).toBe('20 MB');
    expect(megabytesText(26_528_972)).toBe('25.3 MB');
    expect(ARTICLE_TYPES_TEXT).toBe('.txt, .md or .html');
    expect(ARTICLE_ACCEPT).toBe('.txt,.text,.md,.markdown,.html,.htm');
  });
});
