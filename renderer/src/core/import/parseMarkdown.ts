import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ArticleContent } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { ArticleBuilder, emptyMeta, type OpenMark } from './articleBuilder';
import { baseName } from './parsePlainText';
import { safeHref } from './safeHref';

function inline(builder: ArticleBuilder, nodes: readonly PhrasingContent[], marks: readonly OpenMark[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        builder.append(node.value, marks);
        break;
      case 'emphasis':
        inline(builder, node.children, [...marks, { type: 'em' }]);
        break;
      case 'strong':
        inline(builder, node.children, [...marks, { type: 'strong' }]);
        break;
      case 'inlineCode':
        builder.append(node.value, [...marks, { type: 'code' }]);
        break;
      case 'link': {
        const href = safeHref(node.url);
        inline(builder, node.children, href ? [...marks, { type: 'link', href }] : marks);
        break;
      }
      case 'break':
        builder.lineBreak();
        break;
      case 'delete':
        inline(builder, node.children, marks);
        break;
      default:
        // Images, raw HTML and footnote references carry no article text.
        break;
    }
  }
}

function block(builder: ArticleBuilder, node: RootContent, context: 'body' | 'quote' | 'list', ordered = false): void {
  switch (node.type) {
    case 'heading':
      builder.open('heading', { level: node.depth });
      inline(builder, node.children, []);
      builder.close();
      break;
    case 'paragraph':
      if (context === 'quote') builder.open('quote');
      else if (context === 'list') builder.open('list-item', { ordered });
      else builder.open('paragraph');
      inline(builder, node.children, []);
      builder.close();
      break;
    case 'blockquote':
      for (const child of node.children) block(builder, child, 'quote');
      break;
    case 'list':
      for (const item of node.children) {
        for (const child of item.children) block(builder, child, 'list', node.ordered ?? false);
      }
      break;
    case 'code':
      builder.open('paragraph');
      builder.append(node.value, [{ type: 'code' }], true);
      builder.close();
      break;
    default:
      // Thematic breaks, raw HTML blocks and definitions carry no article text.
      break;
  }
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

export function parseMarkdown(raw: string, fileName: string): ArticleContent {
  const tree = fromMarkdown(normalizeText(raw));
  const builder = new ArticleBuilder();
  for (const node of tree.children) block(builder, node, 'body');
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const title = heading ? plain(heading).trim() : '';
  return builder.finish(emptyMeta(title || baseName(fileName)));
}
