import DOMPurify from 'dompurify';
import type { HtmlDocument, HtmlNode } from '../../core/import/htmlTree';

function toTree(node: Node): HtmlNode[] {
  if (node.nodeType === Node.TEXT_NODE) return [{ kind: 'text', text: node.textContent ?? '' }];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const el = node as Element;
  const attrs: Record<string, string> = {};
  for (const name of ['href', 'datetime', 'lang']) {
    const value = el.getAttribute(name);
    if (value !== null) attrs[name] = value;
  }
  return [{ kind: 'element', tag: el.tagName.toLowerCase(), attrs, children: [...el.childNodes].flatMap(toTree) }];
}

/**
 * Parses an imported page without running or loading anything: DOMParser builds an inert
 * document (no scripts, no fetches), DOMPurify then strips every script, handler and
 * remote reference from the body before its text is read. Only metadata strings are
 * taken from the head.
 */
export function readHtml(source: string): HtmlDocument {
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const meta: Record<string, string> = {};
  for (const m of parsed.head.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key) meta[key] = m.getAttribute('content') ?? '';
  }
  const body = DOMPurify.sanitize(parsed.body.innerHTML, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'img', 'video', 'audio', 'source', 'picture'],
    FORBID_ATTR: ['style', 'src', 'srcset'],
  });
  return {
    lang: parsed.documentElement.getAttribute('lang') ?? '',
    title: parsed.title,
    meta,
    canonical: parsed.head.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? '',
    body: [...body.childNodes].flatMap(toTree),
  };
}
