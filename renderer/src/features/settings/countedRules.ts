import type { CountedThing } from '../../core/model/figure';

/** Why a counted thing cannot be named `label`, or null. `others` are the project's other counted things. */
export function refuseCounted(label: string, others: readonly CountedThing[]): string | null {
  const name = label.trim();
  if (!name) return 'A counted thing needs a name.';
  if (name.length > 40) return 'A counted thing’s name can have at most 40 characters.';
  const same = others.find((c) => c.label.trim().toLowerCase() === name.toLowerCase());
  if (same) return `There is already a counted thing named “${same.label}”.`;
  return null;
}

/** The words of a comma-separated list, trimmed, each once (compared without case). */
export function termsFromText(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of text.split(',')) {
    const term = raw.trim().replace(/\s+/g, ' ');
    if (!term || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    terms.push(term);
  }
  return terms;
}

export function termsText(terms: readonly string[]): string {
  return terms.join(', ');
}

/** Why these words cannot propose a counted thing, or null: a word proposing two things would be a guess. */
export function refuseTerms(terms: readonly string[], others: readonly CountedThing[]): string | null {
  for (const term of terms) {
    if (term.length > 60) return `“${term.slice(0, 20)}…” is too long for a word that proposes a count (at most 60 characters).`;
    const other = others.find((c) => c.terms.some((t) => t.toLowerCase() === term.toLowerCase()));
    if (other) return `“${term}” already proposes ${other.label}; remove it there first.`;
  }
  return null;
}
