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
  // Each text follows a title line, which the text then leaves out: these are the body's blocks.
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
    ['emoji, combining marks and Arabic', '👨‍👩‍👧‍👦 cafe\u0301\n\nقال الرئيس', ['👨‍👩‍👧‍👦 cafe\u0301', 'قال الرئيس']],
  ])('splits %s', (_name, raw, expected) => {
    const a = parsePlainText(`Headline\n\n${raw}`, 'article.txt');
    expect(a.title).toBe('Headline');
    expect(blockTexts(a)).toEqual(expected);
    expectWellFormed(a);
  });

  it.each([
    ['an empty file', '', []],
    ['a file of whitespace', ' \n\t\n  \n', []],
  ])('finds no block in %s', (_name, raw, expected) => {
    const a = parsePlainText(raw, 'article.txt');
    expect(blockTexts(a)).toEqual(expected);
    expect(a.text).toBe(raw);
    expectWellFormed(a);
  });

  it('keeps the text character for character after the canonical-text rule', () => {
    const raw = '\uFEFFTitle\r\n\r\nBody  with  spaces\r\n\tcafe\u0301 — 😀\r\n';
    const a = parsePlainText(raw, 'x.txt');
    expect(a.text).toBe('Body  with  spaces\n\tcafe\u0301 — 😀\n');
    expect(blockTexts(a)).toEqual(['Body  with  spaces\n\tcafe\u0301 — 😀']);
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
        // Nothing is lost: the text is the input's end, after a title line it leaves out.
        const canonical = input.replace(/\r\n?/g, '\n');
        expect(canonical.endsWith(a.text)).toBe(true);
        const left = canonical.slice(0, canonical.length - a.text.length);
        expect(left.trim()).toBe(left.trim() === '' ? '' : a.title);
        // Never an empty article when there is something to read.
        if (canonical.trim() !== '') expect(a.text.trim()).not.toBe('');
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

  // The reader shows the title above the text: the title line is not repeated in the text.
  it.each([
    ['a title line and a paragraph', 'Oil field retaken\n\nThe SDF said on Sunday.', 'Oil field retaken', 'The SDF said on Sunday.', ['The SDF said on Sunday.']],
    ['a title line with a BOM and CRLF', '\uFEFFOil field retaken\r\n\r\nThe SDF said.\r\nA second line.\r\n', 'Oil field retaken', 'The SDF said.\nA second line.\n', ['The SDF said.\nA second line.']],
    ['a title line followed by its subtitle', 'Headline here\nSubtitle\n\nBody', 'Headline here', 'Subtitle\n\nBody', ['Subtitle', 'Body']],
    ['a title line after blank lines and spaces', '\n\n   Headline   \n\n  Body\n', 'Headline', 'Body\n', ['Body']],
    ['a title line before an indented paragraph', 'Headline\n\n\tBody\n\tmore', 'Headline', 'Body\n\tmore', ['Body\n\tmore']],
    ['an Arabic title line', 'قال الرئيس\n\nإن الهدنة صامدة', 'قال الرئيس', 'إن الهدنة صامدة', ['إن الهدنة صامدة']],
    ['a title line of emoji', '👨‍👩‍👧‍👦 🇺🇦\n\nBody', '👨‍👩‍👧‍👦 🇺🇦', 'Body', ['Body']],
    ['only a title line: kept, never an empty article', 'Only a headline', 'Only a headline', 'Only a headline', ['Only a headline']],
    ['only a title line and blank lines: kept', '\n  Only a headline  \n\n \n', 'Only a headline', '\n  Only a headline  \n\n \n', ['Only a headline']],
    ['a first line too long for a title: nothing left out', `${'x'.repeat(161)}\n\nBody`, 'long', `${'x'.repeat(161)}\n\nBody`, ['x'.repeat(161), 'Body']],
    ['a first line that ends like a sentence is the lead: kept', 'The SDF took the field on Sunday.\n\nBody', 'The SDF took the field on Sunday.', 'The SDF took the field on Sunday.\n\nBody', ['The SDF took the field on Sunday.', 'Body']],
    ['a first line ending in a closing quote is kept', '“We will hold it,” he said.”\n\nBody', '“We will hold it,” he said.”', '“We will hold it,” he said.”\n\nBody', ['“We will hold it,” he said.”', 'Body']],
  ])('leaves a headline first line out of the text: %s', (_name, raw, title, text, blocks) => {
    const a = parsePlainText(raw, 'long.txt');
    expect(a.title).toBe(title);
    expect(a.text).toBe(text);
    expect(blockTexts(a)).toEqual(blocks);
    expectWellFormed(a);
    // Text left out or not, the blocks index into the text as it is now.
    if (a.text !== raw) expect(a.blocks[0]?.start).toBe(0);
  });

  it('keeps the title line in the text when asked to', () => {
    const a = parsePlainText('Headline\n\nBody', 'x.txt', { keepTitleLine: true });
    expect(a.title).toBe('Headline');
    expect(a.text).toBe('Headline\n\nBody');
    expect(blockTexts(a)).toEqual(['Headline', 'Body']);
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
