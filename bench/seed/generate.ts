import type { Annotation, TextQuote } from '../../renderer/src/core/model/annotation';
import type { Article } from '../../renderer/src/core/model/article';
import type { Entity } from '../../renderer/src/core/model/entity';
import { DEFAULT_COUNTED_THINGS } from '../../renderer/src/core/model/figure';
import type { Link, LinkStatus } from '../../renderer/src/core/model/link';
import { DEFAULT_KINDS, defaultTags } from '../../renderer/src/core/model/tagSchema';
import type { ProjectSnapshot } from '../../renderer/src/core/formats/projectSnapshot';
import { newsText, type GeneratedText } from './newsText';
import { Prng, shuffled } from './prng';
import * as V from './vocabulary';

/** The sizes of the data; `full` is what the issue asks for, `quick` a small run for trying the suite. */
export interface BenchSizes {
  longChars: number;
  longAnnotations: number;
  largeArticles: number;
  largeAnnotations: number;
  largeLinks: number;
  importFiles: number;
  importFileChars: number;
  tableRows: number;
}

export const FULL: BenchSizes = {
  longChars: 200_000,
  longAnnotations: 5_000,
  largeArticles: 2_000,
  largeAnnotations: 200_000,
  largeLinks: 20_000,
  importFiles: 200,
  importFileChars: 5_000,
  tableRows: 2_000,
};

export const QUICK: BenchSizes = {
  longChars: 50_000,
  longAnnotations: 1_250,
  largeArticles: 200,
  largeAnnotations: 20_000,
  largeLinks: 2_000,
  importFiles: 50,
  importFileChars: 5_000,
  tableRows: 200,
};

/** What the seed looks like, for the results file. */
export interface SeedFacts {
  articles: number;
  annotations: number;
  links: number;
  entities: number;
  chars: number;
  /** Annotations whose range meets another annotation's range (claims with the mentions inside them). */
  overlapping: number;
}

const TAGS = defaultTags();
const KIND_OF = new Map(TAGS.map((t) => [t.id, t.kind]));
const BASE_TIME = Date.UTC(2024, 0, 15, 9, 0, 0);
const CONTEXT = 32;

/** The W3C TextQuoteSelector of a range, as the app's describeQuote makes it (the generated text has no multi-unit graphemes). */
function quoteOf(text: string, start: number, end: number): TextQuote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

function isoAt(minutes: number): string {
  return new Date(BASE_TIME + minutes * 60_000).toISOString();
}

/** The entities of a project: one per person, organisation and place the vocabulary knows. */
function makeEntities(): Entity[] {
  const at = isoAt(0);
  const rows: [string, string][] = [...V.PEOPLE.map((n) => [n, 'person'] as [string, string]), ...V.ORGS.map((n) => [n, 'organization'] as [string, string]), ...V.PLACES.map((n) => [n, 'location'] as [string, string])];
  return rows.map(([name, type], i) => ({ id: `ent_bench_${i}`, name, type, aliases: [], createdAt: at, updatedAt: at }));
}

function entityIndex(entities: readonly Entity[]): Map<string, string> {
  return new Map(entities.map((e) => [e.name.toLowerCase(), e.id]));
}

/**
 * The annotations of one article: `count` of them, `claimShare` claim sentences, the rest
 * mentions. Claims contain mentions, so those overlap; mentions never overlap each other.
 */
function annotate(rng: Prng, articleId: string, gen: GeneratedText, count: number, claimShare: number, entities: Map<string, string>, minute: number): Annotation[] {
  const claimSentences = gen.sentences.filter((s) => s.claim);
  const claims = shuffled(claimSentences, rng).slice(0, Math.min(claimSentences.length, Math.round(count * claimShare)));
  const mentions = shuffled(gen.mentions, rng).slice(0, Math.max(0, count - claims.length));
  const rows: Annotation[] = [];
  let n = 0;
  // One time per article: formatting 200,000 dates would be most of the generator's time.
  const at = isoAt(minute);
  const row = (tag: string, start: number, end: number, extra: Partial<Annotation>): Annotation => {
    return {
      id: `a_${articleId}_${n++}`,
      articleId,
      kind: KIND_OF.get(tag) ?? 'entity',
      tag,
      ranges: [{ start, end }],
      quotes: [quoteOf(gen.text, start, end)],
      note: rng.chance(0.04) ? 'Check this against the other reports.' : '',
      attributes: {},
      entityId: null,
      createdAt: at,
      updatedAt: at,
      ...extra,
    };
  };
  for (const s of claims) rows.push(row('claim', s.start, s.end, {}));
  for (const m of mentions) {
    const entityId = m.tag === 'person' || m.tag === 'organization' || m.tag === 'location' ? (entities.get(m.name.toLowerCase()) ?? null) : null;
    rows.push(row(m.tag, m.start, m.end, { entityId: entityId && rng.chance(0.6) ? entityId : null }));
  }
  return rows.sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0));
}

