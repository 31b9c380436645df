import { parseSeedManifest, seedContent } from '../../core/import/seedManifest';
import type { Article } from '../../core/model/article';
import manifestJson from '../../../../seeds/manifest.json';
import { toArticle } from '../import/importArticles';

// Bundled at build time, so the sample project needs no file access in either platform.
const seedFiles = import.meta.glob<string>('../../../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export async function sampleArticles(): Promise<{ name: string; articles: Article[] }> {
  const manifest = parseSeedManifest(manifestJson);
  const articles: Article[] = [];
  for (const entry of manifest.articles) {
    const raw = seedFiles[`../../../../seeds/${entry.file}`];
    if (raw === undefined) throw new Error(`seeds/${entry.file} is listed in seeds/manifest.json but missing`);
    articles.push(await toArticle(seedContent(entry, raw), 'seed', entry.file));
  }
  return { name: manifest.name, articles };
}
