const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives each element with `[attribute="id"]` the CSS variable `variable` set to its item's
 * colour, as a constructed stylesheet: the CSP allows no inline styles, and the colours are
 * the project's data (tags, link types), so they cannot live in the static stylesheet.
 */
export function applyColourRules(attribute: string, variable: string, items: readonly { id: string; color: string }[]): void {
  let sheet = sheets.get(attribute);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(attribute, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const rules = items.map((item) => {
    const color = /^#[0-9a-f]{6}$/i.test(item.color) ? item.color : '#999999';
    return `[${attribute}="${CSS.escape(item.id)}"] { ${variable}: ${color}; }`;
  });
  sheet.replaceSync(rules.join('\n'));
}
