import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ArticleContent } from '../model/article';
import { parseMarkdown } from './parseMarkdown';
import { blocksOf, expectWellFormed, marksOf, type BlockView, type MarkView } from '../../../testing/articleChecks';

function parse(md: string, fileName = 'article.md'): ArticleContent {
  const a = parseMarkdown(md, fileName);
  expectWellFormed(a);
  return a;
}

describe('parseMarkdown: blocks', () => {
  it('reads headings with their level, and paragraphs', () => {
    const a = parse('Intro.\n\n# Main title\n\n## Section\n\nBody text.\n\n###### Small');
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'Intro.' },
      { type: 'heading', level: 1, text: 'Main title' },
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'paragraph', text: 'Body text.' },
      { type: 'heading', level: 6, text: 'Small' },
    ]);
  });

  it('reads setext headings', () => {
    const a = parse('Intro\n\nBig one\n=======\n\nSmaller\n-------\n\nText');
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'Intro' },
      { type: 'heading', level: 1, text: 'Big one' },
      { type: 'heading', level: 2, text: 'Smaller' },
      { type: 'paragraph', text: 'Text' },
    ]);
  });

  it('separates blocks with a blank line in the text', () => {
    expect(parse('## T\n\nOne\n\nTwo').text).toBe('T\n\nOne\n\nTwo');
  });

  it('turns a blockquote into quote blocks, one per paragraph', () => {
    const a = parse('Before\n\n> The ceasefire\n> held.\n>\n> Second quoted.\n\nAfter');
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'Before' },
      { type: 'quote', text: 'The ceasefire held.' },
      { type: 'quote', text: 'Second quoted.' },
      { type: 'paragraph', text: 'After' },
    ]);
  });

  it.each([
    ['bullet', '- one\n- two\n* three', false, ['one', 'two', 'three']],
    ['ordered', '1. first\n2. second\n3. third', true, ['first', 'second', 'third']],
    ['ordered from another number', '7) seventh\n8) eighth', true, ['seventh', 'eighth']],
  ])('turns %s list items into list-item blocks', (_name, md, ordered, items) => {
    const a = parse(md);
    expect(blocksOf(a)).toEqual(items.map((text) => ({ type: 'list-item', ordered, text })));
  });

  it('keeps nested list items, each with its own kind', () => {
    const a = parse('1. outer\n   - inner a\n   - inner b\n2. next');
    expect(blocksOf(a)).toEqual([
      { type: 'list-item', ordered: true, text: 'outer' },
      { type: 'list-item', ordered: false, text: 'inner a' },
      { type: 'list-item', ordered: false, text: 'inner b' },
      { type: 'list-item', ordered: true, text: 'next' },
    ]);
  });

  it('keeps a fenced code block verbatim', () => {
    const a = parse('Intro\n\n```\nconst a = 1;\n  indented()\n```');
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'Intro' },
      { type: 'paragraph', text: 'const a = 1;\n  indented()' },
    ]);
    expect(marksOf(a)).toEqual([{ type: 'code', text: 'const a = 1;\n  indented()' }]);
  });

  it('joins soft line breaks with a space and keeps hard breaks as newlines', () => {
    expect(blocksOf(parse('line one\nline two'))).toEqual([{ type: 'paragraph', text: 'line one line two' }]);
    expect(blocksOf(parse('line one  \nline two'))).toEqual([{ type: 'paragraph', text: 'line one\nline two' }]);
    expect(blocksOf(parse('line one\\\nline two'))).toEqual([{ type: 'paragraph', text: 'line one\nline two' }]);
  });

  it('leaves no text for thematic breaks', () => {
    expect(parse('One\n\n---\n\nTwo').text).toBe('One\n\nTwo');
  });

  it('reads CRLF files like LF files and strips the BOM', () => {
    const lf = parse('# Title\n\nSome *text*\nhere.\n');
    const crlf = parse('\uFEFF# Title\r\n\r\nSome *text*\r\nhere.\r\n');
    expect(crlf).toEqual(lf);
  });

  it('does not Unicode-normalise', () => {
    const a = parse('Cafe\u0301 and 👨‍👩‍👧‍👦 and قال');
    expect(a.text).toBe('Cafe\u0301 and 👨‍👩‍👧‍👦 and قال');
  });
});

