import { claimFacts } from '../../core/claims/claimFacts';
import { createLinkOp } from '../../core/changes/linkOps';
import type { RowOp } from '../../core/changes/rowOp';
import { sameName } from '../../core/entities/sameName';
import { suggestCandidates, type Candidate } from '../../core/links/suggestCandidates';
import { newId } from '../../core/model/ids';
import type { ProjectRepository } from '../../storage/projectRepository';

/** Articles further apart than this report different events, not one event two ways. */
export const SUGGEST_MAX_DAYS = 7;

export type SuggestionReads = Pick<ProjectRepository, 'suggestionInputs'>;

/** The candidate links the project's claims suggest now, read fresh from the store. */
export async function findCandidates(reads: SuggestionReads): Promise<Candidate[]> {
  const inputs = await reads.suggestionInputs();
  const facts = claimFacts(
    inputs.claims,
    inputs.mentions,
    new Map(inputs.bodies.map((b) => [b.id, b])),
    new Map(inputs.articles.map((a) => [a.id, a])),
    inputs.entities,
    inputs.counted,
  );
  return suggestCandidates(facts, inputs.links, {
    maxDays: SUGGEST_MAX_DAYS,
    countedLabels: new Map(inputs.counted.map((c) => [c.id, c.label])),
    sameSource: (a, b) => {
      const how = sameName(a, b);
      return how === 'exact' || how === 'variant';
    },
  });
}

/** The candidates as links with status `candidate`, each with why it was suggested. */
export function candidateOps(candidates: readonly Candidate[], at: string): RowOp[] {
  return candidates.map((c) => createLinkOp(newId('l'), { id: c.fromId, articleId: c.fromArticleId }, { id: c.toId, articleId: c.toArticleId }, c.type, at, c.why));
}
