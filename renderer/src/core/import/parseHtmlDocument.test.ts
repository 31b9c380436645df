import { describe, it, expect } from 'vitest';
import type { ArticleContent } from '../model/article';
import type { HtmlDocument, HtmlElement, HtmlNode } from './htmlTree';
import { parseHtmlDocument } from './parseHtmlDocument';
import { blocksOf, expectWellFormed, marksOf, type BlockView, type MarkView } from '../../../testing/articleChecks';

type Child = HtmlNode | string;

/** An element without attributes: `h('p', 'text', h('em', 'more'))`. */
function h(tag: string, ...children: Child[]): HtmlElement {
  return ha(tag, {}, ...children);
}

/** An element with attributes. */
function ha(tag: string, attrs: Record<string, string>, ...children: Child[]): HtmlElement {
  return {
    kind: 'element',
    tag,
    attrs,
    children: children.map((c) => (typeof c === 'string' ? { kind: 'text', text: c } : c)),
  };
}

function htmlDoc(body: Child[], extra: Partial<Omit<HtmlDocument, 'body'>> = {}): HtmlDocument {
  return {
    lang: '',
    title: '',
    meta: {},
    canonical: '',
    body: h('body', ...body).children,
    ...extra,
  };
}

function parse(body: Child[], extra: Partial<Omit<HtmlDocument, 'body'>> = {}, fileName = 'page.html'): ArticleContent {
  const a = parseHtmlDocument(htmlDoc(body, extra), fileName);
  expectWellFormed(a);
  return a;
}

const br = (): HtmlElement => h('br');

describe('parseHtmlDocument: blocks', () => {
  it('reads paragraphs as blocks separated by a blank line', () => {
    const a = parse([h('p', 'One.'), h('p', 'Two.')]);
    expect(a.text).toBe('One.\n\nTwo.');
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: 'Two.' },
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6])('reads <h%i> as a heading of that level', (level) => {
    const a = parse([h(`h${level}`, 'Heading'), h('p', 'Body')], { title: 'Page title' });
    expect(blocksOf(a)).toEqual([
      { type: 'heading', level, text: 'Heading' },
      { type: 'paragraph', text: 'Body' },
    ]);
  });

  it('reads a blockquote as quote blocks', () => {
    const a = parse([h('p', 'Before'), h('blockquote', h('p', 'Quoted one.'), h('p', 'Quoted two.')), h('blockquote', 'Bare quote')]);
    expect(blocksOf(a)).toEqual([
      { type: 'paragraph', text: 'Before' },
      { type: 'quote', text: 'Quoted one.' },
      { type: 'quote', text: 'Quoted two.' },
      { type: 'quote', text: 'Bare quote' },
    ]);
  });

  it('reads ordered and bullet list items', () => {
    const a = parse([
      h('ol', h('li', 'first'), h('li', 'second')),
      h('ul', h('li', 'dot'), h('li', h('p', 'para in item'))),
    ]);
    expect(blocksOf(a)).toEqual([
      { type: 'list-item', ordered: true, text: 'first' },
      { type: 'list-item', ordered: true, text: 'second' },
      { type: 'list-item', ordered: false, text: 'dot' },
      { type: 'list-item', ordered: false, text: 'para in item' },
    ]);
  });

  it('reads nested lists with their own kind', () => {
    const a = parse([h('ol', h('li', 'outer', h('ul', h('li', 'inner'))), h('li', 'next'))]);
    expect(blocksOf(a)).toEqual([
      { type: 'list-item', ordered: true, text: 'outer' },
      { type: 'list-item', ordered: false, text: 'inner' },
      { type: 'list-item', ordered: true, text: 'next' },
    ]);
  });

  it('turns loose text between blocks into paragraphs of its own', () => {
    const a = parse([h('div', 'Intro text', h('p', 'Para'), 'Tail text')]);
    expect(blocksOf(a).map((b) => b.text)).toEqual(['Intro text', 'Para', 'Tail text']);
  });

  it('leaves nothing for empty or whitespace-only elements', () => {
    const a = parse([h('p', '   '), h('p', 'Real'), h('div', '\n\t'), h('p', h('span', ' ')), h('p', 'Also real')]);
    expect(a.text).toBe('Real\n\nAlso real');
  });

  it('keeps <pre> text verbatim as code', () => {
    const a = parse([h('pre', 'line 1\n    indented\r\nline 3')]);
    expect(a.text).toBe('line 1\n    indented\nline 3');
    expect(marksOf(a)).toEqual([{ type: 'code', text: 'line 1\n    indented\nline 3' }]);
  });

  it('puts table cells of one row into one block, separated by spaces', () => {
    const a = parse([h('table', h('tr', h('td', 'Killed'), h('td', '40')), h('tr', h('td', 'Injured'), h('td', '12')))]);
    expect(blocksOf(a).map((b) => b.text)).toEqual(['Killed 40', 'Injured 12']);
  });

  it('does not Unicode-normalise', () => {
    const a = parse([h('p', 'Cafe\u0301 👨‍👩‍👧‍👦 قال')]);
    expect(a.text).toBe('Cafe\u0301 👨‍👩‍👧‍👦 قال');
  });
});

