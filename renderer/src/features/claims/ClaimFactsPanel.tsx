import { useMemo } from 'react';
import { proposeFacts } from '../../core/claims/proposeFacts';
import type { Annotation } from '../../core/model/annotation';
import type { Entity } from '../../core/model/entity';
import type { CountedThing } from '../../core/model/figure';
import type { ReaderController } from '../reader/readerController';
import { AttributionField } from './AttributionField';
import { setAttribution, setFigure } from './claimActions';
import { FigureField } from './FigureField';

export interface ClaimFactsPanelProps {
  claim: Annotation;
  /** The open article's text, to read the claim's sentence in. */
  text: string;
  counted: readonly CountedThing[];
  entities: readonly Entity[];
  reader: ReaderController;
}

/** The selected claim's figure and attribution, with what the app proposes for each until the analyst decides. */
export function ClaimFactsPanel({ claim, text, counted, entities, reader }: ClaimFactsPanelProps) {
  const proposed = useMemo(() => proposeFacts(text, claim, counted, entities), [text, claim, counted, entities]);
  return (
    <div className="claim-facts">
      <FigureField figure={claim.figure} proposal={proposed.figure} counted={counted} entities={entities} onSet={(f, label) => setFigure(reader, claim, f, label)} />
      <AttributionField attribution={claim.attribution} proposal={proposed.attribution} entities={entities} onSet={(a, label) => setAttribution(reader, claim, a, label)} />
    </div>
  );
}
