import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedManifest, seedContent } from './seedManifest';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), 'utf8');

describe('the sample corpus in seeds/', () => {
  const manifest = parseSeedManifest(JSON.parse(read('manifest.json')));

  it('lists every seed file exactly once', () => {
    const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
    expect(manifest.articles.map((a) => a.file).sort()).toEqual(files);
  });

  it.each(manifest.articles.map((a) => [a.file, a] as const))('%s becomes an article without its header', (_f, entry) => {
    const content = seedContent(entry, read(entry.file));
    expect(content.title).toBe(entry.title);
    expect(content.text.startsWith(entry.stripPrefix)).toBe(entry.stripPrefix === '');
    expect(content.text).not.toMatch(/^\s/);
    expect(content.blocks.length).toBeGreaterThan(5);
    if (entry.publishedAt) expect(read(entry.file)).toContain(entry.publishedAt);
    // Every character after the header is article text: no first line is taken for a title.
    expect(content.text).toBe(read(entry.file).slice(entry.stripPrefix.length).replace(/\r\n?/g, '\n'));
  });

  it('rejects a header that does not match the file', () => {
    const [entry] = manifest.articles;
    if (!entry) throw new Error('no seeds');
    expect(() => seedContent({ ...entry, stripPrefix: 'nope' }, read(entry.file))).toThrow(/does not start with/);
  });

  it.each([
    [null, /not a JSON object/],
    [{ articles: 3 }, /must be a list/],
    [{ articles: [{ title: 'x' }] }, /article 1: "file" is required/],
    [{ articles: [{ file: 'a.txt', title: 5 }] }, /article 1: "title" must be a string/],
  ])('explains a broken manifest %j', (json, message) => {
    expect(() => parseSeedManifest(json)).toThrow(message);
  });
});
