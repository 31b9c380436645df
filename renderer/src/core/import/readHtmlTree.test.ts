import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HtmlNode } from './htmlTree';
import { parseHtmlDocument } from './parseHtmlDocument';
import { readHtmlTree } from './readHtmlTree';

const payload = readFileSync(new URL('../../../../e2e/data/payload.html', import.meta.url), 'utf8');

function walk(nodes: readonly HtmlNode[], visit: (n: HtmlNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.kind === 'element') walk(n.children, visit);
  }
}

describe('readHtmlTree', () => {
  const doc = readHtmlTree(payload);

  it('keeps no element that can run or load anything, and no attribute but href, datetime and lang', () => {
    const tags = new Set<string>();
    const attrs = new Set<string>();
    walk(doc.body, (n) => {
      if (n.kind !== 'element') return;
      tags.add(n.tag);
      for (const a of Object.keys(n.attrs)) attrs.add(a);
    });
    for (const t of ['script', 'style', 'iframe', 'object', 'svg', 'math', 'template']) expect(tags).not.toContain(t);
    expect([...attrs].sort()).toEqual(['href']);
  });

  it('reads metadata strings from the head', () => {
    expect(doc).toMatchObject({ lang: 'en', title: 'Page title that loses to og:title', canonical: 'https://gazette.example/khasham' });
    expect(doc.meta['og:site_name']).toBe('The Test Gazette');
  });

  it('gives an article whose text has none of the payloads and no javascript: link', () => {
    const article = parseHtmlDocument(doc, 'khasham.html');
    expect(article).toMatchObject({ title: 'Strikes near Khasham: what we know', source: 'The Test Gazette', publishedAt: '2018-02-09', url: 'https://gazette.example/khasham' });
    expect(article.text).not.toMatch(/__xss|script|onerror|Home/);
    expect(article.text.split('\n\n')).toEqual([
      'Strikes near Khasham',
      'Coalition aircraft struck pro-regime forces near Khasham on Wednesday night.',
      'Officials said about 100 fighters were killed.',
      'Russia said its citizens were among the dead.',
      'The SDF reported one injury.',
    ]);
    expect(article.marks.filter((m) => m.type === 'link')).toEqual([]);
  });

  it.each([
    ['a fragment without html or body', '<p>Just text</p>', 'Just text'],
    ['unclosed tags', '<p>One<p>Two <b>bold', 'One\n\nTwo bold'],
    ['entities decoded', '<p>Fish &amp; chips &lt;3 &eacute;</p>', 'Fish & chips <3 é'],
  ])('parses %s like a browser', (_name, html, text) => {
    expect(parseHtmlDocument(readHtmlTree(html), 'x.html').text).toBe(text);
  });
});
