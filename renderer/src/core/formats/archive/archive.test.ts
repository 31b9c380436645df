import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { sampleSnapshot } from '../../../../testing/sampleSnapshot';
import { placeText } from '../projectSnapshot';
import { ARCHIVE_VERSION } from './archiveFormat';
import { planMerge } from './planMerge';
import { readArchive } from './readArchive';
import { archiveJson, archiveZip } from './writeArchive';

const AT = '2026-11-30T00:00:00.000Z';
const fixtures = new URL('../../../../testing/archives/', import.meta.url);

function errorsOf(json: unknown): string[] {
  const read = readArchive(JSON.stringify(json), 'project.json');
  return read.ok ? [] : read.report.errors.map((e) => `${placeText(e)}: ${e.message}`);
}

describe('project archive', () => {
  it('reads back exactly what it wrote, from the zip and from the JSON alone, and writes it again byte for byte', () => {
    const snapshot = sampleSnapshot();
    const zip = archiveZip(snapshot, AT);
    const read = readArchive(zip, 'sample.crosscheck');
    expect(read.ok && read.report.errors).toEqual([]);
    if (!read.ok) return;
    expect(archiveJson(read.snapshot, AT)).toBe(archiveJson(snapshot, AT));
    expect(archiveZip(read.snapshot, AT)).toEqual(zip);
    // Absent (undecided) and null (cleared) figures stay what they were.
    const monitor = read.snapshot.annotations.find((a) => a.id === 'c-monitor');
    const some100 = read.snapshot.annotations.find((a) => a.id === 'c-some100');
    expect(monitor?.figure).toBeNull();
    expect(some100 && 'figure' in some100).toBe(false);
    expect(read.report.imported).toEqual({ articles: 3, annotations: 6, links: 4, entities: 2, tags: 8 });
  });

  it('imports every archive version kept in renderer/testing/archives/', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.json') || f.endsWith('.crosscheck'));
    expect(files.length).toBeGreaterThanOrEqual(ARCHIVE_VERSION);
    for (const file of files) {
      const read = readArchive(new Uint8Array(readFileSync(new URL(file, fixtures))), file);
      expect(read.ok ? [] : read.report.errors, file).toEqual([]);
    }
  });

  it('refuses an archive from a newer Crosscheck, saying what to do', () => {
    const json = JSON.parse(archiveJson(sampleSnapshot(), AT)) as Record<string, unknown>;
    expect(errorsOf({ ...json, version: ARCHIVE_VERSION + 1 })).toEqual([
      `project.json, version: is archive version ${ARCHIVE_VERSION + 1}, made by a newer Crosscheck; this one reads versions 1 to ${ARCHIVE_VERSION}. Update Crosscheck to open it.`,
    ]);
  });

  const valid = () => JSON.parse(archiveJson(sampleSnapshot(), AT)) as { project: Record<string, { [k: string]: unknown }[]> } & Record<string, unknown>;
  const edit = (change: (j: ReturnType<typeof valid>) => void) => {
    const j = valid();
    change(j);
    return j;
  };
  const annotationIndex = (j: ReturnType<typeof valid>, id: string) => j.project.annotations?.findIndex((a) => a.id === id) ?? -1;

  it.each([
    ['not a project', { format: 'something-else' }, ['project.json, format: is not a Crosscheck project archive (its "format" is “something-else”, not “crosscheck-project”).']],
    ['no version', edit((j) => delete j.version), ['project.json, version: has no archive version this app knows (“version” is missing).']],
    [
      'an offset past the text',
      edit((j) => {
        const a = j.project.annotations?.[annotationIndex(j, 'm-daesh')] as { ranges: { start: number; end: number }[] };
        a.ranges = [{ start: 10, end: 99999 }];
      }),
      [/annotations\[\d\]\.ranges\[0\]\.end: 99999 is past the end of the text \(\d+ characters\)/],
    ],
    [
      'a negative offset',
      edit((j) => {
        (j.project.annotations?.[0] as { ranges: { start: number; end: number }[] }).ranges[0] = { start: -4, end: 2 };
      }),
      ['project.json, annotations[0].ranges[0].start: -4 is below 0'],
    ],
    [
      'a quote that does not match',
      edit((j) => {
        (j.project.annotations?.[annotationIndex(j, 'm-isis')] as { quotes: { exact: string }[] }).quotes[0] = { exact: 'ISIL', prefix: '', suffix: '' } as never;
      }),
      [/annotations\[\d\]\.quotes\[0\]\.exact: “ISIL” is not the text at \[\d+, \d+\) \(“ISIS”\)/],
    ],
    [
      'a link to a missing annotation',
      edit((j) => {
        (j.project.links?.[0] as { toId: string }).toId = 'nope';
      }),
      ['project.json, links[0].toId: “nope” is not an annotation in the archive'],
    ],
    [
      'a duplicate id',
      edit((j) => {
        (j.project.counted?.[1] as { id: string }).id = 'barrels-per-day';
      }),
      ['project.json, counted[1].id: “barrels-per-day” is also the id of counted[0]'],
    ],
    [
      'a field of the wrong type',
      edit((j) => {
        (j.project.articles?.[0] as { title: unknown }).title = 42;
      }),
      ['project.json, articles[0].title: should be text, not 42'],
    ],
  ])('says what is wrong and where: %s', (_name, json, expected) => {
    const got = errorsOf(json);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatch(e));
  });

  it.each([
    ['broken JSON', '{"format": "crosscheck-project",\n"version": 1,\n}', /^project\.json, line 3: is not valid JSON/],
    ['a zip without project.json', zipSync({ 'other.txt': strToU8('x') }), /is a zip without project\.json/],
    ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), /is neither a zip nor UTF-8 JSON/],
  ])('refuses %s', (_name, input, message) => {
    const read = readArchive(input, 'project.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(`${placeText(read.report.errors[0] ?? { file: '' })}: ${read.report.errors[0]?.message}`).toMatch(message);
  });
});