describe('parseHtmlDocument: whitespace', () => {
  it.each([
    ['runs of spaces, tabs and newlines', [h('p', '  The   army\n\tsaid  ')], 'The army said'],
    ['CRLF inside a paragraph', [h('p', 'one\r\ntwo')], 'one two'],
    ['spaces across inline elements', [h('p', 'Hello ', h('span', ' big '), ' world')], 'Hello big world'],
    ['no space added between inline elements', [h('p', h('b', 'in'), h('i', 'line'))], 'inline'],
  ])('collapses %s', (_name, body, text) => {
    expect(parse(body).text).toBe(text);
  });

  it.each([
    ['a <br>', [h('p', 'Line one', br(), 'Line two')], 'Line one\nLine two'],
    ['a <br> between spaces', [h('p', 'Line one ', br(), ' Line two')], 'Line one\nLine two'],
    ['a <br> inside inline markup', [h('p', h('span', 'A', br(), 'B'))], 'A\nB'],
    ['a trailing <br>', [h('p', 'A', br())], 'A'],
  ])('turns %s into a newline inside the block', (_name, body, text) => {
    const a = parse(body);
    expect(a.text).toBe(text);
    expect(a.blocks).toHaveLength(1);
  });
});

describe('parseHtmlDocument: line breaks and marks', () => {
  it('keeps a mark off the newline of a <br> that follows it', () => {
    const a = parse([h('p', h('em', 'Line one '), br(), 'line two')]);
    expect(a.text).toBe('Line one\nline two');
    expect(marksOf(a)).toEqual([{ type: 'em', text: 'Line one' }]);
  });
});

describe('parseHtmlDocument: what carries no text', () => {
  it.each([
    ['script', 'var x = 1;'],
    ['style', 'p { color: red }'],
    ['noscript', 'Enable JavaScript'],
    ['template', 'Template text'],
    ['nav', 'Home | World'],
    ['form', 'Subscribe'],
    ['button', 'Share'],
    ['iframe', 'Frame text'],
  ])('skips <%s> as a block and inside a paragraph', (tag, hidden) => {
    const a = parse([h(tag, hidden), h('p', 'Before ', h(tag, hidden), 'after.')]);
    expect(a.text).toBe('Before after.');
  });

  it('drops images and their alt text', () => {
    const a = parse([h('p', 'A ', ha('img', { src: 'x.png', alt: 'ALT TEXT' }), 'photo.'), ha('img', { src: 'y.png', alt: 'B' })]);
    expect(a.text).toBe('A photo.');
  });
});

describe('parseHtmlDocument: article element', () => {
  it('reads only the <article> when the page has one', () => {
    const a = parse([
      h('header', h('p', 'Site header')),
      h('div', h('p', 'Advert')),
      h('main', h('article', h('h1', 'Headline'), h('p', 'Story text.'))),
      h('footer', h('p', 'Copyright')),
    ], { title: 'Headline | Site' });
    expect(blocksOf(a)).toEqual([
      { type: 'heading', level: 1, text: 'Headline' },
      { type: 'paragraph', text: 'Story text.' },
    ]);
  });

  it('reads the first <article> when there are several', () => {
    const a = parse([h('article', h('p', 'Main story')), h('aside', h('article', h('p', 'Related')))]);
    expect(a.text).toBe('Main story');
  });

  it('reads the whole body when there is no <article>', () => {
    const a = parse([h('header', h('p', 'Header')), h('p', 'Body')]);
    expect(a.text).toBe('Header\n\nBody');
  });
});

