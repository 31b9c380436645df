/**
 * CoNLL-2003 NER, the four-column shape NER tools read: `token POS chunk NER`, one token a
 * line, a blank line after each sentence, each article opened by a `-DOCSTART-` line.
 *
 * Keeps: every article's text as tokens, its sentences, and its entity mentions as IOB2 tags
 * (`B-Person`, `I-Person`, `O`) named after the mention's tag.
 * Loses: claims and every other kind, links, entities (which mention is which entity), notes,
 * attributes, titles and other metadata; whitespace and line breaks (paragraphs); the exact
 * span of a mention that starts or ends inside a word (it takes the whole word); the link
 * between the pieces of a discontinuous mention (each piece is a mention of its own); and
 * nested or overlapping mentions, which BIO cannot hold: the outermost (else the first) is
 * kept and the others are counted in `dropped`.
 */
import type { Article } from '../../model/article';
import { compareAnnotations, type Annotation } from '../../model/annotation';
import type { TagDef } from '../../model/tagSchema';
import { sentenceRanges } from '../../text/sentenceAt';
import type { ProjectSnapshot } from '../projectSnapshot';
import { conllTokens } from './conllTokens';

export interface ConllExport {
  text: string;
  /** Entity mentions written as tags. */
  mentions: number;
  /** Entity mentions left out: nested in or overlapping one kept, or covering no token. */
  dropped: number;
}

/** POS and chunk columns: the app has neither, and `_` is the usual mark for a column left empty. */
const NONE = '_';

interface Token {
  start: number;
  end: number;
  sentence: number;
}

/**
 * The articles in snapshot order. The document line is `-DOCSTART- -X- <article id> O`: four
 * columns like every other line, starting with `-DOCSTART-` as readers look for, tagged O, with
 * the article's id in the chunk column so the tokens can be matched back to the article.
 */
export function exportConll(snapshot: ProjectSnapshot): ConllExport {
  const labels = new Map(snapshot.tags.map((t) => [t.id, t]));
  const mentionsOf = new Map<string, Annotation[]>();
  for (const a of snapshot.annotations) {
    if (a.kind !== 'entity') continue;
    const list = mentionsOf.get(a.articleId) ?? [];
    list.push(a);
    mentionsOf.set(a.articleId, list);
  }
  const out: string[] = [];
  let mentions = 0;
  let dropped = 0;
  for (const article of snapshot.articles) {
    const result = articleLines(article, mentionsOf.get(article.id) ?? [], labels);
    out.push(`-DOCSTART- -X- ${article.id.replace(/\s+/gu, '_')} O`, '', ...result.lines);
    mentions += result.mentions;
    dropped += result.dropped;
  }
  return { text: out.map((line) => `${line}\n`).join(''), mentions, dropped };
}

function articleLines(article: Article, annotations: Annotation[], tags: ReadonlyMap<string, TagDef>): { lines: string[]; mentions: number; dropped: number } {
  const { text } = article;
  const tokens: Token[] = sentenceRanges(text).flatMap((s, sentence) => conllTokens(text, s.start, s.end).map((t) => ({ ...t, sentence })));
  const tagOf: string[] = tokens.map(() => 'O');
  const taken = new Uint8Array(tokens.length);
  /** Sentence i runs on into sentence i + 1: a mention crosses the break the sentence splitter put there. */
  const joined = new Uint8Array(Math.max(0, (tokens.at(-1)?.sentence ?? 0) + 1));
  let mentions = 0;
  let dropped = 0;
  // Text order, longer first at the same start: an enclosing mention comes before what it holds.
  for (const mention of [...annotations].sort(compareAnnotations)) {
    const covered = [...new Set(mention.ranges.flatMap((r) => tokensIn(tokens, r.start, r.end)))].sort((a, b) => a - b);
    if (covered.length === 0 || covered.some((i) => taken[i])) {
      dropped++;
      continue;
    }
    mentions++;
    const label = safeLabel(tags.get(mention.tag), mention.tag);
    covered.forEach((i, k) => {
      const previous = covered[k - 1];
      taken[i] = 1;
      tagOf[i] = `${previous === i - 1 ? 'I' : 'B'}-${label}`;
      if (previous === i - 1) {
        for (let s = tokens[previous]?.sentence ?? 0; s < (tokens[i]?.sentence ?? 0); s++) joined[s] = 1;
      }
    });
  }
  const lines: string[] = [];
  tokens.forEach((token, i) => {
    lines.push(`${text.slice(token.start, token.end)} ${NONE} ${NONE} ${tagOf[i] ?? 'O'}`);
    const next = tokens[i + 1];
    if (!next || (next.sentence !== token.sentence && !joined[token.sentence])) lines.push('');
  });
  return { lines, mentions, dropped };
}

/** Indexes of the tokens `[start, end)` overlaps: a mention that starts or ends inside a word takes the whole word. */
function tokensIn(tokens: readonly Token[], start: number, end: number): number[] {
  if (end <= start) return [];
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < tokens.length && (tokens[i]?.start ?? end) < end; i++) found.push(i);
  return found;
}

/** The tag's label as one column: whitespace would split it, so it becomes "_" ("Armed group" → "Armed_group"). */
function safeLabel(tag: TagDef | undefined, id: string): string {
  return (tag?.label.trim() || id).replace(/\s+/gu, '_') || 'Entity';
}
