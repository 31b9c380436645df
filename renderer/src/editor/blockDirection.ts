import { Extension } from '@tiptap/core';

/**
 * Every paragraph and heading takes its direction from its own text (`dir="auto"`): an
 * Arabic paragraph reads right-to-left, an English one left-to-right, in the same article.
 * Only an HTML attribute: the text, and so the text index, stays the same.
 */
export const BlockDirection = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          dir: {
            default: 'auto',
            parseHTML: (element) => element.getAttribute('dir') ?? 'auto',
            renderHTML: (attributes) => ({ dir: (attributes as { dir?: string }).dir ?? 'auto' }),
          },
        },
      },
    ];
  },
});
