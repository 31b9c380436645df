import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
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

function convert(nodes: readonly P.ChildNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (isText(node)) out.push({ kind: 'text', text: node.value });
    else if (isElement(node) && !DROPPED.has(node.tagName)) {
      const attrs: Record<string, string> = {};
      for (const a of node.attrs) if (KEPT_ATTRIBUTES.has(a.name)) attrs[a.name] = a.value;
      out.push({ kind: 'element', tag: node.tagName, attrs, children: convert(node.childNodes) });
    }
  }
  return out;
}

function find(node: P.ParentNode, tag: string): P.Element | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) return child;
    const inner = find(child, tag);
    if (inner) return inner;
  }
  return undefined;
}

const attr = (el: P.Element | undefined, name: string) => el?.attrs.find((a) => a.name === name)?.value ?? '';

/**
 * Parses an imported page with a spec-compliant parser that has no DOM: nothing in it can
 * run, load or even be seen by the browser. What comes out is plain data: the body's
 * elements with only `href`, `datetime` and `lang` kept, and the head's metadata strings.
 */
export function readHtmlTree(source: string): HtmlDocument {
  const doc = parse(source);
  const html = find(doc, 'html');
  const head = html ? find(html, 'head') : undefined;
  const body = html ? find(html, 'body') : undefined;
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
