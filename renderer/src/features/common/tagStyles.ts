import type { TagSchema } from '../../core/model/tagSchema';

let sheet: CSSStyleSheet | null = null;

/**
 * Per-tag colours as a constructed stylesheet: the CSP allows no inline styles, and the
 * schema is the project's data, so the rules cannot live in the static stylesheet.
 */
export function applyTagStyles(schema: TagSchema): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const rules = schema.tags.map((t) => {
    const sel = CSS.escape(t.id);
    const color = /^#[0-9a-f]{6}$/i.test(t.color) ? t.color : '#999999';
    return `[data-tag="${sel}"] { --tag: ${color}; }`;
  });
  sheet.replaceSync(rules.join('\n'));
}
