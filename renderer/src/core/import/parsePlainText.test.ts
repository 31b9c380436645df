import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ArticleContent } from '../model/article';
import { baseName, parsePlainText } from './parsePlainText';

function blockTexts(a: ArticleContent): string[] {
  return a.blocks.map((b) => a.text.slice(b.start, b.end));
}

/** What every plain-text import must satisfy, whatever the input. */
function expectWellFormed(a: ArticleContent): void {
  let previousEnd = 0;
  for (const b of a.blocks) {
    expect(b.type).toBe('paragraph');
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(a.text.length);
    const slice = a.text.slice(b.start, b.end);
    expect(slice).not.toMatch(/^\s/);
    expect(slice).not.toMatch(/\s$/);
    previousEnd = b.end;
  }
  expect(a.marks).toEqual([]);
  expect(a.text).not.toContain('\r');
}

describe('parsePlainText: paragraphs', () => {
  it.each([
    ['one paragraph', 'Hello world', ['Hello world']],
    ['two paragraphs', 'First.\n\nSecond.', ['First.', 'Second.']],
    ['several blank lines between paragraphs', 'First.\n\n\n\n\nSecond.', ['First.', 'Second.']],
    ['single newlines inside a paragraph', 'Line one\nline two\n\nNext', ['Line one\nline two', 'Next']],
    ['a line of spaces as a blank line', 'First.\n   \nSecond.', ['First.', 'Second.']],
    ['a line of tabs and spaces as a blank line', 'First.\n\t \t\nSecond.', ['First.', 'Second.']],
    ['several whitespace-only lines', 'First.\n  \n\t\n \nSecond.', ['First.', 'Second.']],
    ['a line of no-break spaces as a blank line', 'First.\n\u00a0\u00a0\nSecond.', ['First.', 'Second.']],
    ['blank lines before and after', '\n\n  \nOnly.\n\n \n', ['Only.']],
    ['indentation trimmed at the block edges only', '  Indented\n  second line  \n\nB', ['Indented\n  second line', 'B']],
    ['CRLF line ends', 'First\r\nstill first\r\n\r\nSecond\r\n', ['First\nstill first', 'Second']],
    ['lone CR line ends', 'First\r\rSecond', ['First', 'Second']],
    ['a BOM', '\uFEFFFirst\n\nSecond', ['First', 'Second']],
    ['emoji, combining marks and Arabic', '👨‍👩‍👧‍👦 cafe\u0301\n\nقال الرئيس', ['👨‍👩‍👧‍👦 cafe\u0301', 'قال الرئيس']],
    ['an empty file', '', []],
    ['a file of whitespace', ' \n\t\n  \n', []],
  ])('splits %s', (_name, raw, expected) => {
    const a = parsePlainText(raw, 'article.txt');
    expect(blockTexts(a)).toEqual(expected);
    expectWellFormed(a);
  });

  it('keeps the text character for character after the canonical-text rule', () => {
    const raw = '\uFEFFTitle  with  spaces\r\n\r\n\tcafe\u0301 — 😀\r\n';
    const a = parsePlainText(raw, 'x.txt');
    expect(a.text).toBe('Title  with  spaces\n\n\tcafe\u0301 — 😀\n');
    expect(blockTexts(a)).toEqual(['Title  with  spaces', 'cafe\u0301 — 😀']);
  });

  it('has no marks and empty metadata besides the title', () => {
    const a = parsePlainText('Headline\n\nBody', 'x.txt');
    expect(a).toMatchObject({ source: '', publishedAt: '', url: '', language: '', marks: [] });
  });

  const piece = fc.constantFrom('word', 'Ab', '😀', 'e\u0301', 'قال', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\n \n');
  const raw = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

  it('gives trimmed, ordered blocks separated by blank lines and keeps every non-blank character', () => {
    fc.assert(
      fc.property(raw, (input) => {
        const a = parsePlainText(input, 'p.txt');
        expectWellFormed(a);
        const texts = blockTexts(a);
        // No blank line inside a block, a blank line between blocks.
        for (const t of texts) expect(t).not.toMatch(/\n[ \t]*\n/);
        for (let i = 1; i < a.blocks.length; i++) {
          const gap = a.text.slice(a.blocks[i - 1]?.end ?? 0, a.blocks[i]?.start ?? 0);
          expect(gap).toMatch(/\n[ \t]*\n/);
        }
        // Nothing but whitespace is left out of the blocks.
        expect(texts.join('').replace(/\s/g, '')).toBe(a.text.replace(/\s/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parsePlainText: title', () => {
  it.each([
    ['the first line', 'Headline here\nSubtitle\n\nBody', 'report.txt', 'Headline here'],
    ['the first line after blank lines, trimmed', '\n\n   Headline   \n\nBody', 'report.txt', 'Headline'],
    ['the file name when the text is empty', '', 'reports/2024-05-01 Strike.txt', '2024-05-01 Strike'],
    ['the file name when the text is only whitespace', ' \n \n', 'C:\\Users\\me\\Strike report.txt', 'Strike report'],
    ['the file name when the first line is too long', `${'x'.repeat(161)}\n\nBody`, 'long.txt', 'long'],
    ['the first line when it is exactly 160 long', `${'y'.repeat(160)}\n\nBody`, 'long.txt', 'y'.repeat(160)],
  ])('comes from %s', (_name, raw, fileName, title) => {
    expect(parsePlainText(raw, fileName).title).toBe(title);
  });
});

describe('baseName', () => {
  it.each([
    ['article.txt', 'article'],
    ['dir/sub/report.final.md', 'report.final'],
    ['C:\\docs\\news.html', 'news'],
    ['no-extension', 'no-extension'],
    ['.hidden', '.hidden'],
  ])('%s -> %s', (fileName, expected) => {
    expect(baseName(fileName)).toBe(expected);
  });
});