describe('parseHtmlDocument: inline marks', () => {
  it.each<[string, Child[], string, MarkView[]]>([
    ['<em> and <i>', [h('p', 'An ', h('em', 'em'), ' and ', h('i', 'i'), '.')], 'An em and i.', [{ type: 'em', text: 'em' }, { type: 'em', text: 'i' }]],
    ['<strong> and <b>', [h('p', h('strong', 'Strong'), ' ', h('b', 'bold'))], 'Strong bold', [{ type: 'strong', text: 'Strong' }, { type: 'strong', text: 'bold' }]],
    ['<code>', [h('p', 'Run ', h('code', 'ls'), ' now')], 'Run ls now', [{ type: 'code', text: 'ls' }]],
    [
      'a web link',
      [h('p', 'See ', ha('a', { href: 'https://example.org/a' }, 'the report'), '.')],
      'See the report.',
      [{ type: 'link', href: 'https://example.org/a', text: 'the report' }],
    ],
    [
      'a mail link',
      [h('p', ha('a', { href: ' mailto:desk@example.org ' }, 'Mail us'))],
      'Mail us',
      [{ type: 'link', href: 'mailto:desk@example.org', text: 'Mail us' }],
    ],
    [
      'nested emphasis in a link',
      [h('p', ha('a', { href: 'https://x.org' }, h('em', 'Big'), ' news'))],
      'Big news',
      [{ type: 'em', text: 'Big' }, { type: 'link', href: 'https://x.org', text: 'Big news' }],
    ],
    [
      'marks in a second paragraph after an emoji',
      [h('p', 'First.'), h('p', '👨‍👩‍👧‍👦 ', h('strong', 'family'))],
      'First.\n\n👨‍👩‍👧‍👦 family',
      [{ type: 'strong', text: 'family' }],
    ],
  ])('reads %s', (_name, body, text, marks) => {
    const a = parse(body);
    expect(a.text).toBe(text);
    expect(sortMarks(marksOf(a))).toEqual(sortMarks(marks));
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: with spaces before it', '  JavaScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/world/story'],
    ['an empty href', ''],
  ])('keeps the text but drops a link to %s', (_name, href) => {
    const a = parse([h('p', 'Click ', ha('a', { href }, 'here'), '.')]);
    expect(a.text).toBe('Click here.');
    expect(a.marks).toEqual([]);
  });

  it('keeps the text of a link without href', () => {
    const a = parse([h('p', h('a', 'anchor text'))]);
    expect(a.text).toBe('anchor text');
    expect(a.marks).toEqual([]);
  });
});

describe('parseHtmlDocument: metadata', () => {
  const body = [h('h1', 'Body headline'), h('p', 'Text')];

  it.each<[string, Partial<Omit<HtmlDocument, 'body'>>, Child[], string]>([
    ['og:title before <title>', { title: 'Page title | Site', meta: { 'og:title': 'OG headline' } }, body, 'OG headline'],
    ['<title> without og:title', { title: 'Page title' }, body, 'Page title'],
    ['the first <h1> without og:title or <title>', {}, body, 'Body headline'],
    ['the file name without any of them', {}, [h('p', 'Text')], 'story-2024'],
    ['collapsed whitespace', { title: '  Big\n   news  ' }, body, 'Big news'],
    ['<title> when og:title is empty', { title: 'Page title', meta: { 'og:title': '' } }, body, 'Page title'],
  ])('takes the title from %s', (_name, extra, docBody, title) => {
    expect(parseHtmlDocument(htmlDoc(docBody, extra), 'downloads/story-2024.html').title).toBe(title);
  });

  it.each([
    ['og:site_name', { 'og:site_name': ' Reuters ' }, 'Reuters'],
    ['publisher', { publisher: 'AP' }, 'AP'],
    ['og:site_name before publisher', { 'og:site_name': 'BBC', publisher: 'Other' }, 'BBC'],
    ['nothing', {}, ''],
  ])('takes the source from %s', (_name, meta, source) => {
    expect(parse([h('p', 'x')], { meta }).source).toBe(source);
  });

  it.each<[string, Record<string, string>, Child[], string]>([
    ['article:published_time', { 'article:published_time': '2024-03-05T10:00:00+02:00' }, [], '2024-03-05'],
    ['a date meta', { date: '2023-12-31' }, [], '2023-12-31'],
    ['article:published_time before date', { 'article:published_time': '2024-01-02', date: '1999-01-01' }, [], '2024-01-02'],
    ['a <time datetime>', {}, [ha('time', { datetime: '2022-07-08T09:00Z' }, '8 July')], '2022-07-08'],
    ['a date that is not ISO', { 'article:published_time': 'March 5, 2024' }, [], ''],
    ['nothing', {}, [], ''],
  ])('takes the publication date from %s', (_name, meta, extraBody, date) => {
    expect(parse([h('p', 'x'), ...extraBody], { meta }).publishedAt).toBe(date);
  });

  it.each([
    ['the canonical link', { canonical: 'https://example.org/story', meta: { 'og:url': 'https://example.org/og' } }, 'https://example.org/story'],
    ['og:url without a canonical link', { meta: { 'og:url': 'https://example.org/og' } }, 'https://example.org/og'],
    ['nothing for a javascript: canonical link', { canonical: 'javascript:alert(1)' }, ''],
    ['nothing when there is none', {}, ''],
  ])('takes the url from %s', (_name, extra, url) => {
    expect(parse([h('p', 'x')], extra).url).toBe(url);
  });

  it.each([
    ['ar', 'ar'],
    [' en-GB ', 'en-GB'],
    ['', ''],
  ])('takes the language from lang=%j', (lang, language) => {
    expect(parse([h('p', 'x')], { lang }).language).toBe(language);
  });
});

