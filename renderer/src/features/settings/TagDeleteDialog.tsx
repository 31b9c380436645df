import { useState } from 'react';
import type { KindDef, TagDef } from '../../core/model/tagSchema';
import type { TagFate } from '../../core/schema/schemaOps';
import { countOf } from '../../core/text/plural';
import { Dialog } from '../common/Dialog';
import { deleteTagLabel } from './settingsActions';

export interface TagDeleteDialogProps {
  tag: TagDef;
  /** How many annotations use the tag, as last read (the delete reads them again). */
  count: number;
  tags: readonly TagDef[];
  kinds: readonly KindDef[];
  /** Deletes the tag; resolves to why it was refused, or null once done. */
  onConfirm(fate: TagFate): Promise<string | null>;
  onClose(): void;
}

/** Asks what becomes of the annotations of a tag being deleted: another tag (of its kind first), or deleted with it. */
export function TagDeleteDialog({ tag, count, tags, kinds, onConfirm, onClose }: TagDeleteDialogProps) {
  const others = tags.filter((t) => t.id !== tag.id);
  const sameKind = others.filter((t) => t.kind === tag.kind);
  const otherKinds = others.filter((t) => t.kind !== tag.kind);
  const kindLabel = (id: string) => kinds.find((k) => k.id === id)?.label ?? id;

  const [retagId, setRetagId] = useState(sameKind[0]?.id ?? otherKinds[0]?.id ?? '');
  const [choice, setChoice] = useState<'retag' | 'delete'>(retagId ? 'retag' : 'delete');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const retagAs = others.find((t) => t.id === retagId);
  const fate: TagFate = choice === 'retag' && retagAs ? { retagAs } : 'delete';
  const them = count === 1 ? 'it' : 'them';

  const confirm = () => {
    if (busy) return;
    setBusy(true);
    onConfirm(fate).then(
      (refused) => {
        setBusy(false);
        if (refused) setRefusal(refused);
        else onClose();
      },
      (e: unknown) => {
        setBusy(false);
        setRefusal(`The annotations could not be read: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  };

  return (
    <Dialog
      title={`Delete the tag ${tag.label}`}
      onClose={onClose}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" autoFocus onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={fate === 'delete' ? 'danger' : 'primary'} disabled={busy}>
            {deleteTagLabel(tag, count, fate)}
          </button>
        </>
      }
    >
      <fieldset className="tag-fate">
        <legend>
          {countOf(count, 'annotation uses', 'annotations use')} “{tag.label}”. What becomes of {them}?
        </legend>
        {others.length > 0 && (
          <div className="tag-fate-choice">
            <label className="inline">
              <input type="radio" name="tag-fate" checked={choice === 'retag'} onChange={() => setChoice('retag')} />
              Retag {them} as
            </label>
            <select
              aria-label={`Retag ${them} as`}
              value={retagId}
              onChange={(e) => {
                setRetagId(e.target.value);
                setChoice('retag');
              }}
            >
              {sameKind.length > 0 && (
                <optgroup label={kindLabel(tag.kind)}>
                  {sameKind.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {otherKinds.length > 0 && (
                <optgroup label="Other kinds">
                  {otherKinds.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label} ({kindLabel(t.kind)})
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
        )}
        <label className="inline">
          <input type="radio" name="tag-fate" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
          Delete {them} with the tag
        </label>
        <p className="muted small">Ctrl+Z undoes this, annotations and all.</p>
      </fieldset>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </Dialog>
  );
}