function article(rng: Prng, id: string, gen: GeneratedText, index: number): Article {
  const day = Math.floor(rng.next() * 2000);
  return {
    id,
    title: gen.title,
    source: rng.pick(V.OUTLETS),
    publishedAt: new Date(Date.UTC(2017, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    url: `https://news.example/${id}`,
    language: 'en',
    contentHash: '',
    length: gen.text.length,
    format: 'text',
    fileName: `${id}.txt`,
    importedAt: isoAt(index),
    text: gen.text,
    blocks: gen.blocks,
    marks: [],
  };
}

/** Links between claims of different articles: mostly candidates, some decided, every type. */
function makeLinks(rng: Prng, claims: readonly Annotation[], count: number): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const types = ['contradicts', 'contradicts', 'contradicts', 'contradicts', 'supports', 'supports', 'same-claim', 'same-claim', 'updates'];
  const statuses: LinkStatus[] = ['candidate', 'candidate', 'candidate', 'candidate', 'candidate', 'confirmed', 'confirmed', 'rejected', 'explained', 'explained'];
  let guard = 0;
  while (links.length < count && guard++ < count * 20 && claims.length > 1) {
    const from = rng.pick(claims);
    const to = rng.pick(claims);
    if (from.articleId === to.articleId) continue;
    const key = from.id < to.id ? `${from.id}|${to.id}` : `${to.id}|${from.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const status = rng.pick(statuses);
    const at = isoAt(100_000 + links.length);
    links.push({
      id: `l_bench_${links.length}`,
      type: rng.pick(types),
      fromId: from.id,
      toId: to.id,
      fromArticleId: from.articleId,
      toArticleId: to.articleId,
      status,
      reason: status === 'explained' ? 'different-time' : status === 'rejected' ? 'different-scope' : '',
      rationale: status === 'candidate' ? '' : 'The two reports count different days.',
      ...(status === 'candidate' && rng.chance(0.5) ? { why: 'Both claims give a number killed in the same place.' } : {}),
      createdAt: at,
      updatedAt: at,
    });
  }
  return links;
}

function snapshotOf(name: string, articles: Article[], annotations: Annotation[], links: Link[], entities: Entity[]): ProjectSnapshot {
  return {
    name,
    articles,
    annotations,
    links,
    linkTypes: [],
    entities,
    tags: defaultTags(),
    kinds: DEFAULT_KINDS.map((k) => ({ ...k })),
    counted: DEFAULT_COUNTED_THINGS.map((c) => ({ ...c, terms: [...c.terms] })),
  };
}

export const LONG_ARTICLE_ID = 'art_bench_long';
export const LONG_TITLE_PREFIX = 'Long read:';

/** The long article alone: its text and its annotations (what the reference pages load). */
export function longArticle(seed: number, sizes: BenchSizes, entities: Entity[] = makeEntities()): { article: Article; annotations: Annotation[] } {
  const rng = new Prng(seed).fork(1);
  const gen = newsText(rng, sizes.longChars);
  gen.title = `${LONG_TITLE_PREFIX} ${gen.title}`;
  const art = article(rng, LONG_ARTICLE_ID, gen, 0);
  return { article: art, annotations: annotate(rng, LONG_ARTICLE_ID, gen, sizes.longAnnotations, 0.03, entityIndex(entities), 0) };
}

/** The long article's project: the long article and three short ones, claims linked across them. */
export function longProject(seed: number, sizes: BenchSizes): ProjectSnapshot {
  const entities = makeEntities();
  const index = entityIndex(entities);
  const long = longArticle(seed, sizes, entities);
  const articles = [long.article];
  const annotations = [...long.annotations];
  const rng = new Prng(seed).fork(2);
  for (let i = 0; i < 3; i++) {
    const id = `art_bench_short_${i}`;
    const gen = newsText(rng, 4000);
    articles.push(article(rng, id, gen, i + 1));
    annotations.push(...annotate(rng, id, gen, 60, 0.1, index, 10_000 * (i + 1)));
  }
  const links = makeLinks(rng, annotations.filter((a) => a.kind === 'claim'), 60);
  return snapshotOf('Bench: long article', articles, annotations, links, entities);
}

/** The large project: the long article and `largeArticles - 1` others, `largeAnnotations` annotations in all, `largeLinks` links. */
export function largeProject(seed: number, sizes: BenchSizes): ProjectSnapshot {
  const entities = makeEntities();
  const index = entityIndex(entities);
  const long = longArticle(seed, sizes, entities);
  const articles = [long.article];
  const annotations = [...long.annotations];
  const others = sizes.largeArticles - 1;
  const rest = sizes.largeAnnotations - long.annotations.length;
  const rng = new Prng(seed).fork(3);
  for (let i = 0; i < others; i++) {
    const id = `art_bench_${String(i).padStart(5, '0')}`;
    const count = Math.floor(rest / others) + (i < rest % others ? 1 : 0);
    const a = rng.fork(i);
    // About 60 characters per annotation leaves room for the mentions the text offers.
    const gen = newsText(a, Math.max(3000, count * 60 + a.int(0, 3000)));
    articles.push(article(a, id, gen, i + 1));
    annotations.push(...annotate(a, id, gen, count, 0.05, index, 1000 * (i + 1)));
  }
  const links = makeLinks(rng, annotations.filter((a) => a.kind === 'claim'), sizes.largeLinks);
  return snapshotOf('Bench: large project', articles, annotations, links, entities);
}

/** A project with nothing in it yet (what the imports start from). */
export function emptyProject(): ProjectSnapshot {
  return snapshotOf('Bench: import', [], [], [], []);
}

export function seedFacts(s: ProjectSnapshot): SeedFacts {
  let overlapping = 0;
  const byArticle = new Map<string, Annotation[]>();
  for (const a of s.annotations) {
    const list = byArticle.get(a.articleId) ?? [];
    list.push(a);
    byArticle.set(a.articleId, list);
  }
  for (const list of byArticle.values()) {
    const sorted = [...list].sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0));
    let reach = -1;
    let reacher: Annotation | null = null;
    const over = new Set<string>();
    for (const a of sorted) {
      const r = a.ranges[0];
      if (!r) continue;
      if (r.start < reach && reacher) {
        over.add(a.id);
        over.add(reacher.id);
      }
      if (r.end > reach) {
        reach = r.end;
        reacher = a;
      }
    }
    overlapping += over.size;
  }
  return {
    articles: s.articles.length,
    annotations: s.annotations.length,
    links: s.links.length,
    entities: s.entities.length,
    chars: s.articles.reduce((n, a) => n + a.text.length, 0),
    overlapping,
  };
}

/** Plain-text article files as an analyst would import them: a headline line, a blank line, paragraphs. */
export function textFiles(seed: number, count: number, chars: number): { name: string; text: string }[] {
  const rng = new Prng(seed).fork(4);
  return Array.from({ length: count }, (_, i) => {
    const gen = newsText(rng.fork(i), chars - 60);
    return { name: `report-${String(i + 1).padStart(4, '0')}.txt`, text: `${gen.title} (${i + 1})\n\n${gen.text}\n` };
  });
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A corpus table (CSV) of `rows` articles, with the columns a stance or news data set has. */
export function corpusTable(seed: number, rows: number): string {
  const rng = new Prng(seed).fork(5);
  const lines = ['id,headline,publisher,date,body,label'];
  for (let i = 0; i < rows; i++) {
    const a = rng.fork(i);
    const gen = newsText(a, 1200);
    const day = new Date(Date.UTC(2018, 0, 1) + a.int(0, 900) * 86_400_000).toISOString().slice(0, 10);
    lines.push([`row-${i + 1}`, `${gen.title} (${i + 1})`, a.pick(V.OUTLETS), day, gen.text, a.pick(['agree', 'disagree', 'discuss', 'unrelated'])].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
