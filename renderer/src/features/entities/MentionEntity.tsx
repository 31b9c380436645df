import type { Annotation } from '../../core/model/annotation';
import type { Entity } from '../../core/model/entity';
import type { SameTextOffer } from '../reader/readerStore';
import { countOf } from '../../core/text/plural';
import type { MentionActions } from './mentionActions';
import './entities.css';

export interface MentionEntityProps {
  mention: Annotation;
  entity: Entity | null;
  typeLabel: string;
  actions: MentionActions;
  onPick(): void;
  onOpen(entityId: string): void;
}

/** The entity a mention is linked to, with the ways to change that. */
export function MentionEntity({ mention, entity, typeLabel, actions, onPick, onOpen }: MentionEntityProps) {
  return (
    <section className="fact" aria-label="Entity">
      <h3 className="fact-title">Entity</h3>
      {entity ? (
        <>
          <p className="entity-line">
            <button type="button" className="link-button entity-name" onClick={() => onOpen(entity.id)} title="Open the entity’s page">
              {entity.name}
            </button>{' '}
            <span className="muted small">{typeLabel}</span>
            {entity.aliases.length > 0 && <span className="muted small"> · also {entity.aliases.join(', ')}</span>}
          </p>
          <div className="fact-actions">
            <button type="button" onClick={onPick} title="Link to another entity (E)">
              Change <kbd>E</kbd>
            </button>
            <button type="button" onClick={() => void actions.splitOff(mention)} title="Make this mention an entity of its own">
              Split off
            </button>
            <button type="button" onClick={() => actions.unlink(mention)}>
              Unlink
            </button>
          </div>
        </>
      ) : (
        <div className="fact-actions">
          <span className="muted small">{mention.entityId ? 'Linked to an entity that is being read…' : 'Not linked to an entity.'}</span>
          <button type="button" className="primary" onClick={onPick} title="Link to an entity (E)">
            Link <kbd>E</kbd>
          </button>
        </div>
      )}
    </section>
  );
}

/** After a link: the other mentions that read the same, offered with a count. */
export function SameTextBanner({ offer, actions }: { offer: SameTextOffer; actions: MentionActions }) {
  const n = offer.mentionIds.length;
  return (
    <div className="offer" role="status" aria-label="Link the same mentions">
      <p>
        {countOf(n, 'other mention reads', 'other mentions read')} “{offer.text}” and {n === 1 ? 'is' : 'are'} not linked. Link {n === 1 ? 'it' : 'them'} to {offer.entityName} too?
      </p>
      <div className="fact-actions">
        <button type="button" className="primary" onClick={() => void actions.acceptOffer()}>
          Link {countOf(n, 'mention', 'mentions')}
        </button>
        <button type="button" onClick={() => actions.declineOffer()}>
          No
        </button>
      </div>
    </div>
  );
}
