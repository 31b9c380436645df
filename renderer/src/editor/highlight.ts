import type { TextRange } from '../core/model/article';

/** What the viewer paints for one annotation; `ranges` are already anchored. */
export interface Highlight {
  id: string;
  tag: string;
  kind: string;
  label: string;
  ranges: readonly TextRange[];
  /** Linked to another claim: the highlight carries a small mark. */
  linked?: boolean;
}

/** Whether two highlights paint the same (so nothing needs repainting when one replaces the other). */
export function sameLook(a: Highlight, b: Highlight): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.tag !== b.tag || a.kind !== b.kind || (a.linked ?? false) !== (b.linked ?? false) || a.ranges.length !== b.ranges.length) return false;
  return a.ranges.every((r, i) => r.start === b.ranges[i]?.start && r.end === b.ranges[i]?.end);
}

const slots = new Map<string, number>();

/**
 * The CSS highlight name a tag paints under: `::highlight()` takes an identifier, and tag ids
 * are the project's data, so each tag gets a numbered slot for this page's life.
 */
export function highlightName(tag: string, kind: string): string {
  let slot = slots.get(tag);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(tag, slot);
  }
  return `cc-${kind === 'claim' ? 'claim' : 'entity'}-${slot}`;
}

/** Paint order: claims under entities (an entity inside a claim shows both). */
export function highlightPriority(name: string): number {
  return name.startsWith('cc-claim-') ? 1 : 2;
}

/** The annotations whose ranges hold `offset` (a caret between two characters touches both), outermost first. */
export function highlightsAt(list: Iterable<Highlight>, offset: number): Highlight[] {
  const hits: { h: Highlight; length: number }[] = [];
  for (const h of list) {
    for (const r of h.ranges) {
      if (r.start <= offset && offset <= r.end && r.end > r.start) {
        hits.push({ h, length: r.end - r.start });
        break;
      }
    }
  }
  return hits.sort((a, b) => b.length - a.length).map((x) => x.h);
}
