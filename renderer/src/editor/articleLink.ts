import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * Links of an imported article, shown as styled text with the target in a tooltip. The
 * viewer renders no `href`, so a click can never navigate away from the workbench.
 */
export const ArticleLink = Mark.create({
  name: 'articleLink',
  inclusive: false,
  addAttributes() {
    return { href: { default: '' } };
  },
  renderHTML({ HTMLAttributes }) {
    const { href, ...rest } = HTMLAttributes as { href?: string };
    return ['span', mergeAttributes(rest, { class: 'article-link', title: href ?? '' }), 0];
  },
});
