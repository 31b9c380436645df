import type { ArticleContent, ArticleMeta } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { ArticleBuilder, type OpenMark } from './articleBuilder';
import type { HtmlDocument, HtmlElement, HtmlNode } from './htmlTree';
import { baseName, withoutTitleHeading } from './parsePlainText';
import { safeHref } from './safeHref';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'head', 'nav', 'select', 'button', 'input', 'textarea', 'form', 'video', 'audio',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'body', 'html',
  'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'hgroup', 'details', 'summary',
]);
const INLINE_MARKS: Record<string, OpenMark['type']> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', code: 'code' };

type Context = { kind: 'body' } | { kind: 'quote' } | { kind: 'list'; ordered: boolean };

class HtmlWalker {
  constructor(private readonly builder: ArticleBuilder) {}

  blockChildren(nodes: readonly HtmlNode[], context: Context): void {
    for (const node of nodes) this.node(node, context, []);
    this.builder.close();
  }

  private openFor(context: Context): void {
    if (context.kind === 'quote') this.builder.open('quote');
    else if (context.kind === 'list') this.builder.open('list-item', { ordered: context.ordered });
    else this.builder.open('paragraph');
  }

  private node(node: HtmlNode, context: Context, marks: readonly OpenMark[]): void {
    if (node.kind === 'text') {
      if (!this.builder.isOpen && node.text.trim() === '') return;
      if (!this.builder.isOpen) this.openFor(context);
      this.builder.append(node.text, marks);
      return;
    }
    this.element(node, context, marks);
  }

  private element(el: HtmlElement, context: Context, marks: readonly OpenMark[]): void {
    const { tag } = el;
    if (SKIPPED.has(tag)) return;
    const level = HEADINGS[tag];
    if (level !== undefined) {
      this.builder.open('heading', { level });
      this.inline(el.children, context, []);
      this.builder.close();
    } else if (tag === 'p' || tag === 'figcaption' || tag === 'dt' || tag === 'dd' || tag === 'caption') {
      this.openFor(context);
      this.inline(el.children, context, []);
      this.builder.close();
    } else if (tag === 'pre') {
      this.openFor(context);
      this.builder.append(textOf(el), [{ type: 'code' }], true);
      this.builder.close();
    } else if (tag === 'blockquote') {
      this.builder.close();
      this.blockChildren(el.children, { kind: 'quote' });
    } else if (tag === 'li') {
      this.builder.close();
      const ordered = context.kind === 'list' ? context.ordered : false;
      this.blockChildren(el.children, { kind: 'list', ordered });
    } else if (tag === 'ol' || tag === 'ul') {
      this.builder.close();
      this.blockChildren(el.children, { kind: 'list', ordered: tag === 'ol' });
    } else if (tag === 'td' || tag === 'th') {
      this.inline(el.children, context, marks);
      this.builder.append(' ', marks);
    } else if (CONTAINERS.has(tag)) {
      this.builder.close();
      this.blockChildren(el.children, context);
    } else if (tag === 'br') {
      this.builder.lineBreak();
    } else {
      this.inline([el], context, marks);
    }
  }

  private inline(nodes: readonly HtmlNode[], context: Context, marks: readonly OpenMark[]): void {
    for (const node of nodes) {
      if (node.kind === 'text') {
        this.node(node, context, marks);
        continue;
      }
      if (SKIPPED.has(node.tag)) continue;
      if (node.tag === 'br') {
        this.builder.lineBreak();
        continue;
      }
      const markType = INLINE_MARKS[node.tag];
      if (markType) {
        this.inline(node.children, context, [...marks, { type: markType }]);
      } else if (node.tag === 'a') {
        const href = safeHref(node.attrs['href']);
        this.inline(node.children, context, href ? [...marks, { type: 'link', href }] : marks);
      } else if (node.tag === 'img') {
        continue;
      } else if (HEADINGS[node.tag] !== undefined || node.tag === 'p' || CONTAINERS.has(node.tag)) {
        // A block inside inline content (common in scraped pages) still reads as its own block.
        this.element(node, context, marks);
      } else {
        this.inline(node.children, context, marks);
      }
    }
  }
}

function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

function findFirst(nodes: readonly HtmlNode[], tag: string): HtmlElement | undefined {
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    if (node.tag === tag) return node;
    const inner = findFirst(node.children, tag);
    if (inner) return inner;
  }
  return undefined;
}

function isoDate(value: string | undefined): string {
  const m = value?.match(/^\s*(\d{4}-\d{2}-\d{2})/);
  return m?.[1] ?? '';
}

/** The document's own title (og:title, then <title>, then the first <h1>), or '' when it has none. */
function titleOf(doc: HtmlDocument): string {
  const h1 = findFirst(doc.body, 'h1');
  const title = (doc.meta['og:title'] || doc.title || '').trim() || (h1 ? textOf(h1).trim() : '');
  return title.replace(/\s+/g, ' ');
}

function metaOf(doc: HtmlDocument, fileName: string): ArticleMeta {
  const m = doc.meta;
  const time = findFirst(doc.body, 'time');
  return {
    title: (titleOf(doc) || baseName(fileName)).replace(/\s+/g, ' '),
    source: (m['og:site_name'] || m['publisher'] || '').trim(),
    publishedAt: isoDate(m['article:published_time'] || m['date'] || m['dc.date'] || time?.attrs['datetime']),
    url: safeHref(doc.canonical || m['og:url']) ?? '',
    language: doc.lang.trim(),
  };
}

/** Turns a sanitised HTML document into canonical text with blocks, reading `<article>` when the page has one. */
export function parseHtmlDocument(doc: HtmlDocument, fileName: string): ArticleContent {
  const builder = new ArticleBuilder();
  const article = findFirst(doc.body, 'article');
  const normalized = normalizeTree(article ? [article] : doc.body);
  new HtmlWalker(builder).blockChildren(normalized, { kind: 'body' });
  // The reader shows the title above the text: a first heading repeating it is not kept in it.
  return withoutTitleHeading(builder.finish(metaOf(doc, fileName)), titleOf(doc));
}

function normalizeTree(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.map((n) =>
    n.kind === 'text' ? { kind: 'text', text: normalizeText(n.text) } : { ...n, children: normalizeTree(n.children) },
  );
}
