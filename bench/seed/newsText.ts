import type { Block, TextRange } from '../../renderer/src/core/model/article';
import type { Prng } from './prng';
import * as V from './vocabulary';

/** A span of the text the generator wrote as a name, place, date or number: a mention an analyst would tag. */
export interface MentionSpan extends TextRange {
  tag: 'person' | 'organization' | 'location' | 'date' | 'quantity' | 'facility';
  /** The name as written, for linking the mention to an entity. */
  name: string;
}

export interface SentenceSpan extends TextRange {
  /** A claim an analyst would tag (something someone asserts, usually with a figure). */
  claim: boolean;
}

export interface GeneratedText {
  title: string;
  text: string;
  blocks: Block[];
  mentions: MentionSpan[];
  sentences: SentenceSpan[];
}

type Part = string | { text: string; tag: MentionSpan['tag'] };

/** Writes text while remembering where each mention and sentence is, so nothing has to be searched for afterwards. */
class Writer {
  text = '';
  blocks: Block[] = [];
  mentions: MentionSpan[] = [];
  sentences: SentenceSpan[] = [];
  private blockStart = -1;

  openBlock(): void {
    if (this.blocks.length > 0 || this.blockStart >= 0) this.text += '\n\n';
    this.blockStart = this.text.length;
  }

  closeBlock(type: Block['type'], level?: number): void {
    const block: Block = { type, start: this.blockStart, end: this.text.length };
    if (level !== undefined) block.level = level;
    this.blocks.push(block);
    this.blockStart = -1;
  }

  sentence(parts: readonly Part[], claim: boolean, first: boolean): void {
    if (!first) this.text += ' ';
    const start = this.text.length;
    for (const p of parts) {
      if (typeof p === 'string') this.text += p;
      else {
        const at = this.text.length;
        this.text += p.text;
        this.mentions.push({ start: at, end: this.text.length, tag: p.tag, name: p.text });
      }
    }
    this.sentences.push({ start, end: this.text.length, claim });
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function quantity(rng: Prng): string {
  if (rng.chance(0.12)) return rng.pick(V.VAGUE);
  const n = rng.chance(0.3) ? rng.int(2, 30) : rng.chance(0.7) ? rng.int(31, 400) : rng.int(401, 25000);
  const q = rng.pick(V.QUALIFIERS);
  const num = n >= 1000 ? n.toLocaleString('en-US') : String(n);
  return q ? `${q} ${num}` : num;
}

/** One sentence: its parts, and whether it states a claim. */
function sentenceParts(rng: Prng): { parts: Part[]; claim: boolean } {
  const P = (): Part => ({ text: rng.pick(V.PEOPLE), tag: 'person' });
  const O = (): Part => ({ text: rng.pick(V.ORGS), tag: 'organization' });
  const L = (): Part => ({ text: rng.pick(V.PLACES), tag: 'location' });
  const D = (): Part => ({ text: rng.pick(V.WEEKDAYS), tag: 'date' });
  const Q = (): Part => ({ text: `${quantity(rng)} ${rng.pick(V.COUNTED)}`, tag: 'quantity' });
  const F = (): Part => ({ text: rng.pick(V.THINGS), tag: 'facility' });
  const r = rng.next();
  if (r < 0.17) return { parts: [P(), `, the ${rng.pick(V.ROLES)} of `, O(), `, ${rng.pick(V.SAID)} `, D(), ' that ', Q(), ` had been ${rng.pick(V.OUTCOMES)} in `, L(), '.'], claim: true };
  if (r < 0.32) {
    return { parts: ['According to ', O(), ', ', Q(), ` were ${rng.pick(V.OUTCOMES)} in `, L(), ' ', D(), '.'], claim: true };
  }
  if (r < 0.44) {
    return { parts: [{ text: cap(rng.pick(V.ORGS)), tag: 'organization' }, ` said its forces had ${rng.pick(V.ACTIONS)} `, F(), ' near ', L(), ` after ${rng.int(2, 40)} days of fighting.`], claim: true };
  }
  if (r < 0.54) return { parts: [P(), ` ${rng.pick(V.SAID)} that `, O(), ' would not accept any deal that left ', L(), ' outside its control.'], claim: true };
  if (r < 0.62) return { parts: ['Output at ', F(), ' near ', L(), ` reached ${rng.int(5, 900) * 100} barrels per day, `, O(), ` ${rng.pick(V.SAID)}.`], claim: true };
  if (r < 0.8) return { parts: ['In ', L(), ', ', P(), ' met officials from ', O(), ' ', D(), ' to discuss the situation.'], claim: false };
  return { parts: [rng.pick(V.FILLER)], claim: false };
}

/**
 * A news-like article of at least `length` characters: paragraphs of three to six
 * sentences, a subheading now and then, mentions and claim sentences recorded as written.
 */
export function newsText(rng: Prng, length: number): GeneratedText {
  const w = new Writer();
  const title = `${rng.pick(V.HEADLINES)} ${rng.pick(V.PLACES)}`;
  let paragraphs = 0;
  while (w.text.length < length) {
    if (paragraphs > 0 && paragraphs % 12 === 0) {
      w.openBlock();
      w.text += `${rng.pick(V.HEADLINES)} ${rng.pick(V.PLACES)}`;
      w.closeBlock('heading', 2);
    }
    w.openBlock();
    const n = rng.int(3, 6);
    for (let i = 0; i < n; i++) {
      const { parts, claim } = sentenceParts(rng);
      w.sentence(parts, claim, i === 0);
    }
    w.closeBlock('paragraph');
    paragraphs++;
  }
  return { title, text: w.text, blocks: w.blocks, mentions: w.mentions, sentences: w.sentences };
}
