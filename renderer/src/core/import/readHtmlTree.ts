import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes as P, type TreeAdapter } from 'parse5';
import { ArticleRefusal } from './ArticleRefusal';
import { numberText } from './articleFileRules';
import type { HtmlDocument, HtmlNode } from './htmlTree';

/** The only attributes that leave the parser: no handler, style or resource reference ever does. */
const KEPT_ATTRIBUTES = new Set(['href', 'datetime', 'lang']);
/** Content that is never text of the article, dropped here so it never reaches anything else. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head']);

function isElement(node: P.Node): node is P.Element {
  return 'tagName' in node;
}

function isText(node: P.Node): node is P.TextNode {
  return node.nodeName === '#text';
}

/**
 * The body's nodes as plain data. A loop with its own stack rather than recursion: a page
 * nested thousands deep must reach the depth check with a clear message, not overflow here.
 */
function convert(nodes: readonly P.ChildNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  const stack: { from: readonly P.ChildNode[]; next: number; into: HtmlNode[] }[] = [{ from: nodes, next: 0, into: out }];
  for (let top = stack[0]; top; top = stack[stack.length - 1]) {
    const node = top.from[top.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (isText(node)) top.into.push({ kind: 'text', text: node.value });
    else if (isElement(node) && !DROPPED.has(node.tagName)) {
      const attrs: Record<string, string> = {};
      for (const a of node.attrs) if (KEPT_ATTRIBUTES.has(a.name)) attrs[a.name] = a.value;
      const children: HtmlNode[] = [];
      top.into.push({ kind: 'element', tag: node.tagName, attrs, children });
      if (node.childNodes.length > 0) stack.push({ from: node.childNodes, next: 0, into: children });
    }
  }
  return out;
}

function child(node: P.ParentNode | undefined, tag: string): P.Element | undefined {
  return node?.childNodes.find((c): c is P.Element => isElement(c) && c.tagName === tag);
}

const attr = (el: P.Element | undefined, name: string) => el?.attrs.find((a) => a.name === name)?.value ?? '';

/**
 * The parser's tree adapter, stopping it once it has made more elements than the page could
 * hold honestly: about one per tag, so one for every two characters is generous. Unclosed
 * formatting tags are copied again into every later paragraph by the HTML rules, and a few
 * hundred of them before 20,000 paragraphs would make millions of elements, for minutes.
 */
function boundedAdapter(source: string): TreeAdapter<DefaultTreeAdapterMap> {
  const budget = 10_000 + Math.ceil(source.length / 2);
  let made = 0;
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      made++;
      if (made > budget) {
        throw new ArticleRefusal(`its HTML leaves so many tags unclosed that reading it would make more than ${numberText(budget)} elements; the file may be damaged`);
      }
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
}

/**
 * Parses an imported page with a spec-compliant parser that has no DOM: nothing in it can
 * run, load or even be seen by the browser. What comes out is plain data: the body's
 * elements with only `href`, `datetime` and `lang` kept, and the head's metadata strings.
 */
export function readHtmlTree(source: string): HtmlDocument {
  const doc = parse(source, { treeAdapter: boundedAdapter(source) });
  // The parser always gives a document an <html> with a <head> and (but for a frameset) a <body>.
  const html = child(doc, 'html');
  const head = child(html, 'head');
  const body = child(html, 'body');
  const meta: Record<string, string> = {};
  let canonical = '';
  let title = '';
  for (const el of head?.childNodes ?? []) {
    if (!isElement(el)) continue;
    if (el.tagName === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name')).toLowerCase();
      if (key && !(key in meta)) meta[key] = attr(el, 'content');
    } else if (el.tagName === 'link' && attr(el, 'rel').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical = attr(el, 'href');
    } else if (el.tagName === 'title') {
      title = el.childNodes.map((c) => (isText(c) ? c.value : '')).join('');
    }
  }
  return { lang: attr(html, 'lang'), title, meta, canonical, body: body ? convert(body.childNodes) : [] };
}
