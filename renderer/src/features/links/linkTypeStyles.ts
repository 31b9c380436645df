import type { LinkTypeDef } from '../../core/model/link';

let sheet: CSSStyleSheet | null = null;

/** Per-type colours as a constructed stylesheet (the CSP allows no inline styles; the project's own types are data). */
export function applyLinkTypeStyles(types: readonly LinkTypeDef[]): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const rules = types.map((t) => {
    const color = /^#[0-9a-f]{6}$/i.test(t.color) ? t.color : '#999999';
    return `[data-link-type="${CSS.escape(t.id)}"] { --link: ${color}; }`;
  });
  sheet.replaceSync(rules.join('\n'));
}
