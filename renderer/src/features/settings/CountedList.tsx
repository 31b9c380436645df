import type { ProjectRepository } from '../../storage/projectRepository';
import { AddNameForm } from './AddNameForm';
import { termsText } from './countedRules';
import { InlineEdit } from './InlineEdit';
import { MoveButtons, moveKeys } from './MoveButtons';
import { addCounted, deleteCounted, moveRow, renameCounted, setCountedTerms } from './settingsActions';
import type { Run, SettingsState } from './settingsStore';
import { useFocusRescue } from './useFocusRescue';
import { useRefusal } from './useRefusal';

export interface CountedListProps {
  rows: SettingsState;
  /** False until the list has been read once. */
  read: boolean;
  run: Run;
  repo: ProjectRepository;
  say(message: string): void;
}

/** What the numbers in claims count (killed, wounded, troops…), and the words that propose each. */
export function CountedList({ rows, read, run, repo, say }: CountedListProps) {
  const [problem, setProblem] = useRefusal<{ id: string; text: string }>(rows.lastAction);
  const rescue = useFocusRescue<HTMLHeadingElement>();
  return (
    <section className="settings-section" aria-labelledby="settings-counted">
      <div className="section-head">
        <h2 id="settings-counted" tabIndex={-1} ref={rescue.target}>
          Counted things
        </h2>
        <p className="muted small">What a figure in a claim counts. A word of the list next to a number proposes it.</p>
      </div>
      {!read ? (
        <p className="muted small">Reading…</p>
      ) : rows.counted.length === 0 ? (
        <p className="empty">Nothing is counted yet: add what figures count below.</p>
      ) : (
        <ul className="plain-list" aria-label="Counted things">
          {rows.counted.map((thing, i) => {
            const move = (delta: -1 | 1) => moveRow(run, 'counted', rows.counted, i, delta, `counted thing ${thing.label}`);
            return (
              <li key={thing.id} className="plain-row counted-row" aria-label={thing.label} onKeyDown={moveKeys(move)}>
                <div className="plain-line">
                  <InlineEdit
                    className="row-name"
                    value={thing.label}
                    action="Rename"
                    actionName={`Rename counted thing ${thing.label}`}
                    fieldName={`New name for counted thing ${thing.label}`}
                    onSave={(text) => renameCounted(run, rows, thing, text)}
                  />
                  <MoveButtons name={`counted thing ${thing.label}`} first={i === 0} last={i === rows.counted.length - 1} onMove={move} />
                  <button
                    type="button"
                    className="quiet danger-text"
                    aria-label={`Delete counted thing ${thing.label}`}
                    onClick={() => {
                      setProblem(null);
                      rescue.arm();
                      deleteCounted(run, repo, thing).then(
                        (outcome) => (outcome.ok ? say(outcome.message) : setProblem({ id: thing.id, text: outcome.refusal })),
                        (e: unknown) => {
                          rescue.disarm();
                          setProblem({ id: thing.id, text: `The figures could not be read: ${e instanceof Error ? e.message : String(e)}` });
                        },
                      );
                    }}
                  >
                    Delete
                  </button>
                </div>
                <InlineEdit
                  className="counted-terms"
                  value={termsText(thing.terms)}
                  action="Edit words"
                  actionName={`Edit the words for ${thing.label}`}
                  fieldName={`Words that propose ${thing.label}, separated by commas`}
                  placeholder="killed, dead, died"
                  onSave={(text) => setCountedTerms(run, rows, thing, text)}
                >
                  {thing.terms.length ? termsText(thing.terms) : <span className="muted">No words: never proposed.</span>}
                </InlineEdit>
                {problem?.id === thing.id && (
                  <p className="field-error" role="alert">
                    {problem.text}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AddNameForm
        noun="counted thing"
        placeholder="e.g. Displaced"
        extra={{ label: 'Words', placeholder: 'displaced, fled, refugees' }}
        onAdd={(name, words) => addCounted(run, rows, name, words)}
      />
    </section>
  );
}