describe('parseMarkdown: inline marks', () => {
  it.each<[string, string, string, MarkView[]]>([
    ['emphasis', 'Say *hello* now', 'Say hello now', [{ type: 'em', text: 'hello' }]],
    ['emphasis with underscores', 'Say _hello_ now', 'Say hello now', [{ type: 'em', text: 'hello' }]],
    ['strong', 'A **bold** claim', 'A bold claim', [{ type: 'strong', text: 'bold' }]],
    ['strong and emphasis', '***both*** words', 'both words', [{ type: 'em', text: 'both' }, { type: 'strong', text: 'both' }]],
    ['inline code', 'Run `ls -la` now', 'Run ls -la now', [{ type: 'code', text: 'ls -la' }]],
    [
      'a link',
      'See [the report](https://example.org/r?id=1) today',
      'See the report today',
      [{ type: 'link', href: 'https://example.org/r?id=1', text: 'the report' }],
    ],
    ['a mailto link', 'Write [to us](mailto:desk@example.org).', 'Write to us.', [{ type: 'link', href: 'mailto:desk@example.org', text: 'to us' }]],
    [
      'emphasis inside a link',
      '[*Big* news](https://example.org)',
      'Big news',
      [{ type: 'em', text: 'Big' }, { type: 'link', href: 'https://example.org', text: 'Big news' }],
    ],
    [
      'marks after an emoji (UTF-16 offsets)',
      '👨‍👩‍👧‍👦 **family** and *cafe\u0301*',
      '👨‍👩‍👧‍👦 family and cafe\u0301',
      [{ type: 'strong', text: 'family' }, { type: 'em', text: 'cafe\u0301' }],
    ],
    ['emphasis in a heading', '## A *new* claim', 'A new claim', [{ type: 'em', text: 'new' }]],
  ])('reads %s', (_name, md, text, marks) => {
    const a = parse(md);
    expect(a.text).toBe(text);
    expect(sortMarks(marksOf(a))).toEqual(sortMarks(marks));
  });

  it('places marks in the second block at offsets into the whole text', () => {
    const a = parse('First paragraph.\n\nSecond *with* emphasis.');
    expect(a.marks).toHaveLength(1);
    const m = a.marks[0];
    expect(m?.start).toBe(a.text.indexOf('with'));
    expect(m?.end).toBe(a.text.indexOf('with') + 4);
  });

  it.each([
    ['javascript:', '[click me](javascript:alert(1))'],
    ['upper-case JAVASCRIPT:', '[click me](JAVASCRIPT:alert(1))'],
    ['javascript: in angle brackets with spaces', '[click me](< javascript:alert(1)>)'],
    ['data:', '[click me](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[click me](vbscript:msgbox)'],
    ['a relative path', '[click me](../etc/passwd)'],
  ])('keeps the text but drops a link to %s', (_name, md) => {
    const a = parse(md);
    expect(a.text).toBe('click me');
    expect(a.marks).toEqual([]);
  });

  it('keeps the text of reference-style links', () => {
    const a = parse('See [the report][r] and [Reuters] today.\n\n[r]: https://example.org/r\n[reuters]: https://reuters.com');
    expect(a.text).toBe('See the report and Reuters today.');
  });

  it('keeps other marks inside a dropped link', () => {
    const a = parse('[**click**](javascript:void(0)) here');
    expect(a.text).toBe('click here');
    expect(marksOf(a)).toEqual([{ type: 'strong', text: 'click' }]);
  });
});

describe('parseMarkdown: what carries no text', () => {
  it.each([
    ['an inline image', 'Look ![a cat](cat.png) here', 'Look here'],
    ['an image alone in its paragraph', 'Intro\n\n![alt text](x.png)\n\nOutro', 'Intro\n\nOutro'],
    ['inline raw HTML tags (the text between stays)', 'Before <span class="x">inside</span> after', 'Before inside after'],
    ['a raw HTML block', '<div class="ad">Buy now</div>\n\nReal text', 'Real text'],
    ['a script block', 'Text\n\n<script>alert(1)</script>\n\nMore', 'Text\n\nMore'],
    ['an HTML comment', 'A <!-- hidden --> B', 'A B'],
    ['a link reference definition', 'Text.\n\n[ref]: https://example.org/hidden', 'Text.'],
  ])('%s', (_name, md, text) => {
    const a = parse(md);
    expect(a.text).toBe(text);
    expect(a.text).not.toMatch(/[<>]|cat\.png|alt text|Buy now|alert/);
  });
});

