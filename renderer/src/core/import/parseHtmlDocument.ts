import type { ArticleContent, ArticleMeta } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { plainTitle } from '../text/plainTitle';
import { ArticleRefusal } from './ArticleRefusal';
import { ArticleBuilder, type OpenMark } from './articleBuilder';
import { MAX_HTML_NESTING, numberText } from './articleFileRules';
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

/** normalizeText, skipped for the text nodes it would not change: the parser has already turned CRLF into LF. */
const canonical = (text: string): string => (text.charCodeAt(0) === 0xfeff || text.includes('\r') ? normalizeText(text) : text);

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
      this.builder.append(canonical(node.text), marks);
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
      this.builder.append(textOf(el, canonical), [{ type: 'code' }], true);
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

/** All the text under `node`, each text node passed through `read`. A loop with its own stack: no depth overflows it. */
function textOf(node: HtmlNode, read: (text: string) => string = (t) => t): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.kind === 'text') parts.push(read(n.text));
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HtmlNode);
  }
  return parts.join('');
}

/** What the conversion needs to know of the whole tree before walking it. */
interface Survey {
  /** How many elements deep the body nests: `<p>` alone is 1. */
  depth: number;
  /** The first of each tag, in document order. */
  article?: HtmlElement;
  h1?: HtmlElement;
  time?: HtmlElement;
}

/** One pass over the tree, in document order, with a stack of its own. */
function survey(nodes: readonly HtmlNode[]): Survey {
  const found: Survey = { depth: 0 };
  const stack: { nodes: readonly HtmlNode[]; next: number }[] = [{ nodes, next: 0 }];
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    const node = top.nodes[top.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.kind !== 'element') continue;
    found.depth = Math.max(found.depth, stack.length);
    if (node.tag === 'article' || node.tag === 'h1' || node.tag === 'time') found[node.tag] ??= node;
    if (node.children.length > 0) stack.push({ nodes: node.children, next: 0 });
  }
  return found;
}

function isoDate(value: string | undefined): string {
  const m = value?.match(/^\s*(\d{4}-\d{2}-\d{2})/);
  return m?.[1] ?? '';
}

/** The document's own title (og:title, then <title>, then the first <h1>), or '' when it has none. */
function titleOf(doc: HtmlDocument, h1: HtmlElement | undefined): string {
  const title = (doc.meta['og:title'] || doc.title || '').trim() || (h1 ? textOf(h1).trim() : '');
  return title.replace(/\s+/g, ' ');
}

function metaOf(doc: HtmlDocument, fileName: string, found: Survey): ArticleMeta {
  const m = doc.meta;
  return {
    title: plainTitle(titleOf(doc, found.h1) || baseName(fileName)).replace(/\s+/g, ' ').trim(),
    source: (m['og:site_name'] || m['publisher'] || '').trim(),
    publishedAt: isoDate(m['article:published_time'] || m['date'] || m['dc.date'] || found.time?.attrs['datetime']),
    url: safeHref(doc.canonical || m['og:url']) ?? '',
    language: doc.lang.trim(),
  };
}

/**
 * Turns a sanitised HTML document into canonical text with blocks, reading `<article>` when
 * the page has one. Refuses a page nested deeper than MAX_HTML_NESTING: the walk below
 * recurses once per level, and real pages never come near the limit.
 */
export function parseHtmlDocument(doc: HtmlDocument, fileName: string): ArticleContent {
  const found = survey(doc.body);
  if (found.depth > MAX_HTML_NESTING) {
    throw new ArticleRefusal(`the HTML is nested ${numberText(found.depth)} levels deep; the limit is ${numberText(MAX_HTML_NESTING)}`);
  }
  const builder = new ArticleBuilder();
  new HtmlWalker(builder).blockChildren(found.article ? [found.article] : doc.body, { kind: 'body' });
  // The reader shows the title above the text: a first heading repeating it is not kept in it.
  return withoutTitleHeading(builder.finish(metaOf(doc, fileName, found)), titleOf(doc, found.h1));
}
