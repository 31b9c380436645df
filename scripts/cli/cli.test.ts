import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../renderer/src/core/formats/archive/readArchive';
import { archiveJson } from '../../renderer/src/core/formats/archive/writeArchive';
import { w3cFailures } from '../../renderer/testing/w3cAssertions';

const root = join(__dirname, '..', '..');
const bin = join(root, 'scripts', 'crosscheck.mjs');
const fixture = join(root, 'renderer', 'testing', 'archives', 'v1-sample.json');
let dir: string;

/** Runs `crosscheck` as a user does, in a scratch folder. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function snapshotOf(file: string) {
  const read = readArchive(new Uint8Array(readFileSync(join(dir, file))), file);
  if (!read.ok) throw new Error(JSON.stringify(read.report.errors));
  return read.snapshot;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  // The first run bundles the command: done once here, not inside a test's time.
  cli('help');
}, 120_000);

describe('crosscheck help and usage', () => {
  it.each([
    [['help'], /^crosscheck — Crosscheck projects on the command line/],
    [['--help'], /Commands:\n {2}archive/],
    [['help', 'export'], /Formats:\n {2}archive/],
    [['import', '--help'], /--into <archive>/],
    [['validate', '-h'], /--format <format>/],
  ])('crosscheck %j prints usage and exits 0', (args, text) => {
    const run = cli(...args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(text);
  });

  it.each([
    [['bogus'], /“bogus” is not a command/],
    [['export'], /crosscheck export: give the project archive\./],
    [['export', 'a.crosscheck', '--format', 'xml', '-o', 'x'], /--format xml: not a format; use archive, w3c, brat, conll, pairs, csv\./],
    [['export', 'a.crosscheck', '--colour'], /Unknown option '--colour'/],
    [['archive', 'a', 'b', '-o', 'x'], /one folder of articles or corpus table at a time; got 2: a, b\./],
    [['import', 'x.zip', '-o', 'y'], /--into is missing: the project archive to add to\./],
    [['validate', 'x', '--format', 'pdf'], /--format pdf: validate reads archive, w3c, brat, table\./],
  ])('bad usage %j exits 2 and says why', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('crosscheck archive', () => {
  it('archives a folder of articles the way the app imports them, skipping what is not an article', () => {
    const run = cli('archive', join(root, 'seeds'), '-o', 'seeds.crosscheck', '--name', 'Seeds');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('skipped: manifest.json: not an article file');
    const s = snapshotOf('seeds.crosscheck');
    expect(s.name).toBe('Seeds');
    expect(s.articles.map((a) => a.fileName).sort()).toEqual(['000_5ab35b812cae35b7.txt', '002_e8c45eb05f8b382b.txt', '003_5e2c955d67626476.txt']);
    expect(s.tags).toHaveLength(8);
  });

  it('stores a file name as the app would show it: no right-to-left override, no folder', () => {
    mkdirSync(join(dir, 'spoof'), { recursive: true });
    writeFileSync(join(dir, 'spoof', 'invoice\u202Etxt.exe.txt'), 'A title\n\nSome text of the article.');
    const run = cli('archive', 'spoof', '-o', 'spoof.crosscheck');
    expect(run.status).toBe(0);
    const [article] = snapshotOf('spoof.crosscheck').articles;
    expect(article?.fileName).toBe('invoicetxt.exe.txt');
  });

  it('archives a corpus table with a column mapping and its encoding detected', () => {
    const run = cli('archive', join(root, 'e2e', 'data', 'news-1252.csv'), '--map', 'text=body,title=headline,outlet=publisher,date=pub_date,label=stance,id=id', '-o', 'news.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('news-1252.csv: read as windows-1252 (detected)');
    expect(run.stderr).toContain('skipped: news-1252.csv, line 5: the text is the same as on line 2; skipped');
    const s = snapshotOf('news.json');
    // The archive lists rows by id, and ids are new: compare by the table's own id.
    expect(s.articles.map((a) => [a.sourceId, a.title, a.source, a.label]).sort()).toEqual([
      ['n1', 'Strikes near Khasham', 'AFP', 'contradicts'],
      ['n2', 'Café owners “worried”', 'Reuters', 'neutral'],
    ]);
  });

  it.each([
    [['--map', 'txt=body'], 2, /--map: “txt” is not a field; use text, title, outlet, date, url, label, id\./],
    [['--map', 'text=nope'], 1, /--map: .*nope.* The columns are: id, headline, body, publisher, pub_date, url, stance\./],
    [['--encoding', 'latin-9'], 1, /“latin-9” is not an encoding this app knows/],
  ])('refuses a bad table option %j', (options, status, message) => {
    const run = cli('archive', join(root, 'e2e', 'data', 'news-1252.csv'), ...options, '-o', 'x.crosscheck');
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
  });
});

const EXPORTS = [
  ['archive', 'again.crosscheck'],
  ['w3c', 'sample.jsonld'],
  ['brat', 'sample-brat.zip'],
  ['conll', 'sample.conll'],
  ['pairs', 'sample.jsonl'],
  ['csv', 'sample.csv'],
] as const;
const exported = new Map<string, { status: number | null; stderr: string }>();

describe('crosscheck export and import', () => {
  beforeAll(() => {
    for (const [format, file] of EXPORTS) exported.set(format, cli('export', fixture, '--format', format, '-o', file));
  }, 120_000);

  it('exports every format from an archive; the W3C file passes the W3C assertions', () => {
    for (const [format] of EXPORTS) expect(exported.get(format)?.status, `${format}: ${exported.get(format)?.stderr}`).toBe(0);
    const w3c = JSON.parse(readFileSync(join(dir, 'sample.jsonld'), 'utf8')) as { first: { items: unknown[] } };
    expect(w3cFailures('collection', w3c)).toEqual([]);
    expect(w3c.first.items).toHaveLength(10);
    expect(readFileSync(join(dir, 'sample.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(join(dir, 'sample.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(readFileSync(join(dir, 'sample.conll'), 'utf8')).toMatch(/^-DOCSTART-/);
  });

  it('exports brat into a folder when the output ends in a slash', () => {
    expect(cli('export', fixture, '--format', 'brat', '-o', 'brat/').status).toBe(0);
    expect(readdirSync(join(dir, 'brat')).filter((f) => f.endsWith('.ann'))).toHaveLength(3);
  });

  it('imports brat and W3C exports back into the project they came from, with the same annotations', () => {
    // The sample without its annotations and links: importing the exports must give them back.
    const sample = JSON.parse(readFileSync(fixture, 'utf8')) as { project: Record<string, unknown[]> };
    const bare = { ...sample, project: { ...sample.project, annotations: [], links: [], entities: [] } };
    writeFileSync(join(dir, 'bare.json'), JSON.stringify(bare));
    const original = snapshotOf('again.crosscheck');
    const shape = (s: ReturnType<typeof snapshotOf>) => s.annotations.map((a) => `${a.articleId} ${a.tag} ${JSON.stringify(a.ranges)} ${a.note} ${a.entityId ?? ''}`).sort();

    const fromW3c = cli('import', 'sample.jsonld', '--into', 'bare.json', '-o', 'from-w3c.json');
    expect(fromW3c.status, fromW3c.stderr).toBe(0);
    expect(shape(snapshotOf('from-w3c.json'))).toEqual(shape(original));
    expect(snapshotOf('from-w3c.json').links).toHaveLength(4);

    const fromBrat = cli('import', 'sample-brat.zip', '--into', 'bare.json', '-o', 'from-brat.json');
    expect(fromBrat.status, fromBrat.stderr).toBe(0);
    const brat = snapshotOf('from-brat.json');
    // brat keeps ranges, tags, notes and entity links, not annotation ids (see the README's format table).
    expect(brat.annotations.map((a) => `${a.articleId} ${a.tag} ${JSON.stringify(a.ranges)} ${a.note}`).sort()).toEqual(original.annotations.map((a) => `${a.articleId} ${a.tag} ${JSON.stringify(a.ranges)} ${a.note}`).sort());
    expect(brat.articles).toHaveLength(3);
  });

  it('refuses input with errors, names the file and line, and writes nothing', () => {
    writeFileSync(join(dir, 'bad.ann'), 'T1\tPerson 0 999\tDaesh\n');
    writeFileSync(join(dir, 'bad.txt'), 'Daesh said.\n');
    const run = cli('import', 'bad.ann', '--into', fixture, '-o', 'never.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.ann, line 1: .*999/);
    expect(run.stderr).toMatch(/nothing was written/);
    expect(readdirSync(dir)).not.toContain('never.json');
  });
});

describe('crosscheck validate', () => {
  it.each([
    ['the archive fixture', fixture, 0, /valid archive: 3 articles, 6 annotations, 4 links, 2 entities, 8 tags/],
    ['brat reference data', join(root, 'renderer', 'testing', 'reference', 'brat-example-data', 'tutorials-news'), 0, /valid brat: .*13 articles, 119 annotations/],
    ['a corpus table', join(root, 'e2e', 'data', 'news-1252.csv'), 0, /valid table: 2 articles/],
  ])('%s is valid', (_name, path, status, text) => {
    const run = cli('validate', path);
    expect(run.status, run.stderr).toBe(status);
    expect(run.stdout).toMatch(text);
  });

  it('lists every problem of a broken archive with its place and exits 1', () => {
    const json = JSON.parse(archiveJson({ ...JSON.parse(readFileSync(fixture, 'utf8')).project }, '2026-01-01T00:00:00.000Z')) as { project: { links: { toId: string }[] } };
    (json.project.links[0] as { toId: string }).toId = 'gone';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(json));
    const run = cli('validate', 'broken.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: broken.json, links[0].toId: “gone” is not an annotation in the archive');
    expect(run.stderr).toContain('broken.json: 1 error (archive).');
  });

  it('checks W3C annotations against the articles of an archive', () => {
    expect(cli('export', fixture, '--format', 'w3c', '-o', 'check.jsonld').status).toBe(0);
    const run = cli('validate', 'check.jsonld', '--into', fixture);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/valid w3c: 6 annotations, 4 links, 2 entities/);
  });
});
