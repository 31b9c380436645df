import type { Entity } from '../../core/model/entity';
import type { Attribution } from '../../core/model/figure';
import { CommitInput } from '../common/CommitInput';
import { ProposedField } from './ProposedField';

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
  return (
    <ProposedField
      name="Attribution"
      title="Said by"
      value={attribution}
      proposal={proposal}
      describe={(p) => (
        <>
          {p.source}
          {entityName(p.entityId) && <span className="muted small"> · entity {entityName(p.entityId)}</span>}
          <span className="muted small"> (“{p.phrase}”)</span>
        </>
      )}
      words={{
        accept: `Accept attribution to ${proposal?.source ?? ''}`,
        none: 'Not attributed',
        noProposal: 'The sentence names no source.',
        cleared: 'Not attributed.',
        add: 'Add a source',
      }}
      empty={EMPTY}
      onSet={onSet}
    >
      {(a) => (
        <>
          <div className="fact-grid">
            <label className="field wide">
              <span>Source</span>
              <CommitInput aria-label="Source" placeholder="e.g. the coalition" value={a.source} onCommit={(source) => onSet({ ...a, source }, `Attribute to ${source}`)} />
            </label>
            <label className="field wide">
              <span>Entity</span>
              <select aria-label="Source entity" value={a.entityId ?? ''} onChange={(e) => onSet({ ...a, entityId: e.target.value || null }, 'Source entity')}>
                <option value="">none</option>
                {entities.map((en) => (
                  <option key={en.id} value={en.id}>
                    {en.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {a.phrase && <p className="muted small">“{a.phrase}”</p>}
        </>
      )}
    </ProposedField>
  );
}
