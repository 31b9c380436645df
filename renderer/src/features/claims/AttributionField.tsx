import type { Entity } from '../../core/model/entity';
import type { Attribution } from '../../core/model/figure';
import { CommitInput } from '../common/CommitInput';

export interface AttributionFieldProps {
  /** As stored: absent (the app may propose), null (cleared), or the analyst's attribution. */
  attribution: Attribution | null | undefined;
  /** What the app reads in the claim's sentence, with the entity its source names, when the analyst has not decided. */
  proposal: Attribution | null;
  entities: readonly Entity[];
  onSet(attribution: Attribution | null | undefined, label?: string): void;
}

const EMPTY: Attribution = { phrase: '', source: '', entityId: null };

/** Who the article says made the claim: the app's proposal to accept, or the analyst's to edit or clear. */
export function AttributionField({ attribution, proposal, entities, onSet }: AttributionFieldProps) {
  const entityName = (id: string | null) => (id ? (entities.find((e) => e.id === id)?.name ?? null) : null);
  if (attribution === undefined) {
    return (
      <section className="fact" aria-label="Attribution">
        <h3 className="fact-title">Said by</h3>
        {proposal ? (
          <>
            <p className="proposal">
              <span className="proposal-tag">Proposed</span> {proposal.source}
              {entityName(proposal.entityId) && <span className="muted small"> · entity {entityName(proposal.entityId)}</span>}
              <span className="muted small"> (“{proposal.phrase}”)</span>
            </p>
            <div className="fact-actions">
              <button type="button" className="primary" onClick={() => onSet(proposal, `Accept attribution to ${proposal.source}`)}>
                Accept
              </button>
              <button type="button" onClick={() => onSet(null, 'No attribution')}>
                Not attributed
              </button>
            </div>
          </>
        ) : (
          <div className="fact-actions">
            <span className="muted small">The sentence names no source.</span>
            <button type="button" onClick={() => onSet(EMPTY, 'Add attribution')}>
              Add a source
            </button>
          </div>
        )}
      </section>
    );
  }
  if (attribution === null) {
    return (
      <section className="fact" aria-label="Attribution">
        <h3 className="fact-title">Said by</h3>
        <div className="fact-actions">
          <span className="muted small">Not attributed.</span>
          <button type="button" onClick={() => onSet(EMPTY, 'Add attribution')}>
            Add a source
          </button>
          <button type="button" className="link-button" onClick={() => onSet(undefined)}>
            Propose one
          </button>
        </div>
      </section>
    );
  }
  const set = (patch: Partial<Attribution>, label: string) => onSet({ ...attribution, ...patch }, label);
  return (
    <section className="fact" aria-label="Attribution">
      <h3 className="fact-title">Said by</h3>
      <div className="fact-grid">
        <label className="field wide">
          <span>Source</span>
          <CommitInput aria-label="Source" placeholder="e.g. the coalition" value={attribution.source} onCommit={(source) => set({ source }, `Attribute to ${source}`)} />
        </label>
        <label className="field wide">
          <span>Entity</span>
          <select aria-label="Source entity" value={attribution.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value || null }, 'Source entity')}>
            <option value="">none</option>
            {entities.map((en) => (
              <option key={en.id} value={en.id}>
                {en.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {attribution.phrase && <p className="muted small">“{attribution.phrase}”</p>}
      <div className="fact-actions">
        <button type="button" onClick={() => onSet(null, 'Clear attribution')}>
          Clear
        </button>
      </div>
    </section>
  );
}
