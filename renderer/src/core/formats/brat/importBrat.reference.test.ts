import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTags } from '../../model/tagSchema';
import type { FileMap } from '../projectSnapshot';
import { importBrat } from './importBrat';

/**
 * brat's own example collections: every pair must import, with what each .ann holds counted
 * here by scanning its lines, independently of the parser.
 */
const root = new URL('../../../../testing/reference/brat-example-data/', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

const files: FileMap = new Map(walk(root).map((path) => [relative(root, path), new Uint8Array(readFileSync(path))]));
const texts = [...files.keys()].filter((p) => p.endsWith('.txt')).sort();

/** What one .ann holds, by the first character of its lines. */
function scan(path: string) {
  const lines = readFileSync(join(root, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
  const of = (...kinds: string[]) => lines.filter(([id = '']) => kinds.includes(id[0] ?? ''));
  const data = (l: string[]) => (l[1] ?? '').split(' ');
  const events = of('E');
  const normalized = new Set(of('N').map((l) => data(l)[1]));
  const equivalent = new Set(of('*').flatMap((l) => data(l).slice(1)));
  return {
    textBound: of('T').map((l) => ({ id: l[0], tail: l[2] ?? '' })),
    relations: of('R').length,
    events: events.length,
    roles: events.reduce((n, l) => n + data(l).length - 1, 0),
    attributes: of('A', 'M').length,
    normalizations: of('N').length,
    entries: new Set(of('N').map((l) => data(l)[2])).size,
    notes: of('#').length,
    equivalences: of('*').length,
    /** Mentions an entity: normalized, or in an equivalence. */
    mentions: new Set([...normalized, ...equivalent]).size,
  };
}

const scans = new Map(texts.map((t) => [t, scan(t.replace(/\.txt$/, '.ann'))]));
const sum = (f: (s: ReturnType<typeof scan>) => number) => [...scans.values()].reduce((n, s) => n + f(s), 0);

let n = 0;
const result = importBrat(files, { tags: defaultTags(), newId: (p) => `${p}-${++n}`, now: '2026-01-01T00:00:00.000Z' });

describe('importBrat on brat’s example data', () => {
  it('imports every pair without an error', () => {
    expect(result.report.errors).toEqual([]);
    expect(result.articles.map((a) => a.fileName)).toEqual(texts);
    expect(texts).toHaveLength(33);
  });

  describe.each(texts)('%s', (txt) => {
    const counted = scans.get(txt) as ReturnType<typeof scan>;
    const article = result.articles.find((a) => a.fileName === txt);
    const annotations = result.annotations.filter((a) => a.articleId === article?.id);
    const links = result.links.filter((l) => l.fromArticleId === article?.id);

    it('has its whole text', () => {
      expect(article?.text).toBe(readFileSync(join(root, txt), 'utf8'));
      expect(article?.format).toBe('brat');
    });

    it(`has its ${counted.textBound.length} text-bound annotations, each over its TAIL`, () => {
      expect(annotations.map((a) => a.quotes.map((q) => q.exact).join(' '))).toEqual(counted.textBound.map((t) => t.tail));
    });

    it(`has ${counted.relations} relations and ${counted.roles} event roles as links`, () => {
      expect(links).toHaveLength(counted.relations + counted.roles);
    });

    it(`has its ${counted.attributes} attributes and ${counted.notes} notes`, () => {
      expect(annotations.reduce((k, a) => k + Object.keys(a.attributes).length, 0)).toBe(counted.attributes);
      const noteLines = (text: string) => (text === '' ? 0 : text.split('\n').length);
      expect(annotations.reduce((k, a) => k + noteLines(a.note), 0) + links.reduce((k, l) => k + noteLines(l.rationale), 0)).toBe(counted.notes);
    });

    it(`links its ${counted.mentions} normalized or equivalent mentions to entities`, () => {
      expect(annotations.filter((a) => a.entityId !== null)).toHaveLength(counted.mentions);
    });
  });

  it('counts in its report what the files hold', () => {
    expect(result.report.imported).toEqual({
      articles: texts.length,
      annotations: sum((s) => s.textBound.length),
      links: sum((s) => s.relations + s.roles),
      relations: sum((s) => s.relations),
      events: sum((s) => s.events),
      attributes: sum((s) => s.attributes),
      notes: sum((s) => s.notes),
      normalizations: sum((s) => s.normalizations),
      equivalences: sum((s) => s.equivalences),
      // One entity per DB:ENTRY, and one per equivalence none of whose members is normalized.
      entities: sum((s) => s.entries + s.equivalences),
      newTags: 9,
      newLinkTypes: 11,
    });
    expect(result.report.imported).toMatchObject({ annotations: 935, links: 60, relations: 8, events: 23, attributes: 11, notes: 4, normalizations: 1, equivalences: 2, entities: 3 });
  });

  it('adds tags for the types the project lacks, with visual.conf’s labels and colours, events as claims', () => {
    expect(result.newTags.map((t) => [t.label, t.kind, t.color])).toEqual([
      ['PER', 'entity', '#FFCCAA'],
      ['LOC', 'entity', '#56B4E9'],
      ['ORG', 'entity', '#8FB2FF'],
      ['MISC', 'entity', '#F1F447'],
      ['Money', 'entity', '#007000'],
      ['Transfer money', 'claim', '#D55E00'],
      ['Geo-political entity', 'entity', '#FFD412'],
      ['Merge org', 'claim', '#999999'],
      ['Report', 'claim', '#E69F00'],
    ]);
    // The tutorial's Person and Organization are the project's own tags.
    expect(result.annotations.filter((a) => a.tag === 'person')).not.toHaveLength(0);
    expect(result.report.warnings.map((w) => `${w.file}, line ${w.line}: ${w.message}`)).toContain(
      'tutorials-news/000-introduction.ann, line 2: the type Money is not a tag of the project; a new entity tag “Money” was added',
    );
  });

  const doc = (name: string) => {
    const article = result.articles.find((a) => a.fileName === `tutorials-news/${name}.txt`);
    const annotations = result.annotations.filter((a) => a.articleId === article?.id);
    const byText = (text: string, i = 0) => annotations.filter((a) => a.quotes[0]?.exact === text)[i];
    return { annotations, byText, links: result.links.filter((l) => l.fromArticleId === article?.id) };
  };
  const typeLabel = (id: string) => result.newLinkTypes.find((t) => t.id === id)?.label ?? id;

  it('makes an event its trigger’s annotation and one link per role, from the trigger, of type <Event>-<Role>', () => {
    const { byText, links } = doc('080-event-annotation');
    const merged = byText('merged');
    expect(merged?.kind).toBe('claim');
    // E2 Merge-org:T3 Org-Arg:T4 Org-Arg2:T5: the role's number is dropped.
    expect(links.filter((l) => l.fromId === merged?.id).map((l) => [typeLabel(l.type), result.annotations.find((a) => a.id === l.toId)?.quotes[0]?.exact])).toEqual([
      ['Merge-org-Org-Arg', 'YouTube'],
      ['Merge-org-Org-Arg', 'Google'],
    ]);
    expect(result.report.warnings.find((w) => w.file === 'tutorials-news/080-event-annotation.ann' && w.line === undefined)?.message).toBe(
      "4 events became their triggers (annotations of the event type) and 10 role links from trigger to argument (Merge-org-Org-Arg); brat's event structure itself is not kept",
    );
  });

  it('links an event that is an argument of another through its trigger', () => {
    const { byText, links } = doc('090-event_structures');
    // E2 Report:T5 Reporter-Arg:T4 Event-Arg:E1, E1's trigger is T3 "merged".
    const reported = byText('reported');
    const merged = byText('merged');
    expect(links.some((l) => l.fromId === reported?.id && l.toId === merged?.id && typeLabel(l.type) === 'Report-Event-Arg')).toBe(true);
  });

  it('gives an event’s attributes and notes to its trigger, a relation’s note to the link’s rationale', () => {
    const intro = doc('000-introduction');
    const moving = intro.byText('moving');
    const confidence = result.newTags.find((t) => t.label === 'Transfer money')?.attributes[0];
    expect(confidence).toMatchObject({ label: 'Confidence', type: 'choice', choices: ['High', 'Neutral', 'Low'] });
    expect(moving?.attributes).toEqual({ [confidence?.id ?? '']: 'High' });
    expect(intro.byText('Raul Salinas de Gortari')?.attributes).toEqual({ Mention: 'Name', Individual: true });
    expect(intro.byText('$100 million')?.note).toBe('100000000 USD');

    const notes = doc('110-note_annotation');
    expect(notes.byText('Discworld')?.note).toBe('Should fictional places be annotated?');
    expect(notes.byText('merged')?.note).toBe('Annotate as one merge event with three participants or two events with two participants each?');
    const family = notes.links.find((l) => typeLabel(l.type) === 'Family' && l.rationale !== '');
    expect(family?.rationale).toBe("Should this be marked? It's not explicitly stated.");
    expect(result.annotations.find((a) => a.id === family?.fromId)?.quotes[0]?.exact).toBe('Orville Wright');
  });

  it('makes a normalization an entity named by its TAIL, with the mention linked', () => {
    const president = doc('000-introduction').byText('former Mexican president');
    expect(result.entities.find((e) => e.id === president?.entityId)).toMatchObject({ name: 'Carlos Salinas de Gortari', type: 'person', aliases: ['former Mexican president'] });
  });

  it('makes the members of an equivalence mentions of one entity, and says so', () => {
    const { byText } = doc('060-relation_annotation');
    const members = [byText('Joanne Rowling'), byText('Jo Rowling'), byText('J. K. Rowling')];
    const entity = result.entities.find((e) => e.id === members[0]?.entityId);
    expect(members.map((m) => m?.entityId)).toEqual([entity?.id, entity?.id, entity?.id]);
    expect(entity).toMatchObject({ name: 'Joanne Rowling', type: 'person', aliases: ['Jo Rowling', 'J. K. Rowling'] });
    // Not the second "Joanne Rowling" further on: the equivalence names T3, T4 and T5 only.
    expect(byText('Joanne Rowling', 1)?.entityId).toBeNull();
    expect(result.report.warnings.map((w) => `${w.file}, line ${w.line}: ${w.message}`)).toContain(
      'tutorials-news/060-relation_annotation.ann, line 6: the Alias equivalence of T3, T4 and T5 became one entity, “Joanne Rowling”, with all of them its mentions',
    );
  });

  it('reads the collection’s configuration from the folder above (CoNLL’s esp/ and ned/)', () => {
    expect(result.report.warnings.filter((w) => w.message.includes('not declared in annotation.conf'))).toEqual([]);
  });

  it('passes over brat’s interface settings and says what else it ignored', () => {
    expect(result.report.skipped.map((s) => `${s.file}: ${s.message}`)).toEqual(['CoNLL-ST_2002/README: is not part of a brat collection (.txt, .ann, .conf); it was ignored']);
  });
});
