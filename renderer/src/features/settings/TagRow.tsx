import { useRef, useState } from 'react';
import type { TagDef } from '../../core/model/tagSchema';
import { countOf } from '../../core/text/plural';
import type { ProjectRepository } from '../../storage/projectRepository';
import { AttributeEditor } from './AttributeEditor';
import { ColourPicker } from './ColourPicker';
import { InlineEdit } from './InlineEdit';
import { MoveButtons, moveKeys } from './MoveButtons';
import { colourName } from './palette';
import { recolourTag, renameTag, setTagKey, setTagKind } from './settingsActions';
import type { Run, SettingsState } from './settingsStore';
import { useRefusal } from './useRefusal';

export interface TagRowProps {
  tag: TagDef;
  index: number;
  rows: SettingsState;
  /** How many annotations carry the tag; undefined while being counted. */
  uses: number | undefined;
  run: Run;
  repo: ProjectRepository;
  say(message: string): void;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** One tag: its colour, name, kind, key and use, and what can be done to it. */
export function TagRow({ tag, index, rows, uses, run, repo, say, onMove, onDelete }: TagRowProps) {
  const [open, setOpen] = useState<'colour' | 'attributes' | null>(null);
  const [refusal, setRefusal] = useRefusal(rows.lastAction);
  const swatch = useRef<HTMLButtonElement>(null);
  const toggle = (panel: 'colour' | 'attributes') => setOpen((o) => (o === panel ? null : panel));
  const attributes = tag.attributes.length;

  return (
    <li className={open ? 'tag-row open' : 'tag-row'} aria-label={tag.label} onKeyDown={moveKeys(onMove)}>
      <div className="tag-line">
        <button
          type="button"
          ref={swatch}
          className="tag-swatch"
          data-tag={tag.id}
          aria-label={`Colour of ${tag.label}: ${colourName(tag.color)}`}
          title="Change the colour"
          aria-expanded={open === 'colour'}
          onClick={() => toggle('colour')}
        />
        <InlineEdit
          className="tag-name"
          value={tag.label}
          action="Rename"
          actionName={`Rename tag ${tag.label}`}
          fieldName={`New name for tag ${tag.label}`}
          onSave={(text) => renameTag(run, rows, tag, text)}
        />
        <select
          aria-label={`Kind of ${tag.label}`}
          value={tag.kind}
          onChange={(e) => {
            setRefusal(null);
            void setTagKind(run, repo, rows, tag, e.target.value).then((outcome) => {
              if (!outcome.ok) setRefusal(outcome.refusal);
              else if (outcome.message) say(outcome.message);
            });
          }}
        >
          {rows.kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
          {!rows.kinds.some((k) => k.id === tag.kind) && <option value={tag.kind}>{tag.kind} (missing)</option>}
        </select>
        <select aria-label={`Key of ${tag.label}`} value={tag.key} onChange={(e) => setRefusal(setTagKey(run, rows, tag, e.target.value))}>
          <option value="">none</option>
          {KEYS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <span className="tag-uses">{uses === undefined ? '…' : countOf(uses, 'annotation', 'annotations')}</span>
        <button type="button" className="quiet" aria-expanded={open === 'attributes'} aria-label={`Attributes of ${tag.label}`} onClick={() => toggle('attributes')}>
          {attributes ? `Attributes (${attributes})` : 'Attributes'}
        </button>
        <MoveButtons name={`tag ${tag.label}`} first={index === 0} last={index === rows.tags.length - 1} onMove={onMove} />
        <button type="button" className="quiet danger-text" aria-label={`Delete tag ${tag.label}`} onClick={onDelete}>
          Delete
        </button>
      </div>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
      {open === 'colour' && (
        <div
          className="tag-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) {
              e.preventDefault();
              setOpen(null);
              swatch.current?.focus();
            }
          }}
        >
          <ColourPicker
            value={tag.color}
            name={tag.label}
            autoFocus
            onPick={(color, fromSwatch) => {
              const refused = recolourTag(run, rows, tag, color);
              setRefusal(refused);
              if (!refused && fromSwatch) {
                setOpen(null);
                swatch.current?.focus();
              }
            }}
          />
        </div>
      )}
      {open === 'attributes' && (
        <div className="tag-panel">
          <AttributeEditor tag={tag} run={run} />
        </div>
      )}
    </li>
  );
}
