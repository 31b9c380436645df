import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ArticleContent } from '../model/article';
import { normalizeText } from '../text/normalizeText';
import { plainTitle } from '../text/plainTitle';
import { ArticleRefusal } from './ArticleRefusal';
import { ArticleBuilder, emptyMeta, type OpenMark } from './articleBuilder';
import { MAX_MARKDOWN_NESTING, numberText } from './articleFileRules';
import { markdownNesting } from './markdownNesting';
import { baseName, withoutTitleHeading } from './parsePlainText';
import { safeHref } from './safeHref';

type Definitions = ReadonlyMap<string, string>;

const tooDeep = (depth: string): ArticleRefusal =>
  new ArticleRefusal(`the Markdown is nested ${depth} levels deep; the limit is ${numberText(MAX_MARKDOWN_NESTING)}`);

/**
 * The walks below recurse once per level of lists, quotes and inline marks together; the
 * check before parsing counts each kind on its own, so this bound is twice its limit. It only
 * keeps the recursion safe should the parser nest what that check did not foresee.
 */
const WALK_LIMIT = 2 * MAX_MARKDOWN_NESTING;

function enter(depth: number): number {
  if (depth > WALK_LIMIT) throw tooDeep(`more than ${numberText(WALK_LIMIT)}`);
  return depth + 1;
}

function inline(builder: ArticleBuilder, nodes: readonly PhrasingContent[], marks: readonly OpenMark[], defs: Definitions, depth: number): void {
  const deeper = enter(depth);
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        builder.append(node.value, marks);
        break;
      case 'emphasis':
        inline(builder, node.children, [...marks, { type: 'em' }], defs, deeper);
        break;
      case 'strong':
        inline(builder, node.children, [...marks, { type: 'strong' }], defs, deeper);
        break;
      case 'inlineCode':
        builder.append(node.value, [...marks, { type: 'code' }]);
        break;
      case 'link': {
        const href = safeHref(node.url);
        inline(builder, node.children, href ? [...marks, { type: 'link', href }] : marks, defs, deeper);
        break;
      }
      case 'linkReference': {
        const href = safeHref(defs.get(node.identifier.toLowerCase()));
        inline(builder, node.children, href ? [...marks, { type: 'link', href }] : marks, defs, deeper);
        break;
      }
      case 'break':
        builder.lineBreak();
        break;
      case 'delete':
        inline(builder, node.children, marks, defs, deeper);
        break;
      default:
        // Images, raw HTML and footnote references carry no article text.
        break;
    }
  }
}

function block(builder: ArticleBuilder, node: RootContent, defs: Definitions, context: 'body' | 'quote' | 'list', depth: number, ordered = false): void {
  const deeper = enter(depth);
  switch (node.type) {
    case 'heading':
      builder.open('heading', { level: node.depth });
      inline(builder, node.children, [], defs, depth);
      builder.close();
      break;
    case 'paragraph':
      if (context === 'quote') builder.open('quote');
      else if (context === 'list') builder.open('list-item', { ordered });
      else builder.open('paragraph');
      inline(builder, node.children, [], defs, depth);
      builder.close();
      break;
    case 'blockquote':
      for (const child of node.children) block(builder, child, defs, 'quote', deeper);
      break;
    case 'list':
      for (const item of node.children) {
        for (const child of item.children) block(builder, child, defs, 'list', deeper, node.ordered ?? false);
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

/** The text under a node; only ever given a heading, whose depth the walk above has checked. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

export function parseMarkdown(raw: string, fileName: string): ArticleContent {
  const source = normalizeText(raw);
  const nesting = markdownNesting(source);
  if (nesting > MAX_MARKDOWN_NESTING) throw tooDeep(numberText(nesting));
  const tree = fromMarkdown(source);
  const builder = new ArticleBuilder();
  const defs = new Map<string, string>();
  for (const node of tree.children) if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node.url);
  for (const node of tree.children) block(builder, node, defs, 'body', 0);
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const title = heading ? plain(heading).trim() : '';
  // The reader shows the title above the text: a `# Title` opening the file is not repeated in it.
  return withoutTitleHeading(builder.finish(emptyMeta(plainTitle(title).trim() || baseName(fileName))), title);
}
