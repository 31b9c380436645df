import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseSeedManifest, seedContent } from '../src/core/import/seedManifest';
import type { ArticleBody, ArticleSummary } from '../src/core/model/article';
import type { Annotation } from '../src/core/model/annotation';
import { describeQuote } from '../src/core/text/describeQuote';

const seeds = new URL('../../seeds/', import.meta.url);

export interface SampleArticle {
  summary: ArticleSummary;
  body: ArticleBody;
}

/** The three seed articles as the sample project stores them, with ids 000, 002 and 003 (their file prefixes). */
export function sampleCorpus(): Map<string, SampleArticle> {
  const manifest = parseSeedManifest(JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')));
  const out = new Map<string, SampleArticle>();
  for (const entry of manifest.articles) {
    const content = seedContent(entry, readFileSync(new URL(entry.file, seeds), 'utf8'));
    const id = entry.file.slice(0, 3);
    const { text, blocks, marks, ...meta } = content;
    out.set(id, {
      summary: { ...meta, id, contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), length: text.length, format: 'seed', fileName: entry.file, importedAt: '2026-01-01T00:00:00.000Z' },
      body: { id, text, blocks, marks },
    });
  }
  return out;
}

/** An annotation over the nth occurrence of `phrase` in a sample article, as the reader would store it. */
export function annotate(corpus: ReadonlyMap<string, SampleArticle>, id: string, articleId: string, phrase: string, kind: 'claim' | 'entity', extra: Partial<Annotation> = {}, occurrence = 0): Annotation {
  const text = corpus.get(articleId)?.body.text ?? '';
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`“${phrase}” is not in article ${articleId}`);
  const range = { start, end: start + phrase.length };
  return {
    id,
    articleId,
    kind,
    tag: kind === 'claim' ? 'claim' : 'group',
    ranges: [range],
    quotes: [describeQuote(text, range)],
    note: '',
    attributes: {},
    entityId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