describe('parseMarkdown: title', () => {
  it.each([
    ['the first level-1 heading', '# Main title\n\nBody', 'Main title'],
    ['the level-1 heading even after a level-2 one', '## Kicker\n\n# Real title\n\nBody', 'Real title'],
    ['the first of two level-1 headings', '# One\n\n# Two', 'One'],
    ['the plain text of a heading with marks', '# A *big* [story](https://x.org)', 'A big story'],
    ['a setext level-1 heading', 'Setext title\n===\n\nBody', 'Setext title'],
    ['the file name when there is no level-1 heading', '## Only h2\n\nBody', 'only-h2'],
    ['the file name for an empty file', '', 'only-h2'],
  ])('comes from %s', (_name, md, title) => {
    expect(parseMarkdown(md, 'notes/only-h2.md').title).toBe(title);
  });

  // The reader shows the title above the text: the heading it comes from is not repeated in the text.
  it.each<[string, string, string, string, BlockView[], MarkView[]]>([
    ['an ATX heading', '# Main title\n\nBody text.', 'Main title', 'Body text.', [{ type: 'paragraph', text: 'Body text.' }], []],
    ['a setext heading', 'Setext title\n===\n\nBody', 'Setext title', 'Body', [{ type: 'paragraph', text: 'Body' }], []],
    [
      'a heading with marks, and marks after it',
      '# A *big* [story](https://x.org)\n\nThe *coalition* said **100**.',
      'A big story',
      'The coalition said 100.',
      [{ type: 'paragraph', text: 'The coalition said 100.' }],
      [{ type: 'em', text: 'coalition' }, { type: 'strong', text: '100' }],
    ],
    ['the first of two level-1 headings', '# One\n\n# Two', 'One', 'Two', [{ type: 'heading', level: 1, text: 'Two' }], []],
    [
      'a heading followed by sections',
      '# Title\n\n## Section\n\n- one\n- two',
      'Title',
      'Section\n\none\n\ntwo',
      [
        { type: 'heading', level: 2, text: 'Section' },
        { type: 'list-item', ordered: false, text: 'one' },
        { type: 'list-item', ordered: false, text: 'two' },
      ],
      [],
    ],
    ['a heading after a BOM, with CRLF', '\uFEFF# Title\r\n\r\nBody\r\n', 'Title', 'Body', [{ type: 'paragraph', text: 'Body' }], []],
    [
      'a heading after what carries no text',
      '[r]: https://x.org\n\n<!-- note -->\n\n![photo](p.png)\n\n# Title\n\nBody',
      'Title',
      'Body',
      [{ type: 'paragraph', text: 'Body' }],
      [],
    ],
    ['an Arabic heading', '# عنوان الخبر\n\nقال الرئيس', 'عنوان الخبر', 'قال الرئيس', [{ type: 'paragraph', text: 'قال الرئيس' }], []],
    ['an emoji heading', '# 👨‍👩‍👧‍👦 cafe\u0301\n\nBody', '👨‍👩‍👧‍👦 cafe\u0301', 'Body', [{ type: 'paragraph', text: 'Body' }], []],
  ])('leaves out %s the title comes from', (_name, md, title, text, blocks, marks) => {
    const a = parse(md, 'notes/only-h2.md');
    expect(a.title).toBe(title);
    expect(a.text).toBe(text);
    expect(blocksOf(a)).toEqual(blocks);
    expect(sortMarks(marksOf(a))).toEqual(sortMarks(marks));
  });

  it.each<[string, string, string, string]>([
    ['the title heading when it is all there is', '# Only the title', 'Only the title', 'Only the title'],
    ['a level-1 heading after other text', 'Intro\n\n# Title\n\nBody', 'Title', 'Intro\n\nTitle\n\nBody'],
    ['a kicker before the level-1 heading', '## Kicker\n\n# Real title\n\nBody', 'Real title', 'Kicker\n\nReal title\n\nBody'],
    ['a level-2 heading when the title is the file name', '## only-h2\n\nBody', 'only-h2', 'only-h2\n\nBody'],
    ['a heading after an empty level-1 heading', '# ![x](x.png)\n\n# only-h2\n\nBody', 'only-h2', 'only-h2\n\nBody'],
  ])('keeps %s', (_name, md, title, text) => {
    const a = parse(md, 'notes/only-h2.md');
    expect(a.title).toBe(title);
    expect(a.text).toBe(text);
  });

  it('leaves the other metadata empty', () => {
    expect(parseMarkdown('# T', 'x.md')).toMatchObject({ source: '', publishedAt: '', url: '', language: '' });
  });
});

describe('parseMarkdown: properties', () => {
  const word = fc.constantFrom('claim', 'army', '40', 'cafe\u0301', '😀', '👨‍👩‍👧‍👦', 'قال', 'الرئيس', 'don’t');
  const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

  it('turns blank-line separated plain paragraphs into one block each, text unchanged', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const a = parse(paragraphs.join('\n\n'));
        expect(blocksOf(a)).toEqual(paragraphs.map((text) => ({ type: 'paragraph', text })));
      }),
    );
  });

  it('reads a file with a title heading like its body alone, with that title', () => {
    fc.assert(
      fc.property(paragraph, fc.array(fc.tuple(paragraph, fc.boolean()), { minLength: 1, maxLength: 6 }), (title, parts) => {
        const body = parts.map(([text, em]) => (em ? `*${text}*` : text)).join('\n\n');
        expect(parse(`# ${title}\n\n${body}`)).toEqual({ ...parse(body), title });
      }),
    );
  });

  it('covers exactly the emphasised words with the em mark', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, fc.boolean()), { minLength: 1, maxLength: 6 }), (parts) => {
        const md = parts.map(([text, em]) => (em ? `*${text}*` : text)).join(' and ');
        const a = parse(md);
        expect(a.text).toBe(parts.map(([text]) => text).join(' and '));
        // Adjacent emphasis is separated by " and ", so each emphasised part is its own mark.
        expect(marksOf(a)).toEqual(parts.filter(([, em]) => em).map(([text]) => ({ type: 'em', text })));
      }),
    );
  });
});

function sortMarks(marks: MarkView[]): MarkView[] {
  return [...marks].sort((x, y) => `${x.type}${x.text}`.localeCompare(`${y.type}${y.text}`));
}
