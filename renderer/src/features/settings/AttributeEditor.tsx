import { useState } from 'react';
import type { TagDef } from '../../core/model/tagSchema';
import { AttributeForm, attributeTypeText } from './AttributeForm';
import { removeAttribute, saveAttribute } from './settingsActions';
import type { Run } from './settingsStore';

export interface AttributeEditorProps {
  tag: TagDef;
  run: Run;
}

/** The fields each annotation of a tag can fill in: listed, changed, removed, added. */
export function AttributeEditor({ tag, run }: AttributeEditorProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="attribute-editor" role="region" aria-label={`Attributes of ${tag.label}`}>
      {tag.attributes.length === 0 ? (
        <p className="muted small">No attributes yet. An attribute is a field each {tag.label} annotation can fill in, such as a certainty or a role.</p>
      ) : (
        <ul className="attribute-list" aria-label={`Attributes of ${tag.label}`}>
          {tag.attributes.map((a) =>
            editing === a.id ? (
              <li key={a.id}>
                <AttributeForm
                  initial={a}
                  tagLabel={tag.label}
                  submit="Save"
                  onSave={(attr) => {
                    const refused = saveAttribute(run, tag, attr);
                    if (!refused) setEditing(null);
                    return refused;
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={a.id} className="attribute-row">
                <span className="attribute-name">{a.label}</span>
                <span className="muted attribute-type">{attributeTypeText(a)}</span>
                <button type="button" className="quiet" aria-label={`Change attribute ${a.label}`} onClick={() => setEditing(a.id)}>
                  Change
                </button>
                <button type="button" className="quiet danger-text" aria-label={`Remove attribute ${a.label}`} onClick={() => removeAttribute(run, tag, a)}>
                  Remove
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <AttributeForm tagLabel={tag.label} submit="Add attribute" onSave={(attr) => saveAttribute(run, tag, attr)} />
    </div>
  );
}
