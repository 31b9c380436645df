/** Half-open range `[start, end)` in UTF-16 code units of `Article.text`. */
export interface TextRange {
  start: number;
  end: number;
}

export type BlockType = 'paragraph' | 'heading' | 'quote' | 'list-item';

/** A block of the article: a range of `text` rendered as one paragraph-like node. */
export interface Block extends TextRange {
  type: BlockType;
  /** Heading level 1-6, only for headings. */
  level?: number;
  /** Only for list items: numbered or bulleted. */
  ordered?: boolean;
}

export type InlineMarkType = 'em' | 'strong' | 'code' | 'link';

export interface InlineMark extends TextRange {
  type: InlineMarkType;
  /** Only for links; kept as data, never followed from the viewer. */
  href?: string;
}

/** Where an article came from: a file of its own, the sample, a row of a corpus table, a brat document, a project archive. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'seed' | 'table' | 'brat' | 'archive';

export interface ArticleMeta {
  title: string;
  /** The outlet that published the article. */
  source: string;
  /** ISO date (YYYY-MM-DD) or empty when unknown. */
  publishedAt: string;
  url: string;
  /** BCP 47 tag or empty when unknown. */
  language: string;
}

/** The parsed content of an imported file, before it gets an id and a hash. */
export interface ArticleContent extends ArticleMeta {
  /** Canonical plain text: BOM stripped, CRLF and CR turned into LF, never Unicode-normalised. */
  text: string;
  blocks: Block[];
  marks: InlineMark[];
}

/** What the library lists: everything but the text, so 5,000 articles list without reading their bodies. */
export interface ArticleSummary extends ArticleMeta {
  id: string;
  /** SHA-256 of `text`, hex. */
  contentHash: string;
  /** Length of `text` in UTF-16 code units. */
  length: number;
  format: ArticleFormat;
  fileName: string;
  importedAt: string;
  /** A corpus table's label for the row (stance, class, category), when it has one. */
  label?: string;
  /** A corpus table's own id for the row, to match results back to the data set. */
  sourceId?: string;
}

export interface ArticleBody {
  id: string;
  text: string;
  blocks: Block[];
  marks: InlineMark[];
}

export type Article = ArticleSummary & ArticleBody;

export function splitArticle(article: Article): { summary: ArticleSummary; body: ArticleBody } {
  const { text, blocks, marks, ...summary } = article;
  return { summary, body: { id: article.id, text, blocks, marks } };
}

export const META_FIELDS: readonly (keyof ArticleMeta)[] = ['title', 'source', 'publishedAt', 'url', 'language'];
