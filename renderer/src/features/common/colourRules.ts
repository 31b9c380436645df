const sheets = new Map<string, CSSStyleSheet>();

/** A valid colour from the project's data, or grey. */
export function safeColour(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : '#999999';
}

/**
 * Replaces the rules of the constructed stylesheet named `key`: the CSP allows no inline
 * styles, and colours are the project's data (tags, link types), so they cannot live in the
 * static stylesheet.
 */
export function replaceRules(key: string, rules: readonly string[]): void {
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(key, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(rules.join('\n'));
}

/** Gives each element with `[attribute="id"]` the CSS variable `variable` set to its item's colour. */
export function applyColourRules(attribute: string, variable: string, items: readonly { id: string; color: string }[]): void {
  replaceRules(
    attribute,
    items.map((item) => `[${attribute}="${CSS.escape(item.id)}"] { ${variable}: ${safeColour(item.color)}; }`),
  );
}
