import { BUILT_IN_KINDS } from '../../core/model/tagSchema';
import { countOf } from '../../core/text/plural';
import { AddNameForm } from './AddNameForm';
import { InlineEdit } from './InlineEdit';
import { MoveButtons, moveKeys } from './MoveButtons';
import { addKind, deleteKind, moveRow, renameKind } from './settingsActions';
import type { Run, SettingsState } from './settingsStore';
import { useFocusRescue } from './useFocusRescue';
import { useRefusal } from './useRefusal';

export interface KindListProps {
  rows: SettingsState;
  run: Run;
  say(message: string): void;
}

/** The kinds of annotation: claim and entity are built in (links join claims, entities gather mentions); a project may add others. */
export function KindList({ rows, run, say }: KindListProps) {
  const [refusal, setRefusal] = useRefusal<{ id: string; text: string }>(rows.lastAction);
  const rescue = useFocusRescue<HTMLHeadingElement>();
  return (
    <section className="settings-section" aria-labelledby="settings-kinds">
      <div className="section-head">
        <h2 id="settings-kinds" tabIndex={-1} ref={rescue.target}>
          Kinds
        </h2>
        <p className="muted small">Every tag is of a kind. Links join claims; entities gather their mentions.</p>
      </div>
      <ul className="plain-list" aria-label="Kinds">
        {rows.kinds.map((kind, i) => {
          const tags = rows.tags.filter((t) => t.kind === kind.id).length;
          const move = (delta: -1 | 1) => moveRow(run, 'kinds', rows.kinds, i, delta, `kind ${kind.label}`);
          return (
            <li key={kind.id} className="plain-row" aria-label={kind.label} onKeyDown={moveKeys(move)}>
              <div className="plain-line">
                <InlineEdit
                  className="row-name"
                  value={kind.label}
                  action="Rename"
                  actionName={`Rename kind ${kind.label}`}
                  fieldName={`New name for kind ${kind.label}`}
                  onSave={(text) => renameKind(run, rows, kind, text)}
                />
                <span className="muted small row-note">
                  {countOf(tags, 'tag', 'tags')}
                  {BUILT_IN_KINDS.includes(kind.id) ? ' · built in' : ''}
                </span>
                <MoveButtons name={`kind ${kind.label}`} first={i === 0} last={i === rows.kinds.length - 1} onMove={move} />
                <button
                  type="button"
                  className="quiet danger-text"
                  aria-label={`Delete kind ${kind.label}`}
                  onClick={() => {
                    rescue.arm();
                    const outcome = deleteKind(run, rows, kind);
                    if (!outcome.ok) rescue.disarm();
                    if (outcome.ok) {
                      setRefusal(null);
                      say(outcome.message);
                    } else setRefusal({ id: kind.id, text: outcome.refusal });
                  }}
                >
                  Delete
                </button>
              </div>
              {refusal?.id === kind.id && (
                <p className="field-error" role="alert">
                  {refusal.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <AddNameForm noun="kind" placeholder="e.g. Event" onAdd={(name) => addKind(run, rows, name)} />
    </section>
  );
}