describe('parseHtmlDocument: the title is not repeated in the text', () => {
  // The reader shows the title above the text: a first heading saying the same is left out.
  it.each<[string, Partial<Omit<HtmlDocument, 'body'>>, Child[], string, string, BlockView[], MarkView[]]>([
    ['the <h1> the title comes from', {}, [h('h1', 'Headline'), h('p', 'Story.')], 'Headline', 'Story.', [{ type: 'paragraph', text: 'Story.' }], []],
    [
      'a first <h1> matching og:title',
      { title: 'Headline | Site', meta: { 'og:title': 'Headline' } },
      [h('h1', 'Headline'), h('p', 'Story.')],
      'Headline',
      'Story.',
      [{ type: 'paragraph', text: 'Story.' }],
      [],
    ],
    ['a first <h1> matching <title>', { title: 'Headline' }, [h('h1', 'Headline'), h('p', 'Story.')], 'Headline', 'Story.', [{ type: 'paragraph', text: 'Story.' }], []],
    [
      'a first heading matching og:title but for whitespace',
      { meta: { 'og:title': ' Big  news ' } },
      [h('h1', '\n  Big\n  ', h('em', 'news'), ' '), h('p', 'Story.')],
      'Big news',
      'Story.',
      [{ type: 'paragraph', text: 'Story.' }],
      [],
    ],
    ['a first <h2> matching og:title', { meta: { 'og:title': 'Headline' } }, [h('h2', 'Headline'), h('p', 'Story.')], 'Headline', 'Story.', [{ type: 'paragraph', text: 'Story.' }], []],
    [
      'the <h1> opening the <article>, with marks after it',
      {},
      [
        h('header', h('p', 'Site header')),
        h('article', h('h1', 'Headline'), h('p', 'The ', h('em', 'coalition'), ' said.'), h('ul', h('li', h('strong', 'one')))),
      ],
      'Headline',
      'The coalition said.\n\none',
      [
        { type: 'paragraph', text: 'The coalition said.' },
        { type: 'list-item', ordered: false, text: 'one' },
      ],
      [{ type: 'em', text: 'coalition' }, { type: 'strong', text: 'one' }],
    ],
    [
      'an Arabic <h1>',
      { lang: 'ar' },
      [h('h1', 'عنوان الخبر'), h('p', 'قال الرئيس')],
      'عنوان الخبر',
      'قال الرئيس',
      [{ type: 'paragraph', text: 'قال الرئيس' }],
      [],
    ],
  ])('leaves out %s', (_name, extra, body, title, text, blocks, marks) => {
    const a = parse(body, extra);
    expect(a.title).toBe(title);
    expect(a.text).toBe(text);
    expect(blocksOf(a)).toEqual(blocks);
    expect(sortMarks(marksOf(a))).toEqual(sortMarks(marks));
  });

  it.each<[string, Partial<Omit<HtmlDocument, 'body'>>, Child[], string, string]>([
    ['a first <h1> that differs from og:title', { meta: { 'og:title': 'Headline - Site' } }, [h('h1', 'Headline'), h('p', 'Story.')], 'Headline - Site', 'Headline\n\nStory.'],
    ['the title <h1> after other text', {}, [h('p', 'Kicker'), h('h1', 'Headline'), h('p', 'Story.')], 'Headline', 'Kicker\n\nHeadline\n\nStory.'],
    ['the title <h1> when it is all there is', {}, [h('h1', 'Headline')], 'Headline', 'Headline'],
    ['a first paragraph matching the title', { title: 'Headline' }, [h('p', 'Headline'), h('p', 'Story.')], 'Headline', 'Headline\n\nStory.'],
    ['a heading that only matches the file name', {}, [h('h2', 'page'), h('p', 'Story.')], 'page', 'page\n\nStory.'],
    [
      'the <article> heading when the title comes from an <h1> outside it',
      {},
      [h('header', h('h1', 'Site name')), h('article', h('h1', 'Headline'), h('p', 'Story.'))],
      'Site name',
      'Headline\n\nStory.',
    ],
  ])('keeps %s', (_name, extra, body, title, text) => {
    const a = parse(body, extra);
    expect(a.title).toBe(title);
    expect(a.text).toBe(text);
  });
});

function sortMarks(marks: MarkView[]): MarkView[] {
  return [...marks].sort((x, y) => `${x.type}${x.text}`.localeCompare(`${y.type}${y.text}`));
}