describe('planMerge', () => {
  it('adds nothing twice: equal rows count as already there, the same text is one article', () => {
    const s = sampleSnapshot();
    const plan = planMerge(s, s, 'a.crosscheck');
    expect(plan.add.annotations).toEqual([]);
    expect(plan.report.skipped).toEqual([]);
    expect(plan.report.warnings.map((w) => w.message)).toContain('6 annotations were already in the project, the same; not added again');
  });

  it('never overwrites a different row with the same id: it reports the clash and leaves out the links that needed it', () => {
    const project = sampleSnapshot();
    const incoming = sampleSnapshot();
    incoming.annotations = incoming.annotations.map((a) => (a.id === 'c-monitor' ? { ...a, note: 'theirs' } : a));
    const plan = planMerge(incoming, project, 'a.crosscheck');
    expect(plan.report.skipped.map((p) => p.message)).toEqual([
      'the project already has a different annotation with the id c-monitor; the project\'s was kept',
      'link l-1 was left out: its annotation c-monitor clashes with one in the project',
      'link l-3 was left out: its annotation c-monitor clashes with one in the project',
      'link l-4 was left out: its annotation c-monitor clashes with one in the project',
    ]);
  });

  it('moves the annotations of an article the project has under another id to the project’s copy', () => {
    const project = sampleSnapshot();
    const incoming = sampleSnapshot();
    incoming.articles = incoming.articles.map((a) => (a.id === '003' ? { ...a, id: 'theirs-003' } : a));
    incoming.annotations = incoming.annotations.map((a) => (a.articleId === '003' ? { ...a, id: `x-${a.id}`, articleId: 'theirs-003' } : a));
    incoming.links = [];
    const plan = planMerge(incoming, project, 'a.crosscheck');
    expect(plan.add.articles).toEqual([]);
    expect(plan.add.annotations.map((a) => [a.id, a.articleId])).toEqual([
      ['x-c-some100', '003'],
      ['x-m-isis', '003'],
    ]);
  });
});

describe('project archive, any text', () => {
  it('keeps every offset and quote exact through zip and back, for texts with emoji, combining marks, Arabic and CRLF', () => {
    const pieces = ['a', ' ', '😀', '🇺🇦', 'e\u0301', 'مرحبا', '\r\n', '\n', 'Daesh', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const base = sampleSnapshot();
        const text = parts.join('');
        const article = { ...(base.articles[0] as (typeof base.articles)[number]), id: 'p', text, length: text.length, blocks: [{ type: 'paragraph' as const, start: 0, end: text.length }], marks: [] };
        const start = x % text.length;
        const end = start + 1 + (y % (text.length - start));
        const annotation = { ...(base.annotations[0] as (typeof base.annotations)[number]), id: 'q', articleId: 'p', ranges: [{ start, end }], quotes: [{ exact: text.slice(start, end), prefix: text.slice(0, start), suffix: text.slice(end) }] };
        const snapshot = { ...base, articles: [article], annotations: [annotation], links: [] };
        const read = readArchive(archiveZip(snapshot, AT), 'p.crosscheck');
        expect(read.ok).toBe(true);
        if (read.ok) {
          expect(read.snapshot.articles[0]?.text).toBe(text);
          expect(read.snapshot.annotations[0]?.ranges).toEqual([{ start, end }]);
          expect(read.snapshot.annotations[0]?.quotes[0]?.exact).toBe(text.slice(start, end));
        }
      }),
      { numRuns: 150 },
    );
  });
});
