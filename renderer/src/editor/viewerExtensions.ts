import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ArticleLink } from './articleLink';
import { BlockDirection } from './blockDirection';

/** The viewer's schema: what article blocks and marks need, nothing editable-only. */
export function viewerExtensions(): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
      codeBlock: false,
      horizontalRule: false,
      hardBreak: false,
      link: false,
      underline: false,
      strike: false,
      listKeymap: false,
    }),
    ArticleLink,
    BlockDirection,
  ];
}
