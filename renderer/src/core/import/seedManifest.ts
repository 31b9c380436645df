import type { ArticleContent, ArticleMeta } from '../model/article';
import { parsePlainText } from './parsePlainText';

export interface SeedEntry extends ArticleMeta {
  file: string;
  /** A metadata header the file starts with that is not article text. */
  stripPrefix: string;
}

export interface SeedManifest {
  name: string;
  articles: SeedEntry[];
}

function str(obj: Record<string, unknown>, key: string, where: string): string {
  const v = obj[key] ?? '';
  if (typeof v !== 'string') throw new Error(`${where}: "${key}" must be a string`);
  return v;
}

export function parseSeedManifest(json: unknown): SeedManifest {
  if (typeof json !== 'object' || json === null) throw new Error('seeds/manifest.json: not a JSON object');
  const root = json as Record<string, unknown>;
  if (!Array.isArray(root['articles'])) throw new Error('seeds/manifest.json: "articles" must be a list');
  const articles = root['articles'].map((raw: unknown, i) => {
    const where = `seeds/manifest.json, article ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: not an object`);
    const o = raw as Record<string, unknown>;
    const file = str(o, 'file', where);
    if (!file) throw new Error(`${where}: "file" is required`);
    return {
      file,
      title: str(o, 'title', where),
      source: str(o, 'source', where),
      publishedAt: str(o, 'publishedAt', where),
      url: str(o, 'url', where),
      language: str(o, 'language', where),
      stripPrefix: str(o, 'stripPrefix', where),
    };
  });
  return { name: str(root, 'name', 'seeds/manifest.json') || 'Sample project', articles };
}

/** A seed article: its file's text without the metadata header, with the manifest's metadata. */
export function seedContent(entry: SeedEntry, raw: string): ArticleContent {
  if (!raw.startsWith(entry.stripPrefix)) {
    throw new Error(`seeds/${entry.file} does not start with the "stripPrefix" given in seeds/manifest.json`);
  }
  const parsed = parsePlainText(raw.slice(entry.stripPrefix.length), entry.file, { keepTitleLine: true });
  const { title, source, publishedAt, url, language } = entry;
  return { ...parsed, title: title || parsed.title, source, publishedAt, url, language };
}
