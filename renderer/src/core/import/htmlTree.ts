/** A parsed, sanitised HTML tree as plain data, so the conversion to an article runs without a DOM. */
export type HtmlNode = HtmlElement | HtmlText;

export interface HtmlElement {
  kind: 'element';
  /** Lower-case tag name. */
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: 'text';
  text: string;
}

export interface HtmlDocument {
  lang: string;
  title: string;
  /** `<meta>` name/property (lower-case) to content. */
  meta: Record<string, string>;
  /** `<link rel="canonical">` target. */
  canonical: string;
  body: HtmlNode[];
}
