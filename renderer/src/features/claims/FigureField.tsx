import { describeRange } from '../../core/figures/compareFigures';
import { findFigures } from '../../core/figures/findFigures';
import type { Entity } from '../../core/model/entity';
import type { CountedThing, Figure, FigureQualifier } from '../../core/model/figure';
import { CommitInput } from '../common/CommitInput';
import { ProposedField } from './ProposedField';

export interface FigureFieldProps {
  /** As stored: absent (the app may propose), null (cleared), or the analyst's figure. */
  figure: Figure | null | undefined;
  /** What the app reads in the claim and its sentence, when the analyst has not decided. */
  proposal: Figure | null;
  counted: readonly CountedThing[];
  entities: readonly Entity[];
  onSet(figure: Figure | null | undefined, label?: string): void;
}

const QUALIFIERS: Record<FigureQualifier, string> = {
  exact: 'exactly',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'fewer-than': 'fewer than',
  about: 'about',
  range: 'between',
  vague: 'vague',
};

function parseBound(text: string): number | null {
  const n = Number(text.replace(/,/g, '').trim());
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
}

const EMPTY: Figure = { phrase: '', qualifier: 'exact', low: null, high: null, counted: '', countedEntityId: null };

/** A claim's figure: the app's proposal to accept, or the analyst's figure to edit or clear. */
export function FigureField({ figure, proposal, counted, entities, onSet }: FigureFieldProps) {
  const countedLabel = (id: string) => counted.find((c) => c.id === id)?.label ?? 'not said';
  return (
    <ProposedField
      name="Figure"
      title={
        <>
          Figure {figure && <span className="muted small">{describeRange(figure)}</span>}
        </>
      }
      value={figure}
      proposal={proposal}
      describe={(p) => `“${p.phrase}” — ${describeRange(p)} · ${countedLabel(p.counted)}`}
      words={{
        accept: `Accept figure ${proposal?.phrase ?? ''}`,
        none: 'No figure',
        noProposal: 'No number found in this claim’s sentence.',
        cleared: 'None: this claim states no figure.',
        add: 'Add a figure',
      }}
      empty={EMPTY}
      onSet={onSet}
    >
      {(f) => <FigureEditor figure={f} counted={counted} entities={entities} onSet={onSet} />}
    </ProposedField>
  );
}

function FigureEditor({ figure, counted, entities, onSet }: { figure: Figure; counted: readonly CountedThing[]; entities: readonly Entity[]; onSet: FigureFieldProps['onSet'] }) {
  const set = (patch: Partial<Figure>, label: string) => onSet({ ...figure, ...patch }, label);
  return (
    <div className="fact-grid">
      <label className="field">
        <span>Words</span>
        <CommitInput
          value={figure.phrase}
          aria-label="Figure words"
          onCommit={(phrase) => {
            // New words give a new range when they read as one; the analyst's bounds stay otherwise.
            const read = findFigures(phrase)[0];
            set(read ? { phrase, qualifier: read.qualifier, low: read.low, high: read.high } : { phrase }, `Figure words “${phrase}”`);
          }}
        />
      </label>
      <label className="field">
        <span>Reads as</span>
        <select value={figure.qualifier} onChange={(e) => set({ qualifier: e.target.value as FigureQualifier }, 'Figure qualifier')}>
          {Object.entries(QUALIFIERS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <CommitInput inputMode="decimal" aria-label="Lowest value" placeholder="no bound" value={figure.low === null ? '' : String(figure.low)} onCommit={(t) => set({ low: parseBound(t) }, 'Figure lowest value')} />
      </label>
      <label className="field">
        <span>To</span>
        <CommitInput inputMode="decimal" aria-label="Highest value" placeholder="no bound" value={figure.high === null ? '' : String(figure.high)} onCommit={(t) => set({ high: parseBound(t) }, 'Figure highest value')} />
      </label>
      <label className="field">
        <span>Counts</span>
        <select aria-label="What the figure counts" value={figure.counted} onChange={(e) => set({ counted: e.target.value }, 'Figure counts')}>
          <option value="">not said</option>
          {counted.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
          {figure.counted && !counted.some((c) => c.id === figure.counted) && <option value={figure.counted}>{figure.counted} (deleted)</option>}
        </select>
      </label>
      <label className="field">
        <span>Of whom</span>
        <select aria-label="Who is counted" value={figure.countedEntityId ?? ''} onChange={(e) => set({ countedEntityId: e.target.value || null }, 'Figure counts whom')}>
          <option value="">not said</option>
          {entities.map((en) => (
            <option key={en.id} value={en.id}>
              {en.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
